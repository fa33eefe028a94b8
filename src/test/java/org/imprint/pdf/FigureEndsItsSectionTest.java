package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.Reports;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A tall figure that ends its section (a heading follows it) and does not fit below the
 * section's text leaves no white gap at the foot of the page: {@link FigurePlacement} sets it
 * ahead of the section's last paragraphs, which run on below it, and not past the heading into
 * the next section. Before, the figure went to the next page and left a third to a half of the
 * page before it empty. The number of paragraphs in the section puts the page's end at two
 * different places.
 */
class FigureEndsItsSectionTest {

    private static final String FILLER = "The talks were watched closely by both capitals, and the press in each country "
            + "reported them in its own words and with its own emphasis, day after day, for weeks. ";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {5, 6})
    void aFigureAtTheEndOfASectionLeavesNoGapAndStaysInItsSection(int paragraphs) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            body.append("Opening paragraph ").append(i).append(". ").append(FILLER.repeat(3)).append("\n\n");
        }
        body.append("## The first section\n\n");
        for (int i = 1; i <= paragraphs; i++) {
            body.append("Section paragraph ").append(i).append(". ").append(FILLER.repeat(i % 2 == 1 ? 3 : 2)).append("\n\n");
        }
        body.append("![Harbour master's office, a tall figure that ends its section](figures/portrait.jpg)\n\n");
        body.append("## The next section\n\n");
        for (int i = 1; i <= 5; i++) {
            body.append("Next section paragraph ").append(i).append(". ").append(FILLER.repeat(3)).append("\n\n");
        }
        Path pdf = TestReport.at(dir.resolve("report")).title("Figure at a section's end").body(body.toString())
                .file("figures/portrait.jpg", Files.readAllBytes(Reports.EVERY_FEATURE.resolve("figures/portrait.jpg")))
                .build("pdf").pdf();

        String text;
        int sectionPage;
        int figurePage;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
            sectionPage = PdfText.firstPage(document, "The first section");
            figurePage = PdfText.firstPage(document, "Figure 1.");
        }
        assertTrue(sectionPage > 0 && figurePage >= sectionPage, "section on page " + sectionPage + ", figure on page " + figurePage);
        assertTrue(text.indexOf("Figure 1.") < text.indexOf("The next section"), "the figure left its section:\n" + text);
        List<FootWhite.Page> pages = FootWhite.measure(pdf);
        for (int p = sectionPage; p < figurePage; p++) {
            FootWhite.Page page = pages.get(p - 1);
            assertTrue(page.whiteShare() <= 0.08, "the page before the figure ends early: " + page);
        }
        // the figure is set on the page where its section's text ends, with text of its section below it
        String afterFigure = text.substring(text.indexOf("Figure 1."), text.indexOf("The next section"));
        assertTrue(afterFigure.contains("Section paragraph"), "no paragraph of the section runs on below the figure");
    }
}
