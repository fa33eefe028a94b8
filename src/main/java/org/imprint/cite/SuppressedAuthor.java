package org.imprint.cite;

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

    /**
     * A copy of a source with the mark for its authors, to be cited under {@code id}. As
     * citeproc-js, only what the style prints in the authors' place goes: a chapter's editors and
     * a book's translator stay ("in Handbook, ed. Peter Jones"; they went too, found by h15y). A
     * source without authors loses its other names as well, since the style printed one of them
     * in the authors' place (its {@code <substitute>}), and would print it again in its own slot
     * once the mark stands there.
     */
    static CSLItemData of(CSLItemData data, String id) {
        if (data.getAuthor() == null || data.getAuthor().length == 0) {
            return new CSLItemDataBuilder(Processor.nameless(data, id)).author(NAME).build();
        }
        return new CSLItemDataBuilder(data).id(id).author(NAME).build();
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
