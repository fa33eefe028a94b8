package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.IntPredicate;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.imprint.ReportException;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pattern that takes its tile from another ({@code href}) draws it as browsers do: style rules
 * that pick the tile's parts by id still apply, and the tile inherits from the pattern it is
 * written in (Inkscape's stock hatch is black, whatever fill its linking pattern has). Also the
 * other hostile-tester findings on SVG figures: sizes in em and ex, and a pattern linked to
 * another file.
 */
class SvgPatternLinkLookTest {

    private static TestReport.Built build(Path dir, String svg) throws Exception {
        return TestReport.at(dir.resolve("r")).file("figures/f.svg", svg)
                .body("Before.\n\n![A patterned figure.](figures/f.svg)\n\nAfter.\n").build("pdf", "epub");
    }

    /** Pixels of the PDF's pages (at 50 dpi) that the test accepts. */
    private static int pixels(Path pdf, IntPredicate rgb) throws Exception {
        int count = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 50);
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        count += rgb.test(image.getRGB(x, y) & 0xFFFFFF) ? 1 : 0;
                    }
                }
            }
        }
        return count;
    }

    private static boolean near(int rgb, int r, int g, int b) {
        return Math.abs((rgb >> 16 & 0xFF) - r) < 40 && Math.abs((rgb >> 8 & 0xFF) - g) < 40 && Math.abs((rgb & 0xFF) - b) < 40;
    }

    private static String drawing(Path epub) throws Exception {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            var entry = zip.stream().filter(e -> e.getName().endsWith(".svg")).findFirst().orElseThrow();
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The hostile tester's p05: Chromium draws the linked tile's star gold in both patterns; it was black. */
    @Test
    void styleRulesByIdStillReachTheLinkedTile(@TempDir Path dir) throws Exception {
        TestReport.Built built = build(dir, """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="300" height="200">
                <style>#star{fill:#ffd700} .dot{fill:#0000ff}</style><defs>
                <pattern id="base" width="20" height="20" patternUnits="userSpaceOnUse"><circle class="dot" cx="10" cy="10" r="4"/>
                <rect id="star" width="8" height="8"/></pattern>
                <pattern id="mid" xlink:href="#base" patternTransform="rotate(45)"/></defs>
                <rect x="10" y="10" width="280" height="180" fill="url(#mid)"/></svg>""");
        int gold = pixels(built.pdf(), rgb -> near(rgb, 0xff, 0xd7, 0x00));
        int black = pixels(built.pdf(), rgb -> near(rgb, 0, 0, 0));
        assertTrue(gold > 500, "the stars are gold: " + gold + " gold pixels, " + black + " black");
        assertTrue(drawing(built.epub()).contains("style=\"fill:#ffd700\""), drawing(built.epub()));
    }

    /** The hostile tester's q08 (Inkscape 1.3's stock stripes): Chromium draws them black; they were red. */
    @Test
    void theLinkedTileInheritsFromThePatternItIsWrittenIn(@TempDir Path dir) throws Exception {
        TestReport.Built built = build(dir, """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="280" viewBox="0 0 105 74">
                <defs><pattern patternUnits="userSpaceOnUse" width="2" height="1" patternTransform="rotate(45) scale(2)" id="Strips1_1"
                 style="fill:#000000"><rect style="stroke:none" x="0" y="-0.5" width="1" height="2" id="rect1"/></pattern>
                <pattern xlink:href="#Strips1_1" id="pattern2" patternTransform="matrix(1.4142136,1.4142136,-1.4142136,1.4142136,3.2,-7.1)"
                 style="fill:#aa0000"/></defs>
                <rect style="fill:url(#pattern2);stroke:#000000;stroke-width:0.5" width="60" height="40" x="10" y="10"/></svg>""");
        int red = pixels(built.pdf(), rgb -> near(rgb, 0xaa, 0, 0));
        int black = pixels(built.pdf(), rgb -> near(rgb, 0, 0, 0));
        assertEquals(0, red, "no red stripes (" + black + " black pixels)");
        assertTrue(black > 1000, "black stripes: " + black);
    }

    /**
     * The hostile tester's a5-chain: rules aimed at the linking patterns ({@code #pb rect}, {@code #pc .x}) select
     * nothing in the file as written, where the tile is only in #pa; Chromium draws all three panels red. They
     * selected the copies once the links were resolved: blue and orange panels.
     */
    @Test
    void rulesAimedAtTheLinkingPatternDoNotReachTheCopies(@TempDir Path dir) throws Exception {
        TestReport.Built built = build(dir, """
                <svg xmlns="http://www.w3.org/2000/svg" width="600" height="200" viewBox="0 0 600 200">
                <style>#pa { fill: red; } #pb rect { fill: blue } .lvl3 { stroke: black; stroke-width: 5 } #pc .x { fill: orange }</style>
                <defs><pattern id="pa" width="40" height="40" patternUnits="userSpaceOnUse" style="stroke: green; stroke-width: 2">
                <rect class="x" x="5" y="5" width="30" height="30"/></pattern>
                <pattern id="pb" href="#pa" style="fill: purple"/><pattern id="pc" href="#pb" class="lvl3" width="60" height="60"/></defs>
                <rect x="10" y="10" width="180" height="180" fill="url(#pa)"/><rect x="210" y="10" width="180" height="180" fill="url(#pb)"/>
                <rect x="410" y="10" width="180" height="180" fill="url(#pc)"/></svg>""");
        int red = pixels(built.pdf(), rgb -> near(rgb, 0xff, 0, 0));
        int blue = pixels(built.pdf(), rgb -> near(rgb, 0, 0, 0xff));
        int orange = pixels(built.pdf(), rgb -> near(rgb, 0xff, 0xa5, 0));
        assertEquals(0, blue + orange, "no blue or orange tiles (" + blue + " blue, " + orange + " orange, " + red + " red)");
        assertTrue(red > 3000, "red tiles in all three panels: " + red);
        String svg = drawing(built.epub());
        assertTrue(!svg.contains("orange") && !svg.contains("blue"), svg);
    }

    /**
     * The hostile tester's a3: CSS 3 selectors ({@code ~}, {@code +}, {@code [data-x]}, {@code :first-child}) that the
     * PDF's SVG drawer does not read. Chromium draws each tile's square blue with an orange frame, in both patterns;
     * the PDF drew it black without a frame while the EPUB's reader drew it as Chromium does.
     */
    @Test
    void cssThreeSelectorsDrawInThePdfAsInABrowser(@TempDir Path dir) throws Exception {
        TestReport.Built built = build(dir, """
                <svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200">
                <style>rect:first-child { fill: red; } [data-x] { fill: blue; } circle + rect { fill: magenta; }
                circle ~ rect { stroke: orange; stroke-width: 4 }</style>
                <defs><pattern id="pa" width="40" height="40" patternUnits="userSpaceOnUse"><circle cx="10" cy="10" r="6" fill="green"/>
                <rect data-x="1" x="20" y="20" width="15" height="15" fill="black"/></pattern><pattern id="pb" href="#pa"/></defs>
                <rect x="10" y="10" width="180" height="180" fill="url(#pa)"/><rect x="210" y="10" width="180" height="180" fill="url(#pb)"/></svg>""");
        int blue = pixels(built.pdf(), rgb -> near(rgb, 0, 0, 0xff));
        int orange = pixels(built.pdf(), rgb -> near(rgb, 0xff, 0xa5, 0));
        int red = pixels(built.pdf(), rgb -> near(rgb, 0xff, 0, 0) || near(rgb, 0xff, 0, 0xff));
        assertTrue(blue > 1000 && orange > 1000, "blue squares in orange frames: " + blue + " blue, " + orange + " orange pixels");
        assertEquals(0, red, "no red or magenta squares");
    }

    /** A selector no CSS reader reads is refused, naming the rule, not dropped in one output and kept in the other. */
    @Test
    void aSelectorNotReadIsRefused(@TempDir Path dir) {
        ReportException e = assertThrows(ReportException.class, () -> build(dir, """
                <svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">
                <style>rect:wobble(3){fill:red}</style><rect width="300" height="200"/></svg>"""));
        assertTrue(e.getMessage().contains("its style rule \"rect:wobble(3)\" has a selector Imprint cannot read"), e.getMessage());
    }

    /** Chromium sizes 30em by 10em at 480 by 160 pixels (16px, or font-size 12pt, an em); it was refused as having no size. */
    @Test
    void emAndExGiveTheSize(@TempDir Path dir) throws Exception {
        String em = drawing(TestReport.at(dir.resolve("em")).file("figures/f.svg", """
                <svg xmlns="http://www.w3.org/2000/svg" width="30em" height="10em" font-size="12pt"><rect width="100%" height="100%"
                 fill="#eeffee" stroke="green"/><text x="1em" y="5em">Em units</text></svg>""")
                .body("![Em.](figures/f.svg)\n").build("epub").epub());
        assertTrue(em.contains("height=\"160\"") && em.contains("width=\"480\""), em);
        String ex = drawing(TestReport.at(dir.resolve("ex")).file("figures/f.svg", """
                <svg xmlns="http://www.w3.org/2000/svg" width="40ex" height="10ex" style="font-size:20px"><rect width="100%"
                 height="100%" fill="#ccddee"/></svg>""")
                .body("![Ex.](figures/f.svg)\n").build("epub").epub());
        assertTrue(ex.contains("height=\"100\"") && ex.contains("width=\"400\""), ex);
    }

    @Test
    void aSizeInAUnitNotReadIsNamedTruly(@TempDir Path dir) {
        ReportException e = assertThrows(ReportException.class, () -> TestReport.at(dir.resolve("r")).file("figures/f.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"30vw\" height=\"10em\"><rect width=\"9\" height=\"9\"/></svg>")
                .body("![Vw.](figures/f.svg)\n").build("epub"));
        assertTrue(e.getMessage().contains("it has no viewBox to take its size from, and width=\"30vw\", which is no absolute length"),
                e.getMessage());
    }

    /** README: a file: reference refuses the file; a pattern's was only warned of ("not in the file"). */
    @Test
    void aPatternLinkedToAnotherFileIsRefused(@TempDir Path dir) {
        for (String href : new String[] {"file:///etc/passwd#x", "other.svg#p"}) {
            ReportException e = assertThrows(ReportException.class, () -> TestReport.at(dir.resolve("r" + href.length()))
                    .file("figures/f.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"300\""
                            + " height=\"200\"><defs><pattern id=\"a\" xlink:href=\"" + href + "\" width=\"10\" height=\"10\""
                            + " patternUnits=\"userSpaceOnUse\"><rect width=\"5\" height=\"5\"/></pattern></defs>"
                            + "<rect width=\"300\" height=\"200\" fill=\"url(#a)\"/></svg>")
                    .body("![Linked.](figures/f.svg)\n").build("epub"));
            assertTrue(e.getMessage().contains("is refused: its pattern \"a\" takes its tile from \"" + href + "\" (href), outside the file"),
                    e.getMessage());
        }
    }
}
