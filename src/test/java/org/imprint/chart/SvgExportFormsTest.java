package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.imprint.testing.TestReport;
import org.imprint.verify.EpubVerifier;
import org.imprint.verify.PdfVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Figma, Inkscape 1 and hand-written SVG 2 put in a drawing, which once lost words or
 * arrowheads in the PDF: arrowheads painted in {@code context-stroke}, a frame-sized clip around
 * every word, zero letter spacing, a text reused by {@code <use>}, a GIF embedded as a
 * {@code data:} URL and superscripts by {@code baseline-shift}.
 */
class SvgExportFormsTest {

    static final String FIGMA = """
            <svg width="300" height="120" viewBox="0 0 300 120" fill="none" xmlns="http://www.w3.org/2000/svg">
            <defs><marker id="m2" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="6" markerHeight="6" orient="auto">
            <path d="M0 0L10 5L0 10z" fill="context-stroke"/></marker></defs>
            <path d="M160 20H280" stroke="#ff0000" stroke-width="2" marker-end="url(#m2)"/>
            <g clip-path="url(#c0)"><rect width="300" height="120" fill="white" fill-opacity="0"/>
            <text fill="#1E1E1E" font-family="Inter" font-size="14" letter-spacing="0em"><tspan x="20" y="60">FIGMA HEADING</tspan></text>
            <text fill="#1E1E1E" font-family="Inter" font-size="12" style="letter-spacing: 0px"><tspan x="20" y="90">Figma body</tspan></text></g>
            <defs><clipPath id="c0"><rect width="300" height="120" fill="white"/></clipPath></defs>
            </svg>
            """;
    static final String REUSE = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="300" height="100">
            <text id="solo" x="20" y="30" font-size="16">SOLOTEXT</text><use xlink:href="#solo" y="40"/>
            <text x="150" y="50" font-size="20">mc <tspan baseline-shift="super" font-size="12">TWO</tspan> after</text>
            <text x="150" y="90" font-size="20">H <tspan baseline-shift="sub" font-size="12">SUBTWO</tspan> end</text>
            <image x="250" y="10" width="40" height="40" xlink:href="data:image/gif;base64,R0lGODlhAQABAIAAAP8AAAAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="/>
            </svg>
            """;

    private static Path pdf;
    private static Path epub;
    private static final List<String> warnings = new ArrayList<>();

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("report")).title("Exports")
                .file("figures/figma.svg", FIGMA).file("figures/reuse.svg", REUSE)
                .body("""
                        Drawings as programs export them.

                        ![A Figma frame.](figures/figma.svg)

                        ![Reused words and a GIF.](figures/reuse.svg)
                        """).build("pdf", "epub");
        warnings.addAll(built.warningLines());
        pdf = built.pdf();
        epub = built.epub();
    }

    @Test
    void wordsInAFrameClipAndReusedWordsAreTextWithNoWarning() throws Exception {
        assertEquals(List.of(), warnings.stream().filter(w -> w.contains(".svg")).toList());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("FIGMA HEADING") && text.contains("Figma body"), text);
            assertEquals(2, text.split("SOLOTEXT", -1).length - 1, "the original and its copy: " + text);
        }
    }

    @Test
    void aContextStrokeArrowheadIsPaintedInItsLinesColour() throws Exception {
        String svg = cleaned("figma");
        assertFalse(svg.contains("context-stroke"), "SVG 1.1 for every reader: " + svg);
        assertTrue(svg.matches("(?s).*<marker id=\"m2-c0\"[^>]*>\\s*<path d=\"M0 0L10 5L0 10z\" fill=\"#ff0000\"/>.*"), svg);
        assertTrue(svg.contains("marker-end=\"url(#m2-c0)\""), svg);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // the arrowhead is wider than the 2-unit line: a column of red taller than the line's
            int tallest = 0;
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(p, 100);
                for (int x = 0; x < page.getWidth(); x++) {
                    int run = 0;
                    for (int y = 0; y < page.getHeight(); y++) {
                        int rgb = page.getRGB(x, y);
                        boolean red = (rgb >> 16 & 0xff) > 200 && (rgb >> 8 & 0xff) < 90 && (rgb & 0xff) < 90;
                        run = red ? run + 1 : 0;
                        tallest = Math.max(tallest, run);
                    }
                }
            }
            assertTrue(tallest >= 8, "an arrowhead, not just the line: " + tallest + " pixels");
        }
    }

    @Test
    void anEmbeddedGifIsDrawnAsPng() throws Exception {
        String svg = cleaned("reuse");
        assertFalse(svg.contains("image/gif"), svg);
        assertTrue(svg.contains("data:image/png;base64,"), svg);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int images = 0;
            for (var page : doc.getPages()) {
                images += images(page.getResources(), 0);
            }
            assertTrue(images >= 1, "the GIF's picture is in the PDF");
        }
    }

    @Test
    void superscriptsAndSubscriptsAreShiftedAndTheWordsAfterReturn() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            float base = y(doc, "after");
            assertTrue(y(doc, "TWO") < base - 3, "super above the baseline: " + y(doc, "TWO") + " vs " + base);
            assertTrue(y(doc, "SUBTWO") > y(doc, "end") + 2, "sub below");
            assertEquals(y(doc, "mc"), base, 0.5, "the words after a superscript return to the baseline");
        }
    }

    @Test
    void bothEditionsPassTheirJudges() throws Exception {
        for (var verdict : new PdfVerifier().check(pdf).conformance()) {
            assertEquals(List.of(), verdict.failures(), verdict.standard());
        }
        assertEquals(List.of(), new EpubVerifier().check(epub).stream().map(Object::toString).toList());
    }

    /** The images of a page's or form's resources and the forms in them. */
    private static int images(org.apache.pdfbox.pdmodel.PDResources resources, int depth) throws Exception {
        int n = 0;
        if (resources == null || depth > 8) {
            return 0;
        }
        for (var name : resources.getXObjectNames()) {
            var x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                n++;
            } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                n += images(form.getResources(), depth + 1);
            }
        }
        return n;
    }

    /** The cleaned drawing the e-book carries. */
    private static String cleaned(String name) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(epub.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".svg") && entry.getName().contains(name)) {
                    return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + ".svg is not in the e-book");
    }

    /** The baseline (top-down) of the first run that is exactly these words. */
    private static float y(PDDocument doc, String words) throws Exception {
        List<Float> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (int i = 0; i + words.length() <= positions.size() && found.isEmpty(); i++) {
                    StringBuilder s = new StringBuilder();
                    for (int j = i; j < i + words.length(); j++) {
                        s.append(positions.get(j).getUnicode());
                    }
                    boolean whole = s.toString().equals(words) && (i == 0 || !Character.isLetter(positions.get(i - 1).getUnicode().concat(" ").charAt(0)))
                            && (i + words.length() == positions.size()
                            || !Character.isLetter(positions.get(i + words.length()).getUnicode().concat(" ").charAt(0)));
                    if (whole) {
                        found.add(positions.get(i).getYDirAdj());
                    }
                }
            }
        };
        stripper.setSortByPosition(false);
        stripper.getText(doc);
        assertFalse(found.isEmpty(), words + " is not text in the PDF");
        return found.get(0);
    }
}
