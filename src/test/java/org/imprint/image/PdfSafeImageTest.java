package org.imprint.image;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

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
import org.imprint.verify.Conformance;
import org.imprint.verify.PdfCheck;
import org.imprint.verify.PdfVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report holding every kind of image that used to break PDF/A (CMYK and YCCK JPEGs with and
 * without a profile, a broken profile, 16-bit, palette, alpha, greyscale with a profile): veraPDF
 * passes its screen PDF as PDF/A-2u and PDF/UA-1, and the CMYK photographs keep their colours.
 */
class PdfSafeImageTest {

    @TempDir
    static Path dir;
    static Map<String, byte[]> images = new LinkedHashMap<>();
    static Path pdf;

    @BeforeAll
    static void build() throws Exception {
        byte[] cmykProfile = TestImages.cmykProfile();
        images.put("cmyk.jpg", TestImages.cmykJpeg(false, null));
        images.put("cmyk-profile.jpg", TestImages.cmykJpeg(false, cmykProfile));
        images.put("ycck.jpg", TestImages.cmykJpeg(true, null));
        images.put("ycck-profile.jpg", TestImages.cmykJpeg(true, cmykProfile));
        images.put("broken-profile.jpg", TestImages.brokenProfileJpeg());
        images.put("deep.png", TestImages.deepPng());
        images.put("palette.png", TestImages.palettePng());
        images.put("alpha.png", TestImages.alphaPng());
        images.put("grey-profile.png", TestImages.greyIccPng());
        Path report = Files.createDirectories(dir.resolve("every-image/figures"));
        StringBuilder article = new StringBuilder("---\ntitle: Every Kind of Image\ndate: 2026-02-02\nauthors:\n  - name: Jane Doe\n---\n\n"
                + "Each figure is stored in an encoding that PDF/A cannot take as it is.\n\n");
        for (var image : images.entrySet()) {
            Files.write(report.resolve(image.getKey()), image.getValue());
            article.append("![The test image ").append(image.getKey()).append(".](figures/").append(image.getKey()).append(")\n\n");
        }
        Files.writeString(report.getParent().resolve("article.md"), article);
        Imprint imprint = new Imprint(Reports.HOME);
        pdf = dir.resolve("every-image.pdf");
        try (Report loaded = imprint.load(report.getParent(), p -> { }); var out = Files.newOutputStream(pdf)) {
            imprint.write(imprint.publish(loaded), "pdf", BuildRequest.of(loaded.article().folder()).profile(PdfProfile.SCREEN).build(), out);
        }
    }

    @Test
    void veraPdfPassesThePdfAsPdfA2uAndPdfUa1() throws Exception {
        PdfCheck check = new PdfVerifier().check(pdf);
        assertEquals(List.of("PDF/A-2U", "PDF/UA-1"), check.conformance().stream().map(Conformance::standard).toList());
        assertAll(check.conformance().stream().map(verdict -> (org.junit.jupiter.api.function.Executable) () -> {
            assertEquals(List.of(), verdict.failures(), verdict.standard() + ": failed rules");
            assertTrue(verdict.compliant(), verdict.standard());
        }));
    }

    @Test
    void noImageIsEmbeddedInCmyk() throws Exception {
        List<String> spaces = new ArrayList<>();
        for (PDImageXObject image : embedded()) {
            spaces.add(image.getColorSpace().getName());
        }
        assertEquals(images.size(), spaces.size(), "one image per figure");
        assertTrue(spaces.stream().noneMatch(s -> s.contains("CMYK")), spaces.toString());
    }

    /**
     * The CMYK patches come out as a colour-managed browser shows them: through the embedded
     * profile when there is one (compared with the profile's colorimetric conversion; renderers
     * differ by intent, hence the margin), else by the plain formula (R = 255 × (1 − C) × (1 − K),
     * ...). Without the profile, cyan would be #00FFFF rather than about #00AEEF.
     */
    @Test
    void cmykPhotographsKeepTheirColours() throws Exception {
        ICC_ColorSpace profile = new ICC_ColorSpace(ICC_Profile.getInstance(TestImages.cmykProfile()));
        for (String name : List.of("cmyk.jpg", "cmyk-profile.jpg", "ycck.jpg", "ycck-profile.jpg")) {
            BufferedImage converted = ImageIO.read(new ByteArrayInputStream(PdfSafeImage.of(images.get(name))));
            for (int p = 0; p < 6; p++) {
                float[] ink = TestImages.CMYK_PATCHES[p];
                int expected = name.contains("profile") ? rgb(profile.toRGB(ink)) : naive(ink);
                int actual = converted.getRGB(p % 3 * 40 + 20, p / 3 * 40 + 20);
                assertClose(expected, actual, 32, name + " patch " + p);
            }
        }
    }

    @Test
    void ordinaryImagesKeepTheirBytesAndOthersAreConverted() throws Exception {
        byte[] rgb = TestImages.rgbJpeg();
        assertArrayEquals(rgb, PdfSafeImage.of(rgb), "a plain RGB JPEG is embedded as it is");
        byte[] srgb = TestImages.srgbJpeg();
        assertArrayEquals(srgb, PdfSafeImage.of(srgb), "so is one tagged sRGB");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
        assertArrayEquals(png.toByteArray(), PdfSafeImage.of(png.toByteArray()));
        byte[] notAnImage = "body { color: red }".getBytes();
        assertArrayEquals(notAnImage, PdfSafeImage.of(notAnImage));
        for (var image : images.entrySet()) {
            boolean kept = List.of("alpha.png", "deep.png", "palette.png").contains(image.getKey());
            assertEquals(kept, PdfSafeImage.of(image.getValue()) == image.getValue(), image.getKey());
        }
        assertArrayEquals(PdfSafeImage.of(images.get("ycck-profile.jpg")), PdfSafeImage.of(images.get("ycck-profile.jpg")),
                "the same bytes each time");
    }

    @Test
    void aBrokenProfileIsIgnored() throws Exception {
        BufferedImage converted = ImageIO.read(new ByteArrayInputStream(PdfSafeImage.of(images.get("broken-profile.jpg"))));
        for (int p = 0; p < 6; p++) {
            assertClose(TestImages.RGB_PATCHES[p], converted.getRGB(p % 3 * 40 + 20, p / 3 * 40 + 20), 12, "patch " + p);
        }
    }

    private static List<PDImageXObject> embedded() throws Exception {
        List<PDImageXObject> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        image.getColorSpace(); // read while the document is open
                        found.add(image);
                    }
                }
            }
        }
        return found;
    }

    private static int naive(float[] ink) {
        int r = Math.round(255 * (1 - ink[0]) * (1 - ink[3]));
        int g = Math.round(255 * (1 - ink[1]) * (1 - ink[3]));
        int b = Math.round(255 * (1 - ink[2]) * (1 - ink[3]));
        return r << 16 | g << 8 | b;
    }

    private static int rgb(float[] c) {
        return Math.round(c[0] * 255) << 16 | Math.round(c[1] * 255) << 8 | Math.round(c[2] * 255);
    }

    private static void assertClose(int expected, int actual, int tolerance, String what) {
        for (int shift : new int[] {16, 8, 0}) {
            int e = expected >> shift & 0xFF;
            int a = actual >> shift & 0xFF;
            assertTrue(Math.abs(e - a) <= tolerance, what + ": expected " + Integer.toHexString(expected & 0xFFFFFF)
                    + ", got " + Integer.toHexString(actual & 0xFFFFFF));
        }
    }
}
