package org.imprint.cite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
 * capital after it ("Pakistan vs. India") needs nothing. A variable whose full stops the style
 * strips ({@code strip-periods="true"} on its text, or on a macro that prints it: 764 bundled
 * styles strip the container title's) keeps its full stops for citeproc-java to strip.
 */
final class AbbreviationStops {

    /** A full stop inside a field (a private-use character, after {@link FieldQuotes}'s). */
    static final char STOP = '\uE015';

    private static final Pattern INNER = Pattern.compile("\\.(?=\\s+\\p{Ll})");
    private static final Pattern MACRO = Pattern.compile("(?s)<macro\\s+name=\"([^\"]*)\"[^>]*>(.*?)</macro>");
    private static final Pattern STRIPPING = Pattern.compile("<text\\b[^>]*\\bstrip-periods=\"true\"[^>]*>");
    private static final Pattern VARIABLE = Pattern.compile("<text\\b[^>]*\\bvariable=\"([^\"]*)\"");
    private static final Pattern CALL = Pattern.compile("<text\\b[^>]*\\bmacro=\"([^\"]*)\"");

    /** Fields that are identifiers, numbers or addresses, whose full stops are no abbreviation's. */
    private static final Set<String> VERBATIM = Set.of("id", "type", "DOI", "URL", "ISBN", "ISSN", "PMID", "PMCID",
            "language", "citation-key", "page", "page-first", "number-of-pages", "volume", "issue", "number", "note");

    private AbbreviationStops() {
    }

    /** The sources with the inner full stops of each text field that {@code style} does not strip marked. */
    static Map<String, CSLItemData> mark(Map<String, CSLItemData> sources, String style) {
        Set<String> stripped = stripped(style);
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        sources.forEach((id, item) -> out.put(id, mark(item, stripped)));
        return out;
    }

    /** The rendered text with its marked full stops written as full stops. */
    static String write(String html) {
        return html.indexOf(STOP) < 0 ? html : html.replace(STOP, '.');
    }

    @SuppressWarnings("unchecked")
    private static CSLItemData mark(CSLItemData item, Set<String> stripped) {
        Map<String, Object> json = (Map<String, Object>) item.toJson(new MapJsonBuilderFactory().createJsonBuilder());
        boolean changed = false;
        for (Map.Entry<String, Object> field : json.entrySet()) {
            if (field.getValue() instanceof String s && !VERBATIM.contains(field.getKey()) && !stripped.contains(field.getKey())) {
                String marked = INNER.matcher(s).replaceAll(String.valueOf(STOP));
                if (!marked.equals(s)) {
                    field.setValue(marked);
                    changed = true;
                }
            }
        }
        return changed ? CSLItemData.fromJson(json) : item;
    }

    /** The variables printed under {@code strip-periods}, directly or through the macros a stripping text calls, with their short forms. */
    private static Set<String> stripped(String style) {
        Map<String, String> macros = new HashMap<>();
        Matcher macro = MACRO.matcher(style);
        while (macro.find()) {
            macros.put(macro.group(1), macro.group(2));
        }
        Set<String> variables = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        Matcher text = STRIPPING.matcher(style);
        while (text.find()) {
            pending.push(text.group());
        }
        while (!pending.isEmpty()) {
            String xml = pending.pop();
            Matcher variable = VARIABLE.matcher(xml);
            while (variable.find()) {
                String name = variable.group(1).replaceFirst("-short$", "");
                variables.add(name);
                variables.add(name + "-short");
            }
            Matcher call = CALL.matcher(xml);
            while (call.find()) {
                if (seen.add(call.group(1)) && macros.containsKey(call.group(1))) {
                    pending.push(macros.get(call.group(1)));
                }
            }
        }
        return variables;
    }
}
