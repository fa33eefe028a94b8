package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The openpdf engine writes a heading carried to the next page once: its glyphs reach above its
 * line box, into the foot of the page before, and Flying Saucer painted it there too, hidden by the
 * clip but in the text layer ("About Author" at the foot of the page before the author page, and
 * again on that page; a body heading moved to the next page likewise).
 */
class OpenPdfHeadingsOnceTest {

    @Test
    void headingsMovedToTheNextPageAreWrittenOnce(@TempDir Path dir) throws Exception {
        // sections of different lengths: some headings fall at a page's foot and move on
        StringBuilder body = new StringBuilder();
        for (int n = 1; n <= 40; n++) {
            body.append("## Heading H").append(n).append(" words\n\n");
            int words = 20 + (n * 37) % 140;
            body.append("Section text ".repeat(words / 2)).append("ends here.\n\n");
        }
        Path pdf = TestReport.at(dir.resolve("r")).body(body.toString()).build(o -> o.engine("openpdf"), "pdf").pdf();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() >= 6, "the sections cross pages");
            String text = new PDFTextStripper().getText(document);
            for (int n = 1; n <= 40; n++) {
                assertEquals(1, count(text, "Heading H" + n + " words"), "heading " + n + " is written once");
            }
            assertEquals(1, count(text, "About Author"), "the author page's heading is written once:\n" + text);
        }
    }

    private static int count(String text, String phrase) {
        Matcher m = Pattern.compile(Pattern.quote(phrase)).matcher(text);
        int found = 0;
        while (m.find()) {
            found++;
        }
        return found;
    }
}
