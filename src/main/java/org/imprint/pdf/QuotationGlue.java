package org.imprint.pdf;

import java.util.Set;

import org.imprint.markdown.ParagraphDirections;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Keeps each quotation mark and the word it encloses in one inline piece of the layout, so that no
 * line breaks between them. Both layout engines break a line at any boundary between two inline
 * pieces where the next piece's first word does not fit, without asking the line breaker (which
 * refuses a break after an opening mark or before a closing one, {@link ApostropheAwareLineBreaker}):
 * the title "Islamabad: “امن” and" ended a line with “, because the bidirectional split
 * ({@link BidiRuns}) makes the mark, left to right, one piece and the Urdu word another; and
 * "said “<em>Pakistan</em>" did the same at the emphasis.
 *
 * <p>A quotation of the other direction is set apart by directional isolates inside its marks
 * ({@link ParagraphDirections#isolateQuotations}, done here for the texts the brand's layout writes:
 * titles, the cover, running heads). The marks of a quotation of one word move inside the isolate,
 * so that they are set in the quotation's direction, in its piece (a quotation of several words,
 * which a line may break, keeps them outside): a curly mark has no mirrored picture, so the pair's two
 * marks trade places and each side shows the picture it showed (brackets and guillemets are
 * mirrored by the bidirectional algorithm and stay). The page shows what it showed, and the reader's text
 * (ActualText, the extracted text) reads the marks in the order the author typed them. A low
 * mark („, ‚) moves too: traded with its closing mark it stands where it stood, low at the
 * quotation's start (kept out, a running head that wrapped ended its first line with „ alone).
 *
 * <p>An opening mark before an emphasis (bold, a title) that starts with the word moves into it,
 * as {@link ClosingPunctuationGlue} moves the closing mark after one: the mark takes the word's
 * slant or weight.
 */
final class QuotationGlue {

    private static final char LRI = '\u2066';
    private static final char RLI = '\u2067';
    private static final char PDI = '\u2069';
    /** Marks and brackets that may move inside an isolate of the other direction. */
    private static final String MOVABLE = "\u201C\u201D\u201E\u2018\u2019\u201A\u00AB\u00BB\u2039\u203A\"'()[]{}";
    /** Quotation marks an opening one of which may join the emphasis after it. */
    private static final String QUOTATION_MARKS = "\u201C\u201D\u201E\u2018\u2019\u201A\u00AB\u00BB\u2039\u203A\"'";
    private static final Set<String> STYLED = Set.of("em", "i", "strong", "b", "cite", "dfn", "abbr", "mark", "small", "u", "s");
    private static final Set<String> VERBATIM = Set.of("pre", "code", "script", "style", "head", "kbd", "samp");

    private QuotationGlue() {
    }

    /** Isolates the quotations of the layout's own texts and glues every quotation mark to its word, in {@code dom}. */
    static void apply(Document dom) {
        Element root = dom.getDocumentElement();
        if (root == null) {
            return;
        }
        // the document's direction: its dir, else its language's (a layout that does not write dir)
        boolean rtl = root.hasAttribute("dir") ? "rtl".equalsIgnoreCase(root.getAttribute("dir"))
                : com.ibm.icu.util.ULocale.forLanguageTag(root.getAttribute("lang")).isRightToLeft();
        isolate(root, rtl);
        moveIntoIsolates(root);
        glueToEmphasis(root);
    }

    /**
     * Moves an opening quotation mark that stands before an emphasis starting with a word into it
     * (for an engine without the bidirectional split: {@link OpenPdfEngine}).
     */
    static void glueToEmphasis(Document dom) {
        if (dom.getDocumentElement() != null) {
            glueToEmphasis(dom.getDocumentElement());
        }
    }

    /** Isolates the quotations of texts that have no isolates yet (the article's markup has them already). */
    private static void isolate(Element element, boolean rtl) {
        if (skipped(element)) {
            return;
        }
        String dir = element.getAttribute("dir");
        if (dir.equalsIgnoreCase("rtl") || dir.equalsIgnoreCase("ltr")) {
            rtl = dir.equalsIgnoreCase("rtl");
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                isolate(e, rtl);
            } else if (child instanceof Text text && text.getData().chars().noneMatch(c -> c >= LRI && c <= PDI)) {
                String isolated = ParagraphDirections.isolateQuotations(text.getData(), rtl);
                if (!isolated.equals(text.getData())) {
                    text.setData(isolated);
                }
            }
        }
    }

    /** Moves the marks around each left-to-right or right-to-left isolate of one text inside it. */
    private static void moveIntoIsolates(Element element) {
        if (skipped(element)) {
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                moveIntoIsolates(e);
            } else if (child instanceof Text text) {
                String moved = moveIntoIsolates(text.getData());
                if (!moved.equals(text.getData())) {
                    text.setData(moved);
                }
                moveAcrossMarkup(text);
            }
        }
    }

    /**
     * Moves the marks around an isolate that holds markup ("“⁧" {@code <em>امن</em>} "⁩”", a
     * quotation in italics) inside it, when the isolate opens at the end of {@code text} and ends in
     * a later text of the same element.
     */
    private static void moveAcrossMarkup(Text text) {
        String data = text.getData();
        int opener = data.length() - 1;
        if (opener < 1 || data.charAt(opener) != LRI && data.charAt(opener) != RLI
                || MOVABLE.indexOf(data.charAt(opener - 1)) < 0
                || opener >= 2 && Character.isLetterOrDigit(data.charAt(opener - 2))) {
            return;
        }
        int depth = 1;
        StringBuilder inside = new StringBuilder();
        for (Node next = text.getNextSibling(); next != null; next = next.getNextSibling()) {
            String content = next.getTextContent();
            for (int j = 0; j < content.length(); j++) {
                char c = content.charAt(j);
                if (c >= LRI && c <= '\u2068') {
                    depth++;
                } else if (c == PDI && --depth == 0) {
                    if (!(next instanceof Text end) || j + 1 >= content.length() || MOVABLE.indexOf(content.charAt(j + 1)) < 0
                            || breakable(inside.append(content, 0, j))) {
                        return;
                    }
                    char open = data.charAt(opener - 1);
                    char close = content.charAt(j + 1);
                    end.setData(content.substring(0, j) + (mirrored(open) ? close : open) + PDI + content.substring(j + 2));
                    text.setData(data.substring(0, opener - 1) + data.charAt(opener) + (mirrored(open) ? open : close));
                    return;
                }
            }
            inside.append(content);
        }
    }

    /**
     * The text with the mark before each isolate and the mark after its end moved inside it,
     * where both are there: "“⁧امن⁩”" becomes "⁧”امن“⁩", "(⁧امن⁩)" becomes "⁧(امن)⁩".
     */
    static String moveIntoIsolates(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 1; i < out.length(); i++) {
            char opener = out.charAt(i);
            if (opener != LRI && opener != RLI || MOVABLE.indexOf(out.charAt(i - 1)) < 0) {
                continue;
            }
            int end = matchingEnd(out, i);
            if (end < 0 || end + 1 >= out.length() || MOVABLE.indexOf(out.charAt(end + 1)) < 0) {
                continue;
            }
            char open = out.charAt(i - 1);
            char close = out.charAt(end + 1);
            // "x⁧…⁩”" (a mark after a letter) is no mark around the isolate
            if (i >= 2 && Character.isLetterOrDigit(out.charAt(i - 2)) || breakable(out.subSequence(i + 1, end))) {
                continue;
            }
            out.setCharAt(end + 1, PDI);
            out.setCharAt(end, mirrored(open) ? close : open);
            out.setCharAt(i - 1, opener);
            out.setCharAt(i, mirrored(open) ? open : close);
        }
        return out.toString();
    }

    /**
     * Whether a line may break inside the quotation. Its marks then stay outside the isolate: a
     * mark inside is drawn at the isolate's far end on the line where the quotation starts, so a
     * wrapped quotation showed "with ہم امن چاہتے”" / "“ہیں." Outside, the bidirectional
     * algorithm sets each mark beside the words its line holds (a line may then end beside one).
     */
    private static boolean breakable(CharSequence quotation) {
        // a no-break space (U+00A0, U+2007, U+202F) joins: the quotation is one piece
        return quotation.chars().anyMatch(c -> Character.isWhitespace(c)
                || Character.isSpaceChar(c) && c != '\u00A0' && c != '\u2007' && c != '\u202F' || c == '\u200B');
    }

    /** The index of the end of the isolate opened at {@code open}, -1 when it does not end in the text. */
    private static int matchingEnd(CharSequence text, int open) {
        int depth = 0;
        for (int j = open; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c >= LRI && c <= '\u2068') {
                depth++;
            } else if (c == PDI && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Whether the bidirectional algorithm draws the mark mirrored in the other direction (brackets,
     * guillemets): it keeps its place in the pair. A curly mark has no mirrored picture: the two
     * marks of the pair trade places, so that each side of the quotation shows what it showed
     * (“…” set right to left is ”…“ in logical order; Hebrew's ”…” stays).
     */
    private static boolean mirrored(char mark) {
        return Character.isMirrored(mark);
    }

    private static void glueToEmphasis(Element element) {
        if (skipped(element)) {
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                glueToEmphasis(e);
                if (e.getPreviousSibling() instanceof Text before && STYLED.contains(name(e))) {
                    glueOpening(before, e);
                }
                if (e.getNextSibling() instanceof Text after && STYLED.contains(name(e))) {
                    glueClosing(e, after);
                }
            }
        }
    }

    /**
     * Moves the opening mark that ends {@code before} (after a space, an opening bracket or the
     * start of the text, an isolate looked through) into the styled element's first text, when that
     * starts with a letter or a digit.
     */
    private static void glueOpening(Text before, Element styled) {
        String data = before.getData();
        int mark = data.length() - 1;
        if (mark < 0 || QUOTATION_MARKS.indexOf(data.charAt(mark)) < 0) {
            return;
        }
        int previous = mark - 1;
        while (previous >= 0 && Character.getType(data.charAt(previous)) == Character.FORMAT) {
            previous--;
        }
        if (previous >= 0 && !Character.isWhitespace(data.charAt(previous))
                && Character.getType(data.charAt(previous)) != Character.START_PUNCTUATION) {
            return;
        }
        Text first = firstText(styled);
        if (first == null || first.getData().isEmpty() || !Character.isLetterOrDigit(first.getData().codePointAt(0))) {
            return;
        }
        first.insertData(0, data.substring(mark));
        before.deleteData(mark, 1);
    }

    /**
     * Moves the closing mark that starts {@code after} (before a space, punctuation, the end of
     * the text or an isolate's end) into the styled element's last text, when that ends with a
     * letter or a digit. {@link ClosingPunctuationGlue} moves the marks that close in the article's
     * direction; this one moves the marks of a quotation of the other direction, whose pictures traded places (“).
     */
    private static void glueClosing(Element styled, Text after) {
        String data = after.getData();
        if (data.isEmpty() || QUOTATION_MARKS.indexOf(data.charAt(0)) < 0
                || data.length() > 1 && Character.isLetterOrDigit(data.charAt(1))) {
            return;
        }
        Text last = lastText(styled);
        if (last == null || last.getData().isEmpty()
                || !Character.isLetterOrDigit(last.getData().codePointBefore(last.getData().length()))) {
            return;
        }
        last.appendData(data.substring(0, 1));
        after.deleteData(0, 1);
    }

    /** The element's last text, when it ends the element in styled elements only. */
    private static Text lastText(Element element) {
        Node node = element.getLastChild();
        while (node instanceof Element e) {
            if (!STYLED.contains(name(e))) {
                return null;
            }
            node = e.getLastChild();
        }
        return node instanceof Text t ? t : null;
    }

    /** The element's first text, when it starts the element in styled elements only. */
    private static Text firstText(Element element) {
        Node node = element.getFirstChild();
        while (node instanceof Element e) {
            if (!STYLED.contains(name(e))) {
                return null;
            }
            node = e.getFirstChild();
        }
        return node instanceof Text t ? t : null;
    }

    private static boolean skipped(Element element) {
        String classes = " " + element.getAttribute("class") + " ";
        return VERBATIM.contains(name(element)) || classes.contains(" citation ") || classes.contains(" bibliography-entry ");
    }

    private static String name(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }
}
