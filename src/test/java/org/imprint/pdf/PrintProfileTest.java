package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.PdfProfile;
import org.imprint.Reports;
import org.imprint.verify.Conformance;
import org.imprint.verify.PdfCheck;
import org.imprint.verify.PdfVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The print profile: A4 trim, 3 mm bleed, crop marks, boxes, notes at the page foot, PDF/A-2u. */
class PrintProfileTest {

    private static final float MM = 72f / 25.4f;
    private static final float A4_WIDTH = 210 * MM;
    private static final float A4_HEIGHT = 297 * MM;
    private static final float BLEED = 3 * MM;

    @TempDir
    static Path out;
    static Path file;
    static PDDocument pdf;

    @BeforeAll
    static void build() throws Exception {
        List<Path> files = new Imprint(Reports.HOME).build(BuildRequest.of(Reports.EVERY_FEATURE).out(out).formats("pdf").profile(PdfProfile.PRINT).build());
        assertEquals(List.of(out.resolve("print/every-feature.pdf")), files);
        file = files.get(0);
        pdf = Loader.loadPDF(file.toFile());
    }

    @AfterAll
    static void close() throws IOException {
        if (pdf != null) {
            pdf.close();
        }
    }

    @Test
    void everyPageHasTheTrimBleedAndRoomForMarks() {
        for (PDPage page : pdf.getPages()) {
            PDRectangle trim = page.getTrimBox();
            PDRectangle bleed = page.getBleedBox();
            PDRectangle media = page.getMediaBox();
            assertAll(
                    () -> assertEquals(A4_WIDTH, trim.getWidth(), 0.1, "trim width"),
                    () -> assertEquals(A4_HEIGHT, trim.getHeight(), 0.1, "trim height"),
                    () -> assertEquals(trim.getLowerLeftX() - BLEED, bleed.getLowerLeftX(), 0.1, "bleed left"),
                    () -> assertEquals(trim.getLowerLeftY() - BLEED, bleed.getLowerLeftY(), 0.1, "bleed bottom"),
                    () -> assertEquals(trim.getUpperRightX() + BLEED, bleed.getUpperRightX(), 0.1, "bleed right"),
                    () -> assertEquals(trim.getUpperRightY() + BLEED, bleed.getUpperRightY(), 0.1, "bleed top"),
                    () -> assertTrue(media.getLowerLeftX() <= bleed.getLowerLeftX() - 6 * MM, "room for crop marks"),
                    () -> assertTrue(media.getUpperRightY() >= bleed.getUpperRightY() + 6 * MM, "room for crop marks"));
        }
    }

    @Test
    void coverBleedsAndCropMarksStandOutsideTheBleed() throws IOException {
        float scale = 4; // 288 dpi: the hairline marks cover whole pixels
        BufferedImage cover = new PDFRenderer(pdf).renderImage(0, scale, ImageType.RGB);
        PDPage page = pdf.getPage(0);
        PDRectangle media = page.getMediaBox();
        PDRectangle trim = page.getTrimBox();
        // image coordinates of the trim's top left corner
        int left = Math.round((trim.getLowerLeftX() - media.getLowerLeftX()) * scale);
        int top = Math.round((media.getUpperRightY() - trim.getUpperRightY()) * scale);
        int mm = Math.round(MM * scale);
        int maroon = 0x7B1E2B;
        assertAll(
                // inside the bleed, outside the trim, the cover band goes on
                () -> assertColour(maroon, cover.getRGB(left - 2 * mm, top - 2 * mm), "cover band in the bleed"),
                () -> assertColour(maroon, cover.getRGB(left + 5 * mm, top + 5 * mm), "cover band on the trim"),
                // beyond the bleed the paper is white, but for the crop marks in line with the trim
                () -> assertColour(0xFFFFFF, cover.getRGB(left - 5 * mm, top - 5 * mm), "slug"),
                () -> assertTrue(marked(cover, left, top - 5 * mm, true), "vertical crop mark above the trim's left edge"),
                () -> assertTrue(marked(cover, left - 5 * mm, top, false), "horizontal crop mark left of the trim's top edge"));
    }

    @Test
    void pdfA2uWithEmbeddedFontsAndNoClaimOfTagging() throws IOException {
        PdfCheck check = new PdfVerifier().check(file);
        assertEquals(List.of("PDF/A-2U"), check.conformance().stream().map(Conformance::standard).toList());
        assertEquals(List.of(), check.conformance().get(0).failures());
        assertTrue(check.fonts().stream().allMatch(f -> f.embedded()), check.fonts().toString());
        assertNull(pdf.getDocumentCatalog().getMarkInfo(), "an untagged PDF must not claim to be tagged");
        assertTrue(check.passes());
    }

    @Test
    void notesStayAtThePageFoot() throws IOException {
        String text = PdfText.all(pdf);
        assertTrue(text.contains("1. Proposals for a single regional authority"), text);
        assertFalse(text.contains("Notes 1."), "no endnotes in print");
    }

    /** Whether a grey line crosses the pixels around (x, y), across the line's direction. */
    private static boolean marked(BufferedImage image, int x, int y, boolean vertical) {
        for (int d = -2; d <= 2; d++) {
            int rgb = vertical ? image.getRGB(x + d, y) : image.getRGB(x, y + d);
            if (((rgb >> 16) & 0xFF) < 160 && ((rgb >> 8) & 0xFF) < 160 && (rgb & 0xFF) < 160) {
                return true;
            }
        }
        return false;
    }

    private static void assertColour(int expected, int actual, String what) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xFF;
            int a = (actual >> shift) & 0xFF;
            assertTrue(Math.abs(e - a) <= 12, what + ": expected #" + Integer.toHexString(expected)
                    + ", found #" + Integer.toHexString(actual & 0xFFFFFF));
        }
    }
}
