package org.imprint.pdf;

import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Gives each paragraph of the PDF's markup the direction of most of its letters where that is
 * not the direction it inherits: an English paragraph in an Urdu article is set left to right,
 * a Hebrew note in an English article right to left, as a reader of either script expects.
 *
 * <p>Why in the PDF only: openhtmltopdf 1.1.31 places the inline boxes of a line one after the
 * other in the paragraph's direction and reorders only the text inside each box, so a run of
 * the other direction that spans a link, an emphasis or a note call came out with its pieces in
 * reverse order (and overprinted where a box's width was taken before its neighbours moved).
 * With the paragraph in the direction of its run, the run is the paragraph's own level and its
 * boxes are in order. A run of the other direction that still spans markup inside a paragraph is
 * put in visual order after layout by {@link VisualLineOrder}. Reading systems apply the bidirectional algorithm to the
 * whole paragraph, so the e-book needs none of this.
 */
final class ParagraphDirections {

    /** Elements whose inline content the engine sets as one paragraph. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "li", "dd", "dt", "td", "th", "figcaption",
            "caption", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div", "aside", "section");
    /** Paragraphs that hold what the author wrote even when a layout gives them a class. */
    private static final Set<String> AUTHORED = Set.of("li", "dd", "dt", "td", "th", "figcaption", "caption");

    private ParagraphDirections() {
    }

    /** Marks the paragraphs of {@code dom} whose letters are mostly of the other direction. */
    static void apply(Document dom) {
        Element html = dom.getDocumentElement();
        boolean pageRtl = "rtl".equalsIgnoreCase(html.getAttribute("dir"));
        visit(html, pageRtl, pageRtl);
    }

    private static void visit(Element element, boolean inheritedRtl, boolean pageRtl) {
        // a page-foot note is set at the foot of the page, not in the paragraph that calls it: an
        // English note called from an English paragraph of an Urdu article is marked left to right,
        // so that the brand's note marker puts its gap after the number
        boolean rtl = isFootnote(element) ? pageRtl : inheritedRtl;
        String dir = element.getAttribute("dir");
        if (dir.equalsIgnoreCase("rtl") || dir.equalsIgnoreCase("ltr")) {
            rtl = dir.equalsIgnoreCase("rtl");
        } else if (dir.isEmpty() && authored(element) && ownText(element)) {
            int balance = strongBalance(element);
            // a note is always marked: unmarked, it would take the direction of the paragraph
            // that calls it, which says nothing of the note's own language
            if (balance != 0 && (balance > 0) != rtl || isFootnote(element)) {
                rtl = balance == 0 ? rtl : balance > 0;
                String direction = rtl ? "rtl" : "ltr";
                element.setAttribute("dir", direction);
                String style = element.getAttribute("style");
                element.setAttribute("style", (style.isBlank() ? "" : style.strip() + "; ") + "direction: " + direction);
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                visit(e, rtl, pageRtl);
            }
        }
    }

    /**
     * Whether the element is a paragraph of the author's: the body's and the notes' (a page-foot
     * note is a span the engine sets as a block), not the layout's labels (a class names them),
     * which follow the page's direction.
     */
    private static boolean authored(Element element) {
        String tag = element.getTagName();
        String classes = " " + element.getAttribute("class") + " ";
        if (classes.contains(" citation ") || classes.contains(" bibliography-entry ")) {
            // set by the citation style, whose order and punctuation follow the article's language:
            // the page's direction, with each source's own runs isolated inside (cite/Isolates)
            return false;
        }
        return isFootnote(element) || AUTHORED.contains(tag) || (PARAGRAPHS.contains(tag) && classes.isBlank());
    }

    private static boolean isFootnote(Element element) {
        return element.getTagName().equals("span") && (" " + element.getAttribute("class") + " ").contains(" footnote ");
    }

    /** Whether the element holds text of its own (not only in nested blocks). */
    private static boolean ownText(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()) {
                return true;
            }
            if (child instanceof Element e && !PARAGRAPHS.contains(e.getTagName()) && !isFootnote(e) && !e.getTagName().equals("ul")
                    && !e.getTagName().equals("ol") && !e.getTagName().equals("table") && !e.getTagName().equals("figure")
                    && !e.getTextContent().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Right-to-left letters minus left-to-right ones in the element's own text (code, which reads
     * left to right anywhere, and nested paragraphs left out), counting only the letters outside
     * paired quotation marks and brackets where there are any: a quotation or an aside is the
     * other language's, the sentence around it the paragraph's. "He heard “پاکستان زندہ باد” in
     * 2024." is English however long the slogan; an Urdu sentence quoting an English title is
     * Urdu. A closer that pairs with nothing (the list markers of "a) … b) …") is left alone.
     */
    private static int strongBalance(Element element) {
        StringBuilder builder = new StringBuilder();
        appendOwnText(element, builder);
        String text = builder.toString();
        boolean[] quoted = QuotePairs.inside(text);
        int all = 0;
        int outside = 0;
        int lettersOutside = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int strong = switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> 1;
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> -1;
                default -> 0;
            };
            all += strong;
            if (!quoted[i] && strong != 0) {
                outside += strong;
                lettersOutside++;
            }
            i += Character.charCount(cp);
        }
        return lettersOutside > 0 ? outside : all;
    }

    /** Appends the element's own text: not that of nested paragraphs, notes or code. */
    private static void appendOwnText(Element element, StringBuilder text) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            } else if (child instanceof Element e && !PARAGRAPHS.contains(e.getTagName()) && !isFootnote(e)
                    && !e.getTagName().equals("code") && !e.getTagName().equals("pre")) {
                appendOwnText(e, text);
            }
        }
    }
}
