package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heading and a table's header row are never left alone at a page's foot, even when the
 * table's first row calls a page-foot note: openhtmltopdf drops the keep there (the row and its
 * note do not fit, so the row goes on alone), and {@link StrandedHeadings} starts the heading on
 * the next page instead.
 */
class StrandedHeadingsTest {

    @TempDir
    Path dir;

    @Test
    void theHeadingTheHeaderRowAndTheFirstRowShareAPage() throws Exception {
        Path report = Reports.HOME.resolve("src/test/resources/reports/heading-table-note");
        Path pdf = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir).formats("pdf").build()).get(0);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            boolean found = false;
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                String text = PdfText.pages(document, p, p);
                if (text.contains("What the Table Shows")) {
                    found = true;
                    assertTrue(text.contains("Decade") && text.contains("1990s"),
                            "page " + p + " has the heading without the table's first row:\n" + text);
                }
            }
            assertTrue(found);
        }
    }
}
