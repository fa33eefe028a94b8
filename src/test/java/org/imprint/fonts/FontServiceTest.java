package org.imprint.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.imprint.Imprint;
import org.imprint.Report;
import org.imprint.ReportException;
import org.imprint.Reports;
import org.imprint.brand.Brand;
import org.imprint.brand.BrandLoader;
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

    /**
     * What readers see: the example is drawn glyph for glyph as openhtmltopdf measured it, with
     * no ligature glyph from Noto Serif's GSUB (PDFBox keeps the font's glyph ids as the codes
     * of its subsets, so the content streams show which glyphs were drawn).
     */
    @Test
    void theExampleIsDrawnWithoutLigatureGlyphs() throws Exception {
        var font = new TTFParser().parse(new RandomAccessReadBufferedFile(NOTO_SERIF.toFile()));
        var cmap = font.getUnicodeCmapLookup();
        var liga = font.getGsubData().getFeature("liga");
        int f = cmap.getGlyphId('f');
        Set<Integer> ligatures = Set.of(liga.getReplacementForGlyphs(List.of(f, cmap.getGlyphId('i'))),
                liga.getReplacementForGlyphs(List.of(f, cmap.getGlyphId('l'))));
        Imprint imprint = new Imprint(Reports.HOME);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Report report = imprint.load(Reports.EXAMPLE, p -> { })) {
            imprint.write(report, "pdf", bytes);
        }
        Set<Integer> drawn = new HashSet<>();
        try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (text.getFont().getName().contains("NotoSerif-Regular")) {
                        for (int code : text.getCharacterCodes()) {
                            drawn.add(code);
                        }
                    }
                }
            }.getText(pdf);
        }
        assertTrue(drawn.contains(f), "the codes are not Noto Serif's glyph ids: this test cannot see ligatures");
        assertTrue(Collections.disjoint(drawn, ligatures), "a ligature glyph was drawn: " + ligatures);
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

    /** A font file that is not a font: the brand's name, the file and its brand.yaml line, before any writer runs. */
    @Test
    void aBrokenFontIsNamedWithItsBrandAndLine() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        Files.write(fonts.resolve("Broken.ttf"), new byte[] {0, 1, 0, 0, 0, 9, 0, 0});
        Files.createDirectories(templates.resolve("house"));
        Files.writeString(templates.resolve("house/brand.yaml"), "extends: rcas\nfonts:\n  faces:\n"
                + "    - { family: Noto Serif, file: NotoSerif-Regular.ttf }\n"
                + "    - { family: House, file: Broken.ttf }\n");
        Files.copy(NOTO_SERIF, fonts.resolve("NotoSerif-Regular.ttf"));
        copyTree(Reports.HOME.resolve("templates/rcas"), templates.resolve("rcas"));
        Brand brand = new BrandLoader(templates, fonts).load("house", dir.resolve("article.md"), 1);
        ReportException e = assertThrows(ReportException.class, () -> new FontService().check(brand));
        String message = e.getMessage();
        assertTrue(message.contains("house/brand.yaml:5:") && message.contains("Broken.ttf") && message.contains("brand house"),
                message);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
