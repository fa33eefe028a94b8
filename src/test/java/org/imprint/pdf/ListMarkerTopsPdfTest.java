package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import org.imprint.BuildRequest;
import org.imprint.testing.EndnotesBrand;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfImages;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list item that opens with a figure has its number at the item's top, beside the drawing's
 * top, as a text item has it beside its first line: openhtmltopdf drew it beside the item's
 * first line box, the caption under the drawing ("7." in an Urdu list stood by "Zebra caption").
 * An item that begins at a page's foot, whose figure is carried whole to the next page, has it
 * at the drawing's top on that page: it stayed beside the caption, on the caption's rule.
 */
class ListMarkerTopsPdfTest {

    /**
     * The openpdf engine (Flying Saucer) drew the number beside the caption as openhtmltopdf did
     * (OpenPdfListMarkerTops); it sets no SVG and no Urdu, so its list is English, its figure a PNG.
     */
    @ParameterizedTest
    @CsvSource({"ur, pdfbox", "en, pdfbox", "en, openpdf"})
    void aFigureItemsNumberStandsAtTheItemsTop(String language, String engine, @TempDir Path dir) throws Exception {
        String svg = Files.readString(Path.of("src/test/resources/reports/charts/figures/diagram.svg"));
        TestReport report = TestReport.at(dir.resolve(language)).language(language);
        report = engine.equals("openpdf")
                ? report.file("wide.png", widePng()).body("A paragraph.\n\n7. ![Zebra caption](wide.png)\n8. Second point.\n")
                : report.file("diagram.svg", svg).body("یہ ایک اردو پیراگراف ہے۔\n\n7. ![Zebra caption](diagram.svg)\n8. دوسرا نکتہ۔\n");
        TestReport.Built built = report.build(o -> o.engine(engine), "pdf");
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        // the caption's "Z" is followed by "e"; the pages' other texts hold capital Z's too
        Glyph caption = java.util.stream.IntStream.range(0, glyphs.size() - 1)
                .filter(i -> glyphs.get(i).text().equals("Z") && glyphs.get(i + 1).text().equals("e"))
                .mapToObj(glyphs::get).findFirst().orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        Glyph seven = glyphs.stream().filter(g -> g.page() == caption.page() && g.text().equals("7")).findFirst()
                .orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        Glyph eight = glyphs.stream().filter(g -> g.page() == caption.page() && g.text().equals("8")).findFirst().orElseThrow();
        assertTrue(seven.y() < caption.y() - 60, "the number 7 stands " + (caption.y() - seven.y())
                + " pt above the caption, beside it rather than at the item's top");
        // at the item's start edge: the list's side (A4, 595 pt wide, the column about 56 to 539 pt);
        // the number 8 of an Urdu item of an English list stands at its own item's start, the right
        // (h19ab H7), so it is no measure of the list's side
        assertTrue(language.equals("ur") ? seven.x() > 450 : seven.right() < 100, "the number 7 ends at "
                + seven.right() + ", the number 8 at " + eight.right());
    }

    /**
     * Flying Saucer draws a bullet not beside a line but centred on the item's first child, or the
     * whole item when it has one: the disc of "- ![fig](…)" stood halfway down beside the drawing
     * while numbers stood at the top. It stands beside the drawing's top now, as in a text item.
     */
    @ParameterizedTest
    @CsvSource({"openpdf", "pdfbox"})
    void aFigureItemsBulletStandsAtTheItemsTop(String engine, @TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("en")).file("wide.png", widePng())
                .body("A paragraph.\n\n- ![Zebra caption](wide.png)\n- Second point.\n")
                .build(o -> o.engine(engine), "pdf");
        try (PDDocument doc = Loader.loadPDF(built.pdf().toFile())) {
            boolean seen = false;
            for (PDPage page : doc.getPages()) {
                List<java.awt.geom.Rectangle2D> images = PdfImages.boxes(page);
                List<java.awt.geom.Rectangle2D> discs = PdfImages.discs(page, 8f);
                if (images.isEmpty() || discs.size() < 2) {
                    continue;
                }
                seen = true;
                java.awt.geom.Rectangle2D image = images.get(0);
                java.awt.geom.Rectangle2D first = discs.stream()
                        .max(java.util.Comparator.comparingDouble(java.awt.geom.Rectangle2D::getMaxY)).orElseThrow();
                double below = image.getMaxY() - first.getCenterY();
                assertTrue(below > -20 && below < 20, "the first bullet's centre stands " + below
                        + " pt below the drawing's top (drawing " + image + ", bullets " + discs + ")");
            }
            assertTrue(seen, "no page with the drawing and two bullets");
        }
    }

    /**
     * Raw HTML whose item holds only an image ({@code <li><img …></li>}, no figure): Flying Saucer
     * set the marker on the line's baseline, which the inline image pushes to its foot, so the
     * openpdf engine drew "1." beside the image's bottom and the disc halfway down. Both stand
     * beside the image's top now, as for a figure and in the other engine.
     */
    @ParameterizedTest
    @CsvSource({"openpdf", "pdfbox"})
    void aRawHtmlImageItemsMarkersStandAtItsTop(String engine, @TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("en")).file("wide.png", widePng())
                .body("A paragraph.\n\n<ul>\n<li><img src=\"wide.png\" alt=\"A wide drawing\"></li>\n<li>Second point.</li>\n</ul>\n\n"
                        + "Between the lists.\n\n<ol>\n<li><img src=\"wide.png\" alt=\"A wide drawing\"></li>\n<li>Second point.</li>\n</ol>\n")
                .build(o -> o.engine(engine), "pdf");
        List<Drawn> images = images(built.pdf());
        assertEquals(2, images.size(), "the two images: " + images);
        assertEquals(images.get(0).page(), images.get(1).page(), "both lists on one page: " + images);
        try (PDDocument doc = Loader.loadPDF(built.pdf().toFile())) {
            PDPage page = doc.getPage(images.get(0).page() - 1);
            float height = page.getMediaBox().getHeight();
            List<java.awt.geom.Rectangle2D> discs = PdfImages.discs(page, 8f);
            assertEquals(2, discs.size(), "the bullets: " + discs);
            double first = discs.stream().mapToDouble(d -> height - d.getCenterY()).min().orElseThrow();
            double below = first - images.get(0).top();
            assertTrue(below > -12 && below < 12, "the first bullet's centre stands " + below
                    + " pt below its image's top, not beside its top (image " + images.get(0) + ", bullets " + discs + ")");
        }
        Drawn image = images.get(1);
        Glyph one = PdfGlyphs.read(built.pdf()).stream()
                .filter(g -> g.page() == image.page() && g.text().equals("1") && g.right() <= image.left() + 1)
                .findFirst().orElseThrow(() -> new AssertionError("no number 1 beside the image " + image));
        assertTrue(one.y() > image.top() && one.y() < image.top() + 20, "the number 1's baseline stands "
                + (one.y() - image.top()) + " pt below its image's top, not beside the top");
    }

    @ParameterizedTest
    @CsvSource({"ur, pdfbox", "en, pdfbox", "en, openpdf"})
    void aFigureCarriedToTheNextPageHasItsNumberAtItsTop(String language, String engine, @TempDir Path dir) throws Exception {
        // six full-width figures, two to a page: some item begins at a page's foot and its figure,
        // kept whole, goes on to the next page
        StringBuilder body = new StringBuilder(language.equals("ur") ? "یہ ایک اردو پیراگراف ہے۔\n\n" : "A paragraph.\n\n");
        for (int n = 1; n <= 6; n++) {
            body.append(n).append(". ![").append(language.equals("ur") ? "ایک خاکہ۔" : "A drawing.").append("](wide.png)\n");
        }
        TestReport.Built built = TestReport.at(dir.resolve(language)).language(language)
                .file("wide.png", widePng()).body(body.toString()).build(o -> o.engine(engine), "pdf");
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        List<Drawn> images = images(built.pdf());
        assertEquals(6, images.size(), "the six figures' images");
        int carried = 0;
        for (int n = 1; n <= 6; n++) {
            Drawn image = images.get(n - 1);
            String digit = String.valueOf(n);
            // the number stands outside the drawing, at the list's side; the caption's number inside
            List<Glyph> numbers = java.util.stream.IntStream.range(1, glyphs.size() - 1).filter(i -> {
                Glyph g = glyphs.get(i);
                return g.page() >= images.get(0).page() && g.text().equals(digit) && !digitBeside(g, glyphs.get(i - 1)) && !digitBeside(g, glyphs.get(i + 1))
                        && (language.equals("en") ? g.right() <= image.left() + 1 : g.x() >= image.right() - 1);
            }).mapToObj(glyphs::get).toList();
            assertEquals(1, numbers.size(), "one number " + n + " beside the figures: " + numbers + " " + images);
            Glyph number = numbers.get(0);
            assertEquals(image.page(), number.page(), "the number " + n + " is on its figure's page");
            assertTrue(number.y() > image.top() && number.y() < image.top() + 20, "the number " + n + "'s baseline stands "
                    + (number.y() - image.top()) + " pt below its figure's top, not beside the figure's top");
            if (n > 1 && image.page() > images.get(n - 2).page()) {
                carried++;
            }
        }
        assertTrue(carried > 0, "some figure is carried to the next page: " + images);
    }

    /**
     * An item of raw HTML holding only an image, or an endnote of only a linked image, that begins
     * at a page's foot, where its image does not fit (h19w raw-img, notes-deep): the image goes on
     * to the next page, and openhtmltopdf, which gives such an item's marker no line, drew the
     * bullet or number at the item's top, alone at the foot of the page before. Four images 115 mm
     * high, two to a page: the third and the fourth begin where the second and the third end. Each
     * number and bullet stands beside its image's top, on its page.
     */
    @ParameterizedTest
    @CsvSource({"en, openpdf", "en, pdfbox", "ur, pdfbox"})
    void aRawImageItemCarriedToTheNextPageHasItsMarkerAtItsTop(String language, String engine, @TempDir Path dir) throws Exception {
        StringBuilder ol = new StringBuilder("<ol>\n");
        StringBuilder ul = new StringBuilder("<ul>\n");
        for (int n = 1; n <= 4; n++) {
            ol.append("<li><img src=\"tall.png\" alt=\"Tall ").append(n).append("\"></li>\n");
            ul.append("<li><img src=\"tall.png\" alt=\"Tall bullet ").append(n).append("\"></li>\n");
        }
        // an Urdu list's bullets failed the build: openhtmltopdf's painter read the width of a line the marker did not have
        boolean rtl = language.equals("ur");
        Path pdf = TestReport.at(dir.resolve("raw")).language(language).file("tall.png", tallPng())
                .body((rtl ? "تعارف۔\n\n" : "A paragraph.\n\n") + ol + "</ol>\n\n" + (rtl ? "درمیان۔" : "Between the lists.")
                        + "\n\n" + ul + "</ul>\n")
                .build(o -> o.engine(engine), "pdf").pdf();
        List<Drawn> images = images(pdf);
        assertEquals(8, images.size(), "the eight images: " + images);
        assertNumbersAtTheTops(pdf, images.subList(0, 4), rtl);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (Drawn image : images.subList(4, 8)) {
                PDPage page = doc.getPage(image.page() - 1);
                float height = page.getMediaBox().getHeight();
                List<java.awt.geom.Rectangle2D> discs = PdfImages.discs(page, 8f);
                assertTrue(discs.stream().anyMatch(d -> Math.abs(height - d.getCenterY() - image.top()) < 12),
                        "no bullet beside the top of the image " + image + ": bullets " + discs);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"openpdf", "pdfbox"})
    void anEndnoteOfOnlyAnImageCarriedToTheNextPageHasItsNumberAtItsTop(String engine, @TempDir Path dir) throws Exception {
        StringBuilder body = new StringBuilder("A paragraph with notes");
        StringBuilder notes = new StringBuilder();
        for (int n = 1; n <= 4; n++) {
            body.append(" call ").append(n).append("[^n").append(n).append(']');
            notes.append("[^n").append(n).append("]: [![Tall note ").append(n).append("](tall.png)](https://example.org)\n\n");
        }
        Path report = TestReport.at(dir.resolve("notes")).brand(EndnotesBrand.NAME).file("tall.png", tallPng())
                .body(body + ".\n\n" + notes).write();
        Path pdf = EndnotesBrand.imprint(dir).build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf").engine(engine).build()).get(0);
        List<Drawn> images = images(pdf);
        assertEquals(4, images.size(), "the four images: " + images);
        assertNumbersAtTheTops(pdf, images, false);
    }

    /**
     * Each image's number (1 to 4, in order) stands on its page, left of it (right, in a
     * right-to-left list), its baseline within a
     * line of its top; and some image went on to the next page from an item begun at a page's foot.
     */
    private static void assertNumbersAtTheTops(Path pdf, List<Drawn> images, boolean rtl) throws IOException {
        List<Glyph> glyphs = PdfGlyphs.read(pdf);
        for (int n = 1; n <= images.size(); n++) {
            Drawn image = images.get(n - 1);
            String digit = String.valueOf(n);
            List<Glyph> beside = glyphs.stream().filter(g -> g.page() == image.page() && g.text().equals(digit)
                    && (rtl ? g.x() >= image.right() - 1 : g.right() <= image.left() + 1) && g.y() > image.top() && g.y() < image.top() + 20).toList();
            assertEquals(1, beside.size(), "the number " + n + " beside its image's top " + image + ": "
                    + glyphs.stream().filter(g -> g.text().equals(digit)).toList());
        }
        assertTrue(java.util.stream.IntStream.range(1, images.size()).anyMatch(i -> images.get(i).page() > images.get(i - 1).page()),
                "an image is carried to the next page: " + images);
    }

    /** A portrait PNG (1:3), which the layouts hold to 115 mm: two to a page. */
    private static byte[] tallPng() throws IOException {
        BufferedImage image = new BufferedImage(100, 300, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** Whether {@code other} is a digit on {@code glyph}'s line: the two belong to one number. */
    private static boolean digitBeside(Glyph glyph, Glyph other) {
        return other.page() == glyph.page() && Math.abs(other.y() - glyph.y()) < 1 && other.text().matches("\\d");
    }

    /** Where one image is drawn: its page, its top from the page's top, its left and right edges, in points. */
    private record Drawn(int page, float top, float left, float right) {
    }

    /** The images the PDF draws, in drawing order, page by page. */
    private static List<Drawn> images(Path pdf) throws IOException {
        List<Drawn> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                int number = i + 1;
                float height = page.getMediaBox().getHeight();
                for (java.awt.geom.Rectangle2D box : PdfImages.boxes(page)) {
                    found.add(new Drawn(number, height - (float) box.getMaxY(), (float) box.getMinX(), (float) box.getMaxX()));
                }
            }
        }
        return found;
    }

    /** A landscape PNG (3:2), which a figure draws the full width of the text. */
    private static byte[] widePng() throws IOException {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 120; x++) {
                image.setRGB(x, y, new Color(255 - y * 3, 40, y * 3).getRGB());
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
