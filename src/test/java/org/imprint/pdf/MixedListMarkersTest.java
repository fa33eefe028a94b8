package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.imprint.verify.VeraPdfAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An English item of an Urdu bulleted list has its bullet in the PDF, at its own start (left), beside
 * its text set left to right, as the e-book and the web edition set an item with its own dir (h19ab
 * H7; it stood on the list's side, the right, before). openhtmltopdf once drew no marker for an
 * item whose direction differs from its list's.
 */
class MixedListMarkersTest {

    private static final float SCALE = 2;

    @TempDir
    static Path dir;
    static Path pdf;

    @BeforeAll
    static void build() throws Exception {
        pdf = TestReport.at(dir.resolve("ur")).title("فہرستیں").language("ur").author("زاہد انور")
                .body("مذاکرات کے شرکاء:\n\n- پاکستان کا وفد\n- The United States delegation, led by J.D. Vance\n- ایران کا وفد\n")
                .build("pdf").pdf();
    }

    @Test
    void theEnglishItemHasItsBulletLeftOfItsText() throws IOException {
        List<Glyph> glyphs = PdfGlyphs.read(pdf);
        Glyph at = PdfGlyphs.find(glyphs, "The United").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, at, 2f);
        float textRight = (float) line.stream().mapToDouble(Glyph::right).max().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new PDFRenderer(doc).renderImage(at.page() - 1, SCALE);
            int dark = 0;
            for (int y = (int) ((at.y() - at.fontSize() * 0.7f) * SCALE); y <= (int) (at.y() * SCALE); y++) {
                for (int x = 40 * (int) SCALE; x < (int) ((at.x() - 1) * SCALE); x++) {
                    int rgb = page.getRGB(x, y);
                    if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 300) {
                        dark++;
                    }
                }
            }
            int bullet = dark;
            assertAll(
                    () -> assertTrue(bullet > 4, "no bullet left of the English item's text (starting at " + at.x() + " pt)"),
                    // its text set on its own side, by its bullet, as the e-book sets it (h19ab H7)
                    () -> assertTrue(at.x() < page.getWidth() / SCALE / 3, "the item starts at " + at.x() + " pt"),
                    () -> assertTrue(textRight < page.getWidth() / SCALE * 2 / 3, "the item ends at " + textRight + " pt"));
        }
    }

    @Test
    void thePdfPassesPdfAAndPdfUa() throws Exception {
        VeraPdfAssertions.assertPdfAAndPdfUa(pdf);
    }
}
