package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.imprint.Reports;
import org.imprint.testing.PdfImages;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A portrait figure, limited in height, stands in the middle of the column, in the body and in a
 * list item, in either direction: openhtmltopdf gave its block image of auto width no auto
 * margins, so it stood at the column's left edge, in a Hebrew article the far side from its
 * caption and the item's bullet.
 */
class PortraitFigureCentredTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"en, A paragraph., A figure in the body., A figure in a list item.",
            "he, פסקה בעברית., איור בגוף הטקסט., איור בתבליט."})
    void aPortraitFigureIsCentredInTheColumn(String language, String paragraph, String body, String item) throws Exception {
        Path pdf = TestReport.at(dir.resolve(language)).title("Portrait").language(language)
                .body(paragraph + "\n\n![" + body + "](figures/portrait.jpg)\n\n- ![" + item + "](figures/portrait.jpg)\n")
                .file("figures/portrait.jpg", Files.readAllBytes(Reports.EVERY_FEATURE.resolve("figures/portrait.jpg")))
                .build("pdf").pdf();
        List<Double> offsets = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                double middle = page.getMediaBox().getLowerLeftX() + page.getMediaBox().getWidth() / 2;
                for (Rectangle2D box : PdfImages.boxes(page)) {
                    // the figures: 115 mm tall (a logo or cover picture is not)
                    if (Math.abs(box.getHeight() - 115 / 25.4 * 72) < 2) {
                        offsets.add(box.getCenterX() - middle);
                    }
                }
            }
        }
        assertEquals(2, offsets.size(), "two portrait figures drawn: " + offsets);
        // the body's figure in the column's middle; the item's in the middle of the item, indented for its marker
        assertTrue(Math.abs(offsets.get(0)) < 2, "the body's figure is " + offsets.get(0) + " pt from the column's middle");
        assertTrue(Math.abs(offsets.get(1)) < 12, "the item's figure is " + offsets.get(1) + " pt from the column's middle");
    }
}
