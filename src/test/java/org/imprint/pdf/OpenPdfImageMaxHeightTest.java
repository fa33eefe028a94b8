package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.imprint.testing.PdfImages;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code --engine openpdf}, a tall image outside a figure was set at its full size: Flying
 * Saucer applies no {@code max-height} to an image, so the layouts' {@code img.portrait} limit
 * (115 mm, as a portrait figure's) had no effect, and an image in a sentence, a table cell, a raw
 * HTML list item, a task, an endnote or an author's biography filled a page (h19w raw-img-op).
 * The PDFBox engine held each to 115 mm; now Flying Saucer does too ({@link ImageMaxSizes}).
 */
class OpenPdfImageMaxHeightTest {

    @TempDir
    Path dir;

    @Test
    void everyTallImageIsHeldToTheLayoutsMaxHeight() throws Exception {
        BufferedImage tall = new BufferedImage(100, 1500, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(tall, "png", png);
        String img = "figures/tall.png";
        Path pdf = TestReport.at(dir.resolve("r")).title("Tall")
                .author("Jo Roe\n    bio: Roe bio <img src=\"" + img + "\" alt=\"Tall in a bio\"> end.")
                .body("A sentence with <img src=\"" + img + "\" alt=\"Inline tall\"> in it.\n\n"
                        + "| Col A | Col B |\n|---|---|\n| ![Tall in a cell](" + img + ") | text |\n\n"
                        + "<ul><li><img src=\"" + img + "\" alt=\"Raw item tall\"></li><li>Second</li></ul>\n\n"
                        + "- [ ] ![Task tall](" + img + ")\n- [x] Done\n\n"
                        + "A note call.[^n]\n\n[^n]: A note ![Note tall](" + img + ") end.\n")
                .file(img, png.toByteArray())
                .build(o -> o.engine("openpdf"), "pdf").pdf();
        // the tall image, 15 times as high as wide (a logo or cover picture is not)
        List<Double> heights = PdfImages.heightsOfAspect(pdf, 15);
        assertEquals(6, heights.size(), "each tall image drawn once: " + heights);
        for (double height : heights) {
            assertTrue(height <= 115 / 25.4 * 72 + 1, "an image " + height / 72 * 25.4 + " mm high");
        }
    }
}
