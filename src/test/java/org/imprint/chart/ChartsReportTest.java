package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.ReportException;
import org.imprint.Reports;
import org.imprint.verify.CheckMessage;
import org.imprint.verify.EpubVerifier;
import org.imprint.verify.PdfVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report with an SVG diagram, a line chart and a bar chart: three numbered figures, drawn as
 * vector graphics whose words are text in a PDF that veraPDF passes as PDF/A-2u and PDF/UA-1, and carried as SVG in an
 * e-book EPUBCheck passes, with each chart's data as a table.
 */
class ChartsReportTest {

    static final Path REPORT = Reports.HOME.resolve("src/test/resources/reports/charts");

    @TempDir
    static Path out;
    static Path pdf;
    static Path epub;

    @BeforeAll
    static void build() throws Exception {
        List<Path> built = new Imprint(Reports.HOME).build(BuildRequest.of(REPORT).out(out).build());
        pdf = built.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        epub = built.stream().filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
    }

    @Test
    void threeNumberedFiguresAndNoRasterImageInThePdf() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Figure 1. How gauge readings reach"), text);
            assertTrue(text.contains("Figure 2. Peak monsoon discharge"), text);
            assertTrue(text.contains("Figure 3. Donor funding by purpose"), text);
            assertFalse(text.contains("Figure 4."), text);
            // the figures' words are text: the diagram's, the axes', the legends'
            for (String word : List.of("Gauging", "commission", "Downstream", "Discharge (m³/s)", "50,000", "2025", "Brahmaputra",
                    "Flood warning", "Joint studies", "USD million")) {
                assertTrue(text.contains(word), word + " is not text in the PDF:\n" + text);
            }
            // the data table is the e-book's: not printed
            assertFalse(text.contains("The chart's data"), text);
            int images = 0;
            int forms = 0;
            for (PDPage page : doc.getPages()) {
                int[] counts = count(page.getResources(), 0);
                images += counts[0];
                forms += counts[1];
            }
            assertEquals(0, images, "the report has no raster image: every figure is vector");
            assertTrue(forms >= 3, "each figure is a form XObject of vector graphics: " + forms);
        }
    }

    /** Image and form XObjects, forms' own resources included. */
    private static int[] count(PDResources resources, int depth) throws Exception {
        int[] counts = new int[2];
        if (resources == null || depth > 8) {
            return counts;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                counts[0]++;
            } else if (x instanceof PDFormXObject form) {
                counts[1]++;
                int[] inner = count(form.getResources(), depth + 1);
                counts[0] += inner[0];
                counts[1] += inner[1];
            }
        }
        return counts;
    }

    @Test
    void veraPdfPassesThePdf() throws Exception {
        var verdicts = new PdfVerifier().check(pdf).conformance();
        assertEquals(2, verdicts.size(), "PDF/A and PDF/UA verdicts");
        assertAll(verdicts.stream().map(v -> () -> {
            assertEquals(List.of(), v.failures(), v.standard());
            assertTrue(v.compliant(), v.standard());
        }));
    }

    @Test
    void theEpubCarriesTheFiguresAsSvgWithTextAlternativesAndData() throws Exception {
        List<CheckMessage> findings = new EpubVerifier().check(epub);
        assertEquals(List.of(), findings, "EPUBCheck findings");
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            List<String> svgs = new ArrayList<>();
            StringBuilder xhtml = new StringBuilder();
            String opf = "";
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String content = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().endsWith(".svg")) {
                    svgs.add(content);
                } else if (e.getName().endsWith(".xhtml")) {
                    xhtml.append(content);
                } else if (e.getName().endsWith(".opf")) {
                    opf = content;
                }
            }
            assertEquals(3, svgs.size(), "the diagram and two charts");
            assertEquals(3, opf.split("media-type=\"image/svg\\+xml\"", -1).length - 1, opf);
            String all = String.join("\n", svgs);
            // the charts' words are text in the SVG
            assertTrue(all.contains(">Brahmaputra</text>") && all.contains(">Flood warning</text>") && all.contains(">2025</text>"));
            assertTrue(all.contains(">50,000</text>"), "numbers formatted for English");
            // the diagram, cleaned: the editor's namespace, metadata, comments and DOCTYPE are gone
            assertFalse(all.contains("inkscape") || all.contains("<!--") || all.contains("DOCTYPE") || all.contains("rdf:"), all);
            String body = xhtml.toString();
            assertTrue(body.contains("alt=\"Line chart of Indus, Brahmaputra and Mekong (Discharge (m³/s)) by year, from 2019 to 2025."),
                    "a text alternative written from the data");
            assertTrue(body.contains("highest is 49,300 (Brahmaputra, 2025)"), body);
            assertTrue(body.contains("<details class=\"chart-data\"><summary>The chart’s data</summary>")
                    || body.contains("<details class=\"chart-data\"><summary>The chart's data</summary>"), body);
            assertTrue(body.contains("<th scope=\"row\">2024</th><td>27,900</td>"), body);
        }
    }

    @Test
    void theOpenPdfEngineRefusesSvgNamingTheEngineThatCan(@TempDir Path elsewhere) {
        ReportException e = assertThrows(ReportException.class, () -> new Imprint(Reports.HOME).build(
                BuildRequest.of(REPORT).out(elsewhere).formats("pdf").engine("openpdf").build()));
        assertTrue(e.getMessage().contains("the openpdf engine has no SVG figures and charts") && e.getMessage().contains("--engine pdfbox"),
                e.getMessage());
        assertTrue(Files.notExists(elsewhere.resolve("charts.pdf")));
    }
}
