package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running head holds two lines: the title's cut counted characters, so a Chinese title of 150
 * characters, each about two Latin letters wide, ran to four lines, the top one 10 pt from the
 * page's edge. Cut by width, it keeps two lines and stays as far from the edge as an English head.
 */
class WideRunningHeadPdfTest {

    /** The page's top margin (25 mm) in points: the running head stands in it. */
    private static final float TOP_MARGIN = 25 / 25.4f * 72;

    @Test
    void aChineseTitleKeepsTheHeadToTwoLines(@TempDir Path dir) throws Exception {
        String title = "南亚水资源安全与跨境河流管理：印度、巴基斯坦、尼泊尔和孟加拉国之间合作的可能性与挑战".repeat(4).substring(0, 150);
        TestReport.Built built = TestReport.at(dir.resolve("zh")).language("zh").title(title)
                .body("段落。\n").build("pdf");
        List<Glyph> head = PdfGlyphs.read(built.pdf()).stream()
                .filter(g -> g.page() == 3 && g.y() < TOP_MARGIN && !g.blank() && g.text().codePointAt(0) >= 0x3000).toList();
        long lines = head.stream().map(g -> Math.round(g.y())).distinct().count();
        float top = (float) head.stream().mapToDouble(g -> g.y() - g.height()).min().orElseThrow();
        assertTrue(lines == 2, lines + " lines in the running head: " + PdfGlyphs.text(head));
        assertTrue(top > 18, "the head's top stands " + top + " pt from the page's edge");
    }

    /**
     * A Hindi title of 181 letters in 142 grapheme clusters (a conjunct, क्ष, is one cluster of two
     * letters): counted by clusters it was not cut, and the head ran to three lines, its last
     * touching the rule. Each letter counts, with its vowel signs and virama counting nothing.
     */
    @Test
    void aHindiTitleWithConjunctsKeepsTheHeadToTwoLines(@TempDir Path dir) throws Exception {
        String words = "दक्षिण शांति वार्ता हस्ताक्षरित समझौते स्थिति क्षेत्र द्विपक्षीय प्रतिनिधि ";
        String title = words.repeat(4).strip();
        TestReport.Built built = TestReport.at(dir.resolve("hi")).language("hi").title(title)
                .body("अनुच्छेद।\n").build("pdf");
        List<Glyph> head = PdfGlyphs.read(built.pdf()).stream()
                .filter(g -> g.page() == 3 && g.y() < TOP_MARGIN && !g.blank()
                        && g.text().codePointAt(0) >= 0x0900 && g.text().codePointAt(0) <= 0x097F).toList();
        long lines = head.stream().map(g -> Math.round(g.y())).distinct().count();
        assertTrue(lines == 2, lines + " lines in the running head: " + PdfGlyphs.text(head));
    }
}
