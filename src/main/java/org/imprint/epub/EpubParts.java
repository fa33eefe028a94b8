package org.imprint.epub;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Points each link to a place ({@code #id}) at the document that holds it: a reading system
     * looks for a bare {@code #id} in the document the link is in, but the layouts and the
     * article may link across parts (the abstract or a biography to a heading of the article,
     * the article to "About"). A link to a place no part holds keeps its text, as plain text,
     * so the e-book never has a dead link (EPUBCheck RSC-012).
     */
    public static List<EpubPart> linkAcross(List<EpubPart> parts) {
        List<Document> docs = new ArrayList<>();
        Map<String, String> partOf = new HashMap<>();
        for (EpubPart part : parts) {
            Document doc = Jsoup.parse(part.xhtml(), "", Parser.xmlParser());
            docs.add(doc);
            for (Element e : doc.select("[id]")) {
                partOf.putIfAbsent(e.id(), part.href());
            }
        }
        List<EpubPart> linked = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            EpubPart part = parts.get(i);
            Document doc = docs.get(i);
            boolean changed = false;
            // the part's own ids, gathered once: looked up link by link, a part of thousands of
            // citations was searched whole for each
            java.util.Set<String> own = new java.util.HashSet<>(doc.select("[id]").eachAttr("id"));
            for (Element link : doc.select("a[href^=#]")) {
                String id = link.attr("href").substring(1);
                if (own.contains(id)) {
                    continue;
                }
                String other = partOf.get(id);
                if (other != null) {
                    link.attr("href", other + "#" + id);
                } else {
                    link.unwrap();
                }
                changed = true;
            }
            if (changed) {
                doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml)
                        .escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8").prettyPrint(false);
                part = new EpubPart(part.name(), part.title(), part.landmark(), part.headings(), part.text(), doc.outerHtml(),
                        part.imagesDescribed(), part.headingsInOrder());
            }
            linked.add(part);
        }
        return linked;
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
