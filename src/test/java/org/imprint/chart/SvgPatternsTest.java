package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDAbstractPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.ReportException;
import org.imprint.Reports;
import org.imprint.verify.PdfVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SVG patterns and gradients that take their tiles or stops from another ({@code xlink:href}, legal
 * SVG) are drawn; the tiles of patterns are limited over a whole report, each figure counted where
 * it is shown; and what the PDF's SVG drawer draws as pixels (filters, masks) is one image per
 * effect, without seams between tiles. The figures that break the limit of one figure are in
 * {@link HostileSvgTest}'s table.
 */
class SvgPatternsTest {

    /** The hostile tester's pat-href-ok: a pattern whose tile, size and units all come from another. */
    static final String INHERITED_PATTERN = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="200" viewBox="0 0 100 100">
            <defs><pattern id="base" patternUnits="userSpaceOnUse" width="20" height="20"><rect width="10" height="10" fill="#cc6600"/></pattern>
            <pattern id="p" xlink:href="#base"/></defs><rect width="100" height="100" fill="url(#p)"/></svg>
            """;

    /** A linear gradient taking its stops and geometry from another, a radial one taking its stops and units. */
    static final String INHERITED_GRADIENTS = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="200" viewBox="0 0 100 100">
            <defs><linearGradient id="base" gradientUnits="userSpaceOnUse" x1="0" y1="0" x2="100" y2="0">
            <stop offset="0" stop-color="#cc6600"/><stop offset="1" stop-color="#0066cc"/></linearGradient>
            <linearGradient id="g" xlink:href="#base"/><radialGradient id="r" xlink:href="#base" cx="50" cy="75" r="20"/></defs>
            <rect width="100" height="50" fill="url(#g)"/><rect y="50" width="100" height="50" fill="url(#r)"/></svg>
            """;

    /** A blurred rectangle and a masked one, both drawn as pixels by the PDF's SVG drawer. */
    static final String EFFECTS = """
            <svg xmlns="http://www.w3.org/2000/svg" width="600" height="400" viewBox="0 0 600 400">
            <defs><filter id="b" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="3"/></filter>
            <mask id="m"><rect width="600" height="400" fill="white" fill-opacity="0.7"/></mask></defs>
            <rect x="20" y="20" width="560" height="170" fill="#0066cc" filter="url(#b)"/>
            <g mask="url(#m)"><rect x="20" y="210" width="560" height="170" fill="#22aa77"/></g>
            </svg>
            """;

    @Test
    void aPatternTakingItsTileFromAnotherIsDrawn(@TempDir Path dir) throws Exception {
        List<Path> built = build(dir, "inherited", INHERITED_PATTERN, 1);
        Path pdf = built.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDTilingPattern> patterns = new ArrayList<>();
            int page = -1;
            for (int i = 0; i < doc.getNumberOfPages() && patterns.isEmpty(); i++) {
                patterns(doc.getPage(i).getResources(), patterns, new ArrayList<>(), 0);
                page = i;
            }
            assertEquals(1, patterns.size(), "one tiling pattern");
            // the tile's size is the base's, 20 units, and its rectangle is drawn in it
            assertEquals(20f, patterns.get(0).getXStep(), 0.01);
            assertEquals(20f, patterns.get(0).getYStep(), 0.01);
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 150);
            int[] box = box(image, SvgPatternsTest::orange);
            assertTrue(box[2] - box[0] > 250, "the tiles span the figure: " + java.util.Arrays.toString(box));
            // a quarter of each tile is orange
            double share = share(image, box, SvgPatternsTest::orange);
            assertTrue(share > 0.2 && share < 0.36, "orange share " + share);
        }
        for (var verdict : new PdfVerifier().check(pdf).conformance()) {
            assertEquals(List.of(), verdict.failures(), verdict.standard());
        }
        Path epub = built.stream().filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
        String svg = svgIn(epub);
        assertTrue(svg.matches("(?s).*<pattern[^>]*id=\"p\"[^>]*width=\"20\".*"), svg);
        assertFalse(svg.matches("(?s).*<pattern[^>]*href.*"), "no pattern links left: " + svg);
    }

    @Test
    void gradientsTakingTheirStopsFromAnotherAreDrawn(@TempDir Path dir) throws Exception {
        Path pdf = build(dir, "gradients", INHERITED_GRADIENTS, 1).stream().filter(p -> p.toString().endsWith(".pdf")).findFirst()
                .orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int page = pageWithForm(doc);
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 72);
            int[] box = box(image, rgb -> orange(rgb) || blue(rgb));
            int top = box[1] + (box[3] - box[1]) / 4;
            int left = image.getRGB(box[0] + 3, top);
            int right = image.getRGB(box[2] - 3, top);
            assertTrue(orange(left), "the linear gradient starts orange: " + Integer.toHexString(left));
            assertTrue(blue(right), "and ends blue: " + Integer.toHexString(right));
            // the radial one: orange at its centre, blue beyond its radius
            int centre = image.getRGB((box[0] + box[2]) / 2, box[1] + (box[3] - box[1]) * 3 / 4);
            int corner = image.getRGB(box[0] + 3, box[3] - 3);
            assertTrue(orange(centre), "orange at the centre: " + Integer.toHexString(centre));
            assertTrue(blue(corner), "blue in the corner: " + Integer.toHexString(corner));
        }
    }

    @Test
    void aFigureShownOftenEnoughBreaksTheReportsLimit(@TempDir Path dir) throws Exception {
        // 300 by 300 tiles of one pixel: 90,000, under a figure's limit; shown 12 times, 1,080,000, over the report's
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"300\"><defs><pattern id=\"p\" "
                + "patternUnits=\"userSpaceOnUse\" width=\"1\" height=\"1\"><rect width=\"0.5\" height=\"0.5\"/></pattern></defs>"
                + "<rect width=\"300\" height=\"300\" fill=\"url(#p)\"/></svg>";
        Path out = dir.resolve("out-often");
        ReportException e = assertThrows(ReportException.class, () -> build(dir, "often", svg, 12));
        String message = e.getMessage();
        assertTrue(message.contains("article.md:" + (12 + 2 * 11) + ": SVG image \"figures/f.svg\" brings the tiles the report's patterns "
                + "draw to 1,080,000, over the limit of 1,000,000 per report"), message);
        assertTrue(message.contains("make the patterns' tiles larger"), message);
        assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "nothing written");
        // eleven times is under it
        assertEquals(2, build(dir, "eleven", svg, 11).size());
    }

    @Test
    void effectsDrawnAsPixelsAreOneImageEachWithoutSeams(@TempDir Path dir) throws Exception {
        Path pdf = build(dir, "effects", EFFECTS, 1).stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int page = pageWithForm(doc);
            List<PDImageXObject> images = new ArrayList<>();
            patterns(doc.getPage(page).getResources(), new ArrayList<>(), images, 0);
            // the blur and the mask: one image each, not a grid of 128-pixel tiles (20 of them before), whose edges
            // poppler smoothed into hairline seams at 150 dpi; PDFBox's renderer shows no seam either way, so the count is the guard
            assertEquals(2, images.size(), "images in the figure");
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 150);
            int[] green = box(image, SvgPatternsTest::green);
            int y = (green[1] + green[3]) / 2;
            int reference = image.getRGB((green[0] + green[2]) / 2, y);
            for (int x = green[0] + 4; x < green[2] - 4; x++) {
                assertTrue(close(image.getRGB(x, y), reference, 10), "a seam at x=" + x + ": " + Integer.toHexString(image.getRGB(x, y))
                        + " in " + Integer.toHexString(reference));
            }
            for (int row = green[1] + 4; row < green[3] - 4; row++) {
                int pixel = image.getRGB((green[0] + green[2]) / 2 + 1, row);
                assertTrue(close(pixel, reference, 10), "a seam at y=" + row + ": " + Integer.toHexString(pixel));
            }
        }
        for (var verdict : new PdfVerifier().check(pdf).conformance()) {
            assertEquals(List.of(), verdict.failures(), verdict.standard());
        }
    }

    /** An orange frame; blue squares by bounding-box tiles on two rectangles, green bands by tiles starting at y = 7 on a third. */
    static final String OFF_ORIGIN = """
            <svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300"><defs>
            <pattern id="o" width="0.2" height="0.2"><rect width="10" height="10" fill="#0000ff"/></pattern>
            <pattern id="u" patternUnits="userSpaceOnUse" x="0" y="7" width="20" height="20"><rect width="20" height="10" fill="#00aa00"/></pattern>
            </defs><rect width="400" height="300" fill="#ff8800"/>
            <rect x="0" y="0" width="100" height="100" fill="url(#o)"/>
            <rect x="0" y="150" width="100" height="100" fill="url(#o)"/>
            <rect x="200" y="150" width="100" height="100" fill="url(#u)"/>
            </svg>
            """;

    @Test
    void tilesThatDoNotStartAtTheOriginAreDrawnWhereTheyBelong(@TempDir Path dir) throws Exception {
        Path pdf = build(dir, "origin", OFF_ORIGIN, 1).stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(pageWithForm(doc), 150);
            int[] frame = box(image, SvgPatternsTest::orange);
            double scale = (frame[2] - frame[0] + 1) / 400.0;
            // the bounding-box tiles of the lower rectangle start at its corner (y = 150), not at 0: a quarter blue
            int[] lower = {(int) (frame[0] + 5 * scale), (int) (frame[1] + 155 * scale), (int) (frame[0] + 95 * scale),
                (int) (frame[1] + 245 * scale)};
            int[] upper = {lower[0], (int) (frame[1] + 5 * scale), lower[2], (int) (frame[1] + 95 * scale)};
            assertTrue(share(image, upper, SvgPatternsTest::blue) > 0.15, "upper rectangle tiled");
            double share = share(image, lower, SvgPatternsTest::blue);
            assertTrue(share > 0.15 && share < 0.35, "lower rectangle a quarter blue: " + share);
            // the user-space tiles start at y = 7: green from 7 + 20k to 17 + 20k, orange between
            int x = (int) (frame[0] + 250 * scale);
            for (int k = 8; k <= 11; k++) {
                for (int offset : new int[] {2, 8}) {
                    int rgb = image.getRGB(x, (int) (frame[1] + (7 + 20 * k + offset) * scale));
                    assertTrue(green(rgb), "green at y = " + (7 + 20 * k + offset) + ": " + Integer.toHexString(rgb));
                }
                for (int offset : new int[] {12, 18}) {
                    int rgb = image.getRGB(x, (int) (frame[1] + (7 + 20 * k + offset) * scale));
                    assertTrue(orange(rgb), "orange at y = " + (7 + 20 * k + offset) + ": " + Integer.toHexString(rgb));
                }
            }
        }
    }

    /**
     * Patterns whose content is in bounding-box units, on bounding-box tiles: squares and ellipses on
     * a square and on a wide rectangle away from the origin, and squares on tiles offset by x = 0.1,
     * y = 0.05 (on a rectangle and a circle). The PDF's drawer left them blank, so they were refused.
     */
    static final String BOX_CONTENT = """
            <svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300"><defs>
            <pattern id="a" width="0.25" height="0.25" patternContentUnits="objectBoundingBox"><rect width="0.125" height="0.125"
             fill="#0000ff"/><circle cx="0.1875" cy="0.1875" r="0.05" fill="#00aa00"/></pattern>
            <pattern id="b" x="0.1" y="0.05" width="25%" height="0.25" patternContentUnits="objectBoundingBox"><rect width="0.125"
             height="0.125" fill="#0000ff"/></pattern>
            </defs><rect width="400" height="300" fill="#ff8800"/>
            <rect x="10" y="10" width="100" height="100" fill="url(#a)"/>
            <rect x="150" y="20" width="200" height="100" fill="url(#a)"/>
            <rect x="10" y="150" width="160" height="120" fill="url(#b)"/>
            <circle cx="290" cy="210" r="70" fill="url(#b)"/>
            </svg>
            """;

    @Test
    void patternContentInBoundingBoxUnitsIsDrawnAsBrowsersDrawIt(@TempDir Path dir) throws Exception {
        List<Path> built = build(dir, "box-content", BOX_CONTENT, 1);
        Path pdf = built.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(pageWithForm(doc), 150);
            int[] frame = box(image, SvgPatternsTest::orange);
            double scale = (frame[2] - frame[0] + 1) / 400.0;
            // where Chromium draws them (its screenshot of this file): the wide rectangle's tiles are 50 by 25 from its corner,
            // the offset tiles 40 by 30 from (10 + 16, 150 + 6) on the rectangle, 35 by 35 from (220 + 14, 140 + 7) on the circle,
            // each holding its square at its own corner
            double[][] expected = {
                {212.5, 51.25, 'b'}, {237.5, 63.75, 'g'}, {237.5, 51.25, 'o'}, {312.5, 101.25, 'b'}, {337.5, 113.75, 'g'},
                {41.25, 41.25, 'b'}, {53.75, 53.75, 'g'}, {53.75, 41.25, 'o'}, {91.25, 91.25, 'b'},
                {76, 193.5, 'b'}, {96, 193.5, 'o'}, {76, 208.5, 'o'}, {116, 253.5, 'b'}, {20, 160, 'o'},
                {277.75, 190.75, 'b'}, {295.25, 190.75, 'o'}, {312.75, 225.75, 'b'}};
            for (double[] point : expected) {
                int rgb = image.getRGB((int) Math.round(frame[0] + point[0] * scale), (int) Math.round(frame[1] + point[1] * scale));
                String where = (char) point[2] + " at " + point[0] + "," + point[1] + ": " + Integer.toHexString(rgb);
                assertTrue(point[2] == 'b' ? blue(rgb) : point[2] == 'g' ? green(rgb) : orange(rgb), where);
            }
        }
        // every output has the same drawing: the content units become the tile's viewBox
        String svg = svgIn(built.stream().filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow());
        assertTrue(svg.contains("viewBox=\"0 0 0.25 0.25\"") && svg.contains("preserveAspectRatio=\"none\""), svg);
        assertFalse(svg.contains("patternContentUnits"), svg);
    }

    /**
     * Markers filled with patterns whose tiles are off their origin: green bands from y = 7 in the
     * arrow's ends (as on the rectangle below them), blue squares on bounding-box tiles of a
     * rectangle inside the middle one. The bands came out a third as high, the squares not at all.
     */
    static final String MARKERS = """
            <svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300"><defs>
            <pattern id="u" patternUnits="userSpaceOnUse" x="0" y="7" width="20" height="20"><rect width="20" height="10" fill="#00aa00"/></pattern>
            <pattern id="o" width="0.5" height="0.5"><rect width="15" height="15" fill="#0000ff"/></pattern>
            <marker id="m" markerWidth="80" markerHeight="80" refX="40" refY="40" markerUnits="userSpaceOnUse"><rect width="80" height="80"
             fill="url(#u)"/></marker>
            <marker id="n" markerWidth="60" markerHeight="60" refX="30" refY="30" markerUnits="userSpaceOnUse"><rect x="0" y="20" width="60"
             height="40" fill="url(#o)"/></marker>
            </defs><rect width="400" height="300" fill="#ff8800"/>
            <polyline fill="none" stroke="black" points="60,60 200,60 340,60" marker-start="url(#m)" marker-mid="url(#n)" marker-end="url(#m)"/>
            <rect x="20" y="150" width="160" height="120" fill="url(#u)"/>
            </svg>
            """;

    @Test
    void patternsOffTheirOriginInMarkersAreDrawnWhereTheyBelong(@TempDir Path dir) throws Exception {
        Path pdf = build(dir, "markers", MARKERS, 1).stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(pageWithForm(doc), 150);
            int[] frame = box(image, SvgPatternsTest::orange);
            double scale = (frame[2] - frame[0] + 1) / 400.0;
            // as Chromium draws it: the end markers' space starts at (20, 20) and (300, 20), so their bands lie at 27 + 20k to 37 + 20k;
            // the middle one's rectangle is (170, 50) to (230, 90), its tiles 30 by 20, a blue square of 15 in each corner
            double[][] expected = {
                {40, 28.5, 'g'}, {40, 35.5, 'g'}, {40, 42, 'o'}, {40, 88.5, 'g'}, {40, 95.5, 'g'}, {360, 48.5, 'g'}, {360, 55.5, 'g'},
                {360, 62, 'o'}, {177, 57, 'b'}, {207, 57, 'b'}, {177, 77, 'b'}, {207, 77, 'b'}, {192, 57, 'o'}, {177, 68, 'o'},
                {100, 188.5, 'g'}, {100, 195.5, 'g'}, {100, 202, 'o'}};
            for (double[] point : expected) {
                int rgb = image.getRGB((int) Math.round(frame[0] + point[0] * scale), (int) Math.round(frame[1] + point[1] * scale));
                String where = (char) point[2] + " at " + point[0] + "," + point[1] + ": " + Integer.toHexString(rgb);
                assertTrue(point[2] == 'b' ? blue(rgb) : point[2] == 'g' ? green(rgb) : orange(rgb), where);
            }
        }
    }

    @Test
    void aPlainHrefWinsOverAnXlinkOne() throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"40\" height=\"40\"><defs>"
                + "<pattern id=\"red\" patternUnits=\"userSpaceOnUse\" width=\"20\" height=\"20\"><circle cx=\"10\" cy=\"10\" r=\"8\"/></pattern>"
                + "<pattern id=\"green\" patternUnits=\"userSpaceOnUse\" width=\"20\" height=\"20\"><rect width=\"15\" height=\"15\"/></pattern>"
                + "<pattern id=\"p\" href=\"#green\" xlink:href=\"#red\"/></defs><rect width=\"40\" height=\"40\" fill=\"url(#p)\"/></svg>";
        String clean = new String(org.imprint.image.SafeSvg.clean(svg.getBytes(StandardCharsets.UTF_8)).data(), StandardCharsets.UTF_8);
        // SVG 2 (5.6.1): the pattern takes the green squares, not the red circles
        assertTrue(clean.matches("(?s).*<pattern[^>]*id=\"p\"[^>]*><rect .*"), clean);
    }

    @Test
    void aPatternsLinkToAMissingPartIsIgnoredWithAWarning() throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"40\" height=\"40\"><defs>"
                + "<pattern id=\"a\" xlink:href=\"#nope\" patternUnits=\"userSpaceOnUse\" width=\"20\" height=\"20\"><circle cx=\"10\" "
                + "cy=\"10\" r=\"5\"/></pattern></defs><rect width=\"40\" height=\"40\" fill=\"url(#a)\"/></svg>";
        var safe = org.imprint.image.SafeSvg.clean(svg.getBytes(StandardCharsets.UTF_8));
        String clean = new String(safe.data(), StandardCharsets.UTF_8);
        assertFalse(clean.contains("nope"), clean);
        assertTrue(clean.contains("<circle"), clean);
        assertEquals(1, safe.notes().size(), safe.notes().toString());
        assertTrue(safe.notes().get(0).contains("pattern \"a\" refers to \"#nope\", which is not in the file"), safe.notes().get(0));
    }

    @Test
    void aPatternedTextCountsItsTilesOnceWhateverItsSpans() throws Exception {
        // 16 lines of 5 spans each, all taking the text's pattern: 81 spans, one text
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"300\" viewBox=\"0 0 400 300\">"
                + "<defs><pattern id=\"p\" patternUnits=\"userSpaceOnUse\" width=\"3\" height=\"3\"><rect width=\"1.5\" height=\"1.5\"/>"
                + "</pattern></defs><text font-size=\"14\" fill=\"url(#p)\">");
        for (int line = 0; line < 16; line++) {
            svg.append("<tspan x=\"10\" y=\"").append(20 + 17 * line).append("\">");
            for (int span = 0; span < 4; span++) {
                svg.append("<tspan>Legend entry ").append(span).append("</tspan> ");
            }
            svg.append("</tspan>");
        }
        svg.append("</text></svg>");
        long once = org.imprint.image.SafeSvg.clean(svg.toString().getBytes(StandardCharsets.UTF_8)).patternTiles();
        // the whole frame holds 133 by 100 tiles: the text, drawn once in them, cannot take more
        assertTrue(once > 0 && once <= 134 * 101, "tiles " + once);
        // a span with a pattern of its own adds its own tiles
        String own = svg.toString().replaceFirst("<tspan>Legend entry 0</tspan>", "<tspan fill=\"url(#p)\">Legend entry 0</tspan>");
        long more = org.imprint.image.SafeSvg.clean(own.getBytes(StandardCharsets.UTF_8)).patternTiles();
        assertTrue(more > once, more + " after " + once);
    }

    /** Builds a report showing the figure {@code times} times, in both formats; its first figure is on line 12. */
    private static List<Path> build(Path dir, String name, String svg, int times) throws Exception {
        Path report = dir.resolve(name);
        Files.createDirectories(report.resolve("figures"));
        Files.writeString(report.resolve("figures/f.svg"), svg);
        StringBuilder figures = new StringBuilder();
        for (int i = 0; i < times; i++) {
            figures.append("![Figure ").append(i + 1).append(".](figures/f.svg)\n\n");
        }
        Files.writeString(report.resolve("article.md"), """
                ---
                title: "Patterns"
                date: 2026-05-04
                language: en
                brand: rcas
                authors:
                  - name: Mei Lin Tan
                ---

                A figure.

                """ + figures);
        return new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out-" + name)).build());
    }

    private static String svgIn(Path epub) throws Exception {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return zip.stream().filter(e -> e.getName().endsWith(".svg")).findFirst()
                    .map(e -> {
                        try (var in = zip.getInputStream(e)) {
                            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        } catch (java.io.IOException x) {
                            throw new java.io.UncheckedIOException(x);
                        }
                    }).orElseThrow();
        }
    }

    /** The tiling patterns and images under these resources, through forms and patterns. */
    private static void patterns(PDResources resources, List<PDTilingPattern> patterns, List<PDImageXObject> images, int depth)
            throws Exception {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getPatternNames()) {
            PDAbstractPattern pattern = resources.getPattern(name);
            if (pattern instanceof PDTilingPattern tiling) {
                patterns.add(tiling);
                patterns(tiling.getResources(), new ArrayList<>(), images, depth + 1);
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                patterns(form.getResources(), patterns, images, depth + 1);
            } else if (x instanceof PDImageXObject image) {
                images.add(image);
            }
        }
    }

    private static int pageWithForm(PDDocument doc) throws Exception {
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDResources resources = doc.getPage(i).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDFormXObject) {
                    return i;
                }
            }
        }
        throw new AssertionError("no figure");
    }

    /** The smallest box (x0, y0, x1, y1) holding every pixel that passes. */
    private static int[] box(BufferedImage image, java.util.function.IntPredicate test) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (test.test(image.getRGB(x, y))) {
                    box[0] = Math.min(box[0], x);
                    box[1] = Math.min(box[1], y);
                    box[2] = Math.max(box[2], x);
                    box[3] = Math.max(box[3], y);
                }
            }
        }
        assertTrue(box[2] >= 0, "no such pixel");
        return box;
    }

    private static double share(BufferedImage image, int[] box, java.util.function.IntPredicate test) {
        long n = 0;
        for (int y = box[1]; y <= box[3]; y++) {
            for (int x = box[0]; x <= box[2]; x++) {
                n += test.test(image.getRGB(x, y)) ? 1 : 0;
            }
        }
        return (double) n / ((long) (box[2] - box[0] + 1) * (box[3] - box[1] + 1));
    }

    private static boolean orange(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        return r > 170 && g > 70 && g < 140 && b < 60;
    }

    private static boolean blue(int rgb) {
        int r = rgb >> 16 & 0xff;
        int b = rgb & 0xff;
        return b > 170 && r < 60;
    }

    private static boolean green(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        return g > r + 50 && g > b + 20;
    }

    private static boolean close(int a, int b, int by) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)) > by) {
                return false;
            }
        }
        return true;
    }
}
