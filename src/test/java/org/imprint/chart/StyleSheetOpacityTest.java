package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opacity set by a style sheet's class rule (Illustrator's {@code .st4{opacity:0.6}}) stays vector
 * in the PDF, as opacity written on the element does; where it cannot, the build says the figure
 * is drawn as pixels.
 */
class StyleSheetOpacityTest {

    /** Illustrator 27's export: a class with opacity and a user-space gradient fill, stops in style attributes. */
    private static final String ILLUSTRATOR = """
            <?xml version="1.0" encoding="utf-8"?>
            <!-- Generator: Adobe Illustrator 27.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->
            <svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px"
            	 viewBox="0 0 300 150" style="enable-background:new 0 0 300 150;" xml:space="preserve">
            <style type="text/css">
            	.st0{fill:#E6332A;}
            	.st3{fill:none;stroke:#1D1D1B;stroke-width:2;stroke-miterlimit:10;}
            	.st4{opacity:0.6;fill:url(#SVGID_1_);}
            </style>
            <linearGradient id="SVGID_1_" gradientUnits="userSpaceOnUse" x1="150" y1="10" x2="290" y2="140">
            	<stop  offset="0" style="stop-color:#FFFFFF"/>
            	<stop  offset="1" style="stop-color:#000000"/>
            </linearGradient>
            <rect x="150" y="10" class="st4" width="140" height="130"/>
            <circle class="st0" cx="50" cy="50" r="40"/>
            <text x="20" y="120" font-size="18">Illustrator text</text>
            <polyline class="st3" points="10,140 100,100 140,140 "/>
            </svg>
            """;

    @Test
    void aClassRulesOpacityIsFoldedOntoTheFillAndStaysVector(@TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("illustrator")).body("Intro.\n\n![Illustrator export.](figures/i.svg)\n")
                .file("figures/i.svg", ILLUSTRATOR).build("pdf", "epub");
        assertEquals(0, imagesIn(built.pdf()), "the figure is lines, shapes and text, no image XObject");
        assertFalse(built.warningLines().stream().anyMatch(w -> w.contains("pixels")), built.warningLines().toString());
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            String svg = new String(zip.getInputStream(zip.getEntry("OEBPS/figures/i.svg")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(svg.contains("fill-opacity=\"0.6\""), svg);
            assertTrue(svg.contains("fill:url(#SVGID_1_)"), "the rule's fill is kept (in the style), its opacity folded: " + svg);
            assertFalse(svg.matches("(?s).*[^-]opacity\\s*:.*"), svg);
        }
    }

    @Test
    void opacityThatMustStayInTheStyleSheetIsWarnedOf(@TempDir Path dir) throws Exception {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50">
                <style>g.faded{opacity:0.5}</style>
                <g class="faded"><rect width="60" height="40" fill="red"/><rect x="30" y="10" width="60" height="40" fill="blue"/></g>
                </svg>
                """;
        TestReport.Built built = TestReport.at(dir.resolve("sheet")).body("Intro.\n\n![Faded.](figures/f.svg)\n")
                .file("figures/f.svg", svg).build("pdf");
        assertTrue(imagesIn(built.pdf()) > 0, "the drawer falls back to pixels for a faded group of overlapping shapes");
        assertTrue(built.warningLines().stream().anyMatch(w -> w.contains("figures/f.svg") && w.contains("opacity on a <g>")
                && w.contains("pixels")), built.warningLines().toString());
    }

    @Test
    void aClassRulesOpacityOnOverlappingShapesIsWarnedOf(@TempDir Path dir) throws Exception {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50">
                <style>.st1{opacity:0.5}</style>
                <g class="st1"><rect width="60" height="40" fill="red"/><rect x="30" y="10" width="60" height="40" fill="blue"/></g>
                </svg>
                """;
        TestReport.Built built = TestReport.at(dir.resolve("group")).body("Intro.\n\n![Faded.](figures/g.svg)\n")
                .file("figures/g.svg", svg).build("pdf");
        assertTrue(imagesIn(built.pdf()) > 0, "the drawer falls back to pixels for a faded group of overlapping shapes");
        assertTrue(built.warningLines().stream().anyMatch(w -> w.contains("figures/g.svg") && w.contains("opacity on a <g>")
                && w.contains("pixels")), built.warningLines().toString());
    }

    /** Sheets whose opacity depends on the cascade (rule order, several sheets, a paint opacity the fold would lose to). */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> cascades() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("a later rule of the same class",
                        "<style>.a{opacity:1} .b{opacity:0.1} .a{opacity:1}</style><rect class=\"a b\" width=\"90\" height=\"90\" fill=\"#c00\"/>"
                                + "<rect class=\"b\" x=\"100\" width=\"90\" height=\"90\" fill=\"#00c\"/>",
                        ".a{opacity:1} .b{opacity:0.1} .a{opacity:1}"),
                org.junit.jupiter.params.provider.Arguments.of("two style sheets",
                        "<style>.x, .y{opacity:0.3} .y{fill:#0a0}</style><style>.x{opacity:0.9}</style>"
                                + "<rect class=\"x\" width=\"90\" height=\"90\" fill=\"#c00\"/><rect class=\" y  x \" x=\"100\" width=\"90\" height=\"90\"/>",
                        ".x{opacity:0.9}"),
                org.junit.jupiter.params.provider.Arguments.of("a fill-opacity in the rule",
                        "<style>.a{fill:#00c;opacity:0.5;fill-opacity:0.5}</style><rect class=\"a\" width=\"90\" height=\"90\"/>",
                        ".a{fill:#00c;opacity:0.5;fill-opacity:0.5}"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("cascades")
    void opacityWhoseCascadeMattersIsResolvedBeforeFolding(String name, String body, String sheet, @TempDir Path dir) throws Exception {
        // the sheet's rules are written into each shape's style with the cascade (SheetRulesInline), so no rule is left to warn of
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\" viewBox=\"0 0 200 100\">" + body + "</svg>";
        TestReport.Built built = TestReport.at(dir.resolve("cascade")).body("Intro.\n\n![Cascade.](figures/c.svg)\n")
                .file("figures/c.svg", svg).build("pdf", "epub");
        assertFalse(built.warningLines().stream().anyMatch(w -> w.contains("opacity set in a style sheet")), built.warningLines().toString());
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            String kept = new String(zip.getInputStream(zip.getEntry("OEBPS/figures/c.svg")).readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(kept.contains(sheet) || kept.contains("<style"), "the rules are inlined: " + kept);
        }
    }

    private static int imagesIn(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int n = 0;
            for (PDPage page : doc.getPages()) {
                n += images(page.getResources());
            }
            return n;
        }
    }

    private static int images(PDResources resources) throws Exception {
        int n = 0;
        for (COSName name : resources.getXObjectNames()) {
            var x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                n++;
            } else if (x instanceof PDFormXObject form && form.getResources() != null) {
                n += images(form.getResources());
            }
        }
        return n;
    }
}
