package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.imprint.Imprint;
import org.imprint.Report;
import org.imprint.Reports;
import org.junit.jupiter.api.Test;

/**
 * Images in the encodings real photographs and charts arrive in (CMYK, greyscale and progressive
 * JPEG, 16-bit and palette PNG) are checked, embedded, and keep their colours.
 */
class RealWorldImagesTest {

    private static final Path REPORT = Reports.HOME.resolve("src/test/resources/reports/real-world-images");

    @Test
    void everyImageIsEmbeddedWithItsColours() throws Exception {
        Imprint imprint = new Imprint(Reports.HOME);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Report report = imprint.load(REPORT, p -> { })) {
            assertEquals(5, report.images().size());
            imprint.writePdf(report, bytes);
        }
        try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
            List<PDImageXObject> images = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image);
                    }
                }
            }
            assertEquals(5, images.size(), "one image per figure");
            // Figures in order: CMYK, grey, progressive, 16-bit, palette; all red at the top and blue at the bottom but the grey one.
            for (int i : new int[] {0, 2, 3, 4}) {
                BufferedImage image = images.get(i).getImage();
                int top = image.getRGB(image.getWidth() / 2, 2);
                int bottom = image.getRGB(image.getWidth() / 2, image.getHeight() - 3);
                // CMYK has a smaller gamut: its blue comes out darker, so compare channels rather than values.
                assertTrue(red(top) > blue(top) + 100, "figure " + (i + 1) + " top is not red: " + Integer.toHexString(top));
                assertTrue(blue(bottom) > red(bottom) + 60, "figure " + (i + 1) + " bottom is not blue: " + Integer.toHexString(bottom));
            }
            assertEquals("DeviceGray", images.get(1).getColorSpace().getName());
        }
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    private static int blue(int rgb) {
        return rgb & 0xff;
    }
}
