package org.imprint.cite;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Marks each run of Chinese, Japanese or Korean inside a style's italics ({@code <i>}) with its
 * language and the class {@code cjk}, so that the brand's stylesheet sets it upright: these
 * scripts have no italic, and a slanted ideograph is a fault of typesetting, not emphasis.
 */
final class CjkRuns {

    private CjkRuns() {
    }

    /**
     * @param language the source's language when it names one of the three ("ja" for a Japanese
     *                 title written in kanji alone), else {@code null}
     */
    static void mark(Document doc, String language) {
        List<TextNode> texts = new ArrayList<>();
        for (Element italic : doc.body().select("i, em")) {
            italic.traverse((node, depth) -> {
                if (node instanceof TextNode t && !(t.parentNode() instanceof Element e && e.hasClass("cjk"))) {
                    texts.add(t);
                }
            });
        }
        for (TextNode text : texts) {
            split(text, language);
        }
    }

    private static void split(TextNode text, String language) {
        String s = text.getWholeText();
        List<org.jsoup.nodes.Node> parts = new ArrayList<>();
        int done = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!cjk(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i;
            boolean hangul = false;
            boolean kana = false;
            // a run goes on over the spaces and punctuation between CJK characters
            for (int j = i; j < s.length(); ) {
                int c = s.codePointAt(j);
                if (cjk(c)) {
                    UnicodeScript script = UnicodeScript.of(c);
                    hangul |= script == UnicodeScript.HANGUL;
                    kana |= script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
                    end = j + Character.charCount(c);
                } else if (Character.isLetterOrDigit(c)) {
                    break;
                }
                j += Character.charCount(c);
            }
            if (start > done) {
                parts.add(new TextNode(s.substring(done, start)));
            }
            String lang = hangul ? "ko" : kana ? "ja" : language != null ? language : "zh";
            parts.add(new Element("span").attr("lang", lang).addClass("cjk").appendText(s.substring(start, end)));
            done = end;
            i = end;
        }
        if (parts.isEmpty()) {
            return;
        }
        if (done < s.length()) {
            parts.add(new TextNode(s.substring(done)));
        }
        for (org.jsoup.nodes.Node part : parts) {
            text.before(part);
        }
        text.remove();
    }

    private static boolean cjk(int cp) {
        UnicodeScript script = UnicodeScript.of(cp);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA
                || script == UnicodeScript.HANGUL || script == UnicodeScript.BOPOMOFO
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}
