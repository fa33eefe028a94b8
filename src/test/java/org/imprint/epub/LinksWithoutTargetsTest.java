package org.imprint.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.Reports;
import org.imprint.verify.EpubVerifier;
import org.imprint.verify.PdfCheck;
import org.imprint.verify.PdfVerifier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links that have no target in the outputs (issue 18, items 7 and 22): a heading, figure or note
 * that does not exist, from Markdown, raw HTML, the abstract or a biography, and files beside the
 * article. Each is warned with its line (and the id meant, when one is close) and set as plain
 * text; links written in other case or another script reach their heading; a figure's image
 * links to its figure; links across the e-book's documents go to the right one. An id written
 * twice in raw HTML, or made again by a heading ("## User box"), is not doubled. EPUBCheck and
 * veraPDF pass, and the PDF has no link to a file.
 */
class LinksWithoutTargetsTest {

    @TempDir
    static Path dir;
    static Path report;
    static final List<Problem> WARNINGS = new ArrayList<>();
    static List<Path> outputs;

    @BeforeAll
    static void build() throws Exception {
        report = Files.createDirectories(dir.resolve("links"));
        Files.createDirectories(report.resolve("figures"));
        Files.createDirectories(report.resolve("tables"));
        Files.copy(Reports.HOME.resolve("reports/2026-04-us-iran-pakistan/figures/fig1.jpg"), report.resolve("figures/chart.jpg"));
        Files.writeString(report.resolve("tables/data.xlsx"), "not really a workbook");
        Files.writeString(report.resolve("article.md"), """
                ---
                title: Links Without Targets
                date: 2026-02-02
                abstract: The [method](#method) and [nothing](#nada).
                authors:
                  - name: Jane Doe
                    bio: Jane wrote the [introduction](#Introduction).
                ---

                ## Introduction

                See [the method](#methdo), <a href="#nowhere">raw</a>, <a href="#box">the box</a> and [about](#about).

                Data: [workbook](tables/data.xlsx), [gone](tables/gone.csv), [chart file](figures/chart.jpg), [figure 9](#figure-9). A note[^a].

                <div id="box">A box.</div>

                ## Method

                [Введение](#введение) and [背景](#背景) and [top](#).

                ## Введение

                ## 背景

                ![A chart.](figures/chart.jpg)

                [^a]: A note citing [the method](#mthod).

                ## 🎉

                [Self](article.md#method) and [bang](#!!!), which names no heading (not even the one above, whose id is "section").

                <span id="box">A second box</span>, whose id is dropped: a document holds an id once.

                ## User box
                """);
        outputs = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out")).warnings(WARNINGS::add).build());
    }

    @Test
    void eachLinkWithoutTargetIsWarnedWithItsLine() {
        List<String> messages = WARNINGS.stream().map(Problem::toString).toList();
        for (String expected : List.of(
                "article.md:12: warning: link \"#methdo\" goes to no heading, figure or note of the report, so it is set as plain text (did you mean \"#method\"?)",
                "article.md:12: warning: link \"#nowhere\" goes to no heading",
                "article.md:14: warning: link \"tables/data.xlsx\" goes to a file beside the article, which neither the PDF nor the e-book carries, so it is set as plain text; link to where the file is published",
                "article.md:14: warning: link \"tables/gone.csv\" points to a file that is not in the report folder, so it is set as plain text",
                "article.md:14: warning: link \"#figure-9\" goes to no heading, figure or note of the report, so it is set as plain text (did you mean \"#figure-1\"?)",
                "article.md:20: warning: link \"#\" goes to no heading",
                "article.md:28: warning: link \"#mthod\" goes to no heading, figure or note of the report, so it is set as plain text (did you mean \"#method\"?)",
                "article.md:4: warning: link \"#nada\" goes to no heading",
                "article.md:32: warning: link \"#!!!\" goes to no heading")) {
            assertTrue(messages.stream().anyMatch(m -> m.contains(expected)), "no warning\n  " + expected + "\nin\n  "
                    + String.join("\n  ", messages));
        }
        assertEquals(9, messages.stream().filter(m -> m.contains("link \"")).count(), String.join("\n", messages));
    }

    @Test
    void theEpubHasNoDeadLinkAndPassesEpubCheck() throws Exception {
        Path epub = outputs.stream().filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            Document article = part(zip, "article");
            List<String> links = article.select("div.article-body a").stream().map(a -> a.attr("href") + " " + a.text()).toList();
            for (String kept : List.of("#user-box the box", "about.xhtml#about about", "#method Self",
                    "#figure-1 chart file", "#введение Введение", "#背景 背景")) {
                assertTrue(links.contains(kept), kept + " not in " + links);
            }
            String body = article.select("div.article-body").text();
            for (String text : List.of("the method", "raw", "workbook", "gone", "figure 9", "top", "bang")) {
                assertTrue(body.contains(text), text);
            }
            for (String dead : List.of("#methdo", "#nowhere", "tables/data.xlsx", "tables/gone.csv", "#figure-9", "#mthod", "#nada",
                    "#!!!", "#section")) {
                assertTrue(article.select("a[href=\"" + dead + "\"]").isEmpty(), dead + " is still a link");
            }
            assertEquals("article.xhtml#introduction", part(zip, "author").select("a[href*=introduction]").attr("href"));
        }
        assertEquals(List.of(), new EpubVerifier().check(epub));
    }

    @Test
    void thePdfLinksNoFileAndPassesVeraPdf() throws Exception {
        Path pdf = outputs.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Set<String> uris = new HashSet<>();
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            assertTrue(uris.stream().allMatch(u -> u.matches("(https?|mailto):.*")), uris.toString());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // a link's text is extracted where it stands
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Data: workbook, gone, chart file, figure 9."), text);
        }
        PdfCheck check = new PdfVerifier().check(pdf);
        assertTrue(check.passes(), check.toString());
        assertFalse(check.conformance().isEmpty());
    }

    private static Document part(ZipFile zip, String name) throws Exception {
        return Jsoup.parse(new String(zip.getInputStream(zip.getEntry("OEBPS/" + name + ".xhtml")).readAllBytes(),
                StandardCharsets.UTF_8), "", Parser.xmlParser());
    }
}
