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
 * A tall image outside a Markdown figure had no height limit in the PDF: a raw HTML
 * {@code <figure><img>} was sliced across three pages, and one in a table cell pushed its row to
 * the next page, leaving a page with only the table's header row (h19v portrait-places). Each is
 * now held to the Markdown figure's 115 mm.
 */
class FigureRawPortraitTest {

    @TempDir
    Path dir;

    @Test
    void aTallImageInRawHtmlOrATableCellIsHeldToTheFiguresHeight() throws Exception {
        BufferedImage tall = new BufferedImage(100, 1500, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(tall, "png", png);
        Path pdf = TestReport.at(dir.resolve("r")).title("Tall")
                .body("A paragraph.\n\n<figure><img src=\"figures/tall.png\" alt=\"Raw tall\"><figcaption>Raw</figcaption></figure>\n\n"
                        + "| Col A | Col B |\n|---|---|\n| ![Tall in a cell](figures/tall.png) | text |\n\nThe end.\n")
                .file("figures/tall.png", png.toByteArray())
                .build("pdf").pdf();
        // the tall image, 15 times as high as wide (a logo or cover picture is not)
        List<Double> heights = PdfImages.heightsOfAspect(pdf, 15);
        assertEquals(2, heights.size(), "each tall image drawn once, on one page: " + heights);
        for (double height : heights) {
            assertTrue(height <= 115 / 25.4 * 72 + 1, "an image " + height / 72 * 25.4 + " mm high");
        }
    }
}
