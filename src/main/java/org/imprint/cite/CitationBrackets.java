package org.imprint.cite;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The brackets of an in-text citation: the style's citation layout sets them round the whole
 * ("(" and ")", "[" and "]"), so they are no source's text. Cut by the style's delimiter, the
 * first source's part held the opening bracket and the last one's the closing, "(Lee, 2019;
 * Novak, 2020)" linked as "(Lee, 2019" and "Novak, 2020)"; a single source's link, and a
 * narrative citation's ("Lee [1]", "Lee (2019)"), held both. They are set outside the links, in
 * the e-book, the web edition and the PDF's link annotations alike; a source's locator and
 * suffix stay in its link.
 */
final class CitationBrackets {

    /** Directional marks and isolates, which may stand round the whole citation. */
    private static final String DIRECTIONAL = "\u200E\u200F\u061C\u2066\u2067\u2068\u2069";

    private CitationBrackets() {
    }

    /**
     * The citation with the layout's prefix moved before its first link and the layout's suffix
     * after its last, where the citation starts (or ends) with that link and it holds them as
     * its own text (a link is never left empty); a citation without a link as it is.
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
        if (links.isEmpty()) {
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

    /**
     * The citation with the brackets a style sets round each source on its own (IEEE's group
     * "[1, p. 4]") moved out of that source's link, "[⟦1, p. 4⟧]", as the layout's are: a link
     * that opens with a bracket whose match closes it, or is followed only by what the author
     * wrote after the source ({@code suffixes}: "[1, p. 4], our emphasis", where the style sets
     * the suffix after the bracket, and so it stays out of the link with it). A bracket of a title
     * ("(Un)making") is left alone: its match does not end the link.
     *
     * @param html     the citation, its parts linked ({@code <a class="citation">})
     * @param suffixes what the author wrote after each source, as written without the comma before it
     */
    static String eachOutside(String html, java.util.Collection<String> suffixes) {
        Document doc = Jsoup.parseBodyFragment(html);
        boolean moved = false;
        for (Element link : doc.body().select("a.citation")) {
            if (link.childNodeSize() < 1 || !(link.childNode(0) instanceof TextNode head)
                    || !(link.childNode(link.childNodeSize() - 1) instanceof TextNode tail)) {
                continue;
            }
            String whole = link.wholeText();
            int open = 0;
            while (open < whole.length() && outer(whole.charAt(open))) {
                open++;
            }
            int close = open < whole.length() ? matching(whole, open) : -1;
            if (close < 0 || close == open + 1 || open >= head.getWholeText().length()) {
                continue;
            }
            String after = whole.substring(close + 1);
            String words = after.replaceFirst("^[\\s,;:]+", "").strip();
            if (!(words.isEmpty() || suffixes.contains(words)) || !tail.getWholeText().endsWith(whole.substring(close))
                    || tail == head && head.getWholeText().length() - whole.substring(close).length() <= open + 1) {
                continue;
            }
            // the closing bracket and what follows it, then the opening one, each out of the link
            TextNode closing = tail.splitText(tail.getWholeText().length() - whole.substring(close).length());
            closing.remove();
            link.after(closing);
            TextNode rest = head.splitText(open + 1);
            head.remove();
            link.before(head);
            moved |= rest != null;
        }
        return moved ? doc.body().html() : html;
    }

    /** Where the bracket at {@code open} closes in the text, or -1 where it is no opening bracket or never closes. */
    private static int matching(String text, int open) {
        char o = text.charAt(open);
        char c = o == '(' ? ')' : o == '[' ? ']' : 0;
        if (c == 0) {
            return -1;
        }
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char ch = text.charAt(i);
            depth += ch == o ? 1 : ch == c ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
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
