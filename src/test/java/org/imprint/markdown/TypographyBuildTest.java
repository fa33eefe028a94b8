package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.imprint.verify.EpubVerifier;
import org.imprint.verify.PdfVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Punctuation around links, hrefs a URI may not hold as written, raw HTML blocks and long
 * tables, on a real report: the PDF read with PDFBox and veraPDF, the EPUB with EPUBCheck.
 */
class TypographyBuildTest {

    private static final String ODD_URL = "https://www.example.org/a?query=alpha&beta=\"1\"";

    @TempDir
    static Path dir;
    static Path pdf;
    static Path epub;

    @BeforeAll
    static void build() throws Exception {
        StringBuilder rows = new StringBuilder("| Row | Text |\n| --- | --- |\n");
        for (int i = 1; i <= 60; i++) {
            rows.append("| ").append(i).append(" | Cell text for row ").append(i)
                    .append(" with more words to wrap the cell onto two lines in the narrow column |\n");
        }
        TestReport.Built built = TestReport.at(dir.resolve("report")).title("Typography")
                .frontMatter("abstract: 'An odd link <" + ODD_URL.replace("'", "''") + "> in the abstract.'")
                .body("The site is \"https://example.org/report\" and the mail \"someone@example.org\".\n\n"
                        + "A body link <" + ODD_URL + "> too.\n\n"
                        + "<p title=\"it's -- raw\">Raw block \"HTML\" paragraph -- it's here.</p>\n\n"
                        + rows)
                .build();
        pdf = built.pdf();
        epub = built.epub();
    }

    private static List<String> uris() throws Exception {
        List<String> uris = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (var page : doc.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        return uris;
    }

    @Test
    void quotesAroundBareLinksAreCurlyAndOutsideTheLink() throws Exception {
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            // links are drawn apart from the line around them: read the page in position order
            stripper.setSortByPosition(true);
            text = stripper.getText(doc);
        }
        List<String> uris = uris();
        assertAll(
                () -> assertTrue(text.contains("The site is \u201Chttps://example.org/report\u201D and the mail \u201Csomeone@example.org\u201D."), text),
                () -> assertTrue(uris.contains("https://example.org/report"), uris::toString),
                () -> assertTrue(uris.contains("mailto:someone@example.org"), uris::toString),
                () -> assertTrue(text.contains("Raw block \u201CHTML\u201D paragraph \u2013 it\u2019s here."), text));
    }

    @Test
    void hrefsAUriMayNotHoldArePercentEncodedInEveryOutput() throws Exception {
        String encoded = "https://www.example.org/a?query=alpha&beta=%221%22";
        // the abstract's link and the body's: two annotations in the PDF, none dropped
        assertEquals(2, uris().stream().filter(encoded::equals).count(), uris().toString());
        assertEquals(List.of(), new EpubVerifier().check(epub), "EPUBCheck findings");
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            String all = zip.stream().filter(e -> e.getName().endsWith(".xhtml"))
                    .map(e -> {
                        try {
                            return new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                        } catch (java.io.IOException x) {
                            throw new java.io.UncheckedIOException(x);
                        }
                    }).reduce("", String::concat);
            assertTrue(all.contains("href=\"https://www.example.org/a?query=alpha&amp;beta=%221%22\""), all);
        }
    }

    @Test
    void aTableThatRunsOnRepeatsItsHeaderAndStaysPdfUa() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pagesWithHeaderAndRows = 0;
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                if (text.contains("Row Text") && text.contains("Cell text for row")) {
                    pagesWithHeaderAndRows++;
                }
            }
            assertTrue(pagesWithHeaderAndRows >= 2, "the header row on each page of the table: " + pagesWithHeaderAndRows);
        }
        for (var verdict : new PdfVerifier().check(pdf).conformance()) {
            assertEquals(List.of(), verdict.failures(), verdict.standard());
            assertTrue(verdict.compliant(), verdict.standard());
        }
    }
}
