package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.ReportException;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code <script>} or {@code <style>} in raw HTML is left out of every output with its text,
 * a {@code <textarea>} or {@code <title>} prints its text as plain text: the build said nothing of
 * either, and one never closed took the rest of the article with it, exit 0.
 */
class RawTextElementsTest {

    @Test
    void eachRawTextElementIsNamedAtItsLine(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("r")).out(dir.resolve("out")).body("""
                First words <script>var secret = "<p>";</script> here.

                Second words <textarea>typed <b>in</b></textarea> here.

                Third words.
                """);
        TestReport.Built built = report.build("pdf");
        List<String> lines = List.of(report.article().split("\n"));
        int script = lines.indexOf("First words <script>var secret = \"<p>\";</script> here.") + 1;
        int textarea = lines.indexOf("Second words <textarea>typed <b>in</b></textarea> here.") + 1;
        String warnings = String.join("\n", built.warningLines());
        assertTrue(warnings.contains("article.md:" + script + ": warning: the <script> written here in HTML is left out of the report"
                + " with its text"), warnings);
        assertTrue(warnings.contains("article.md:" + textarea + ": warning: the <textarea> written here in HTML is not kept: its text"
                + " prints as plain text"), warnings);
        assertTrue(!warnings.contains("never closed"), warnings);
        String text = text(built.pdf());
        assertTrue(!text.contains("secret") && text.contains("First words") && text.contains("typed <b>in</b>")
                && text.contains("Third words."), text);
    }

    /** A script never closed would take the rest of the article as its text: the build stops at its line. */
    @Test
    void aScriptNeverClosedStopsTheBuild(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("r")).out(dir.resolve("out"))
                .body("First words <script> here.\n\nSecond words.\n");
        int line = List.of(report.article().split("\n")).indexOf("First words <script> here.") + 1;
        ReportException e = assertThrows(ReportException.class, () -> report.build("pdf"));
        assertTrue(e.getMessage().contains("article.md:" + line + ": the <script> opened here in HTML is never closed"), e.getMessage());
        assertTrue(!Files.exists(dir.resolve("out")) || Files.list(dir.resolve("out")).findAny().isEmpty(), "an output was left");
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
