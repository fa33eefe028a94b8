package org.imprint.cite;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The brackets of an author-date citation of several sources, each linked to its own entry: the
 * style's citation layout sets them round the whole ("(" and ")"), so they are no source's text.
 * Cut by the style's delimiter, the first source's part held the opening bracket and the last
 * one's the closing, "(Lee, 2019; Novak, 2020)" linked as "(Lee, 2019" and "Novak, 2020)", in
 * the e-book, the web edition and the PDF's link annotations alike. They are set outside the links.
 */
final class CitationBrackets {

    /** Directional marks and isolates, which may stand round the whole citation. */
    private static final String DIRECTIONAL = "\u200E\u200F\u061C\u2066\u2067\u2068\u2069";

    private CitationBrackets() {
    }

    /**
     * The citation with the layout's prefix moved before its first link and the layout's suffix
     * after its last, where the citation starts (or ends) with that link and it holds them as
     * its own text; a citation with fewer than two source links as it is.
     *
     * @param html   the citation, its parts linked ({@code <a class="citation">})
     * @param prefix the style's citation layout prefix ("(")
     * @param suffix the style's citation layout suffix (")")
     */
    static String outside(String html, String prefix, String suffix) {
        // the bracket itself: the-optical-society's prefix is a no-break space and "["
        String open = bare(prefix);
        String close = bare(suffix);
        if (open.isEmpty() && close.isEmpty()) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        List<Element> links = doc.body().select("a.citation");
        if (links.size() < 2) {
            return html;
        }
        boolean moved = false;
        Element first = links.get(0);
        if (!open.isEmpty() && nothingBefore(doc.body(), first) && first.childNodeSize() > 0
                && first.childNode(0) instanceof TextNode text) {
            // after the isolate's start, where the citation is one (Isolates.whole)
            String whole = text.getWholeText();
            int at = 0;
            while (at < whole.length() && outer(whole.charAt(at))) {
                at++;
            }
            // the bracket may be all the text before an element ("(<i>Mangroves</i>"): the link keeps that
            if (whole.startsWith(open, at) && (whole.length() > at + open.length() || first.childNodeSize() > 1)) {
                if (at + open.length() < whole.length()) {
                    text.splitText(at + open.length());
                }
                text.remove();
                first.before(text);
                moved = true;
            }
        }
        Element last = links.get(links.size() - 1);
        if (!close.isEmpty() && nothingAfter(doc.body(), last) && last.childNodeSize() > 0
                && last.childNode(last.childNodeSize() - 1) instanceof TextNode text) {
            // before the isolate's end
            String whole = text.getWholeText();
            int end = whole.length();
            while (end > 0 && outer(whole.charAt(end - 1))) {
                end--;
            }
            if (end - close.length() >= 0 && (end - close.length() > 0 || last.childNodeSize() > 1)
                    && whole.startsWith(close, end - close.length())) {
                TextNode bracket = end - close.length() == 0 ? text : text.splitText(end - close.length());
                bracket.remove();
                last.after(bracket);
                moved = true;
            }
        }
        return moved ? doc.body().html() : html;
    }

    /** A layout affix without the spaces (a no-break one too) and directional marks round it: "[" of "&#160;[". */
    private static String bare(String affix) {
        int from = 0;
        int to = affix.length();
        while (from < to && outer(affix.charAt(from))) {
            from++;
        }
        while (to > from && outer(affix.charAt(to - 1))) {
            to--;
        }
        return affix.substring(from, to);
    }

    /** A space of any kind (a no-break one too) or a directional mark: what may stand round a bracket. */
    private static boolean outer(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || DIRECTIONAL.indexOf(c) >= 0;
    }

    /** Whether only blank text (or a directional isolate's start) stands before the link in the citation. */
    private static boolean nothingBefore(Element body, Element link) {
        for (Node node = link; node != body; node = node.parent()) {
            for (Node sibling = node.previousSibling(); sibling != null; sibling = sibling.previousSibling()) {
                if (!(sibling instanceof TextNode t && blank(t))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether only blank text (or a directional isolate's end) stands after the link in the citation. */
    private static boolean nothingAfter(Element body, Element link) {
        for (Node node = link; node != body; node = node.parent()) {
            for (Node sibling = node.nextSibling(); sibling != null; sibling = sibling.nextSibling()) {
                if (!(sibling instanceof TextNode t && blank(t))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Text of spaces and directional marks only: an isolate's start or end round the citation. */
    private static boolean blank(TextNode text) {
        return text.getWholeText().chars().allMatch(c -> outer((char) c));
    }
}
