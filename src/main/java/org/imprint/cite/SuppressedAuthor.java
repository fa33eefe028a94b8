package org.imprint.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

/**
 * CSL's suppress-author ({@code [-@key]}, and the bracket of a narrative {@code @key} whose
 * author the sentence names), which citeproc-java 3.5 lacks. A copy of the source is cited whose
 * only name is a mark: the style prints the mark where the authors stood, and the mark goes from
 * the text with the delimiter after it. A copy with no names at all would not do: the style's
 * {@code <substitute>} then prints what stands in for the authors (an editor, the title, and
 * with Harvard's title macro the edition: "Đặng (Second, 2020, p. 4)").
 */
final class SuppressedAuthor {

    /** Where the authors stood. */
    static final String MARK = "\uE050";
    private static final CSLName NAME = new CSLNameBuilder().literal(MARK).build();
    /** The mark, the closing tags after it, and the delimiter that led to what follows ("," and the space). */
    private static final Pattern BEFORE = Pattern.compile(MARK + "((?:</[a-z]+>)*)[,;:.]?[ \\u00A0]*");
    /** The mark last in its group ("2020 [mark])"): the delimiter before it goes. */
    private static final Pattern LAST = Pattern.compile("[,;:]?[ \\u00A0]*" + MARK + "(?=(?:</[a-z]+>)*\\s*(?:[)\\]]|$))");
    private static final Pattern EMPTY_SPAN = Pattern.compile("<(span|i|b|sup|sub)\\b[^>]*></\\1>");

    private SuppressedAuthor() {
    }

    /** A names element with a substitute, or a macro call: where the citation's authors are found. */
    private static final Pattern NAMES_OR_MACRO = Pattern.compile("(?s)<names\\b[^>]*(?<!/)>(?:(?!</names>).)*?<substitute\\b[^>]*>(.*?)</substitute>|<text\\b[^>]*\\bmacro=\"([^\"]*)\"");
    private static final Pattern NAMES = Pattern.compile("<names\\b[^>]*\\bvariable=\"([^\"]*)\"");
    private static final Pattern CITATION = Pattern.compile("(?s)<citation\\b.*?</citation>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");

    /**
     * The names a style's citation prints in the authors' place when a source has none: the
     * variables of each {@code <names>} of the substitute of its first authors that has names
     * (macros followed), in order ("editor", then "translator"); conditions in the substitute are not
     * weighed. None when the style has no such substitute.
     */
    static List<List<String>> substitutes(String xml) {
        String style = COMMENT.matcher(xml).replaceAll("");
        Matcher citation = CITATION.matcher(style);
        String substitute = citation.find() ? substitute(style, citation.group(), 0) : null;
        List<List<String>> groups = new ArrayList<>();
        if (substitute != null) {
            Matcher names = NAMES.matcher(substitute);
            while (names.find()) {
                groups.add(List.of(names.group(1).trim().split("\\s+")));
            }
        }
        return groups;
    }

    /** The content of the first substitute in this part of the style, macros followed; {@code null} for none. */
    private static String substitute(String style, String part, int depth) {
        Matcher m = NAMES_OR_MACRO.matcher(part);
        while (m.find() && depth < 20) {
            if (m.group(1) != null) {
                if (NAMES.matcher(m.group()).results().anyMatch(n -> List.of(n.group(1).trim().split("\\s+")).contains("author"))
                        && NAMES.matcher(m.group(1)).find()) {
                    return m.group(1);
                }
                // a substitute for other names, or one of a title alone (Chicago's interviews): not the one looked for
                continue;
            }
            Matcher macro = Pattern.compile("(?s)<macro\\b[^>]*\\bname=\"" + Pattern.quote(m.group(2)) + "\"[^>]*>(.*?)</macro>").matcher(style);
            String found = macro.find() ? substitute(style, macro.group(1), depth + 1) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * A copy of a source with the mark for its authors, to be cited under {@code id}. As
     * citeproc-js, only what the style prints in the authors' place goes: a chapter's editors and
     * a book's translator stay ("in Handbook, ed. Peter Jones"; they went too, found by h15y). A
     * source without authors loses the names its style's substitute prints in their place (the
     * first of {@code substitutes} it has: an edited book's editors), which it would print again
     * in their own slot once the mark stands there; its other names stay, as in citeproc-js
     * (Chicago's note of a book edited and translated: "The Book, trans. Susan White"; they went too).
     */
    static CSLItemData of(CSLItemData data, String id, List<List<String>> substitutes) {
        if (data.getAuthor() != null && data.getAuthor().length > 0) {
            return new CSLItemDataBuilder(data).id(id).author(NAME).build();
        }
        CSLItemDataBuilder copy = new CSLItemDataBuilder(data).id(id).author(NAME);
        for (List<String> group : substitutes) {
            List<NameVariables> printed = group.stream().map(NameVariables.BY_NAME::get)
                    .filter(v -> v != null && v.get().apply(data) != null && v.get().apply(data).length > 0).toList();
            if (!printed.isEmpty()) {
                printed.forEach(v -> v.set().apply(copy, (CSLName[]) null));
                break;
            }
        }
        return copy.build();
    }

    /**
     * The text without the mark and the delimiter that joined it to the rest; as it was without
     * a mark. Nothing when the authors were all it printed: no "()" (MLA's narrative "@key"
     * without a page), as citeproc-java prints nothing for a layout that printed nothing.
     */
    static String strip(String html) {
        if (html == null || !html.contains(MARK)) {
            return html;
        }
        String out = LAST.matcher(html).replaceAll("");
        out = EMPTY_SPAN.matcher(BEFORE.matcher(out).replaceAll("$1")).replaceAll("");
        return Processor.isEmpty(out) ? "" : out;
    }
}
