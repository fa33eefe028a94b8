package org.imprint.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.Imprint;
import org.imprint.Report;
import org.imprint.ReportException;
import org.imprint.Reports;
import org.imprint.brand.Brand;
import org.imprint.brand.FontFace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one font service: coverage decided once, GSUB kept away from PDFBox, broken fonts named. */
class FontServiceTest {

    private static final Path FONTS = Reports.HOME.resolve("fonts");
    private static final Path NOTO_SERIF = FONTS.resolve("NotoSerif-Regular.ttf");

    @TempDir
    Path dir;

    /**
     * PDFBox draws through its slow GSUB path only when the font it embeds has GSUB data. Noto
     * Serif has it; the copy the service hands to PDFBox must not. Fails if the switch is lost.
     */
    @Test
    void fontsForPdfboxHaveNoGsub() throws Exception {
        FontService fonts = new FontService();
        try (PDDocument doc = new PDDocument()) {
            var raw = new TTFParser().parse(new RandomAccessReadBufferedFile(NOTO_SERIF.toFile()));
            assertNotEquals(GsubData.NO_DATA_FOUND, PDType0Font.load(doc, raw, true).getGsubData(),
                    "Noto Serif was expected to carry GSUB data; pick another font for this test");
            assertEquals(GsubData.NO_DATA_FOUND, PDType0Font.load(doc, fonts.forEmbedding(NOTO_SERIF), true).getGsubData());
        }
    }

    /** What readers see: the example's text is drawn without fi/fl ligature glyphs, as it was measured. */
    @Test
    void theExampleIsDrawnWithoutLigatureGlyphs() throws Exception {
        Imprint imprint = new Imprint(Reports.HOME);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Report report = imprint.load(Reports.EXAMPLE, p -> { })) {
            imprint.write(report, "pdf", bytes);
        }
        try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("first"), "the example has words with fi");
            assertFalse(text.contains("\uFB01") || text.contains("\uFB02"), "a ligature glyph was drawn");
        }
    }

    @Test
    void eachCharacterGoesToTheFirstFamilyOfTheStackThatHasIt() throws Exception {
        FontService fonts = new FontService();
        List<FontFace> faces = List.of(new FontFace("Noto Serif", NOTO_SERIF, 400, false),
                new FontFace("Droid Sans Fallback", FONTS.resolve("DroidSansFallbackFull.ttf"), 400, false));
        List<String> stack = List.of("Noto Serif", "Droid Sans Fallback");
        assertEquals("Noto Serif", fonts.familyFor('a', stack, faces));
        assertEquals("Droid Sans Fallback", fonts.familyFor('香', stack, faces));
        assertNull(fonts.familyFor(0x10FFFD, stack, faces), "a private-use character no font has");
        assertTrue(fonts.covers(NOTO_SERIF, 'é'));
        assertFalse(fonts.covers(NOTO_SERIF, '香'));
    }

    @Test
    void aBrokenFontIsNamedWithItsBrand() throws Exception {
        Path broken = Files.write(dir.resolve("Broken.ttf"), new byte[] {0, 1, 0, 0, 0, 9, 0, 0});
        Brand brand = new Brand("house", List.of(dir), java.util.Map.of(), List.of(new FontFace("House", broken, 400, false)),
                List.of(List.of("House")), List.of("article"), "Series", "d MMMM yyyy", "House", java.util.Map.of());
        ReportException e = assertThrows(ReportException.class, () -> new FontService().check(brand));
        String message = e.getMessage();
        assertTrue(message.contains("brand.yaml") && message.contains("Broken.ttf") && message.contains("house"), message);
    }
}
