package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.imprint.testing.TestReport;
import org.imprint.verify.VeraPdfAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thai marks stacked and Devanagari conjuncts formed as HarfBuzz does (GPOS mark-to-mark, GSUB
 * conjuncts): a tone mark over an upper vowel stands above it (ที่, not ที with the mark hidden in
 * the vowel), द्ध ड्ढ ह्न are conjunct glyphs with no visible virama, and the text reads back as written.
 */
class PlacedMarksTest {

    private static final String THAI = "ที่นี่ ปั้น น้ำ กี่ ผู้ใหญ่";
    private static final String HINDI = "युद्ध बुद्ध गड्ढा चिह्न ब्रह्म";

    @TempDir
    static Path dir;
    static Path pdf;
    static String text;
    static final List<Drawn> thai = new ArrayList<>();
    static final List<Drawn> devanagari = new ArrayList<>();

    /** A glyph's ToUnicode text and its outline's box on the page (PDF units, y up). */
    record Drawn(String text, Rectangle2D box) {
    }

    @BeforeAll
    static void build() throws Exception {
        pdf = TestReport.at(dir.resolve("marks")).title("Marks").language("en")
                .body("Thai: " + THAI + ".\n\nHindi: " + HINDI + ".\n").build("pdf").pdf();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // in drawing order, as the words' ActualText gives them (sorted by position, PDFBox puts
            // a space between a word ending in a mark and the full stop after it)
            PDFTextStripper stripper = new PDFTextStripper();
            text = Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
            Outlines outlines = new Outlines();
            for (PDPage page : doc.getPages()) {
                outlines.processPage(page);
            }
        }
    }

    @Test
    void toneMarksStandAboveTheUpperVowelTheyFollow() {
        List<String> checked = new ArrayList<>();
        for (int i = 1; i < thai.size(); i++) {
            Drawn tone = thai.get(i);
            Drawn vowel = thai.get(i - 1);
            if (tone.text().matches("[\u0E48-\u0E4B]") && vowel.text().matches("[\u0E31\u0E34-\u0E37\u0E4D]")) {
                checked.add(vowel.text() + tone.text() + String.format(" %.2f over %.2f", tone.box().getMinY(), vowel.box().getMaxY()));
                // the mark's foot at most a hairline (0.02 em of 11 pt) into the vowel's top
                assertTrue(tone.box().getMinY() >= vowel.box().getMaxY() - 0.25, checked::toString);
            }
        }
        // ที่ นี่ ปั้น น้ำ กี่: five tone marks over an upper vowel (น้ำ's over the nikhahit of ำ)
        assertEquals(5, checked.size(), thai.toString());
    }

    @Test
    void conjunctsAreFormedWithoutAVisibleVirama() {
        List<String> texts = devanagari.stream().map(Drawn::text).toList();
        assertAll(
                () -> assertFalse(texts.contains("\u094D"), texts::toString),
                () -> assertTrue(texts.contains("द्ध"), texts::toString),
                () -> assertTrue(texts.contains("ड्ढ"), texts::toString));
    }

    @Test
    void theTextReadsAsWritten() {
        assertAll(
                () -> assertTrue(text.contains("Thai: " + THAI + "."), text),
                () -> assertTrue(text.contains("Hindi: " + HINDI + "."), text));
    }

    @Test
    void thePdfPassesPdfAAndPdfUa() throws Exception {
        VeraPdfAssertions.assertPdfAAndPdfUa(pdf);
    }

    /** Collects the glyphs drawn in the Thai and Devanagari faces with their outlines' boxes. */
    private static final class Outlines extends GlyphEngine {
        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
            List<Drawn> into = font.getName().contains("Thai") ? thai : font.getName().contains("Devanagari") ? devanagari : null;
            if (into == null) {
                return;
            }
            AffineTransform at = matrix.createAffineTransform();
            at.scale(1 / 1000.0, 1 / 1000.0);
            Rectangle2D box = at.createTransformedShape(((PDVectorFont) font).getPath(code)).getBounds2D();
            String unicode = font.toUnicode(code);
            into.add(new Drawn(unicode == null ? "?" : unicode, box));
        }
    }
}
