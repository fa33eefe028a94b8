package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.imprint.testing.TestReport;
import org.imprint.verify.EpubVerifier;
import org.imprint.verify.VeraPdfAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SVG figures as drawing programs write them (draw.io, Excalidraw, Inkscape 1.2, SVG 2) draw in
 * every output, cleaned the same way for all; the PDF paints the words it sets as text in the
 * drawing's order, so a shape drawn later covers them.
 */
class RealWorldSvgTest {

    /** A 2 by 2 PNG, green. */
    /** A 4 by 4 JPEG, blue. */
    static final String JPEG = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAEAAQDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDxaiiiv1k4T//Z";

    static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGNkaGBgYGBgYmBgYGBgAAAGKgCE5tEtPAAAAABJRU5ErkJggg==";

    static final String ORDER = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100" width="300" height="100">
            <rect width="300" height="100" fill="#fff"/>
            <text x="10" y="30" font-size="20" fill="#000">COVERED WORDS</text>
            <rect x="0" y="5" width="300" height="35" fill="#cc0000"/>
            <rect x="0" y="60" width="300" height="30" fill="#ffff00"/>
            <text x="10" y="80" font-size="20" fill="#000">ON TOP</text>
            </svg>
            """;

    static final String DRAWIO = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="242px" height="82px" viewBox="-0.5 -0.5 242 82"><defs/><g>
            <rect x="0" y="0" width="120" height="60" rx="9" ry="9" fill="#dae8fc" stroke="#6c8ebf" pointer-events="all"/>
            <g transform="translate(-0.5 -0.5)"><switch><foreignObject pointer-events="none" width="100%" height="100%"
            requiredFeatures="http://www.w3.org/TR/SVG11/feature#Extensibility" style="overflow: visible;"><div xmlns="http://www.w3.org/1999/xhtml"
            style="display: flex;"><div style="font-size: 12px;">Start box</div></div></foreignObject>
            <text x="60" y="34" fill="rgb(0, 0, 0)" font-family="Helvetica" font-size="12px" text-anchor="middle">Start box</text></switch></g>
            <path d="M 120 30 L 173.63 30" fill="none" stroke="rgb(0, 0, 0)"/></g>
            <switch><g requiredFeatures="http://www.w3.org/TR/SVG11/feature#Extensibility"/><a transform="translate(0,-5)"
            xlink:href="https://www.drawio.com/doc/faq/svg-export-text-problems" target="_blank"><text text-anchor="middle"
            font-size="10px" x="50%" y="100%">Text is not SVG - cannot display</text></a></switch></svg>
            """;

    static final String EXCALIDRAW = """
            <svg version="1.1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 80" width="400" height="160"><!-- svg-source:excalidraw -->
            <defs><style class="style-fonts">
            @font-face { font-family: Excalifont; src: url(data:font/woff2;base64,d09GMgABAAAAAAA=); }
            </style></defs><rect x="0" y="0" width="200" height="80" fill="#ffffff"></rect>
            <g transform="translate(30 20)"><text x="30" y="17.6" font-family="Excalifont, Xiaolai, Segoe UI Emoji" font-size="20px"
            fill="#1e1e1e" text-anchor="middle" style="white-space: pre;">Hello  box</text></g>
            <text x="10" y="70" font-size="10" xml:space="preserve">Kept   apart</text>
            <text x="110" y="70" font-size="10">Run   together</text></svg>
            """;

    static final String INKSCAPE = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100" viewBox="0 0 200 100">
            <defs><marker style="overflow:visible" id="Arrow1" refX="0" refY="0" orient="auto-start-reverse" markerWidth="4"
            markerHeight="4" viewBox="0 0 4 4"><path d="M -2,-2 L 2,0 L -2,2 z" fill="#0000ff"/></marker></defs>
            <path d="M 20,50 L 180,50" style="stroke:#000;stroke-width:2;marker-start:url(#Arrow1);marker-end:url(#Arrow1)"/>
            <text font-size="12"><textPath href="#ring">Around the ring</textPath></text>
            <defs><circle id="ring" cx="100" cy="50" r="40"/></defs>
            <image x="0" y="0" width="20" height="20" href="data:image/png;base64,%s"/>
            <image x="170" y="0" width="20" height="20" xlink:href="data:image/jpeg;base64,%s"/>
            </svg>
            """.formatted(PNG, JPEG);

    private static Path pdf;
    private static Path epub;
    private static Path web;
    private static final List<String> warnings = new ArrayList<>();

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("report")).title("Drawings")
                .file("figures/order.svg", ORDER).file("figures/drawio.svg", DRAWIO)
                .file("figures/excalidraw.svg", EXCALIDRAW).file("figures/inkscape.svg", INKSCAPE)
                .body("""
                        Drawings from drawing programs.

                        ![Order.](figures/order.svg)

                        ![A draw.io diagram.](figures/drawio.svg)

                        ![An Excalidraw sketch.](figures/excalidraw.svg)

                        ![An Inkscape drawing.](figures/inkscape.svg)
                        """).build("pdf", "epub", "html");
        warnings.addAll(built.warningLines());
        pdf = built.pdf();
        epub = built.epub();
        web = built.web();
    }

    /** A rectangle drawn after a text covers it on the page; the words stay text all the same. */
    @Test
    void aShapeDrawnLaterCoversEarlierWords() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<TextPosition> covered = positions(doc, "COVERED WORDS");
            List<TextPosition> onTop = positions(doc, "ON TOP");
            assertTrue(covered.get(0).getFont().getName().contains("NotoSans"), "set as text in the brand's face");
            int page = pageOf(doc, "COVERED WORDS");
            float dpi = 144;
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, dpi);
            int[] underRed = colours(image, covered, dpi);
            int[] overYellow = colours(image, onTop, dpi);
            assertEquals(0, underRed[0], "no dark pixel where the covered words are: the red bar is painted over them");
            assertTrue(underRed[1] > 100, "the red bar is there");
            assertTrue(overYellow[0] > 50, "the words drawn after the yellow bar are on it");
        }
    }

    /** draw.io's fallback words, Excalidraw's label and the words along an SVG 2 circle path are all there. */
    @Test
    void drawingProgramsFiguresDrawWithTheirWordsAsText() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Start box"), "draw.io's fallback label: " + text);
            assertFalse(text.contains("Text is not SVG"), "draw.io's banner for viewers without HTML labels is not shown");
            assertTrue(text.contains("Hello  box"), "white-space: pre keeps both spaces: " + text);
            assertTrue(text.contains("Kept   apart"), "xml:space=\"preserve\" keeps the spaces");
            assertTrue(text.contains("Run together"), "the default collapses them");
            int images = 0;
            for (var page : doc.getPages()) {
                images += images(page.getResources());
            }
            assertEquals(2, images, "the embedded PNG and JPEG are drawn");
            int page = pageOf(doc, "Start box");
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 72);
            assertTrue(count(image, 0xDAE8FC) > 500, "the draw.io box is drawn");
        }
        assertTrue(warnings.stream().anyMatch(w -> w.contains("article.md:16") && w.contains("figure \"figures/excalidraw.svg\"")
                && w.contains("\"Excalifont\"")), warnings.toString());
    }

    /** Both arrow heads of an auto-start-reverse marker are drawn, pointing out of the line. */
    @Test
    void autoStartReverseMarkersPointBothWays() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(pageOf(doc, "An Inkscape drawing."), 144);
            List<int[]> blue = new ArrayList<>();
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if (near(image.getRGB(x, y), 0x0000FF)) {
                        blue.add(new int[] {x, y});
                    }
                }
            }
            assertTrue(blue.size() > 40, "the arrow heads are drawn: " + blue.size());
            int left = blue.stream().mapToInt(p -> p[0]).min().orElseThrow();
            int right = blue.stream().mapToInt(p -> p[0]).max().orElseThrow();
            // the start head is turned: its tip points left, so its widest column is at its right
            assertTrue(right - left > 200, "a head at each end");
            assertTrue(widthAt(blue, left + 2) < widthAt(blue, left + 10), "the start head's tip is at its left (reversed)");
            assertTrue(widthAt(blue, right - 2) < widthAt(blue, right - 10), "the end head's tip is at its right");
        }
    }

    @Test
    void thePdfPassesVeraPdf() throws Exception {
        VeraPdfAssertions.assertPdfAAndPdfUa(pdf);
    }

    /** The e-book and the web edition carry the same cleaned drawings: no HTML, no link out, no embedded font. */
    @Test
    void theEbookAndWebEditionCarryTheCleanedDrawings() throws Exception {
        assertEquals(List.of(), new EpubVerifier().check(epub), "EPUBCheck findings");
        StringBuilder svgs = new StringBuilder();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(".svg")) {
                    svgs.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        try (var files = Files.walk(web)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".svg") || p.toString().endsWith(".html")).toList()) {
                svgs.append(Files.readString(p));
            }
        }
        String all = svgs.toString();
        assertTrue(all.contains("Start box"), "the fallback label");
        for (String gone : List.of("foreignObject", "drawio.com", "@font-face", "woff2", "auto-start-reverse", "Text is not SVG")) {
            assertFalse(all.contains(gone), gone + " is cleaned out of every output");
        }
        assertTrue(all.contains("data:image/png;base64,"), "the embedded image is kept");
    }

    /** Images drawn, in the resources and the forms they hold (openhtmltopdf draws an SVG in a form). */
    private static int images(org.apache.pdfbox.pdmodel.PDResources resources) throws java.io.IOException {
        int n = 0;
        for (COSName name : resources.getXObjectNames()) {
            var x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                n++;
            } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form && form.getResources() != null) {
                n += images(form.getResources());
            }
        }
        return n;
    }

    private static List<TextPosition> positions(PDDocument doc, String words) throws Exception {
        List<TextPosition> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                int at = text.indexOf(words);
                if (at >= 0 && found.isEmpty() && positions.size() == text.length()) {
                    found.addAll(positions.subList(at, at + words.length()));
                }
            }
        };
        stripper.getText(doc);
        assertFalse(found.isEmpty(), words + " is not text in the PDF");
        return found;
    }

    /** Dark pixels and red pixels inside the glyph boxes of the letters (spaces left out). */
    private static int[] colours(BufferedImage image, List<TextPosition> letters, float dpi) {
        int dark = 0;
        int red = 0;
        double k = dpi / 72;
        for (TextPosition p : letters) {
            if (p.getUnicode().isBlank()) {
                continue;
            }
            int x0 = (int) Math.ceil(p.getXDirAdj() * k) + 1;
            int x1 = (int) Math.floor((p.getXDirAdj() + p.getWidthDirAdj()) * k) - 1;
            int y1 = (int) Math.floor(p.getYDirAdj() * k) - 1;
            int y0 = (int) Math.ceil((p.getYDirAdj() - p.getHeightDir()) * k) + 1;
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    int rgb = image.getRGB(x, y);
                    int sum = (rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255);
                    dark += sum < 200 ? 1 : 0;
                    red += near(rgb, 0xCC0000) ? 1 : 0;
                }
            }
        }
        return new int[] {dark, red};
    }

    private static int widthAt(List<int[]> points, int x) {
        return (int) points.stream().filter(p -> p[0] == x).count();
    }

    private static boolean near(int p, int rgb) {
        return Math.abs((p >> 16 & 255) - (rgb >> 16 & 255)) + Math.abs((p >> 8 & 255) - (rgb >> 8 & 255))
                + Math.abs((p & 255) - (rgb & 255)) < 40;
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += near(image.getRGB(x, y), rgb) ? 1 : 0;
            }
        }
        return n;
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
}
