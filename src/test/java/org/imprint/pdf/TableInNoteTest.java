package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note holding a table: openhtmltopdf printed a page-foot note's table and the words after it
 * in the body and failed PDF/UA, so a PDF whose brand sets notes at the page foot sets them as
 * endnotes instead, with a warning at the note's line; the e-book built with it is not refused,
 * and it and an endnotes PDF (the openpdf engine) keep the table in the note.
 */
class TableInNoteTest {

    private static final String BODY = """
            Text with a note.[^t] More text.[^u]

            [^t]: A note with a table:

                | Col | Two |
                |-----|-----|
                | cellA | cellB |

                and words after it.

            [^u]: A plain note.
            """;

    @Test
    void thePageFootPdfSetsItsNotesAsEndnotesWithAWarningAtTheNotesLine(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("foot")).out(dir.resolve("out")).body(BODY);
        TestReport.Built built = report.build("pdf", "epub");
        int line = java.util.Arrays.asList(report.article().split("\n")).indexOf("[^t]: A note with a table:") + 1;
        assertTrue(built.warningLines().stream().anyMatch(w -> w.contains("article.md:" + line
                + ": warning: the PDF sets the notes as endnotes: this note holds a table")), String.join("\n", built.warningLines()));
        try (PDDocument doc = Loader.loadPDF(built.pdf().toFile())) {
            // read as the page shows it: openhtmltopdf draws an atomic box (EdgeJoins' "note.¹") after its line's other text
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            // the note whole, after the body's text: the table, then its words, then the next note
            int after = text.indexOf("More text.");
            assertTrue(after >= 0 && text.indexOf("cellA") > after && text.indexOf("and words after it") > text.indexOf("cellA")
                    && text.indexOf("A plain note") > text.indexOf("and words after it"), text);
        }
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            String xhtml = new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xhtml.contains("cellA"), xhtml);
        }
    }

    @Test
    void theEbookAndAnEndnotesPdfKeepTheTable(@TempDir Path dir) throws Exception {
        TestReport.Built epub = TestReport.at(dir.resolve("ebook")).out(dir.resolve("out-epub")).body(BODY).build("epub");
        try (ZipFile zip = new ZipFile(epub.epub().toFile())) {
            String xhtml = new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xhtml.contains("cellA"), xhtml);
        }
        TestReport.Built pdf = TestReport.at(dir.resolve("draft")).body(BODY)
                .build(request -> request.out(dir.resolve("out-pdf")).engine("openpdf"), "pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.pdf().toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("cellA") && text.indexOf("and words after it") > text.indexOf("cellA"), text);
        }
    }

    /**
     * A raw table, list or division written inline in a note's text escaped it as a table on a
     * line of its own did: printed in the body, the note at the foot cut before it, exit 0.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "<table><tr><td>cellA</td></tr></table>", "<div>cellA</div>", "<ul><li>cellA</li></ul>", "<blockquote>cellA</blockquote>"})
    void aRawBlockInlineInTheNotesTextSetsEndnotesToo(String raw, @TempDir Path dir) throws Exception {
        String body = "Text with a note.[^t] More text.\n\n[^t]: A note with raw HTML: " + raw + " and words after it.\n";
        TestReport report = TestReport.at(dir.resolve("foot")).out(dir.resolve("out")).body(body);
        TestReport.Built built = report.build("pdf");
        int line = java.util.Arrays.asList(report.article().split("\n")).indexOf("[^t]: A note with raw HTML: " + raw + " and words after it.") + 1;
        assertTrue(built.warningLines().stream().anyMatch(w -> w.contains("article.md:" + line
                + ": warning: the PDF sets the notes as endnotes: this note holds a table or another block written in HTML")),
                String.join("\n", built.warningLines()));
        try (PDDocument doc = Loader.loadPDF(built.pdf().toFile())) {
            String text = new PDFTextStripper().getText(doc);
            int after = text.indexOf("More text.");
            assertTrue(after >= 0 && text.indexOf("A note with raw HTML") > after && text.indexOf("cellA") > text.indexOf("A note with raw HTML")
                    && text.indexOf("and words after it") > text.indexOf("cellA"), text);
        }
    }

    @Test
    void aRawInlineElementStaysAtThePageFoot(@TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("span")).out(dir.resolve("out"))
                .body("Text with a note.[^t] More text.\n\n[^t]: A note with <span>cellA</span> inline.\n").build("pdf");
        assertTrue(built.warningLines().stream().noneMatch(w -> w.contains("endnotes")), String.join("\n", built.warningLines()));
    }
}
