package org.imprint.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.imprint.verify.CheckMessage;
import org.imprint.verify.EpubVerifier;
import org.imprint.verify.PdfVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image references that are valid Markdown but not plain URLs (issue 18, items 4 and 7): a name
 * with spaces in angle brackets, a query, a fragment, a doubled slash, a PNG named .jpg and a
 * file without extension. Every figure reaches the PDF of both engines, and the EPUB passes
 * EPUBCheck.
 */
class ImageNamesTest {

    private static final List<String> REFERENCES = List.of("<figures/my chart 2026.png>", "figures/chart.png?v=2",
            "figures/chart.png#page=1", "figures//other.png", "figures/really-png.jpg", "figures/noext");

    @TempDir
    static Path dir;

    static Path report;

    @BeforeAll
    static void writeReport() throws Exception {
        report = dir.resolve("image-names");
        Path figures = Files.createDirectories(report.resolve("figures"));
        byte[] png = Files.readAllBytes(Reports.HOME.resolve("reports/2026-04-us-iran-pakistan/figures/fig2.png"));
        for (String name : List.of("my chart 2026.png", "chart.png", "other.png", "really-png.jpg", "noext")) {
            Files.write(figures.resolve(name), png);
        }
        StringBuilder article = new StringBuilder("---\ntitle: Awkward Image Names\ndate: 2026-02-02\nauthors:\n"
                + "  - name: Jane Doe\n---\n\nEach figure is named in a way a plain URL would not take.\n\n");
        int n = 1;
        for (String reference : REFERENCES) {
            article.append("![Figure number ").append(n++).append(".](").append(reference).append(")\n\n");
        }
        Files.writeString(report.resolve("article.md"), article);
    }

    @Test
    void everyFigureIsInThePdfAndVeraPdfPassesIt() throws Exception {
        Path pdf = build("pdf", null);
        assertAll(new PdfVerifier().check(pdf).conformance().stream().map(verdict -> (org.junit.jupiter.api.function.Executable) () -> {
            assertEquals(List.of(), verdict.failures(), verdict.standard());
            assertTrue(verdict.compliant(), verdict.standard());
        }));
        assertEquals(REFERENCES.size(), drawnImages(pdf), "every figure is drawn");
    }

    @Test
    void everyFigureIsInTheOpenPdfDraft() throws Exception {
        Path pdf = build("pdf", "openpdf");
        assertEquals(REFERENCES.size(), drawnImages(pdf), "every figure is drawn");
    }

    @Test
    void epubCheckPassesTheEpub() throws Exception {
        Path epub = build("epub", null);
        List<CheckMessage> findings = new EpubVerifier().check(epub);
        assertEquals(List.of(), findings, "EPUBCheck findings");
    }

    private static Path build(String format, String engine) throws Exception {
        Path out = Files.createTempDirectory(dir, format);
        BuildRequest.Builder request = BuildRequest.of(report).out(out).formats(format);
        if (engine != null) {
            request.engine(engine);
        }
        return new Imprint(Reports.HOME).build(request.build()).get(0);
    }

    /** Draws of the figures' image (1600 × 1067 pixels; the brand's own images have other sizes). */
    private static int drawnImages(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int drawn = 0;
            for (PDPage page : doc.getPages()) {
                var counter = new org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine(page) {
                    int images;

                    @Override
                    public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage pdImage) {
                        if (pdImage.getWidth() == 1600 && pdImage.getHeight() == 1067) {
                            images++;
                        }
                    }

                    @Override public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1,
                            java.awt.geom.Point2D p2, java.awt.geom.Point2D p3) { }
                    @Override public void clip(int windingRule) { }
                    @Override public void moveTo(float x, float y) { }
                    @Override public void lineTo(float x, float y) { }
                    @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
                    @Override public java.awt.geom.Point2D getCurrentPoint() { return new java.awt.geom.Point2D.Float(); }
                    @Override public void closePath() { }
                    @Override public void endPath() { }
                    @Override public void strokePath() { }
                    @Override public void fillPath(int windingRule) { }
                    @Override public void fillAndStrokePath(int windingRule) { }
                    @Override public void shadingFill(COSName shadingName) { }
                };
                counter.processPage(page);
                drawn += counter.images;
            }
            return drawn;
        }
    }
}
