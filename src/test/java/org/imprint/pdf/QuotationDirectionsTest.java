package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quotations in italics are set apart as plain ones are, and the marks of a paragraph without
 * letters face the direction it is set in. Built once, an English article with Urdu quotations
 * and an Urdu list; read from the PDF's glyphs as drawn and from the e-book's markup.
 */
class QuotationDirectionsTest {

    @TempDir
    static Path dir;

    private static List<Glyph> glyphs;
    private static String epubArticle;

    @BeforeAll
    static void build() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("mixed")).title("Italic quotations").language("en")
                .author("Zahid Anwar").body("""
                        The minister said “*ہم امن چاہتے ہیں*” — 3 times, then left.

                        وزیر نے کہا ”*We want peace*“ — 7 بار، پھر چلے گئے۔

                        - ہم امن
                        - پاکستان زندہ باد
                        - “12” ‘34’ 56

                        | ملک | دارالحکومت |
                        |---|---|
                        | پاکستان | “78” 90 |
                        | ایران | تہران |
                        """).build("pdf", "epub");
        glyphs = PdfGlyphs.read(built.pdf());
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith("article.xhtml")).findFirst().orElseThrow();
            epubArticle = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The line (left to right) that holds {@code text}'s first glyph. */
    private static List<Glyph> line(String text) {
        Glyph at = PdfGlyphs.find(glyphs, text).orElseThrow(() -> new AssertionError(text + " not in the PDF"));
        List<Glyph> line = new java.util.ArrayList<>(PdfGlyphs.lineOf(glyphs, at, 2f));
        line.removeIf(Glyph::blank);
        line.sort(Comparator.comparingDouble(Glyph::x));
        return line;
    }

    private static float x(List<Glyph> line, String text) {
        return line.stream().filter(g -> g.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text + " not on the line " + PdfGlyphs.text(line))).x();
    }

    @Test
    void anItalicUrduQuotationInAnEnglishParagraphKeepsTheNumberAfterIt() {
        List<Glyph> line = line("times");
        float urduRight = (float) line.stream().filter(g -> g.text().codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF))
                .mapToDouble(Glyph::right).max().orElseThrow();
        assertAll(
                () -> assertTrue(x(line, "3") > urduRight, PdfGlyphs.text(line)),
                () -> assertTrue(x(line, "3") > x(line, "\u201D"), "the 3 after the closing mark: " + PdfGlyphs.text(line)),
                () -> assertTrue(x(line, "\u201C") < urduRight, PdfGlyphs.text(line)),
                // the e-book isolates the quotation across the emphasis, as it does a plain one
                () -> assertTrue(epubArticle.contains("\u201C\u2067<em>"), "isolated in the e-book"));
    }

    @Test
    void anItalicEnglishQuotationInAnUrduParagraphKeepsTheNumberAfterIt() {
        List<Glyph> line = line("want");
        // right to left: the number stands to the left of the whole quotation, marks and all
        float seven = x(line, "7");
        assertAll(
                () -> assertTrue(seven < x(line, "W"), PdfGlyphs.text(line)),
                () -> assertTrue(seven < x(line, "\u201C"), PdfGlyphs.text(line)),
                () -> assertTrue(epubArticle.contains("\u201D\u2066<em>"), "isolated in the e-book"));
    }

    @Test
    void aListItemWithoutLettersInAnUrduListFacesItsMarksRightToLeft() {
        List<Glyph> line = line("56");
        String drawn = PdfGlyphs.text(line);
        assertAll(
                // drawn right to left: 56 on the left, the quotation of 12 on the right; each pair's
                // marks look as they do round a word, “12” and ‘34’
                () -> assertEquals("56‘34’“12”", drawn),
                () -> assertTrue(epubArticle.contains("\u201D12\u201C \u201934\u2018 56"), "marks set right to left in the e-book"));
    }

    @Test
    void aTableCellWithoutLettersInAnUrduTableFacesItsMarksRightToLeft() {
        List<Glyph> line = line("90");
        String drawn = PdfGlyphs.text(line);
        assertAll(
                () -> assertTrue(drawn.contains("90“78”"), drawn),
                () -> assertTrue(epubArticle.contains("\u201D78\u201C 90"), "marks set right to left in the e-book"));
    }
}
