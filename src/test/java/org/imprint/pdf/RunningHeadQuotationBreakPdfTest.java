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
 * A running head that wraps to two lines keeps a short quotation of the other direction whole,
 * with both its marks: the title below ended the head's first line with "their “امن و امان" and
 * started the second with the closing mark alone ("” doctrine …"), the engine breaking between
 * the quotation's right-to-left run and the mark's left-to-right one.
 */
class RunningHeadQuotationBreakPdfTest {

    /** The page's top margin (25 mm) in points: the running head stands in it. */
    private static final float TOP_MARGIN = 25 / 25.4f * 72;

    @Test
    void bothMarksOfAnOtherDirectionQuotationStandOnOneLineOfTheHead(@TempDir Path dir) throws Exception {
        String title = "Islamabad and Washington weigh the costs of a long standoff over the Islamabad their"
                + " “امن و امان” doctrine in the region and beyond it";
        String body = "A paragraph long enough to fill a good part of a page, so that the article runs on. ".repeat(12);
        TestReport.Built built = TestReport.at(dir.resolve("head")).title(title)
                .body((body + "\n\n").repeat(14)).build("pdf");
        List<Glyph> head = PdfGlyphs.read(built.pdf()).stream()
                .filter(g -> g.page() == 2 && g.y() < TOP_MARGIN && !g.blank()).toList();
        Glyph open = head.stream().filter(g -> g.text().equals("“")).findFirst().orElseThrow(() -> new AssertionError(PdfGlyphs.text(head)));
        Glyph close = head.stream().filter(g -> g.text().equals("”")).findFirst().orElseThrow(() -> new AssertionError(PdfGlyphs.text(head)));
        assertEquals(Math.round(open.y()), Math.round(close.y()), "the quotation's marks stand on two lines of the head: " + PdfGlyphs.text(head));
        long lines = head.stream().map(g -> Math.round(g.y())).distinct().count();
        assertEquals(2, lines, "the head wraps to two lines: " + PdfGlyphs.text(head));
    }

    /**
     * A quotation opened by a low mark, „שלום עכשיו ועכשיו“ in an English head: the first line
     * ended with „ alone, the mark kept outside the quotation's run and the quotation not kept whole.
     */
    @Test
    void aLowMarkStaysWithItsQuotation(@TempDir Path dir) throws Exception {
        String title = "Islamabad and Washington weigh the costs of a long standoff over the Islamabad their new"
                + " „שלום עכשיו ועכשיו“ doctrine in the region and beyond it";
        String body = "A paragraph long enough to fill a good part of a page, so that the article runs on. ".repeat(12);
        TestReport.Built built = TestReport.at(dir.resolve("low")).title(title).body((body + "\n\n").repeat(14)).build("pdf");
        List<Glyph> head = PdfGlyphs.read(built.pdf()).stream()
                .filter(g -> g.page() == 2 && g.y() < TOP_MARGIN && !g.blank()).toList();
        Glyph open = head.stream().filter(g -> g.text().equals("„")).findFirst().orElseThrow(() -> new AssertionError(PdfGlyphs.text(head)));
        Glyph close = head.stream().filter(g -> g.text().equals("“")).findFirst().orElseThrow(() -> new AssertionError(PdfGlyphs.text(head)));
        assertEquals(Math.round(open.y()), Math.round(close.y()), "the quotation's marks stand on two lines of the head: " + PdfGlyphs.text(head));
        assertEquals(2, head.stream().map(g -> Math.round(g.y())).distinct().count(), "the head wraps to two lines: " + PdfGlyphs.text(head));
    }
}
