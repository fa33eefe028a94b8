package org.imprint.markdown;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Keeps the article's raw HTML from posing as Imprint's own markup. The layouts and style
 * sheets give meaning to classes and ids ({@code running-header}, {@code footnote},
 * {@code article}, {@code fn-1}); raw HTML that used them could replace the running header,
 * float a paragraph as a footnote or duplicate an id. So every class and id written in raw HTML
 * is put in the author's namespace, {@value #PREFIX}: {@code class="smallcaps"} becomes
 * {@code class="user-smallcaps"} (a brand may style that), {@code id="table-a"} becomes
 * {@code id="user-table-a"}, and links to such an id ({@code #table-a}, from Markdown or raw
 * HTML) are rewritten to match, so they still work.
 *
 * <p>Markup the renderer makes carries a mark, an attribute whose name is random per instance
 * and so cannot be forged by an article; the mark is removed here. Thread-safe.
 */
final class RawMarkup {

    static final String PREFIX = "user-";

    private final String mark = "data-imprint-" + HexFormat.of().formatHex(SecureRandom.getSeed(8));

    /** Marks generated attributes when they include a class or an id. */
    void markGenerated(Map<String, String> attributes) {
        if (attributes.containsKey("class") || attributes.containsKey("id")) {
            attributes.put(mark, "");
        }
    }

    /** Whether a tree holds raw HTML at all: when it does not, nothing needs rewriting. */
    static boolean hasRawHtml(Node document) {
        boolean[] found = {false};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlInline html) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /**
     * Marks every class and id in HTML Imprint made from trusted parts (a CSL processor's
     * citations), so raw HTML elsewhere in the body does not push them into the author's namespace.
     */
    String markAll(String html) {
        return html.replace(" class=\"", " " + mark + "=\"\" class=\"").replace(" id=\"", " " + mark + "=\"\" id=\"");
    }

    /** Drops the marks from markup that holds no raw HTML: all of it is generated. */
    String unmark(String html) {
        return html.replace(" " + mark + "=\"\"", "");
    }

    /**
     * Drops the marks of generated markup, and moves the classes and ids of all other markup
     * (the raw HTML) into the author's namespace, with the links to those ids.
     */
    String namespace(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        Set<String> generatedIds = new HashSet<>();
        Set<String> rawIds = new HashSet<>();
        for (Element e : doc.body().getAllElements()) {
            if (e == doc.body()) {
                continue;
            }
            if (e.hasAttr(mark)) {
                e.removeAttr(mark);
                if (e.hasAttr("id")) {
                    generatedIds.add(e.id());
                }
                continue;
            }
            if (e.hasAttr("class")) {
                String classes = String.join(" ", e.classNames().stream().map(c -> PREFIX + c).toList());
                if (classes.isEmpty()) {
                    e.removeAttr("class");
                } else {
                    e.attr("class", classes);
                }
            }
            if (e.hasAttr("id")) {
                String id = e.id();
                if (rawIds.add(id)) {
                    e.attr("id", PREFIX + id);
                } else {
                    // an id written twice: the first keeps it, links go there; a document may hold it once
                    e.removeAttr("id");
                }
            }
        }
        for (Element a : doc.body().select("a[href^=#]")) {
            String target = a.attr("href").substring(1);
            if (rawIds.contains(target) && !generatedIds.contains(target)) {
                a.attr("href", "#" + PREFIX + target);
            }
        }
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);
        return doc.body().html();
    }
}
