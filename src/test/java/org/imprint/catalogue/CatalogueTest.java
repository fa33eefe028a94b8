package org.imprint.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.imprint.Imprint;
import org.imprint.PdfProfile;
import org.imprint.Reports;
import org.imprint.batch.BatchBuilder;
import org.imprint.batch.BatchListener;
import org.imprint.batch.BatchOptions;
import org.imprint.batch.BatchSummary;
import org.imprint.batch.ReportResult;
import org.imprint.batch.Shard;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The catalogue every batch leaves in its output folder: {@code index.html} lists every report
 * in the folder, from this run and earlier ones, newest first, with its editions; {@code opds.xml}
 * is an OPDS acquisition feed (Atom) whose entries each offer the EPUB and the cover; both are
 * rewritten only when their content changes.
 */
class CatalogueTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String BASE = "https://example.org/reports/";

    @TempDir
    Path out;

    private final Imprint imprint = new Imprint(Reports.HOME);

    private BatchSummary build(List<Path> reports, Set<String> formats, String baseUrl) throws Exception {
        BatchSummary summary = new BatchBuilder(imprint).build(reports,
                new BatchOptions(out, formats, PdfProfile.SCREEN, 2, false, Shard.ALL, null, baseUrl), new BatchListener() { });
        assertTrue(summary.succeeded(), () -> summary.results().toString());
        return summary;
    }

    @Test
    void theCatalogueListsEveryReportOfTheFolderAndTheFeedOffersEachEpub() throws Exception {
        build(List.of(Reports.EVERY_FEATURE), Set.of("pdf", "epub"), BASE);
        // a later run builds another report only: the catalogue still lists both, newest first
        build(List.of(Reports.MINIMAL), Set.of("epub", "html"), BASE);

        Document page = Jsoup.parse(out.resolve("index.html").toFile());
        assertEquals(List.of("Connecting Coastal Ports: A Practical Agenda for Regional Port Cooperation", "A Minimal Report"),
                page.select(".report h2").eachText(), "every report, newest first");
        List<String> links = page.select("a[href]").eachAttr("href");
        try (Stream<Path> files = Files.list(out)) {
            List<String> epubs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".epub")).sorted().toList();
            assertEquals(List.of("every-feature.epub", "minimal.epub"), epubs);
            assertTrue(links.containsAll(epubs), "links every EPUB: " + links);
        }
        assertTrue(links.contains("every-feature.pdf"));
        assertTrue(links.contains("minimal/index.html"), "the web edition");
        assertFalse(links.contains("minimal.pdf"), "no link to an edition that was not built");
        for (String thumbnail : page.select(".report img").eachAttr("src")) {
            assertTrue(Files.isRegularFile(out.resolve(thumbnail)), thumbnail);
        }
        assertTrue(page.text().contains("Mei-Ling Chan and Arjun Mehta"));
        assertTrue(page.text().contains("16 March 2026"));
        assertTrue(page.text().contains("RCAS Policy Brief"));
        assertTrue(page.select("script").isEmpty());

        // the filters: one radio button per series and per year, and a CSS rule for each
        List<String> series = page.select("input[name=series]").eachAttr("id");
        assertEquals(3, series.size(), "all, RCAS Commentary, RCAS Policy Brief: " + series);
        String style = page.select("style").html();
        for (String id : series.subList(1, series.size())) {
            assertTrue(style.contains("#" + id + ":checked ~ .reports > .report:not(." + id + ")"), id);
            assertEquals(1, page.select(".report." + id).size(), id);
        }
        assertEquals(2, page.select("input[name=year]").size(), "all, 2026");

        // the feed
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(out.resolve("opds.xml").toFile());
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(2, entries.getLength());
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            String title = text(entry, "title");
            assertFalse(title.isBlank());
            assertFalse(text(entry, "id").isBlank(), title);
            assertTrue(text(entry, "updated").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"), title);
            assertTrue(entry.getElementsByTagNameNS(ATOM, "author").getLength() > 0, title);
            List<String> epub = new ArrayList<>();
            List<String> images = new ArrayList<>();
            NodeList linkNodes = entry.getElementsByTagNameNS(ATOM, "link");
            for (int l = 0; l < linkNodes.getLength(); l++) {
                Element link = (Element) linkNodes.item(l);
                String href = link.getAttribute("href");
                assertTrue(href.startsWith(BASE), "--base-url makes links absolute: " + href);
                assertTrue(Files.exists(out.resolve(href.substring(BASE.length()))), "the feed links a file that exists: " + href);
                if (link.getAttribute("rel").equals("http://opds-spec.org/acquisition") && link.getAttribute("type").equals("application/epub+zip")) {
                    epub.add(href);
                }
                if (link.getAttribute("rel").startsWith("http://opds-spec.org/image")) {
                    images.add(link.getAttribute("rel"));
                }
            }
            assertEquals(1, epub.size(), title + ": an EPUB acquisition link");
            assertEquals(List.of("http://opds-spec.org/image", "http://opds-spec.org/image/thumbnail"), images, title);
        }
        Element first = (Element) entries.item(0);
        assertTrue(text(first, "summary").contains("practical, low-cost agenda"), "the abstract as summary");
    }

    /**
     * A report in a right-to-left language is listed with its title, names and summary in its
     * language and direction (the page is English): an Urdu title stood left-aligned, its names
     * joined into one run with the page's "and".
     */
    @Test
    void aReportsOwnWordsKeepItsLanguageAndDirection() throws Exception {
        Path urdu = Files.createDirectories(out.resolve("src/urdu"));
        Files.writeString(urdu.resolve("article.md"), """
                ---
                title: "پاکستان کی ثالثی"
                date: 2026-04-21
                language: ur
                authors: [{name: زاہد انور}, {name: فاطمہ احمد}]
                abstract: یہ مضمون پاکستان کے کردار کا جائزہ لیتا ہے۔
                ---

                متن۔
                """);
        build(List.of(urdu, Reports.MINIMAL), Set.of("epub"), null);
        Document page = Jsoup.parse(out.resolve("index.html").toFile());
        org.jsoup.nodes.Element card = page.select(".report").stream().filter(r -> r.text().contains("پاکستان")).findFirst().orElseThrow();
        assertEquals("ur rtl", card.selectFirst("h2").attr("lang") + " " + card.selectFirst("h2").attr("dir"));
        assertEquals("ur rtl", card.selectFirst(".report-summary").attr("lang") + " " + card.selectFirst(".report-summary").attr("dir"));
        assertEquals(List.of("زاہد انور", "فاطمہ احمد"), card.select(".report-authors bdi[dir=rtl][lang=ur]").eachText());
        // the line of names runs in their direction, right-aligned under the title (h19ab H11: it
        // stood at the left), and the summary's box at the right, not floating mid-page
        assertEquals("rtl", card.selectFirst(".report-authors").attr("dir"));
        java.util.regex.Matcher summary = java.util.regex.Pattern.compile("\\.report-summary \\{([^}]*)\\}").matcher(page.select("style").html());
        assertTrue(summary.find() && summary.group(1).contains("margin-inline-end: auto"),
                "the summary's far margin takes the slack");
        org.jsoup.nodes.Element english = page.select(".report").stream().filter(r -> r.text().contains("Minimal")).findFirst().orElseThrow();
        assertEquals("ltr", english.selectFirst("h2").attr("dir"));
        assertEquals("ltr", english.selectFirst(".report-authors").attr("dir"));
    }

    /**
     * A report's own words are set in its brand's faces, which the catalogue loads from the web
     * edition beside it: the page loaded no @font-face, and Chromium without an Urdu font showed
     * the ہ of "عائشہ" as a box (h19aa G6). The faces are the web edition's, under names of the
     * report's own (each report's fonts are subset to its page), in the web stylesheet's order.
     */
    @Test
    void aReportsOwnWordsAreSetInItsWebEditionsFaces() throws Exception {
        Path urdu = Files.createDirectories(out.resolve("src/urdu"));
        Files.writeString(urdu.resolve("article.md"), """
                ---
                title: "پاکستان کی ثالثی"
                date: 2026-04-21
                language: ur
                authors: [{name: عائشہ خان}]
                ---

                متن۔
                """);
        build(List.of(urdu, Reports.MINIMAL), Set.of("epub", "html"), null);
        Document page = Jsoup.parse(out.resolve("index.html").toFile());
        org.jsoup.nodes.Element card = page.select(".report").stream().filter(r -> r.text().contains("پاکستان")).findFirst().orElseThrow();
        String family = card.selectFirst("h2").attr("style");
        assertTrue(family.startsWith("font-family: \"urdu Noto Serif\"") && family.contains("\"urdu Noto Naskh Arabic\""), family);
        assertEquals(family, card.selectFirst(".report-authors bdi").attr("style"));
        List<String> sheets = page.select("head link[rel=stylesheet]").eachAttr("href");
        assertTrue(sheets.contains("urdu/fonts.css"), sheets.toString());
        String faces = Files.readString(out.resolve("urdu/fonts.css"));
        // the Naskh face the Urdu words need, a file of the web edition beside the rules
        java.util.regex.Matcher naskh = java.util.regex.Pattern.compile(
                "font-family: \"urdu Noto Naskh Arabic\";[^}]*src: url\\(\"([^\"]+)\"\\)").matcher(faces);
        assertTrue(naskh.find(), faces);
        assertTrue(Files.isRegularFile(out.resolve("urdu").resolve(naskh.group(1))), naskh.group(1));
        // the web edition's own stylesheet keeps the families' names
        assertTrue(Files.readString(out.resolve("urdu/web.css")).contains("font-family: \"Noto Naskh Arabic\";"));
    }

    /**
     * A report folder's name is any file name: the catalogue, the feed and the web edition link its
     * files by percent-encoded URI references, which resolve to the files (h19ab H5: the name
     * "g-لمبا نام فائل (2026) #1 — رپورٹ" was written raw, its "#" read as a fragment, so the
     * fonts, the cover and every edition's link pointed at a missing "g-لمبا نام فائل (2026) ";
     * the feed's links held raw spaces). The visible title stays as written.
     */
    @Test
    void aFolderNameOfAnyCharactersIsLinkedByEncodedReferencesThatResolve() throws Exception {
        String name = "g-لمبا نام فائل (2026) #1 ?a=b&c 50% it's 😀 — رپورٹ";
        Path report = Files.createDirectories(out.resolve("src").resolve(name));
        Files.writeString(report.resolve("article.md"), """
                ---
                title: "لمبا نام #1"
                date: 2026-04-21
                language: ur
                authors: [{name: عائشہ خان}]
                abstract: یہ مضمون پاکستان کے کردار کا جائزہ لیتا ہے۔
                ---

                متن۔
                """);
        build(List.of(report), Set.of("epub", "html"), null);
        assertTrue(Files.isDirectory(out.resolve(name)), "the web edition is the folder's name");

        Document page = Jsoup.parse(out.resolve("index.html").toFile());
        assertEquals("لمبا نام #1", page.selectFirst(".report h2").text());
        List<String> links = new ArrayList<>(page.select("[href]").eachAttr("href"));
        links.addAll(page.select("[src]").eachAttr("src"));
        links.removeIf(href -> href.equals("#main"));
        assertTrue(links.size() >= 6, "fonts.css, thumbnail, title, Read online, EPUB, feed: " + links);
        for (String href : links) {
            assertResolves(out, href);
        }
        assertTrue(links.contains(org.imprint.write.RelativeHref.of(name) + "/fonts.css"), links.toString());

        org.w3c.dom.Document feed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("opds.xml").toFile());
        NodeList feedLinks = feed.getElementsByTagName("link");
        for (int l = 0; l < feedLinks.getLength(); l++) {
            assertResolves(out, ((Element) feedLinks.item(l)).getAttribute("href"));
        }

        // the web edition's own links to the other editions, from inside its folder
        Document web = Jsoup.parse(out.resolve(name).resolve("index.html").toFile());
        List<String> downloads = web.select("a.download[href], link[rel=alternate][href]").eachAttr("href");
        assertFalse(downloads.isEmpty());
        for (String href : downloads) {
            assertResolves(out.resolve(name), href);
        }
    }

    /**
     * A folder's name with the characters that end or escape a CSS string or open a comment
     * ({@code "}, {@code \\}, {@code *}) still names the report's faces: each family name
     * in fonts.css and in the card's style is one well-formed CSS string, and the card names the
     * families fonts.css declares (h19ab: the name was written raw into both, so a {@code "} ended
     * the family's name early and the report's Urdu words lost their faces).
     */
    @Test
    void aFolderNameWithQuotesBackslashesAndCommentMarksKeepsItsFaces() throws Exception {
        // "/" cannot stand in a file's name, so a comment's "*/" cannot: its "*" can, and "/*" inside a CSS string is no comment
        String name = "h \"quoted\" back\\slash * star; {brace} 'single' — رپورٹ";
        Path report = Files.createDirectories(out.resolve("src").resolve(name));
        Files.writeString(report.resolve("article.md"), """
                ---
                title: "پاکستان کی ثالثی"
                date: 2026-04-21
                language: ur
                authors: [{name: عائشہ خان}]
                ---

                متن۔
                """);
        build(List.of(report), Set.of("epub", "html"), null);
        String string = "\"((?:[^\"\\\\\n]|\\\\.)*)\"";
        String faces = Files.readString(out.resolve(name).resolve("fonts.css"));
        List<String> declared = new ArrayList<>();
        for (String line : faces.lines().filter(l -> l.strip().startsWith("font-family:")).toList()) {
            java.util.regex.Matcher family = java.util.regex.Pattern.compile("font-family: " + string + ";").matcher(line.strip());
            assertTrue(family.matches(), "one CSS string: " + line);
            declared.add(family.group(1));
        }
        assertFalse(declared.isEmpty(), faces);
        Document page = Jsoup.parse(out.resolve("index.html").toFile());
        String style = page.selectFirst(".report h2").attr("style");
        java.util.regex.Matcher list = java.util.regex.Pattern.compile(
                "font-family: (" + string + "(?:, " + string + ")*), serif").matcher(style);
        assertTrue(list.matches(), "a list of CSS strings: " + style);
        java.util.regex.Matcher each = java.util.regex.Pattern.compile(string).matcher(list.group(1));
        List<String> named = new ArrayList<>();
        while (each.find()) {
            named.add(each.group(1));
        }
        String scope = org.imprint.html.HtmlOutput.familyScope(name);
        assertTrue(declared.contains(scope + " Noto Naskh Arabic") && named.contains(scope + " Noto Naskh Arabic"),
                "the Urdu words' face, declared and named alike: " + named + " / " + declared);
        assertTrue(named.stream().allMatch(n -> n.startsWith(scope + " ")), named.toString());
        // two names that differ in an escaped character keep their faces apart
        assertNotEquals(org.imprint.html.HtmlOutput.familyScope("a.b"), org.imprint.html.HtmlOutput.familyScope("a_b"));
        assertNotEquals(org.imprint.html.HtmlOutput.familyScope("a_2e_b"), org.imprint.html.HtmlOutput.familyScope("a.b"));
    }

    /** A link is a URI reference with neither query nor fragment whose decoded path is a file of the folder. */
    private static void assertResolves(Path folder, String href) {
        java.net.URI uri = java.net.URI.create(href);   // throws on a raw space, a lone "%" or a second "#"
        assertEquals(null, uri.getRawFragment(), "no fragment: " + href);
        assertEquals(null, uri.getRawQuery(), "no query: " + href);
        assertTrue(uri.getRawPath().chars().allMatch(c -> c > 0x20 && c < 0x7f), "ASCII only: " + href);
        assertTrue(Files.exists(folder.resolve(uri.getPath()).normalize()), "resolves to a file: " + href + " -> " + uri.getPath());
    }

    @Test
    void theCatalogueIsRewrittenOnlyWhenItChanges() throws Exception {
        build(List.of(Reports.MINIMAL), Set.of("epub", "html"), null);
        Path page = out.resolve("index.html");
        Path feed = out.resolve("opds.xml");
        FileTime old = FileTime.fromMillis(946_684_800_000L);
        Files.setLastModifiedTime(page, old);
        Files.setLastModifiedTime(feed, old);
        BatchSummary again = build(List.of(Reports.MINIMAL), Set.of("epub", "html"), null);
        assertEquals(1, again.count(ReportResult.Status.SKIPPED), "nothing changed: skipped, web edition folder and all");
        assertEquals(old, Files.getLastModifiedTime(page));
        assertEquals(old, Files.getLastModifiedTime(feed));
        assertTrue(Files.readString(feed).contains("href=\"minimal.epub\""), "without --base-url, links are relative");

        build(List.of(Reports.EVERY_FEATURE), Set.of("epub"), null);
        assertFalse(old.equals(Files.getLastModifiedTime(page)), "a new report changes the page");
        assertTrue(Files.readString(page).contains("every-feature.epub"));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList());
        }
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }
}
