package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.Reports;
import org.imprint.verify.VeraPdfAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hindi and Bengali in the PDF: drawn with their conjuncts and with ि, ি, ে before their
 * consonants, and read back from the PDF's text as they were written.
 */
class IndicShapingTest {

    static final Path INDIC = Reports.HOME.resolve("src/test/resources/reports/indic");

    @TempDir
    static Path out;
    static Path pdf;
    static String text;
    /** The text in drawing order, as PDFBox's text stripper reads it by default. */
    static String drawn;
    /** The text of each glyph drawn in the Devanagari and Bengali faces, in drawing order. */
    static final List<String> glyphs = new ArrayList<>();
    static final List<Problem> warnings = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        pdf = new Imprint(Reports.HOME).build(BuildRequest.of(INDIC).out(out).formats("pdf").warnings(warnings::add).build()).get(0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = nfc(stripper.getText(doc));
            drawn = nfc(new PDFTextStripper().getText(doc));
            GlyphTexts reader = new GlyphTexts();
            for (PDPage page : doc.getPages()) {
                reader.processPage(page);
            }
        }
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    /** The source's paragraph that begins with {@code start}, as written. */
    private static String paragraph(String start) throws IOException {
        return nfc(Files.readAllLines(INDIC.resolve("article.md")).stream().filter(l -> l.startsWith(start))
                .findFirst().orElseThrow());
    }

    @Test
    void theTextComesBackAsWritten() throws IOException {
        assertAll(
                () -> assertTrue(text.contains(paragraph("भारत और पाकिस्तान")), text),
                () -> assertTrue(text.contains(paragraph("বাংলাদেশের অর্থনীতি")), text),
                () -> assertTrue(text.contains("The delegation’s motto, सत्यमेव जयते, closed the meeting."), text),
                () -> assertTrue(text.contains(paragraph("जोड़ने वाले")), text));
    }

    /**
     * A word with a ZWJ or ZWNJ is drawn in one face and shaped as one word (the joiner was a run
     * of its own in the main font, which parted the word in three text objects): ZWJ asks for the
     * half form of क, ZWNJ for क with a visible virama, as is a virama that ends a word (वाक्);
     * the joiners are not drawn (the fonts' glyphs for them are visible marks), and the word
     * reads back as written, in drawing order too.
     */
    @Test
    void joinersShapeTheirWordAndReadBackInIt() throws IOException {
        String drawn = String.join("|", glyphs);
        assertAll(
                () -> assertTrue(drawn.contains("| |क्|ष| |"), drawn),
                () -> assertTrue(drawn.contains("| |क|\u094D|ष| |"), drawn),
                () -> assertFalse(glyphs.contains("\u200C") || glyphs.contains("\u200D"), drawn),
                () -> assertTrue(drawn.contains("|व|ा|क|\u094D| |"), drawn),
                () -> assertTrue(IndicShapingTest.drawn.contains(paragraph("जोड़ने वाले")), IndicShapingTest.drawn));
    }

    /** openhtmltopdf draws a line's Hindi after the rest of the line; the shaping puts it back in its place. */
    @Test
    void theTextIsDrawnInReadingOrder() throws IOException {
        assertAll(
                () -> assertTrue(drawn.contains("The delegation’s motto, सत्यमेव जयते, closed the meeting."), drawn),
                () -> assertTrue(drawn.contains(paragraph("भारत और पाकिस्तान")), drawn));
    }

    @Test
    void conjunctsAreDrawnAsOneGlyph() {
        assertAll(
                () -> assertTrue(glyphs.contains("क्ष"), glyphs::toString),
                () -> assertTrue(glyphs.contains("त्र"), glyphs::toString),
                () -> assertTrue(glyphs.contains("ज्ञ"), glyphs::toString),
                () -> assertTrue(glyphs.contains("श्र"), glyphs::toString),
                () -> assertTrue(glyphs.contains("ক্ষ"), glyphs::toString),
                // the reph of आर्थिक and অর্থনীতি
                () -> assertTrue(glyphs.contains("र्"), glyphs::toString),
                () -> assertTrue(glyphs.contains("র্"), glyphs::toString),
                // no virama is drawn but the two the text shows (after a ZWNJ, and ending वाक्):
                // every other one is inside a conjunct or a half form
                () -> assertEquals(2, java.util.Collections.frequency(glyphs, "\u094D"), glyphs::toString),
                () -> assertFalse(glyphs.contains("\u09CD"), glyphs::toString));
    }

    /** ि and ি are drawn before the consonant they follow in the text; the reph after its consonant. */
    @Test
    void vowelSignsAreDrawnBeforeTheirConsonant() {
        String drawn = String.join("", glyphs);
        assertAll(
                () -> assertTrue(drawn.contains("िक"), drawn),             // कि of कहा कि
                () -> assertTrue(drawn.contains("पािक"), drawn),           // पाकिस्तान
                () -> assertTrue(drawn.contains("आिथर्क"), drawn),         // आर्थिक: ि, थ, reph
                () -> assertTrue(drawn.contains("িক"), drawn),             // কিন্তু
                () -> assertTrue(drawn.contains("অথর্"), drawn),           // অর্থনীতি: the reph over থ
                () -> assertFalse(drawn.contains("कि"), drawn));
    }

    @Test
    void theBuildNoLongerWarnsAboutThem() {
        assertEquals(List.of(), warnings.stream().map(Problem::toString).toList());
    }

    @Test
    void thePdfPassesPdfAAndPdfUa() throws Exception {
        VeraPdfAssertions.assertPdfAAndPdfUa(pdf);
    }

    /** Collects the ToUnicode text of each glyph drawn in an Indic face, ignoring ActualText. */
    private static final class GlyphTexts extends GlyphEngine {
        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
            if (font.getName().contains("Devanagari") || font.getName().contains("Bengali")) {
                String unicode = font.toUnicode(code);
                glyphs.add(unicode == null ? "?" : unicode);
            }
        }
    }
}
