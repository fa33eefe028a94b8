package org.imprint.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Keeps closing punctuation on the line of the styled word before it: "<em>CGTN</em>, Global"
 * must never set a line that starts with ", Global". Both layout engines break a line at any
 * inline boundary where the next inline box's first piece does not fit, whatever the text says:
 * the line breaker is asked about one box's text at a time and never offered that break, so
 * taking the opportunity away there is not possible. The punctuation is moved, before layout,
 * into the last text of the element before it, so that word and mark are one unbreakable piece.
 *
 * <p>Only where the mark changes at most its slant or weight (emphasis, titles, bold): the moved
 * comma is set italic after an italic word, as many publishers set it. A closing bracket is not
 * moved, nor what follows it: brackets take the style of the text they stand in, not of the words
 * they enclose (a citation's "(Lee, 2019, <i>passim</i>)" set its ")" italic). Links and note calls are
 * left alone: the mark would join the link's target or be raised with the call. A possessive
 * ("<a>Blur</a>’s", "<em>CGTN</em>’s") is the one exception for links: the same boundary would
 * set "’s" at a line's start, so the apostrophe and its letters join the word before them (in a
 * link, they join its text too).
 */
final class ClosingPunctuationGlue {

    /** Closing punctuation: no line may start with it. */
    static final String CLOSING = ",.;:!?)]\u201D\u2019\u00BB\u2026";

    /** Closing brackets, which are set in the style of the text around them. */
    private static final String BRACKETS = ")]";

    private static final Set<String> STYLED = Set.of("em", "i", "strong", "b", "cite", "dfn", "abbr", "mark", "small", "u", "s");

    private ClosingPunctuationGlue() {
    }

    /** Moves closing punctuation that follows a styled inline element into it, everywhere in {@code dom}. */
    static void apply(Document dom) {
        if (dom.getDocumentElement() == null) {
            return;
        }
        List<Element> styled = new ArrayList<>();
        collect(dom.getDocumentElement(), styled);
        for (Element element : styled) {
            glue(element);
        }
    }

    private static void collect(Element element, List<Element> into) {
        String name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
        if (name.equals("pre") || name.equals("code") || name.equals("script") || name.equals("style")) {
            return;
        }
        if (STYLED.contains(name) || name.equals("a") && !(element.getParentNode() instanceof Element parent && "sup".equals(parent.getTagName()))) {
            into.add(element);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collect(e, into);
            }
        }
    }

    private static void glue(Element element) {
        if (!(element.getNextSibling() instanceof Text after)) {
            return;
        }
        String text = after.getData();
        int possessive = possessive(text);
        if (possessive > 0) {
            Text last = lastText(element);
            if (last != null && !last.getData().isEmpty() && Character.isLetterOrDigit(last.getData().charAt(last.getData().length() - 1))) {
                last.appendData(text.substring(0, possessive));
                after.deleteData(0, possessive);
            }
            return;
        }
        if (element.getTagName().equals("a") || "a".equals(element.getLocalName())) {
            return;
        }
        int n = 0;
        while (n < text.length() && CLOSING.indexOf(text.charAt(n)) >= 0 && BRACKETS.indexOf(text.charAt(n)) < 0) {
            n++;
        }
        // "’s" after an emphasised name is a possessive, not a closing quote: it stays with its "s"
        if (n < text.length() && Character.isLetterOrDigit(text.charAt(n))) {
            return;
        }
        Text last = lastText(element);
        if (n == 0 || last == null || last.getData().isEmpty() || Character.isWhitespace(last.getData().charAt(last.getData().length() - 1))) {
            return;
        }
        last.appendData(text.substring(0, n));
        after.deleteData(0, n);
    }

    /** The length of the "’s" (an apostrophe and the letters after it) that {@code text} starts with, or 0. */
    private static int possessive(String text) {
        if (text.length() < 2 || text.charAt(0) != '\u2019' || !Character.isLetter(text.charAt(1))) {
            return 0;
        }
        int n = 1;
        while (n < text.length() && Character.isLetter(text.charAt(n))) {
            n++;
        }
        return n;
    }

    /** The element's last text, when it ends the element in styled elements only (not in a link, a call, code). */
    private static Text lastText(Element element) {
        Node node = element.getLastChild();
        while (node instanceof Element e) {
            String name = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
            if (!STYLED.contains(name)) {
                return null;
            }
            node = e.getLastChild();
        }
        return node instanceof Text t ? t : null;
    }
}
