package org.imprint.markdown;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;

/**
 * The language in force at a point of Markdown source, read from the raw HTML met so far:
 * {@code <div lang="fr">} opens French until its {@code </div>}, whether the Markdown between
 * them is a paragraph or more. The HTML is read by jsoup's HTML parser, as the renderer reads the
 * page ({@link HtmlSanitizer}), so what is a tag is what the page has: a comment hides tags only
 * as far as HTML's comment goes (the abrupt {@code <!-->} is a whole one, a {@code <!--} in an
 * attribute's value opens none), a {@code <span lang="fr">} in a script's text opens nothing,
 * an end tag closes what HTML closes with it, and {@code <span/>} is open, as in a browser.
 * Mutable; one per walk over a document or a paragraph.
 */
final class LangScope {

    /**
     * Put after the HTML read: where the parser puts it is where the text after that HTML goes,
     * inside the elements still open (as text, inside a script or textarea left open).
     */
    private static final String MARK = "imprint-lang-mark";

    /** An element open at this point: its start tag, as the next piece of HTML is read after it, and its language. */
    private record Open(String startTag, String language) {
    }

    private final String outer;
    /** The open elements, outermost first. */
    private List<Open> open = List.of();

    /** A scope whose language, outside every tag, is {@code outer}. */
    LangScope(String outer) {
        this.outer = outer;
    }

    /** A scope with the same open elements, changed independently of this one. */
    LangScope copy() {
        LangScope copy = new LangScope(outer);
        copy.open = open;
        return copy;
    }

    /** The language at this point: the nearest open element's {@code lang}, else the outer one. */
    String current() {
        return open.isEmpty() ? outer : open.get(open.size() - 1).language();
    }

    /** Reads a piece of raw HTML: the elements it opens and closes, after those open before it. */
    void read(String html) {
        StringBuilder page = new StringBuilder();
        open.forEach(o -> page.append(o.startTag()));
        page.append(html).append('<').append(MARK).append('>');
        Element body = Jsoup.parseBodyFragment(page.toString()).body();
        Element innermost = body.selectFirst(MARK);
        if (innermost != null) {
            innermost = innermost.parent();
        } else {
            // the mark is text: of the script, style sheet, textarea… left open, which holds it
            for (Element e : body.getAllElements()) {
                if (e.childNodes().stream().anyMatch(n -> n instanceof DataNode d && d.getWholeData().contains(MARK)
                        || n instanceof TextNode t && t.getWholeText().contains(MARK))) {
                    innermost = e;
                }
            }
        }
        List<Element> chain = new ArrayList<>();
        for (Element e = innermost; e != null && e != body; e = e.parent()) {
            chain.add(0, e);
        }
        List<Open> now = new ArrayList<>();
        String language = outer;
        for (Element e : chain) {
            String lang = e.hasAttr("lang") ? e.attr("lang") : e.attr("xml:lang");
            if (!lang.isBlank()) {
                language = lang.strip();
            }
            now.add(new Open("<" + e.normalName() + (lang.isBlank() ? "" : " lang=\"" + Entities.escape(lang) + "\"") + ">", language));
        }
        open = List.copyOf(now);
    }
}
