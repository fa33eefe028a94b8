package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.imprint.Problem;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SVG words styled through a style sheet (class, id and element selectors) and placed by
 * {@code tspan} positions keep their size, weight, colour and place in the PDF; text features the
 * PDF does not keep are named in a warning.
 */
class SvgTextStyleTest {

    static final String SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200" width="400" height="200">
            <style>
            .lbl { font-size: 14px; fill: #cc0000; }
            .big { font-size: 28px; font-weight: bold; fill: #003366; }
            #note { fill: #008000 }
            text.mid { text-anchor: middle }
            </style>
            <text class="big" x="10" y="40">Headline</text>
            <text class="lbl" x="10" y="70">Red label <tspan fill="#0000ff" font-weight="bold">blue bold</tspan> red again</text>
            <text x="10" y="100" font-size="14"><tspan x="10">Line one</tspan><tspan x="10" dy="18">Line two</tspan><tspan x="10" dy="18">Line three</tspan></text>
            <text id="note" x="390" y="100" font-size="12" text-anchor="end">right note</text>
            <text class="lbl mid" x="200" y="190">Centred <tspan dx="10" class="big">mixed</tspan> chunk</text>
            </svg>
            """;

    static TestReport report(Path dir, String svg) {
        return TestReport.at(dir.resolve("report")).title("Styled words").file("figures/styled.svg", svg).body("""
                A styled diagram.

                ![Styled words.](figures/styled.svg)
                """);
    }

    @Test
    void styleSheetsAndTspanPositionsAreKept(@TempDir Path dir) throws Exception {
        TestReport.Built built = report(dir, SVG).build("pdf");
        List<Problem> warnings = built.warnings();
        Path pdf = built.pdf();
        assertEquals(List.of(), warnings.stream().map(Problem::toString).filter(w -> w.contains("styled.svg")).toList());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Map<String, TextPosition> first = new LinkedHashMap<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    first.putIfAbsent(text.strip(), positions.get(0));
                }
            };
            stripper.getText(doc);
            TextPosition headline = word(first, "Headline");
            TextPosition label = word(first, "Red label");
            assertTrue(headline.getFont().getName().endsWith("NotoSans-Bold"), headline.getFont().getName());
            assertTrue(label.getFont().getName().endsWith("NotoSans-Regular"), label.getFont().getName());
            assertEquals(2.0, headline.getHeightDir() / label.getHeightDir(), 0.1, "the class's 28px against 14px");
            TextPosition one = word(first, "Line one");
            TextPosition two = word(first, "Line two");
            TextPosition three = word(first, "Line three");
            assertEquals(one.getXDirAdj(), two.getXDirAdj(), 0.5, "each tspan back at x=10");
            assertEquals(two.getXDirAdj(), three.getXDirAdj(), 0.5);
            assertTrue(two.getYDirAdj() - one.getYDirAdj() > 5 && three.getYDirAdj() - two.getYDirAdj() > 5, "dy moves each line down");
            assertTrue(word(first, "right note").getXDirAdj() > headline.getXDirAdj() + 200, "text-anchor end from the id rule");
            // the colours of the classes, the tspan and the id rule are on the page
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(pageOf(doc, "Headline"), 100);
            for (int rgb : new int[] {0xCC0000, 0x0000FF, 0x008000, 0x003366}) {
                assertTrue(count(image, rgb) > 20, String.format("no words in #%06X", rgb));
            }
        }
    }

    @Test
    void textFeaturesThePdfDoesNotKeepAreNamed(@TempDir Path dir) throws Exception {
        String svg = SVG.replace("<text id=\"note\" x=\"390\"", "<text id=\"note\" rotate=\"10\" x=\"390\"")
                .replace("</svg>", "<path id=\"p\" d=\"M0,0 L100,100\"/><text><textPath href=\"#p\">along</textPath></text></svg>");
        List<Problem> warnings = report(dir, svg).build("pdf").warnings();
        List<String> named = warnings.stream().map(Problem::toString).filter(w -> w.contains("styled.svg")).toList();
        assertEquals(2, named.size(), named.toString());
        assertTrue(named.get(0).contains("article.md:12") && named.get(0).contains("rotated letters (rotate=\"10\")"), named.get(0));
        assertTrue(!named.get(0).contains("textPath"), "text on a path is drawn on its path, not named as unkept: " + named.get(0));
        // but it is drawn as outlines, which cannot be searched: said once for the figure
        assertTrue(named.get(1).contains("article.md:12") && named.get(1).contains("figure \"figures/styled.svg\" has words the PDF"
                + " draws as outlines, not text (on a path)"), named.get(1));
    }

    /** The PDF drawer's warnings are for builds that make that PDF: not for the e-book alone, nor another engine's PDF. */
    @Test
    void pdfDrawerWarningsOnlyWhenThatPdfIsMade(@TempDir Path dir) throws Exception {
        String svg = SVG.replace("<text id=\"note\" x=\"390\"", "<text id=\"note\" letter-spacing=\"2px\" rotate=\"10\" x=\"390\"");
        TestReport report = report(dir, svg);
        List<Problem> epubOnly = report.build("epub").warnings();
        assertEquals(List.of(), epubOnly.stream().map(Problem::toString).filter(w -> w.contains("styled.svg")).toList());
        List<Problem> openpdf = new ArrayList<>();
        org.junit.jupiter.api.Assertions.assertThrows(org.imprint.ReportException.class,
                () -> report.build(request -> request.out(dir.resolve("out2")).engine("openpdf").warnings(openpdf::add), "pdf"));
        assertEquals(List.of(), openpdf.stream().map(Problem::toString).filter(w -> w.contains("does not keep")).toList());
        List<Problem> pdf = report.build(request -> request.out(dir.resolve("out3")), "pdf").warnings();
        assertTrue(pdf.stream().map(Problem::toString).anyMatch(w -> w.contains("letter or word spacing")), pdf.toString());
    }

    /**
     * Only text that would be drawn is set as text; text that is drawn some other way (reused,
     * on a path, gradient-filled, outlined) is drawn as the drawing has it, and the figure is whole.
     */
    @Test
    void hiddenTextIsNotPrintedAndOtherTextIsDrawnAsDrawn(@TempDir Path dir) throws Exception {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 400 300" width="400" height="300">
                <style>.gone { display: none }</style>
                <defs><text id="unused" x="10" y="20">HidDefs</text>
                <linearGradient id="g"><stop offset="0" stop-color="#cc0000"/><stop offset="1" stop-color="#cc0000"/></linearGradient>
                <clipPath id="c"><text x="10" y="180" font-size="40">HidClip</text></clipPath>
                <mask id="m"><rect width="400" height="200" fill="white"/><text x="200" y="100" fill="black">HidMask</text></mask>
                <symbol id="s"><text y="20">HidSymbol</text></symbol>
                <marker id="k"><text y="5">HidMarker</text></marker>
                <path id="p" d="M10 280 L390 280"/></defs>
                <g style="display:none"><text x="10" y="40">HidLayer</text></g>
                <g class="gone"><text x="10" y="60">HidClass</text></g>
                <g visibility="hidden"><text x="10" y="80">HidVisibility</text></g>
                <g opacity="0"><text x="10" y="100">HidOpacity</text></g>
                <rect x="300" y="0" width="50" height="50" mask="url(#m)" clip-path="url(#c)"/>
                <text x="10" y="130" font-size="30" fill="url(#g)">Gradient</text>
                <text id="t" x="10" y="170" font-size="30" fill="#008000">Reused</text>
                <use xlink:href="#t" y="40"/>
                <text font-size="30" fill="#0000ff"><textPath xlink:href="#p">OnPath</textPath></text>
                <text x="250" y="130">Visible</text>
                </svg>
                """;
        TestReport.Built built = report(dir, svg).build("pdf");
        List<Problem> warnings = built.warnings();
        Path pdf = built.pdf();
        // the outlines are named once for the figure, each reason once; hidden text is no reason
        List<String> outlines = warnings.stream().map(Problem::toString).filter(w -> w.contains("draws as outlines")).toList();
        assertEquals(1, outlines.size(), warnings.toString());
        assertTrue(outlines.get(0).contains("article.md:12: warning: figure \"figures/styled.svg\" has words the PDF draws as outlines,"
                + " not text (filled with a gradient or pattern; on a path)"), outlines.get(0));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Visible"), text);
            // a reused text is copied where it is used: the original and the copy are text
            assertEquals(2, text.split("Reused", -1).length - 1, text);
            assertTrue(!text.contains("Hid"), "hidden text printed: " + text);
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(pageOf(doc, "Visible"), 100);
            assertTrue(count(image, 0xCC0000) > 100, "the gradient-filled words are drawn");
            assertTrue(count(image, 0x008000) > 200, "the reused words are drawn, twice");
            assertTrue(count(image, 0x0000FF) > 100, "the words on a path are drawn");
        }
    }

    /**
     * A filter and a mask are drawn as pixels by the PDF's SVG drawer: the build names them, and
     * the PDF still passes veraPDF (no interpolated images, which PDF/A forbids).
     */
    @Test
    void filtersAndMasksAreNamedAndThePdfPassesVeraPdf(@TempDir Path dir) throws Exception {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100">
                <defs><filter id="b"><feGaussianBlur stdDeviation="3"/></filter>
                <mask id="m"><rect width="300" height="100" fill="white"/><circle cx="200" cy="50" r="20" fill="black"/></mask></defs>
                <circle cx="50" cy="50" r="30" fill="orange" filter="url(#b)"/>
                <rect x="150" width="100" height="100" fill="#a0a" mask="url(#m)"/>
                <text x="100" y="90">Blurred</text>
                </svg>
                """;
        TestReport.Built built = report(dir, svg).build("pdf");
        List<Problem> warnings = built.warnings();
        Path pdf = built.pdf();
        List<String> named = warnings.stream().map(Problem::toString).filter(w -> w.contains("styled.svg")).toList();
        assertEquals(1, named.size(), named.toString());
        assertTrue(named.get(0).contains("article.md:12") && named.get(0).contains("a filter (feGaussianBlur)")
                && named.get(0).contains("a mask (#m)") && named.get(0).contains("pixels"), named.get(0));
        var verdicts = new org.imprint.verify.PdfVerifier().check(pdf).conformance();
        assertEquals(2, verdicts.size(), "PDF/A and PDF/UA verdicts");
        for (var verdict : verdicts) {
            assertEquals(List.of(), verdict.failures(), verdict.standard());
        }
    }

    /** A figure the PDF's SVG drawer fails on fails the build, naming it: never a blank figure printed without a word. */
    @Test
    void aFigureThatCannotBeDrawnFailsTheBuildNamingIt(@TempDir Path dir) throws Exception {
        // a rectangle is no paint: Batik gives up on the whole drawing
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect id="r" width="50" height="50"/>
                <rect x="60" width="50" height="50" fill="url(#r)"/><text x="60" y="30">Words</text></svg>
                """;
        Path out = dir.resolve("out");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.imprint.ReportException.class, () -> report(dir, svg).build("pdf"));
        assertTrue(e.getMessage().contains("article.md:12: the SVG figure \"figures/styled.svg\" could not be drawn"), e.getMessage());
        assertTrue(e.getMessage().contains("rect"), "Batik's reason: " + e.getMessage());
        assertTrue(!Files.exists(out.resolve("report.pdf")), "no PDF left behind");
    }

    /** dy in em and dominant-baseline="middle" move the words down as a browser does: centred on y, not standing on it. */
    @Test
    void emShiftsAndMiddleBaselinesArePlaced(@TempDir Path dir) throws Exception {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" viewBox="0 0 400 100">
                <text x="10" y="50" dy="0.35em" font-size="20">DyEm</text>
                <text x="120" y="50" dominant-baseline="middle" font-size="20">Middle</text>
                <text x="240" y="50" font-size="20">Baseline</text>
                </svg>
                """;
        Path pdf = report(dir, svg).build("pdf").pdf();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Map<String, TextPosition> first = new LinkedHashMap<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    StringBuilder chars = new StringBuilder();
                    positions.forEach(p -> chars.append(p.getUnicode().isEmpty() ? (char) 0xAD : p.getUnicode().charAt(0)));
                    for (String w : List.of("DyEm", "Middle", "Baseline")) {
                        int at = chars.indexOf(w);
                        if (at >= 0) {
                            first.putIfAbsent(w, positions.get(at));
                        }
                    }
                }
            };
            stripper.getText(doc);
            double base = word(first, "Baseline").getYDirAdj();
            double em = word(first, "DyEm").getYDirAdj();
            double middle = word(first, "Middle").getYDirAdj();
            assertTrue(em - base > 2, "dy=0.35em moves the words down: " + em + " against " + base);
            assertEquals(em, middle, 0.5, "middle is 0.35em down, like the dy");
        }
    }

    /**
     * Text filled with a gradient keeps its gradient and paints nothing else: pdfbox-graphics2d
     * clipped such a gradient to the words together with a unit square at the drawing's corner,
     * which came out as a red dot at the figure's bottom-left.
     */
    @Test
    void gradientTextPaintsNoDotAtTheFiguresCorner(@TempDir Path dir) throws Exception {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="400" height="60" viewBox="0 0 400 60"><defs><linearGradient id="g">\
                <stop offset="0" stop-color="#f00"/><stop offset="1" stop-color="#00f"/></linearGradient></defs>\
                <rect width="400" height="60" fill="#eee"/><text x="100" y="40" font-size="24" fill="url(#g)">GRADTEXT</text></svg>
                """;
        Path pdf = report(dir, svg).build("pdf").pdf();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(pageOf(doc, "A styled diagram"), 150);
            // the grey box of the figure: the rows mostly grey (other grey bits on the page are small)
            int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = -1, bottom = -1;
            for (int y = 0; y < image.getHeight(); y++) {
                int first = -1, last = -1, grey = 0;
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((image.getRGB(x, y) & 0xFFFFFF) == 0xEEEEEE) {
                        first = first < 0 ? x : first;
                        last = x;
                        grey++;
                    }
                }
                if (grey > image.getWidth() / 3) {
                    left = Math.min(left, first);
                    right = Math.max(right, last);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
            assertTrue(right - left > 300, "the figure's box is drawn");
            int width = right - left;
            int textLeft = left + width / 4;
            int coloured = 0;
            for (int y = top; y <= bottom + 3; y++) {
                for (int x = Math.max(0, left - 6); x <= right; x++) {
                    int p = image.getRGB(x, y);
                    int r = p >> 16 & 255, g = p >> 8 & 255, b = p & 255;
                    if (Math.max(Math.abs(r - g), Math.abs(b - g)) > 60) {
                        assertTrue(x >= textLeft - 4 && y <= bottom, "paint outside the words at " + (x - left) + "," + (y - top)
                                + " of the figure");
                        coloured++;
                    }
                }
            }
            assertTrue(coloured > 200, "the gradient words are drawn: " + coloured);
            assertTrue(count(image, 0xFF0000) > 10 && count(image, 0x0000FF) > 10, "red to blue, as the gradient runs");
        }
    }

    private static TextPosition word(Map<String, TextPosition> first, String start) {
        return first.entrySet().stream().filter(e -> e.getKey().startsWith(start)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError(start + " is not text in the PDF: " + first.keySet()));
    }

    private static int pageOf(PDDocument doc, String words) throws Exception {
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            if (stripper.getText(doc).contains(words)) {
                return i - 1;
            }
        }
        throw new AssertionError(words + " on no page");
    }

    /** Pixels within a small distance of the colour (anti-aliasing blends the edges). */
    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int d = Math.abs((p >> 16 & 255) - (rgb >> 16 & 255)) + Math.abs((p >> 8 & 255) - (rgb >> 8 & 255))
                        + Math.abs((p & 255) - (rgb & 255));
                if (d < 30) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Opacity on a group of words, a group of one shape and a shape (as D3 and Datawrapper fade
     * theirs) stays vector and text: Batik would draw each into a 96 dpi picture with a soft mask,
     * its words outlined. A group of overlapping shapes cannot be folded and is named.
     */
    @Test
    void opacityOfGroupsAndShapesStaysVectorAndText(@TempDir Path dir) throws Exception {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" viewBox="0 0 400 100">
                <g opacity="0.6"><text x="10" y="30" font-size="20">GROUPFADED</text><text x="10" y="55" font-size="12">second</text></g>
                <g class="tick" opacity="1"><text x="10" y="90" font-size="12">TICKONE</text></g>
                <g opacity="0.5"><rect x="200" y="0" width="90" height="50" fill="#0000ff"/></g>
                <rect x="300" y="0" width="90" height="50" fill="#0000ff" style="opacity:0.5"/>
                </svg>
                """;
        TestReport.Built built = report(dir, svg).build("pdf");
        List<Problem> warnings = built.warnings();
        Path pdf = built.pdf();
        assertEquals(List.of(), warnings.stream().map(Problem::toString).filter(w -> w.contains("styled.svg")).toList());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("GROUPFADED") && text.contains("second") && text.contains("TICKONE"), text);
            int images = 0;
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        images++;
                    }
                }
            }
            assertEquals(0, images, "no picture for a faded group");
            // the faded blue prints as a light blue: half of it is the paper
            boolean lightBlue = false;
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(p, 72);
                for (int x = 0; x < page.getWidth(); x++) {
                    for (int y = 0; y < page.getHeight(); y++) {
                        int rgb = page.getRGB(x, y);
                        int r = rgb >> 16 & 0xff;
                        int b = rgb & 0xff;
                        lightBlue |= b > 240 && r > 110 && r < 145;
                    }
                }
            }
            assertTrue(lightBlue, "the shapes are drawn at half opacity");
        }
        var verdicts = new org.imprint.verify.PdfVerifier().check(pdf).conformance();
        for (var verdict : verdicts) {
            assertEquals(List.of(), verdict.failures(), verdict.standard());
        }
    }

    /** A faded group of shapes that overlap cannot be folded: the PDF's picture of it is named. */
    @Test
    void aFadedGroupOfOverlappingShapesIsNamed(@TempDir Path dir) throws Exception {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><g id="halo" opacity="0.5">
                <rect width="60" height="60" fill="red"/><rect x="30" y="30" width="60" height="60" fill="blue"/></g>
                <text x="150" y="50">Words</text></svg>
                """;
        List<Problem> warnings = report(dir, svg).build("pdf").warnings();
        List<String> named = warnings.stream().map(Problem::toString).filter(w -> w.contains("styled.svg")).toList();
        assertTrue(named.stream().anyMatch(w -> w.contains("opacity on a <g> (#halo)") && w.contains("pixels")), named.toString());
    }
}
