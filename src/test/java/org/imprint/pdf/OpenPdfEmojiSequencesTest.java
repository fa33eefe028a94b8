package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.imprint.Problem;
import org.imprint.ReportException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The openpdf engine refuses an emoji sequence, at its line: Flying Saucer printed nothing of
 * 👍🏻 and 🏳️‍🌈, ✊🏾 without its tone and 👨‍👩‍👧‍👦 past the column's edge, with exit 0 and a
 * warning that promised the emoji side by side. Single emoji it prints.
 */
class OpenPdfEmojiSequencesTest {

    @TempDir
    Path dir;

    @Test
    void anEmojiSequenceIsRefusedAtItsLine() {
        TestReport report = TestReport.at(dir.resolve("seq")).title("Emoji")
                .body("Plain emoji print: 😀 🙏.\n\nActivists used ✊🏾 and 👍🏻.\n");
        ReportException e = assertThrows(ReportException.class, () -> report.build(b -> b.engine("openpdf"), "pdf"));
        String message = e.getMessage();
        assertTrue(message.contains("article.md:" + (report.article().lines().toList().indexOf("Activists used ✊🏾 and 👍🏻.") + 1))
                && message.contains("✊🏾") && message.contains("--engine pdfbox"), message);
        assertFalse(Files.exists(dir.resolve("seq/out")) && dir.resolve("seq/out").toFile().list().length > 0, "an output was left");
    }

    /**
     * The refusal is the only word about the sequence: the build warned first, as for the pdfbox
     * engine, that it "would print in the PDF as its separate emoji, side by side" (h19aa G7b).
     */
    @Test
    void theRefusedSequenceIsNotPromisedSideBySide() {
        List<Problem> warnings = new java.util.ArrayList<>();
        TestReport report = TestReport.at(dir.resolve("promise")).title("Emoji").body("Activists used 👍🏻.\n");
        assertThrows(ReportException.class, () -> report.build(b -> b.engine("openpdf").warnings(warnings::add), "pdf"));
        assertTrue(warnings.stream().noneMatch(w -> w.message().contains("side by side")), warnings.toString());
    }

    /** The pdfbox engine, which prints the sequence's emoji side by side, still says so. */
    @Test
    void thePdfboxEngineStillWarnsOfTheSequence() throws Exception {
        List<String> warnings = TestReport.at(dir.resolve("pdfbox")).title("Emoji").body("Activists used 👍🏻.\n")
                .build(b -> b.engine("pdfbox"), "pdf").warningLines();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("👍🏻") && w.contains("side by side")), warnings.toString());
    }

    @Test
    void singleEmojiPrint() throws Exception {
        Path pdf = TestReport.at(dir.resolve("single")).title("Emoji").body("Plain emoji print: 😀 🙏 ❤.\n")
                .build(b -> b.engine("openpdf"), "pdf").pdf();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = PdfText.all(document);
            assertTrue(text.contains("😀 🙏 ❤"), text);
        }
    }
}
