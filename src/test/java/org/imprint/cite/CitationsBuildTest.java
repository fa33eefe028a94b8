package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.imprint.PdfProfile;
import org.imprint.Reports;
import org.imprint.verify.CheckMessage;
import org.imprint.verify.EpubVerifier;
import org.imprint.verify.PdfVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a report citing a book, a journal article with a DOI, an organisation's report, a
 * web page, a chapter in an edited book and a Vietnamese author, built for real. In Chicago notes
 * (the RCAS default, sources in BibTeX) every citation is a note numbered with the article's own
 * notes; in APA (sources in CSL JSON) the citations stand in the text. Both outputs pass veraPDF
 * and EPUBCheck.
 */
class CitationsBuildTest {

    private static final Path CHICAGO = Reports.HOME.resolve("src/test/resources/reports/citations-chicago");
    private static final Path APA = Reports.HOME.resolve("src/test/resources/reports/citations-apa");
    private static final Imprint IMPRINT = new Imprint(Reports.HOME);

    @TempDir
    static Path out;

    static Path chicagoPdf;
    static Path chicagoEpub;
    static Path apaPdf;
    static Path apaEpub;

    @BeforeAll
    static void build() throws Exception {
        List<Path> chicago = IMPRINT.build(BuildRequest.of(CHICAGO).out(out.resolve("chicago")).build());
        chicagoPdf = pick(chicago, ".pdf");
        chicagoEpub = pick(chicago, ".epub");
        List<Path> apa = IMPRINT.build(BuildRequest.of(APA).out(out.resolve("apa")).build());
        apaPdf = pick(apa, ".pdf");
        apaEpub = pick(apa, ".epub");
    }

    /**
     * As the Chicago Manual (16th ed., 14.14, 14.29) sets notes: a page number without "p." in
     * full and short notes ("Pollan, Omnivore's Dilemma, 3."), no year in a short note, "Ibid., 34.";
     * other locators keep their term ("chap. 2").
     */
    @Test
    void chicagoNotesGiveTheFirstReferenceInFullThenShortThenIbid() throws Exception {
        String text = text(chicagoPdf);
        assertFalse(text.contains("Reporting, 2002"), "no year in a short note");
        assertFalse(text.contains(", p. "), "no \"p.\" before a page in a Chicago note");
        assertAll(
                () -> assertContains(text, "1. John Smith and Mary Jones, The Art of Reporting (London: Harbour Press, 2002), 33."),
                // the journal article: page range with an en dash, the DOI
                () -> assertContains(text, "2. Anna Lee and Min-jun Park, “Measuring Coastal Erosion with Drones,” Journal of "
                        + "Coastal Research 35 (2019): 812–29, doi:10.2112/JCOASTRES-D-18-00123.1."),
                () -> assertContains(text, "3. Smith and Jones, The Art of Reporting, 40."),
                // the article's own note takes its place in the sequence
                () -> assertContains(text, "4. The article’s own note, numbered with the citations."),
                // after the article's own note the same source is no "Ibid."
                () -> assertContains(text, "5. Smith and Jones, The Art of Reporting, 40."),
                () -> assertContains(text, "6. Ibid., 41."),
                // several sources in one note, each in full at its first citation, the prefix capitalised
                () -> assertContains(text, "7. See Elena García, “Rivers and Cities,” in Urban Water Futures, ed. Peter Brown "
                        + "and Susan White (Oxford: Oxford University Press, 2015), 3–5; World Health Organization, Global "
                        + "Report on Water Safety (Geneva: World Health Organization, 2021)."),
                () -> assertContains(text, "8. BBC News, “Floods Hit the Mekong Delta,” May 2023, https://www.bbc.co.uk/news/world-asia-12345678."),
                () -> assertContains(text, "9. Thị Minh Khai Nguyễn, Lịch sử đồng bằng sông Cửu Long (Hồ Chí Minh City: Nhà xuất bản Trẻ, 2018), chap. 2."),
                // narrative @key: the name in the sentence, the reference in the note
                () -> assertContains(text, "As García10 argues"),
                () -> assertContains(text, "12. A second note of the article’s own."),
                // the call follows the word and its punctuation
                () -> assertContains(text, "reporting itself.1 Drone"),
                () -> assertContains(text, "code such as [@smith2002] is left alone"),
                () -> assertContains(text, "press@example.org"));
    }

    @Test
    void chicagoBibliographyInvertsNamesAndSortsDiacriticsInPlace() throws Exception {
        String text = text(chicagoPdf);
        String[] entries = {"Bibliography", "BBC News. “Floods Hit the Mekong Delta,” May 2023.",
                "García, Elena. “Rivers and Cities.” In Urban Water Futures, edited by Peter Brown and Susan White, 45–",
                "Lee, Anna, and Min-jun Park. “Measuring Coastal Erosion with Drones.”",
                "Nguyễn, Thị Minh Khai. Lịch sử đồng bằng sông Cửu Long.",
                "Smith, John, and Mary Jones. The Art of Reporting. London: Harbour Press, 2002.",
                "World Health Organization. Global Report on Water Safety. Geneva: World Health Organization, 2021."};
        int last = -1;
        for (String entry : entries) {
            int at = text.indexOf(entry);
            assertTrue(at > last, "\"" + entry + "\" in order in\n" + text);
            last = at;
        }
        assertTrue(links(chicagoPdf).contains("https://doi.org/10.2112/JCOASTRES-D-18-00123.1"), "the DOI is a link");
        assertTrue(links(chicagoPdf).contains("https://www.bbc.co.uk/news/world-asia-12345678"), "the URL is a link");
    }

    @Test
    void chicagoPrintPdfSetsTheSameNotesAtThePageFoot() throws Exception {
        Path print = IMPRINT.build(BuildRequest.of(CHICAGO).out(out.resolve("print")).formats("pdf")
                .profile(PdfProfile.PRINT).build()).get(0);
        String text = text(print);
        assertContains(text, "1. John Smith and Mary Jones, The Art of Reporting (London: Harbour Press, 2002), 33.");
        assertContains(text, "4. The article’s own note, numbered with the citations.");
        assertContains(text, "6. Ibid., 41.");
        assertContains(text, "12. A second note of the article’s own.");
    }

    @Test
    void apaSetsAuthorDateCitationsInTheTextAndAReferenceList() throws Exception {
        String text = text(apaPdf);
        assertAll(
                () -> assertContains(text, "reporting itself (Smith & Jones, 2002, p. 40)."),
                () -> assertContains(text, "(see García, 2015, pp. 3–5; World Health Organization, 2021)"),
                // APA 8.13: page and paragraph abbreviated, other locators in long form (the style says so)
                () -> assertContains(text, "(Nguyễn, 2018, Chapter 2)"),
                () -> assertContains(text, "As García (2015, p. 50) argues"),
                () -> assertContains(text, "the point is old (2002)."),
                () -> assertContains(text, "References"),
                // the line may break after the range's dash
                () -> assertContains(text.replace("– ", "–"), "Lee, A., & Park, M. (2019). Measuring coastal erosion with drones. Journal of "
                        + "Coastal Research, 35(4), 812–829. https://doi.org/10.2112/JCOASTRES-D-18-00123.1"),
                () -> assertContains(text, "Smith, J., & Jones, M. (2002). The art of reporting. Harbour Press."),
                // the article's own notes alone are notes
                () -> assertContains(text, "1. The article’s own note, numbered with the citations."),
                () -> assertFalse(text.contains("Bibliography"), "APA's list is headed References"));
    }

    @Test
    void epubCitationsLinkToTheirEntries() throws Exception {
        String apa = article(apaEpub);
        assertContains(apa, "(<a href=\"#ref-smith2002\" class=\"citation\">Smith &amp; Jones, 2002, p. 40</a>)");
        assertContains(apa, "<li id=\"ref-smith2002\" class=\"bibliography-entry\">");
        assertContains(apa, "role=\"doc-bibliography\"");
        String chicago = article(chicagoEpub);
        assertContains(chicago, "<li id=\"fn-1\" epub:type=\"endnote\"><p><a href=\"#ref-smith2002\" class=\"citation\">John Smith "
                + "and Mary Jones, <i>The Art of Reporting</i>");
        // a note citing two sources links each to its own entry
        assertContains(chicago, "3–5</a>; <a href=\"#ref-who2021\" class=\"citation\">World Health Organization");
        assertContains(chicago, "<li id=\"ref-nguyen2018\" class=\"bibliography-entry\">");
    }

    @Test
    void veraPdfAndEpubCheckPassBothReports() throws Exception {
        for (Path pdf : List.of(chicagoPdf, apaPdf)) {
            assertAll(new PdfVerifier().check(pdf).conformance().stream().map(verdict -> (org.junit.jupiter.api.function.Executable) () -> {
                assertEquals(List.of(), verdict.failures(), pdf + " " + verdict.standard());
                assertTrue(verdict.compliant(), pdf + " " + verdict.standard());
            }));
        }
        for (Path epub : List.of(chicagoEpub, apaEpub)) {
            List<CheckMessage> findings = new EpubVerifier().check(epub);
            assertEquals(List.of(), findings, epub + ": EPUBCheck findings");
        }
    }

    @Test
    void thePublicationCarriesTheFormattedCitationsForEveryWriter() throws Exception {
        try (var report = IMPRINT.load(APA, p -> { })) {
            var citations = IMPRINT.publish(report).citations();
            assertEquals("apa", citations.style());
            assertFalse(citations.notes());
            assertEquals("(<a href=\"#ref-smith2002\" class=\"citation\">Smith &amp; Jones, 2002, p. 40</a>)", citations.texts().get(0));
            assertEquals(List.of("ref-bbc2023", "ref-garcia2015", "ref-lee2019", "ref-nguyen2018", "ref-smith2002", "ref-who2021"),
                    citations.entries().stream().map(e -> e.id()).toList());
        }
    }

    private static void assertContains(String haystack, String needle) {
        int from = Math.max(0, haystack.indexOf("Reporting on water"));
        assertTrue(haystack.contains(needle), "expected \"" + needle + "\" in\n" + haystack.substring(from));
    }

    private static Path pick(List<Path> files, String suffix) {
        return files.stream().filter(p -> p.toString().endsWith(suffix)).findFirst().orElseThrow();
    }

    /** The PDF's text, lines joined, runs of white space as one space. */
    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("-\\n(?=[a-z])", "-").replaceAll("\\s+", " ");
        }
    }

    private static List<String> links(Path pdf) throws Exception {
        List<String> uris = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        return uris;
    }

    private static String article(Path epub) throws Exception {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
