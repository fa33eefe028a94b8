package org.imprint.epub;

import java.util.ArrayList;
import java.util.List;

import org.imprint.markdown.Heading;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/** Reads what the package needs from a rendered part: its title, landmark and headings. */
public final class EpubParts {

    private EpubParts() {
    }

    /**
     * Parses a part rendered by the layouts.
     *
     * @return the part, or {@code null} when its body is empty (e.g. no first-published note)
     */
    public static EpubPart parse(String name, String xhtml) {
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
        List<Heading> headings = new ArrayList<>();
        for (Element h : body.select("h2[id], h3[id]")) {
            headings.add(new Heading(h.tagName().charAt(1) - '0', h.id(), h.text()));
        }
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8").prettyPrint(false);
        return new EpubPart(name, title, landmark, headings, body.text(), doc.outerHtml());
    }
}
