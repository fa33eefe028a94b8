package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The openpdf engine writes each list number once: Flying Saucer painted the marker of an item
 * that began at a page's foot, and whose first line went on to the next page, on both pages; on
 * the first it lay below the content area, hidden by the clip but in the text layer ("4." at the
 * page's foot and again beside the item's line on the next page).
 */
class OpenPdfMarkersOnceTest {

    @Test
    void aListCrossingPagesHasEachNumberOnce(@TempDir Path dir) throws Exception {
        // one-line items over several pages: at each page break an item begins in the space left
        // at the page's foot and its line goes on to the next page
        StringBuilder body = new StringBuilder("A paragraph before the list.\n\n");
        for (int n = 1; n <= 90; n++) {
            body.append(n).append(". A short item of the list.\n");
        }
        Path pdf = TestReport.at(dir.resolve("r")).body(body.toString()).build(o -> o.engine("openpdf"), "pdf").pdf();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() >= 3, "the list crosses pages");
            String text = new PDFTextStripper().getText(document);
            Map<String, Long> numbers = Arrays.stream(text.split("\\s+")).filter(w -> w.matches("\\d+\\."))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            for (int n = 1; n <= 90; n++) {
                assertEquals(1L, numbers.getOrDefault(n + ".", 0L), "the number " + n + ". is written once");
            }
        }
    }
}
