package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short Urdu quotation in an English title moves to the running head's next line whole. Its
 * spaces were made no-break, but the layout sets the digits inside it as runs of their own and
 * breaks a line between two runs without asking the line breaker: "“امن 1999–2024 اور 2026”"
 * wrapped after the en dash, the first line ending "…the words “امن 1999–", the second starting
 * "2024 اور 2026”".
 */
class RunningHeadWholeQuotationPdfTest {

    /** The page's top margin (25 mm) in points: the running head stands in it. */
    private static final float TOP_MARGIN = 25 / 25.4f * 72;

    @Test
    void aShortUrduQuotationWithNumbersStaysOnOneLineOfTheHead(@TempDir Path dir) throws Exception {
        String title = "Pakistan and Iran after the ceasefire: what the talks of the spring meant, in the words "
                + "\u201Cامن 1999\u20132024 اور 2026\u201D of the envoy";
        TestReport.Built built = TestReport.at(dir.resolve("r")).title(title).body("A paragraph.\n").build("pdf");
        List<Glyph> head = PdfGlyphs.read(built.pdf()).stream()
                .filter(g -> g.page() == 3 && g.y() < TOP_MARGIN && !g.blank()).toList();
        // the quotation's letters and digits, and the words after it
        List<Long> lines = head.stream()
                .filter(g -> g.text().codePointAt(0) >= 0x0600 && g.text().codePointAt(0) <= 0x06FF
                        || g.text().codePointAt(0) >= 0xFB50 || Character.isDigit(g.text().codePointAt(0))
                        || "\u2013".equals(g.text()))
                .map(g -> (long) Math.round(g.y())).distinct().toList();
        assertEquals(1, lines.size(), "the quotation stands on " + lines.size() + " lines of the head: " + PdfGlyphs.text(head));
    }

    /**
     * A quotation of 56 columns, which the head's line has room for, wrapped inside itself (only
     * quotations of 40 chars at most were kept whole): its words stood on two lines of the head.
     */
    @Test
    void aQuotationAsWideAsALineOfTheHeadStaysOnOneLine(@TempDir Path dir) throws Exception {
        String title = "Pakistan and Iran after the ceasefire: what the talks of the spring meant, in the words "
                + "\u201C" + "امن و امان ".repeat(5).strip() + "\u201D of the envoy";
        TestReport.Built built = TestReport.at(dir.resolve("r")).title(title).body("A paragraph.\n").build("pdf");
        List<Glyph> head = PdfGlyphs.read(built.pdf()).stream()
                .filter(g -> g.page() == 3 && g.y() < TOP_MARGIN && !g.blank()).toList();
        List<Long> lines = head.stream()
                .filter(g -> g.text().codePointAt(0) >= 0x0600 && g.text().codePointAt(0) <= 0x06FF
                        || g.text().codePointAt(0) >= 0xFB50)
                .map(g -> (long) Math.round(g.y())).distinct().toList();
        assertEquals(1, lines.size(), "the quotation stands on " + lines.size() + " lines of the head: " + PdfGlyphs.text(head));
    }
}
