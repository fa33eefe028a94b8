package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.Reports;
import org.imprint.verify.PdfVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group both clipped and faded (or filtered, or masked) is one Batik paints through an image
 * inside a clip: that once left a graphics context of the figure open, so the figure's content
 * stream lacked a {@code Q} (written later by the JVM's finalizer past the stream's end: a PDF
 * failing PDF/A about one build in two), or the build failed when anything was drawn after it.
 */
class SvgGroupEffectsTest {

    /** The hostile tester's b3: a faded, clipped group last in the drawing. */
    static final String LAST = """
            <svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300">
            <defs><clipPath id="c"><rect x="0" y="0" width="100" height="40"/></clipPath></defs>
            <g opacity="0.6" clip-path="url(#c)" transform="translate(0,100)"><rect x="0" y="0" width="200" height="80" fill="red"/>
            <text x="10" y="30" font-size="20">CLIPVISIBLE</text><text x="10" y="70" font-size="20">CLIPHIDDEN</text></g>
            </svg>
            """;

    /** Shapes after such groups (a faded one, a blurred one, a masked one), which pdfbox-graphics2d refused to draw. */
    static final String FOLLOWED = """
            <svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300">
            <defs><clipPath id="c"><rect x="0" y="0" width="100" height="40"/></clipPath>
            <filter id="f"><feGaussianBlur stdDeviation="1"/></filter>
            <mask id="m"><rect x="0" y="0" width="400" height="300" fill="white"/></mask></defs>
            <g opacity="0.6" clip-path="url(#c)" transform="translate(0,100)"><rect x="0" y="0" width="200" height="80" fill="red"/></g>
            <rect x="200" y="100" width="80" height="40" fill="blue" opacity="0.5" clip-path="url(#c)"/>
            <g filter="url(#f)" clip-path="url(#c)" transform="translate(0,200)"><rect width="200" height="80" fill="green"/></g>
            <g mask="url(#m)" clip-path="url(#c)" transform="translate(200,200)"><rect width="200" height="80" fill="green"/></g>
            <rect x="300" y="10" width="50" height="30" fill="#0000ff"/>
            <text x="300" y="70" font-size="16">AFTERWORDS</text>
            </svg>
            """;

    static Path report(Path dir, String name, String svg) throws Exception {
        Path report = dir.resolve(name);
        Files.createDirectories(report.resolve("figures"));
        Files.writeString(report.resolve("figures/f.svg"), svg);
        Files.writeString(report.resolve("article.md"), """
                ---
                title: "Faded and clipped"
                date: 2026-05-04
                language: en
                brand: rcas
                authors:
                  - name: Mei Lin Tan
                ---

                A faded, clipped group.

                ![Faded and clipped.](figures/f.svg)
                """);
        return report;
    }

    private static Path build(Path dir, String name, String svg) throws Exception {
        List<Problem> warnings = new ArrayList<>();
        return new Imprint(Reports.HOME).build(BuildRequest.of(report(dir, name, svg)).out(dir.resolve("out-" + name))
                .formats("pdf").warnings(warnings::add).build()).get(0);
    }

    @Test
    void aFadedClippedGroupLeavesEveryFormBalancedAndThePdfConforming(@TempDir Path dir) throws Exception {
        Path pdf = build(dir, "last", LAST);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> forms = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                forms(page.getResources(), forms, 0);
            }
            assertTrue(!forms.isEmpty(), "the figure is a form");
            for (String form : forms) {
                assertTrue(form.endsWith("balanced"), form);
            }
            // the clip still cuts the group: the faded red is a quarter of the figure wide (100 of 400), not half
            int page = pageWithForm(doc);
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 72);
            double figure = figureWidth(doc.getPage(page).getResources());
            int[] red = reddish(image);
            assertTrue(red[1] - red[0] > 0.2 * figure && red[1] - red[0] < 0.3 * figure,
                    "faded red from x=" + red[0] + " to " + red[1] + " in a figure " + figure + " wide");
        }
        for (var verdict : new PdfVerifier().check(pdf).conformance()) {
            assertEquals(List.of(), verdict.failures(), verdict.standard());
        }
    }

    @Test
    void shapesAfterClippedOffscreenGroupsAreDrawn(@TempDir Path dir) throws Exception {
        Path pdf = build(dir, "followed", FOLLOWED);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> forms = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                forms(page.getResources(), forms, 0);
            }
            for (String form : forms) {
                assertTrue(form.endsWith("balanced"), form);
            }
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("AFTERWORDS"));
        }
        for (var verdict : new PdfVerifier().check(pdf).conformance()) {
            assertEquals(List.of(), verdict.failures(), verdict.standard());
        }
    }

    /** The hostile tester's b4: a {@code use} of a {@code use} of a text, which came out as outlines. */
    @Test
    void aUseOfAUseOfATextStaysText(@TempDir Path dir) throws Exception {
        List<Problem> warnings = new ArrayList<>();
        Path pdf = new Imprint(Reports.HOME).build(BuildRequest.of(report(dir, "chain", """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="300" viewBox="0 0 400 300">
                <defs><text id="t1" x="0" y="0" font-size="14">USEDTEXT</text><use id="u1" xlink:href="#t1" x="5"/></defs>
                <g transform="translate(200,100)"><use xlink:href="#u1" x="10" y="20" transform="scale(1.5)"/></g></svg>
                """)).out(dir.resolve("out-chain")).formats("pdf").warnings(warnings::add).build()).get(0);
        assertEquals(List.of(), warnings.stream().map(Problem::toString).filter(w -> w.contains("f.svg")).toList());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("USEDTEXT"), "the reused words are text");
        }
    }

    /** Each form XObject under these resources: its name, its q and Q counts, and whether they match. */
    private static void forms(PDResources resources, List<String> into, int depth) throws Exception {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                int save = 0;
                int restore = 0;
                for (Object token : new PDFStreamParser(form).parse()) {
                    if (token instanceof Operator op) {
                        save += op.getName().equals("q") ? 1 : 0;
                        restore += op.getName().equals("Q") ? 1 : 0;
                    }
                }
                into.add(name.getName() + ": " + save + " q, " + restore + " Q, " + (save == restore ? "balanced" : "unbalanced"));
                forms(form.getResources(), into, depth + 1);
            }
        }
    }

    /** The width the first form on the page is drawn at, in points (72 dpi pixels). */
    private static double figureWidth(PDResources resources) throws Exception {
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                return form.getBBox().getWidth() * form.getMatrix().getScaleX();
            }
        }
        return 0;
    }

    private static int pageWithForm(PDDocument doc) throws Exception {
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            List<String> forms = new ArrayList<>();
            forms(doc.getPage(i).getResources(), forms, 0);
            if (!forms.isEmpty()) {
                return i;
            }
        }
        return 0;
    }

    /** The leftmost and rightmost columns of the faded red: red at 60% on white, about (255, 102, 102). */
    private static int[] reddish(BufferedImage image) {
        int[] n = {Integer.MAX_VALUE, -1};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (r > 240 && g > 80 && g < 130 && Math.abs(g - b) < 10) {
                    n[0] = Math.min(n[0], x);
                    n[1] = Math.max(n[1], x);
                }
            }
        }
        return n;
    }
}
