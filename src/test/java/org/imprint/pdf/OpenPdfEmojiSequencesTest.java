package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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
