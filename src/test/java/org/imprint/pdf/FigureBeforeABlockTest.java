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
 * A tall figure that does not fit below its text and is followed by a block quotation, a list or
 * a raw HTML block (not a paragraph) leaves no white gap at the foot of the page: {@link
 * FigurePlacement} sets it after the blocks that fill the page, as it does after paragraphs.
 * Before, only a paragraph after the figure could fill the gap, and the page before the figure
 * was left about 60 % white. A figure ending a raw {@code <div lang="fr">} moves out of it after
 * what follows the {@code div}.
 */
class FigureBeforeABlockTest {

    private static final String FILLER = "The talks were watched closely by both capitals, and the press in each country "
            + "reported them in its own words and with its own emphasis, day after day, for weeks. ";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"quotation", "list", "html", "div"})
    void aFigureBeforeAQuotationListOrHtmlBlockLeavesNoGap(String kind) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            body.append("Opening paragraph ").append(i).append(". ").append(FILLER.repeat(i % 2 == 1 ? 3 : 2)).append("\n\n");
        }
        String figure = "![Harbour master's office, a tall figure](figures/portrait.jpg)\n\n";
        String block = FILLER.repeat(2).strip();
        switch (kind) {
            case "quotation" -> body.append(figure).append("> Quoted block. ").append(block).append("\n\n");
            case "list" -> body.append(figure).append("- Listed block. ").append(block).append("\n- Second item. ")
                    .append(block).append("\n\n");
            case "html" -> body.append(figure).append("<div class=\"aside\"><p>Raw block. ").append(block).append("</p></div>\n\n");
            default -> body.append("<div lang=\"fr\">\n\nUn paragraphe en fran\u00E7ais.\n\n").append(figure)
                    .append("</div>\n\n> Quoted block. ").append(block).append("\n\n");
        }
        for (int i = 1; i <= 6; i++) {
            body.append("Later paragraph ").append(i).append(". ").append(FILLER.repeat(2)).append("\n\n");
        }
        body.append("## The next section\n\nThe end.\n");
        Path pdf = TestReport.at(dir.resolve("report")).title("Figure before a " + kind).body(body.toString())
                .file("figures/portrait.jpg", Files.readAllBytes(Reports.EVERY_FEATURE.resolve("figures/portrait.jpg")))
                .build("pdf").pdf();

        String text;
        int textPage;
        int figurePage;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
            textPage = PdfText.firstPage(document, "Opening paragraph 6");
            figurePage = PdfText.firstPage(document, "Figure 1.");
        }
        assertTrue(textPage > 0 && figurePage > textPage, "text on page " + textPage + ", figure on page " + figurePage);
        List<FootWhite.Page> pages = FootWhite.measure(pdf);
        for (int p = textPage; p < figurePage; p++) {
            FootWhite.Page page = pages.get(p - 1);
            assertTrue(page.whiteShare() <= 0.08, "the page before the figure ends early: " + page);
        }
        assertTrue(text.indexOf("Quoted block") + text.indexOf("Listed block") + text.indexOf("Raw block") + 2
                < text.indexOf("Figure 1."), "the block after the figure did not fill its page:\n" + text);
        assertTrue(text.indexOf("Figure 1.") < text.indexOf("The next section"), "the figure left its section:\n" + text);
    }
}
