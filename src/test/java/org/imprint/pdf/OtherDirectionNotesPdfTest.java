package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page-foot note set in the other direction than its article has its number on the article's
 * side, as every other note of the article, the PDF's endnotes and the e-book's notes have it:
 * an Urdu article's note that opens with an English name and is mostly English is a
 * left-to-right paragraph, and its "1." stood at the left margin beside the English words (h19ac
 * F7); an English article's Urdu note had its number at the right. The number moves to the
 * article's edge and reads as the article's other numbers (".1" from the left in Urdu), the
 * note's text stays on its own side ({@link NoteNumberSides}).
 */
class OtherDirectionNotesPdfTest {

    private static final String LONG_ENGLISH = "State Bank of Pakistan, Annual Report 2024–25 on the economy, its monetary"
            + " policy and the outlook for inflation and growth, Karachi, with more English words so that this note runs"
            + " over two lines at the page foot.";
    private static final String LONG_URDU = "پاکستان کے ادارہ شماریات کی سالانہ رپورٹ دیکھیے جس میں معیشت کی ترقی اور افراط زر کی"
            + " تفصیل دی گئی ہے اور مزید الفاظ یہاں تاکہ یہ نوٹ صفحے کے نیچے دو سطروں میں ہو جائے اور مزید متن۔";

    @TempDir
    static Path dir;
    static List<Glyph> urdu;
    static List<Glyph> english;
    static String urduText;

    @BeforeAll
    static void build() throws Exception {
        Path urduPdf = TestReport.at(dir.resolve("ur")).title("پاکستان کی معیشت").language("ur").author("عائشہ خان")
                .body("## تعارف\n\nمالی سال میں معیشت میں اضافہ ہوا۔[^1] دوسرا جملہ یہاں ہے۔[^2] تیسرا جملہ۔[^3]\n\n"
                        + "[^1]: Pakistan Bureau of Statistics، رپورٹ نمبر PBS-2025/07، صفحہ 12–14۔\n"
                        + "[^2]: پاکستان کے ادارہ شماریات کی رپورٹ دیکھیے۔\n"
                        + "[^3]: " + LONG_ENGLISH + "\n")
                .build("pdf").pdf();
        Path englishPdf = TestReport.at(dir.resolve("en")).title("The economy").language("en").author("Aisha Khan")
                .body("## Introduction\n\nThe economy grew last year.[^1] A second sentence is here.[^2] A third.[^3]\n\n"
                        + "[^1]: پاکستان کے ادارہ شماریات کی رپورٹ، Pakistan Bureau of Statistics.\n"
                        + "[^2]: See the report of the bureau.\n"
                        + "[^3]: " + LONG_URDU + "\n")
                .build("pdf").pdf();
        urdu = PdfGlyphs.read(urduPdf);
        english = PdfGlyphs.read(englishPdf);
        try (PDDocument document = Loader.loadPDF(urduPdf.toFile())) {
            urduText = new PDFTextStripper().getText(document);
        }
    }

    /**
     * In the Urdu article the English notes' numbers stand at the column's right edge, where the
     * Urdu note's does, reading ".1" from the left, and their words start at its left edge.
     */
    @Test
    void anEnglishNoteOfAnUrduArticleHasItsNumberAtTheRight() {
        List<Glyph> first = line(urdu, PdfGlyphs.find(urdu, "Pakistan Bureau").orElseThrow());
        List<Glyph> third = line(urdu, PdfGlyphs.find(urdu, "State Bank").orElseThrow());
        List<Glyph> urduNote = nextLine(urdu, first);
        List<Glyph> thirdGoesOn = nextLine(urdu, third);
        float right = last(urduNote).right();
        float left = thirdGoesOn.get(0).x();
        assertAll(
                () -> assertEquals("2", last(urduNote).text(), "the Urdu note ends at the right with its number: " + PdfGlyphs.text(urduNote)),
                () -> assertEquals("1", last(first).text(), "the first note's rightmost glyph: " + PdfGlyphs.text(first)),
                () -> assertEquals(".", first.get(first.size() - 2).text(), "its full stop left of it: " + PdfGlyphs.text(first)),
                () -> assertEquals(right, last(first).right(), 1, "the first note's number at the edge of the Urdu note's"),
                () -> assertEquals("3", last(third).text(), "the third note's rightmost glyph: " + PdfGlyphs.text(third)),
                () -> assertEquals(right, last(third).right(), 1, "the third note's number at the edge of the Urdu note's"),
                () -> assertEquals("P", first.get(0).text(), "the first note's words start at the left: " + PdfGlyphs.text(first)),
                () -> assertEquals(left, first.get(0).x(), 1, "the first note's words start where its lines do"),
                () -> assertEquals(left, third.get(0).x(), 1, "the third note's first line starts where its second does"));
    }

    /** In the English article the Urdu notes' numbers stand at the column's left edge, reading "1.", their words end at its right. */
    @Test
    void anUrduNoteOfAnEnglishArticleHasItsNumberAtTheLeft() {
        List<Glyph> second = line(english, PdfGlyphs.find(english, "See the").orElseThrow());
        List<Glyph> first = previousLine(english, second);
        List<Glyph> third = nextLine(english, second);
        List<Glyph> thirdGoesOn = nextLine(english, third);
        float left = second.get(0).x();
        float right = last(thirdGoesOn).right();
        assertAll(
                () -> assertEquals("2", second.get(0).text(), "the English note starts with its number: " + PdfGlyphs.text(second)),
                () -> assertEquals("1", first.get(0).text(), "the first note's leftmost glyph: " + PdfGlyphs.text(first)),
                () -> assertEquals(".", first.get(1).text(), "its full stop right of it: " + PdfGlyphs.text(first)),
                () -> assertEquals(left, first.get(0).x(), 1, "the first note's number at the edge of the English note's"),
                () -> assertEquals("3", third.get(0).text(), "the third note's leftmost glyph: " + PdfGlyphs.text(third)),
                () -> assertEquals(".", third.get(1).text(), "its full stop right of it: " + PdfGlyphs.text(third)),
                () -> assertEquals(left, third.get(0).x(), 1, "the third note's number at the edge of the English note's"),
                () -> assertEquals(right, last(third).right(), 1, "the third note's first line ends where its second does"));
    }

    /** No glyph of a note's line is drawn over another: the text closed up by the number's width, not over it. */
    @Test
    void noGlyphOfANoteIsDrawnOverAnother() {
        for (List<Glyph> glyphs : List.of(urdu, english)) {
            for (String word : List.of("Pakistan Bureau", "State Bank", "See the")) {
                PdfGlyphs.find(glyphs, word).ifPresent(at -> {
                    List<Glyph> line = line(glyphs, at);
                    for (int i = 1; i < line.size(); i++) {
                        assertTrue(line.get(i).x() >= line.get(i - 1).right() - 1, "\"" + line.get(i).text()
                                + "\" drawn over \"" + line.get(i - 1).text() + "\" in " + PdfGlyphs.text(line));
                    }
                });
            }
        }
    }

    /** The content stream keeps the number before the note's text: extraction reads "1." then the English words. */
    @Test
    void theNumberStillReadsBeforeTheNote() {
        int number = urduText.indexOf("1.Pakistan Bureau");
        int spaced = urduText.indexOf("1. Pakistan Bureau");
        assertTrue(number >= 0 || spaced >= 0, urduText);
    }

    /** The visible glyphs on {@code at}'s line, left to right. */
    private static List<Glyph> line(List<Glyph> glyphs, Glyph at) {
        return PdfGlyphs.lineOf(glyphs, at, 1).stream().filter(g -> !g.blank()).toList();
    }

    /** The line below {@code line} on its page. */
    private static List<Glyph> nextLine(List<Glyph> glyphs, List<Glyph> line) {
        return neighbour(glyphs, line, true);
    }

    /** The line above {@code line} on its page. */
    private static List<Glyph> previousLine(List<Glyph> glyphs, List<Glyph> line) {
        return neighbour(glyphs, line, false);
    }

    private static List<Glyph> neighbour(List<Glyph> glyphs, List<Glyph> line, boolean below) {
        Glyph at = line.get(0);
        TreeSet<Float> baselines = new TreeSet<>();
        glyphs.stream().filter(g -> g.page() == at.page() && !g.blank()).forEach(g -> baselines.add(g.y()));
        Float y = below ? baselines.higher(at.y() + 1) : baselines.lower(at.y() - 1);
        Glyph first = glyphs.stream().filter(g -> g.page() == at.page() && !g.blank() && g.y() == y).findFirst().orElseThrow();
        return line(glyphs, first);
    }

    private static Glyph last(List<Glyph> line) {
        return line.get(line.size() - 1);
    }
}
