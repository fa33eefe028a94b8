package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loose item that opens with a code block (or a quotation), then an English paragraph, in an
 * Urdu list: its sublist takes the direction of the item's first paragraph, as an item opening
 * with its paragraph does. Only the item's first block was looked at, so the code block left the
 * sublist on the Urdu side (h19p loose-ur).
 */
class LooseItemFirstParagraphTest {

    @Test
    void theSublistFollowsTheFirstParagraphAfterACodeBlockOrQuotation(@TempDir Path dir) throws Exception {
        for (String opening : List.of("```\n   code opening the item\n   ```", "> اردو اقتباس آئٹم کے شروع میں۔")) {
            Path folder = dir.resolve("r" + opening.length());
            TestReport.Built built = TestReport.at(folder).out(folder.resolveSibling("out" + opening.length())).language("ur")
                    .body("تعارف۔\n\n1. اردو ڈھیلا آئٹم۔\n\n2. " + opening + "\n\n   English paragraph after the opening.\n\n"
                            + "   - English sub-item first, loose.\n   - اردو ذیلی نکتہ۔\n\n3. اردو آخری آئٹم۔\n\nاختتام۔\n")
                    .build("pdf", "html");
            String web = Files.readString(built.web().resolve("index.html"));
            assertTrue(web.matches("(?s).*English paragraph after the opening\\.</p>\\s*<ul dir=\"ltr\">.*"), web);
            List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
            Glyph sub = PdfGlyphs.find(glyphs, "English sub-item").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
            List<Glyph> line = PdfGlyphs.lineOf(glyphs, sub, 4f);
            // A4, 595 pt wide: the English sublist on the left half (on the Urdu side its line stood flush right)
            assertTrue(sub.x() < 595 / 2f, "the English sub-item begins at " + sub.x() + ": " + PdfGlyphs.text(line));
        }
    }
}
