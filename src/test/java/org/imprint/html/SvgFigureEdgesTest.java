package org.imprint.html;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.image.SafeSvg;
import org.imprint.testing.TestReport;
import org.imprint.verify.EpubVerifier;
import org.imprint.verify.PdfVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SVG figures and charts as realistic authors hand them in: files and folders named with spaces
 * and accents, a viewBox in map units with no width or height, percentage sizes, a chart in a list
 * item. Every edition is built and passes its judge: veraPDF, EPUBCheck, the Nu HTML Checker.
 */
class SvgFigureEdgesTest {

    @TempDir
    static Path dir;
    static List<Path> built;

    @BeforeAll
    static void build() throws Exception {
        built = TestReport.at(dir.resolve("edges")).title("Figures as authors send them")
                .file("figures/my figs/diagramme été.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\">"
                        + "<rect width=\"200\" height=\"100\" fill=\"#ddd\"/><text x=\"10\" y=\"50\">Été au bord</text></svg>")
                .file("figures/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000000000 500000000\">"
                        + "<rect width=\"1000000000\" height=\"500000000\" fill=\"#9c9\"/>"
                        + "<text x=\"100000000\" y=\"250000000\" font-size=\"50000000\">Map units</text></svg>")
                .file("figures/pct.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"100%\" "
                        + "viewBox=\"0 0 300 100\"><rect width=\"300\" height=\"100\" fill=\"#c99\"/><text x=\"10\" y=\"50\">Percent sized</text></svg>")
                .file("data/données été.csv", "année,Débit\n2019,3\n2020,4\n")
                .body("""
                Odd names.

                ![A name with spaces and accents.](figures/my%20figs/diagramme%20été.svg)

                ![A viewBox in map units.](figures/map.svg)

                ![Percentage sizes.](figures/pct.svg)

                - A list item with a chart:

                  ```chart
                  type: bar
                  data: data/données été.csv
                  x: année
                  y: [Débit]
                  caption: A chart in a list.
                  ```
                """).build("pdf", "epub", "html").outputs();
    }

    @Test
    void thePdfHasEveryFigureAsTextAndPassesVeraPdf() throws Exception {
        Path pdf = built.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            for (String words : List.of("Été au bord", "Map units", "Percent sized", "Figure 4. A chart in a list.", "2019")) {
                assertTrue(text.contains(words), words + " not in\n" + text);
            }
        }
        var verdicts = new PdfVerifier().check(pdf).conformance();
        assertAll(verdicts.stream().map(v -> () -> assertEquals(List.of(), v.failures(), v.standard())));
    }

    @Test
    void theEpubAndTheWebEditionPassTheirJudges() throws Exception {
        Path epub = built.stream().filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
        assertEquals(List.of(), new EpubVerifier().check(epub), "EPUBCheck findings");
        Path web = built.stream().filter(Files::isDirectory).findFirst().orElseThrow();
        Path page = web.resolve("index.html");
        assertEquals(List.of(), NuChecker.errors(page), "Nu HTML Checker errors");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains("A chart in a list."), html);
    }

    @Test
    void aDrawingInMapUnitsIsGivenAPageSizedShape() throws Exception {
        SafeSvg svg = SafeSvg.clean(Files.readAllBytes(dir.resolve("edges/figures/map.svg")));
        assertEquals(2000, svg.width());
        assertEquals(1000, svg.height());
        SafeSvg noViewBox = SafeSvg.clean(("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8000\" height=\"4000\">"
                + "<rect width=\"8000\" height=\"4000\"/></svg>").getBytes(StandardCharsets.UTF_8));
        assertEquals(2000, noViewBox.width());
        assertTrue(new String(noViewBox.data(), StandardCharsets.UTF_8).contains("viewBox=\"0 0 8000 4000\""), "its coordinates scale with it");
    }
}
