package org.imprint.epub;

import java.util.ArrayList;
import java.util.List;

import org.imprint.model.OutlineEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Reads what the package needs from a rendered part, in one parse: its title, landmark, the
 * entries of the publication's outline it holds, its text, and the facts the accessibility
 * metadata claims.
 */
public final class EpubParts {

    private EpubParts() {
    }

    /**
     * Parses a part rendered by the layouts.
     *
     * @return the part, or {@code null} when its body is empty (e.g. no first-published note)
     */
    public static EpubPart parse(String name, String xhtml, List<OutlineEntry> outline) {
        Document doc = Jsoup.parse(xhtml, "", Parser.xmlParser());
        Element body = doc.selectFirst("body");
        if (body == null || (body.text().isBlank() && body.select("img").isEmpty())) {
            return null;
        }
        // A reading system may only link to content documents: a link to another file of the
        // report (an image, a PDF) keeps its text but not its target.
        for (Element link : body.select("a[href]")) {
            String href = link.attr("href");
            if (!href.startsWith("#") && !href.matches("(?i)^(https?|mailto):.*")) {
                link.unwrap();
            }
        }
        Element h1 = body.selectFirst("h1");
        String title = h1 == null ? null : h1.text();
        if (title != null) {
            Element head = doc.selectFirst("head > title");
            if (head != null) {
                head.text(title);
            }
        }
        Element typed = body.selectFirst("[epub:type]");
        String landmark = typed == null ? null : typed.attr("epub:type").split("\\s+")[0];
        boolean described = body.select("img").stream().noneMatch(img -> img.attr("alt").isBlank());
        boolean ordered = true;
        int previous = 0;
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            ordered &= level <= previous + 1;
            previous = level;
        }
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8").prettyPrint(false);
        return new EpubPart(name, title, landmark, within(outline, doc), body.text(), doc.outerHtml(), described, ordered);
    }

    /** The entries of the outline whose headings this document holds, with the ones nested under them. */
    private static List<OutlineEntry> within(List<OutlineEntry> outline, Document doc) {
        List<OutlineEntry> found = new ArrayList<>();
        for (OutlineEntry entry : outline) {
            if (doc.getElementById(entry.id()) != null) {
                found.add(new OutlineEntry(entry.level(), entry.id(), entry.text(), within(entry.children(), doc)));
            }
        }
        return found;
    }
}
