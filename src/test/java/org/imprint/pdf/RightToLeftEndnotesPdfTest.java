package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.testing.EndnotesBrand;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endnotes of a right-to-left article stay in the text column, each with its number drawn.
 * openhtmltopdf 1.1.31 left a justified right-to-left line's box where the unjustified line began
 * and widened it by the justification's gain, and it draws a list item's marker right of the
 * first line's box: the "5." of a wrapped Arabic endnote stood in the margin, outside the page's
 * clip, and was never seen. A note whose text is mostly English is a left-to-right line in the
 * right-to-left list: its marker was drawn over its words.
 */
class RightToLeftEndnotesPdfTest {

    private static final String ARABIC = "الأنهار تجري من الجبال إلى السهول، والمزارعون بنوا السدود والقنوات عبر قرون طويلة"
            + " من العمل الصبور. الأنهار تجري من الجبال إلى السهول، والمزارعون بنوا السدود والقنوات عبر قرون طويلة.";

    @TempDir
    static Path dir;
    static List<Glyph> glyphs;

    @BeforeAll
    static void build() throws Exception {
        Imprint imprint = EndnotesBrand.imprint(dir);
        Path report = TestReport.at(dir.resolve("ar")).title("الري والأنهار").language("ar").brand(EndnotesBrand.NAME)
                .author("أحمد علي").body("# مقدمة\n\n" + ARABIC + "[^a] نص ثان.[^b] نص ثالث.[^c] نص رابع.[^d]\n\n"
                        + "[^a]: " + ARABIC + "\n\n"
                        + "[^b]: انظر يوسف عباس، الأنهار والمدن (القاهرة: دار الشروق، 2010)، 12؛ Nasr al-Farabi, *Irrigation in the"
                        + " Abbasid Era* (Leiden: Brill, 2015), 7 and more English words here to wrap the note.\n\n"
                        + "[^c]: انظر يوسف عباس، الأنهار والمدن (القاهرة: دار الشروق، 2010)، 12؛ \u2066Nasr al-Farabi, *Irrigation"
                        + " in the Abbasid Era* (Leiden: Brill, 2015), 7 and more English words here to wrap the note.\u2069\n\n"
                        + "[^d]: قصيرة.\n")
                .write();
        Path pdf = imprint.build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf").build()).get(0);
        glyphs = PdfGlyphs.read(pdf);
    }

    @Test
    void everyGlyphOfTheEndnotesStaysInTheColumn() {
        // the column: the body's justified paragraph reaches both its edges
        Glyph body = PdfGlyphs.find(glyphs, drawn("الجبال")).orElseThrow();
        List<Glyph> paragraph = glyphs.stream().filter(g -> g.page() == body.page() && !g.text().isBlank()
                && g.y() < heading().y()
                && g.y() > body.y() - 2).toList();
        float left = (float) paragraph.stream().mapToDouble(Glyph::x).min().orElseThrow();
        float right = (float) paragraph.stream().mapToDouble(Glyph::right).max().orElseThrow();
        Glyph heading = heading();
        List<Glyph> notes = glyphs.stream().filter(g -> g.page() == heading.page() && g.y() > heading.y() + 1
                && !g.text().isBlank()).toList();
        assertTrue(notes.size() > 100, PdfGlyphs.text(notes));
        assertAll(notes.stream().map(g -> (Executable) () -> assertTrue(g.x() >= left - 1 && g.right() <= right + 1,
                "\"" + g.text() + "\" at x " + g.x() + " to " + g.right() + ", outside the column " + left + " to " + right)));
    }

    @Test
    void everyEndnoteHasItsNumberAtTheRightOfItsFirstLine() {
        Glyph heading = heading();
        List<Glyph> notes = glyphs.stream().filter(g -> g.page() == heading.page() && g.y() > heading.y() + 1
                && !g.text().isBlank()).toList();
        // the rightmost glyph of each line: a note's first line ends, at the right, with its number
        java.util.Map<Integer, Glyph> rightmost = new java.util.TreeMap<>();
        for (Glyph g : notes) {
            rightmost.merge(Math.round(g.y()), g, (a, b) -> a.right() >= b.right() ? a : b);
        }
        List<String> ends = rightmost.values().stream().map(Glyph::text).toList();
        assertAll(IntStream.rangeClosed(1, 4).mapToObj(n -> (Executable) () -> assertTrue(
                ends.contains(Integer.toString(n)), "no line ends with the number " + n + ": " + ends + " in "
                        + PdfGlyphs.text(notes))));
    }

    @Test
    void noGlyphOfTheEndnotesIsDrawnOverAnother() {
        Glyph heading = heading();
        List<Glyph> notes = glyphs.stream().filter(g -> g.page() == heading.page() && g.y() > heading.y() + 1
                && !g.text().isBlank()).sorted(java.util.Comparator.comparingDouble(Glyph::x)).toList();
        for (Glyph a : notes) {
            for (Glyph b : notes) {
                if (a != b && Math.abs(a.y() - b.y()) < 0.5 && b.x() > a.x() && b.x() < a.right() - 1) {
                    throw new AssertionError("\"" + b.text() + "\" drawn over \"" + a.text() + "\" at x " + b.x());
                }
            }
        }
    }

    /** The endnotes' heading. */
    private static Glyph heading() {
        return PdfGlyphs.find(glyphs, drawn("الحواشي")).orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
    }

    /** An Arabic word as the page draws its glyphs: right to left. */
    private static String drawn(String word) {
        return new StringBuilder(word).reverse().toString();
    }
}
