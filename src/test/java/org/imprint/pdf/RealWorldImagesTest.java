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
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.PdfProfile;
import org.imprint.Report;
import org.imprint.Reports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Images in the encodings real photographs and charts arrive in (CMYK, greyscale and progressive
 * JPEG, 16-bit and palette PNG) are checked, embedded, and keep their colours, with either engine.
 */
class RealWorldImagesTest {

    private static final Path REPORT = Reports.HOME.resolve("src/test/resources/reports/real-world-images");

    @ParameterizedTest
    @ValueSource(strings = {"pdfbox", "openpdf"})
    void everyImageIsEmbeddedWithItsColours(String engine) throws Exception {
        Imprint imprint = new Imprint(Reports.HOME);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Report report = imprint.load(REPORT, p -> { })) {
            assertEquals(5, report.images().size());
            imprint.write(imprint.publish(report), "pdf", BuildRequest.of(report.article().folder()).engine(engine).build(), bytes);
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
            // CMYK, grey, progressive, 16-bit, palette: all red at the top and blue at the bottom but
            // the grey one. The engines list a page's images in different orders, so the grey one
            // is found by its colour space.
            int grey = 0;
            for (PDImageXObject xobject : images) {
                if ("DeviceGray".equals(xobject.getColorSpace().getName())) {
                    grey++;
                    continue;
                }
                BufferedImage image = xobject.getImage();
                int top = image.getRGB(image.getWidth() / 2, 2);
                int bottom = image.getRGB(image.getWidth() / 2, image.getHeight() - 3);
                // CMYK has a smaller gamut: its blue comes out darker, so compare channels rather than values.
                assertTrue(red(top) > blue(top) + 100, xobject.getColorSpace().getName() + " top is not red: " + Integer.toHexString(top));
                assertTrue(blue(bottom) > red(bottom) + 60, xobject.getColorSpace().getName() + " bottom is not blue: " + Integer.toHexString(bottom));
            }
            assertEquals(1, grey, "one grey image");
        }
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    private static int blue(int rgb) {
        return rgb & 0xff;
    }
}
