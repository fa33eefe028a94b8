package org.imprint.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.PdfProfile;
import org.imprint.Report;
import org.imprint.Reports;
import org.imprint.batch.BatchBuilder;
import org.imprint.batch.BatchListener;
import org.imprint.batch.BatchOptions;
import org.imprint.batch.BatchSummary;
import org.imprint.batch.Shard;
import org.imprint.model.Publication;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web editions of the example (in both brands), the every-feature report, the minimal
 * report and the overflow report (content wider than a phone), and the catalogue a batch of them
 * leaves: valid HTML by the Nu HTML Checker, every part
 * of the report on the page, the meta tags scholars' search engines read, nothing from the
 * network and no script; and, in headless Chromium, no serious or critical axe-core violation
 * and no sideways scrolling at 390 and 1280 pixels.
 */
class WebEditionTest {

    @TempDir
    static Path dir;
    static Path out;
    static List<Path> reports;
    static final Imprint IMPRINT = new Imprint(Reports.HOME);

    @BeforeAll
    static void buildBatch() throws Exception {
        Path fieldstone = Files.createDirectories(dir.resolve("reports/fieldstone-example"));
        Path figures = Files.createDirectories(fieldstone.resolve("figures"));
        try (Stream<Path> files = Files.list(Reports.EXAMPLE.resolve("figures"))) {
            for (Path figure : files.toList()) {
                Files.copy(figure, figures.resolve(figure.getFileName()));
            }
        }
        String article = Files.readString(Reports.EXAMPLE.resolve("article.md"));
        Files.writeString(fieldstone.resolve("article.md"), article.replace("\nbrand: rcas\n", "\nbrand: fieldstone\n"));
        // the overflow report: words, URLs, code and tables wider than any phone
        // and an Urdu article (right to left) and a report of charts and an SVG diagram
        reports = List.of(Reports.EXAMPLE, Reports.EVERY_FEATURE, Reports.MINIMAL, fieldstone,
                Reports.HOME.resolve("src/test/resources/reports/overflow"),
                Reports.HOME.resolve("src/test/resources/reports/urdu"),
                Reports.HOME.resolve("src/test/resources/reports/charts"));
        out = dir.resolve("out");
        BatchSummary summary = new BatchBuilder(IMPRINT).build(reports,
                new BatchOptions(out, Set.of("pdf", "epub", "html"), PdfProfile.SCREEN, 2, false, Shard.ALL), new BatchListener() { });
        assertTrue(summary.succeeded(), () -> summary.results().toString());
    }

    private static Path page(Path report) {
        return out.resolve(report.getFileName().toString()).resolve("index.html");
    }

    private static List<Path> pages() {
        List<Path> pages = new ArrayList<>(reports.stream().map(WebEditionTest::page).toList());
        pages.add(out.resolve("index.html"));
        return pages;
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        for (Path page : pages()) {
            assertEquals(List.of(), NuChecker.errors(page), "Nu HTML Checker errors in " + page);
        }
    }

    @Test
    void theCheckerFindsErrorsInBadHtml() throws Exception {
        // the checker is really checking: an e-book attribute and a misnested element are errors
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p epub:type=\"x\">a<div></p></body></html>");
        assertFalse(NuChecker.errors(bad).isEmpty());
    }

    @Test
    void theEveryFeatureEditionHasEveryPart() throws Exception {
        Path folder = out.resolve("every-feature");
        Document doc = Jsoup.parse(folder.resolve("index.html").toFile());
        String text = doc.text();
        // the cover information and the article
        assertEquals("Connecting Coastal Ports: A Practical Agenda for Regional Port Cooperation", doc.select("h1").text());
        assertEquals(1, doc.select("h1").size(), "one h1: the report's title");
        assertTrue(text.contains("How small and medium-sized ports can share data"), "subtitle");
        assertTrue(text.contains("RCAS Policy Brief"), "series");
        assertTrue(text.contains("Mei-Ling Chan and Arjun Mehta"), "byline");
        assertTrue(doc.select("[role=doc-abstract]").text().contains("practical, low-cost agenda"), "abstract");
        assertTrue(doc.select("h2").eachText().contains("Why small ports matter"), "body headings");
        // figures: every image of the model is beside the page, and every img has a text alternative
        for (Element img : doc.select("img")) {
            assertTrue(img.hasAttr("alt"), img.outerHtml());
            assertTrue(Files.isRegularFile(folder.resolve(img.attr("src"))), "missing " + img.attr("src"));
        }
        assertTrue(doc.select("figure img").size() >= 2, "figures");
        assertTrue(doc.select("figcaption").text().contains("Figure 1"), "figure captions");
        // tables scroll inside a region a keyboard can reach
        assertFalse(doc.select("table").isEmpty());
        for (Element table : doc.select("table")) {
            Element frame = table.parent();
            assertEquals("table-scroll", frame.className());
            assertEquals("0", frame.attr("tabindex"));
        }
        // notes, first-published, authors, the organisation
        assertFalse(doc.select("[role=doc-endnotes] li").isEmpty(), "endnotes");
        assertFalse(doc.select("a[role=doc-noteref]").isEmpty(), "note calls");
        assertTrue(doc.select("#first-published").text().contains("Example Maritime Review"), "first published");
        assertTrue(doc.select("#authors").text().contains("Harbours in Common"), "author biographies");
        assertTrue(doc.select("footer").text().contains("nonprofit research organization"), "organisation blurb");
        assertTrue(doc.select("footer").text().contains("hkrcas@163.com"), "contact");
        // landmarks and the skip link
        assertEquals(1, doc.select("main#main").size());
        assertEquals("#main", doc.select("body > a.skip-link").attr("href"));
        assertEquals(1, doc.select("body > header").size());
        assertEquals(1, doc.select("body > footer").size());
        // the e-book's attributes are not HTML
        assertFalse(doc.html().contains("epub:type"));
    }

    @Test
    void theMinimalAndExampleEditionsHaveTheirParts() throws Exception {
        Document minimal = Jsoup.parse(page(Reports.MINIMAL).toFile());
        assertEquals("A Minimal Report", minimal.select("h1").text());
        assertTrue(minimal.text().contains("This is the second and final paragraph"));
        assertTrue(minimal.select("#authors").text().contains("Jane Doe"));
        Document example = Jsoup.parse(page(Reports.EXAMPLE).toFile());
        assertTrue(example.select("h1").text().startsWith("The U.S.-Iran War"));
        assertFalse(example.select("figure img").isEmpty());
        Document fieldstone = Jsoup.parse(page(reports.get(3)).toFile());
        assertTrue(fieldstone.select("footer").text().contains("The Fieldstone Institute for Public Policy"));
        assertTrue(Files.readString(out.resolve("fieldstone-example/web.css")).contains("#0E3B43"), "Fieldstone's colours");
    }

    @Test
    void anUrduEditionReadsRightToLeftInItsOwnFont() throws Exception {
        Document urdu = Jsoup.parse(page(reports.get(5)).toFile());
        assertEquals("rtl", urdu.select("html").attr("dir"));
        assertEquals("ur", urdu.select("html").attr("lang"));
        assertTrue(urdu.select("h1").text().contains("پاکستان"), urdu.select("h1").text());
        String css = Files.readString(out.resolve("urdu/web.css"));
        assertTrue(css.contains("Noto Naskh Arabic"), "the Naskh face is in the stacks");
        assertTrue(Files.isRegularFile(out.resolve("urdu/fonts/NotoNaskhArabic-Regular.ttf")), "and beside the page");
    }

    @Test
    void chartsAndDiagramsAreSvgImagesWithTextAlternatives() throws Exception {
        Document charts = Jsoup.parse(page(reports.get(6)).toFile());
        var images = charts.select("figure img");
        assertEquals(3, images.size(), charts.select("figure").outerHtml());
        for (var image : images) {
            assertTrue(image.attr("src").endsWith(".svg"), image.outerHtml());
            assertTrue(Files.isRegularFile(out.resolve("charts").resolve(image.attr("src"))), image.attr("src"));
            assertFalse(image.attr("alt").isBlank(), image.outerHtml());
        }
    }

    @Test
    void metaTagsForScholarsAndSharing() throws Exception {
        Document doc = Jsoup.parse(out.resolve("every-feature/index.html").toFile());
        assertEquals("Connecting Coastal Ports: A Practical Agenda for Regional Port Cooperation", doc.select("meta[name=citation_title]").attr("content"));
        assertEquals(List.of("Mei-Ling Chan", "Arjun Mehta"), doc.select("meta[name=citation_author]").eachAttr("content"));
        assertEquals("2026/03/16", doc.select("meta[name=citation_publication_date]").attr("content"));
        assertEquals("10.5555/imprint-every-feature", doc.select("meta[name=citation_doi]").attr("content"));
        assertEquals("../every-feature.pdf", doc.select("meta[name=citation_pdf_url]").attr("content"));
        assertEquals("article", doc.select("meta[property=og:type]").attr("content"));
        assertEquals("cover.jpg", doc.select("meta[property=og:image]").attr("content"));
        assertTrue(Files.isRegularFile(out.resolve("every-feature/cover.jpg")));
        // links to the other editions, relative, and they exist
        List<String> downloads = doc.select("a.download").eachAttr("href");
        assertEquals(List.of("../every-feature.pdf", "../every-feature.epub"), downloads);
        for (String href : downloads) {
            assertTrue(Files.isRegularFile(out.resolve("every-feature").resolve(href).normalize()), href);
        }
    }

    @Test
    void nothingFromTheNetworkAndNoScript() throws Exception {
        for (Path report : reports) {
            Path folder = page(report).getParent();
            Document doc = Jsoup.parse(folder.resolve("index.html").toFile());
            assertTrue(doc.select("script").isEmpty());
            for (Element e : doc.select("img[src], link[href], source[src], iframe, object, embed")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                assertFalse(url.matches("(?i)^([a-z]+:)?//.*"), "loads from the network: " + e.outerHtml());
                assertTrue(Files.exists(folder.resolve(url).normalize()), "missing " + url);
            }
            String css = Files.readString(folder.resolve("web.css"));
            assertFalse(css.contains("http:") || css.contains("https:") || css.contains("@import"), "the stylesheet loads nothing");
            try (Stream<Path> fonts = Files.list(folder.resolve("fonts"))) {
                for (Path font : fonts.toList()) {
                    assertTrue(css.contains("url(\"fonts/" + font.getFileName() + "\")"), font + " is used");
                }
            }
        }
    }

    @Test
    void theStreamIsADeterministicZipOfTheFolder() throws Exception {
        try (Report report = IMPRINT.load(Reports.EVERY_FEATURE, p -> { })) {
            Publication publication = IMPRINT.publish(report);
            BuildRequest request = BuildRequest.of(Reports.EVERY_FEATURE).out(out).formats("html").build();
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            ByteArrayOutputStream second = new ByteArrayOutputStream();
            IMPRINT.write(publication, "html", request, first);
            IMPRINT.write(IMPRINT.publish(report), "html", request, second);
            assertArrayEquals(first.toByteArray(), second.toByteArray(), "the same report gives the same bytes");
            List<String> names = new ArrayList<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first.toByteArray()))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    names.add(e.getName());
                    assertEquals(publication.metadata().modified().toEpochMilli() / 1000,
                            e.getLastModifiedTime().toMillis() / 1000, "a fixed time: " + e.getName());
                }
            }
            assertEquals(names.stream().sorted().toList(), names, "sorted entries");
            assertTrue(names.containsAll(List.of("index.html", "web.css", "cover.jpg")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("fonts/") && n.endsWith(".ttf")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("figures/")), names.toString());
        }
    }

    @Test
    void aRebuildReplacesTheFolderWhole() throws Exception {
        Path copy = dir.resolve("rebuild-out");
        BuildRequest request = BuildRequest.of(Reports.MINIMAL).out(copy).formats("html").build();
        List<Path> built = IMPRINT.build(request);
        assertEquals(List.of(copy.resolve("minimal")), built);
        Path stale = Files.writeString(copy.resolve("minimal/stale.txt"), "from an older build");
        IMPRINT.build(request);
        assertFalse(Files.exists(stale), "the new folder replaced the old one, not merged into it");
        assertTrue(Files.isRegularFile(copy.resolve("minimal/index.html")));
        try (Stream<Path> left = Files.list(copy)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(),
                    "no temporary folder is left");
        }
        // without the PDF and EPUB in the folder, the page links neither
        assertTrue(Jsoup.parse(copy.resolve("minimal/index.html").toFile()).select("a.download").isEmpty());
        // nor with a PDF an earlier build left there: it may be of another version of the article
        Files.writeString(copy.resolve("minimal.pdf"), "an older PDF");
        IMPRINT.build(request);
        assertTrue(Jsoup.parse(copy.resolve("minimal/index.html").toFile()).select("a.download").isEmpty());
    }

    @Test
    void inABrowserNoSeriousViolationAndNoSidewaysScrolling() throws Exception {
        BrowserCheck.requireBrowser();
        List<String> problems = new ArrayList<>();
        List<BrowserCheck.Seen> seen = BrowserCheck.open(pages(), 390, 1280);
        assertEquals(pages().size() * 2, seen.size());
        for (BrowserCheck.Seen s : seen) {
            for (var v : s.violations()) {
                System.out.println("axe " + s.width() + " px " + s.page() + ": " + v.get("impact") + " " + v.get("id") + " " + v.get("nodes"));
                if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                    problems.add(s.page() + " at " + s.width() + " px: " + v.get("impact") + " " + v.get("id") + " " + v.get("help") + " " + v.get("nodes"));
                }
            }
            if (s.scrollWidth() > s.width()) {
                problems.add(s.page() + " scrolls sideways at " + s.width() + " px: " + s.scrollWidth() + " px wide");
            }
            if (!s.network().isEmpty()) {
                problems.add(s.page() + " asked the network for " + s.network());
            }
        }
        assertEquals(List.of(), problems);
    }
}
