package org.imprint.markdown;

import java.util.Set;

import org.imprint.fonts.ComplexScripts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Gives each paragraph of the article's markup the direction of most of its letters where that
 * is not the direction it inherits: an English paragraph, heading, caption or table cell in an
 * Urdu article is marked {@code dir="ltr"}, a Hebrew paragraph or note in an English article
 * {@code dir="rtl"}. Made once for every output, so the PDF, the e-book and the web edition set
 * the same paragraphs the same way: a reading system or browser aligns and orders a paragraph by
 * its {@code dir} (without one an English paragraph of an Urdu e-book is right-aligned and its
 * full stop lands on the left), and the PDF engine by the CSS direction the PDF stage maps it to.
 *
 * <p>Letters inside paired quotation marks and brackets do not decide ({@link QuotePairs}): "He
 * heard “پاکستان زندہ باد” in 2024." is English however long the slogan. A page-foot note is
 * always marked, with its own direction or else the article's: it is set at the foot of the page,
 * not in the paragraph that calls it, and unmarked it would take that paragraph's direction.
 */
public final class ParagraphDirections {

    /** Elements whose inline content is set as one paragraph. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "li", "dd", "dt", "td", "th", "figcaption",
            "caption", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div", "aside", "section");
    /** Paragraphs that hold what the author wrote even when they have a class. */
    private static final Set<String> AUTHORED = Set.of("li", "dd", "dt", "td", "th", "figcaption", "caption");
    /** Blocks that hold paragraphs of their own, not text of the paragraph around them. */
    private static final Set<String> CONTAINERS = Set.of("ul", "ol", "table", "figure");

    private ParagraphDirections() {
    }

    /**
     * Marks the paragraphs of an HTML fragment (XHTML-compatible markup, as {@link HtmlSanitizer}
     * writes it) whose letters are mostly of the other direction than the article's.
     *
     * @param rightToLeft whether the article is written right to left (its language's direction)
     * @return the fragment, unchanged when it has no right-to-left letters in a left-to-right article
     */
    public static String mark(String html, boolean rightToLeft) {
        if (!rightToLeft && !ComplexScripts.hasRightToLeft(html)) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element child : doc.body().children()) {
            visit(child, rightToLeft, rightToLeft);
        }
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);
        return doc.body().html();
    }

    /**
     * Whether an element with {@code dir} is one whose direction {@link #mark} decides or a
     * citation style sets (a paragraph, a note), not an inline isolate inside a paragraph.
     *
     * @param classes the element's class attribute
     */
    public static boolean isParagraph(String tagName, String classes) {
        return PARAGRAPHS.contains(tagName) || isFootnote(tagName, classes);
    }

    private static void visit(Element element, boolean inheritedRtl, boolean pageRtl) {
        boolean footnote = isFootnote(element.tagName(), element.className());
        boolean rtl = footnote ? pageRtl : inheritedRtl;
        String dir = element.attr("dir");
        if (dir.equalsIgnoreCase("rtl") || dir.equalsIgnoreCase("ltr")) {
            rtl = dir.equalsIgnoreCase("rtl");
        } else if (dir.isEmpty() && authored(element) && ownText(element)) {
            int balance = strongBalance(element);
            if (balance != 0 && (balance > 0) != rtl || footnote) {
                rtl = balance == 0 ? rtl : balance > 0;
                element.attr("dir", rtl ? "rtl" : "ltr");
            }
        }
        for (Element child : element.children()) {
            visit(child, rtl, pageRtl);
        }
    }

    /**
     * Whether the element is a paragraph of the author's: the body's and the notes' (a page-foot
     * note is a span the PDF engine sets as a block), not one a citation style sets, whose order
     * and punctuation follow the article's language (cite/Isolates isolates each source's own runs).
     */
    private static boolean authored(Element element) {
        String tag = element.tagName();
        if (element.hasClass("citation") || element.hasClass("bibliography-entry")) {
            return false;
        }
        return isFootnote(tag, element.className()) || AUTHORED.contains(tag)
                || (PARAGRAPHS.contains(tag) && element.className().isBlank());
    }

    private static boolean isFootnote(String tagName, String classes) {
        return tagName.equals("span") && (" " + classes + " ").contains(" footnote ");
    }

    /** Whether the element holds text of its own (not only in nested blocks). */
    private static boolean ownText(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank()) {
                return true;
            }
            if (child instanceof Element e && !isParagraph(e.tagName(), e.className())
                    && !CONTAINERS.contains(e.tagName()) && !e.text().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Right-to-left letters minus left-to-right ones in the element's own text (code, which reads
     * left to right anywhere, and nested paragraphs left out), counting only the letters outside
     * paired quotation marks and brackets where there are any: a quotation or an aside is the
     * other language's, the sentence around it the paragraph's; an Urdu sentence quoting an
     * English title is Urdu. A closer that pairs with nothing (the list markers of "a) … b) …")
     * is left alone.
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
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (child instanceof Element e && !isParagraph(e.tagName(), e.className())
                    && !e.tagName().equals("code") && !e.tagName().equals("pre")) {
                appendOwnText(e, text);
            }
        }
    }
}
