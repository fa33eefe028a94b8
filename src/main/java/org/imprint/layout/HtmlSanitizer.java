package org.imprint.layout;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps only harmless markup in HTML that came from an article: what Markdown produces plus
 * {@code sup}, {@code sub}, {@code span class} and {@code br}. Scripts, event handlers, frames,
 * objects, forms, styles and {@code javascript:} links are removed.
 */
public final class HtmlSanitizer {

    private static final String[] LINK_PROTOCOLS = {"http", "https", "mailto", "#"};

    private final Safelist safelist = Safelist.relaxed()
            .addTags("figure", "figcaption", "section", "s", "del", "hr", "span", "sup", "sub", "br",
                    "abbr", "mark", "small")
            .addAttributes(":all", "id", "class", "lang", "title")
            .addAttributes("a", "role", "epub:type")
            .addAttributes("li", "epub:type")
            .addAttributes("section", "role", "epub:type")
            .addAttributes("ol", "start")
            .removeProtocols("a", "href", "ftp")
            .addProtocols("a", "href", LINK_PROTOCOLS)
            .preserveRelativeLinks(true);

    /** Cleans an HTML fragment and returns it as XHTML-compatible markup. */
    public String clean(String html) {
        // A dummy base URI lets relative links (figures, #notes) pass the protocol check unchanged.
        Document dirty = Jsoup.parseBodyFragment(html, "http://report.invalid/");
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);
        return clean.body().html();
    }
}
