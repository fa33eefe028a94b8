package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF sets the paragraphs the markup marks with {@code dir} (one decision for every edition)
 * in their own direction: in an Urdu article, an English paragraph starts at the left margin and
 * an Urdu one at the right. And a lām before a letter other than alif is drawn as a letter of
 * its own, not as one of Unicode's lām ligatures, whose final form joins nothing after it and
 * read back reversed: "سلمان", not "سملان".
 */
class ParagraphDirectionsPdfTest {

    @TempDir
    static Path out;
    static PDDocument pdf;
    /** Each line as PDFBox reads it (in logical order) and its glyphs. */
    static List<Line> lines = new ArrayList<>();
    static String text;

    @BeforeAll
    static void build() throws Exception {
        Path file = new Imprint(Reports.HOME).build(BuildRequest.of(Reports.HOME.resolve("src/test/resources/reports/directions-ur"))
                .out(out).formats("pdf").build()).get(0);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    lines.add(new Line(string, List.copyOf(positions)));
                    super.writeString(string, positions);
                }
            };
            stripper.setSortByPosition(true);
            text = PdfText.fold(stripper.getText(document));
        }
    }

    record Line(String text, List<TextPosition> glyphs) {
    }

    /** The smallest and largest x of the glyphs of the line that holds {@code phrase}. */
    private static float[] extent(String phrase) {
        List<TextPosition> found = lines.stream().filter(l -> PdfText.fold(l.text()).contains(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no line holds " + phrase)).glyphs();
        float min = Float.MAX_VALUE;
        float max = 0;
        for (TextPosition p : found) {
            min = Math.min(min, p.getXDirAdj());
            max = Math.max(max, p.getXDirAdj() + p.getWidthDirAdj());
        }
        return new float[] {min, max};
    }

    @Test
    void anEnglishParagraphOfAnUrduArticleStartsOnTheLeft() {
        float[] english = extent("This paragraph is English");
        float[] urdu = extent("اردو جملہ جس کے آخر میں");
        float[] heading = extent("English heading");
        assertAll(
                () -> assertTrue(english[0] < urdu[0] - 100, "English " + english[0] + ", Urdu " + urdu[0]),
                () -> assertTrue(Math.abs(english[0] - heading[0]) < 2, "English " + english[0] + ", heading " + heading[0]));
    }

    @Test
    void lamBeforeMeemIsTwoJoinedLettersAndReadsBackInOrder() {
        assertTrue(text.contains("سلمان"), text);
        assertFalse(text.contains("سملان"), text);
        // one glyph for two letters would be a ligature: only lām-alif is one
        List<String> ligatures = lines.stream().flatMap(l -> l.glyphs().stream()).map(TextPosition::getUnicode)
                .filter(u -> u.codePointCount(0, u.length()) > 1 && u.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF))
                .filter(u -> !u.matches("\u0644[\u0622\u0623\u0625\u0627]")).distinct().toList();
        assertEquals(List.of(), ligatures, "Arabic-script glyphs drawn for several letters");
    }

    @Test
    void theShaperJoinsLamAndMeemAsLettersAndLamAlifAsItsLigature() {
        ArabicShaper shaper = new ArabicShaper();
        // seen initial, lām medial, mīm medial, alif final, nūn isolated
        assertEquals("\uFEB3\uFEE0\uFEE4\uFE8E\uFEE5", shaper.shapeText("سلمان"));
        // alif isolated, lām initial, sīn medial, lām-alif final, mīm isolated
        assertEquals("\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1", shaper.shapeText("السلام"));
    }
}
