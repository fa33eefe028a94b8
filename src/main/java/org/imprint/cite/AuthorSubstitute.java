package org.imprint.cite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;

/**
 * CSL's {@code subsequent-author-substitute}, which citeproc-java 3.5 does not apply: in a
 * reference list an entry by the same authors as the entry before it puts the style's
 * substitute (Chicago: a 3-em dash, "———.") in place of their names. Only the rule CSL takes by
 * default, "complete-all" (the whole list, when every name is the same), is applied; a style
 * asking for another rule keeps its names.
 */
final class AuthorSubstitute {

    private static final Pattern SUBSTITUTE = Pattern.compile("<bibliography\\b[^>]*\\bsubsequent-author-substitute=\"([^\"]*)\"");
    private static final Pattern RULE = Pattern.compile("<bibliography\\b[^>]*\\bsubsequent-author-substitute-rule=\"([^\"]*)\"");
    private static final Pattern ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private AuthorSubstitute() {
    }

    /** The style's substitute, or {@code null} when it has none (or asks for a rule other than complete-all). */
    static String of(String xml) {
        Matcher m = SUBSTITUTE.matcher(xml);
        if (!m.find()) {
            return null;
        }
        Matcher rule = RULE.matcher(xml);
        if (rule.find() && !rule.group(1).equals("complete-all")) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        Matcher e = ENTITY.matcher(m.group(1));
        while (e.find()) {
            e.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(
                    Integer.parseInt(e.group(2), e.group(1).isEmpty() ? 10 : 16)))));
        }
        e.appendTail(out);
        return out.toString().replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">");
    }

    /**
     * The entries with the names of each entry whose names (authors, else editors) are those of
     * the entry before it replaced by the substitute.
     *
     * @param keys    the item id of each entry, in the list's order
     * @param entries the entries' HTML
     */
    static List<String> apply(String substitute, List<String> keys, List<String> entries, Map<String, CSLItemData> items) {
        List<String> out = new ArrayList<>(entries);
        for (int i = 1; i < entries.size(); i++) {
            CSLName[] names = names(items.get(keys.get(i)));
            if (names == null || !same(names, names(items.get(keys.get(i - 1))))) {
                continue;
            }
            String before = entries.get(i - 1);
            String entry = entries.get(i);
            int common = 0;
            while (common < before.length() && common < entry.length() && before.charAt(common) == entry.charAt(common)) {
                common++;
            }
            int[] span = span(entry.substring(0, common), names);
            if (span != null) {
                out.set(i, entry.substring(0, span[0]) + substitute + entry.substring(span[1]));
            }
        }
        return out;
    }

    /** Where the names stand in the text the two entries share: from the first name to the end of the last. */
    private static int[] span(String shared, CSLName[] names) {
        int start = -1;
        int at = 0;
        for (CSLName name : names) {
            int end = -1;
            for (String part : new String[] {name.getLiteral(), name.getFamily(), name.getGiven()}) {
                if (part == null || part.isBlank()) {
                    continue;
                }
                String plain = RichText.plain(part);
                int found = shared.indexOf(plain, at);
                if (found < 0) {
                    continue;
                }
                start = start < 0 ? found : Math.min(start, found);
                end = Math.max(end, found + plain.length());
            }
            if (end < 0) {
                return null;
            }
            at = end;
        }
        Matcher etAl = Pattern.compile("^,? et al\\.?").matcher(shared.substring(at));
        if (etAl.find()) {
            at += etAl.end();
        }
        // the names' closing full stop is the delimiter's, which stays: "———. Title."
        return start < 0 ? null : new int[] {start, at};
    }

    private static CSLName[] names(CSLItemData item) {
        if (item == null) {
            return null;
        }
        CSLName[] names = item.getAuthor() != null && item.getAuthor().length > 0 ? item.getAuthor() : item.getEditor();
        return names == null || names.length == 0 ? null : names;
    }

    private static boolean same(CSLName[] a, CSLName[] b) {
        if (b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!Arrays.equals(new String[] {a[i].getFamily(), a[i].getGiven(), a[i].getLiteral()},
                    new String[] {b[i].getFamily(), b[i].getGiven(), b[i].getLiteral()})) {
                return false;
            }
        }
        return true;
    }
}
