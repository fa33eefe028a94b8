package org.imprint.cite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;

/**
 * The full stop of an abbreviation inside a source's field ("The U.S. and China", "Proc. of the
 * Asian Studies Association"), hidden from citeproc-java's title case. CSL lowercases a stop word
 * in title case unless it starts the field or follows a colon; citeproc-java 3.5 also takes a
 * full stop for the start of a sentence and printed "The U.S. And China", "Proc. Of the"
 * (citeproc-js: "U.S. and", "Proc. of"). A full stop followed by a space and a lower-case letter
 * becomes {@link #STOP}, which {@link #write} turns back into a full stop once rendered; a
 * capital after it ("Pakistan vs. India") needs nothing. {@link TextStrips} drops it with the
 * other full stops where the style strips them.
 */
final class AbbreviationStops {

    /** A full stop inside a field (a private-use character, after {@link FieldQuotes}'s). */
    static final char STOP = '\uE015';

    /**
     * A full stop before a space and a lower-case letter, with perhaps the end of a quotation or
     * of protected text between (BibTeX's "The {U.S.} and", "``The End.'' and": our marks of
     * {@link RichText} and {@link FieldQuotes}, or the quotation marks themselves); not the one of
     * "v." or "vs.", which citeproc-java's stop words hold with their full stop ("Roe v. Wade",
     * "Brown v. Board").
     */
    private static final Pattern INNER = Pattern.compile(
            "(?<!\\b[vV][sS]?)\\.(?=[\uE00B\uE010\uE011\uE014\"'\u2019\u201D\u00BB)]*\\s+\\p{Ll})");

    private AbbreviationStops() {
    }

    /** The sources with the inner full stops of their text fields marked. */
    static Map<String, CSLItemData> mark(Map<String, CSLItemData> sources) {
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        sources.forEach((id, item) -> out.put(id, mark(item)));
        return out;
    }

    /** The rendered text with its marked full stops written as full stops. */
    static String write(String html) {
        return html.indexOf(STOP) < 0 ? html : html.replace(STOP, '.');
    }

    @SuppressWarnings("unchecked")
    private static CSLItemData mark(CSLItemData item) {
        Map<String, Object> json = (Map<String, Object>) item.toJson(new MapJsonBuilderFactory().createJsonBuilder());
        boolean changed = false;
        for (Map.Entry<String, Object> field : json.entrySet()) {
            if (field.getValue() instanceof String s && !FieldQuotes.VERBATIM.contains(field.getKey())) {
                String marked = INNER.matcher(s).replaceAll(String.valueOf(STOP));
                if (!marked.equals(s)) {
                    field.setValue(marked);
                    changed = true;
                }
            }
        }
        return changed ? CSLItemData.fromJson(json) : item;
    }
}
