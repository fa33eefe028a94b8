package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code <q>} the author writes prints its quotation marks in the PDF, as the e-book's reading
 * system shows them: the PDF engines draw no marks for it, and {@code <q>ستان</q>} printed the word
 * bare (h19aa G7). The marks are the language's, single inside another quotation, facing the
 * line they stand in.
 */
class QuoteElementsPdfTest {

    @TempDir
    Path dir;

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return PdfText.all(document);
        }
    }

    @Test
    void anEnglishQuotationPrintsItsMarks() throws Exception {
        String text = text(TestReport.at(dir.resolve("en")).title("Quotes")
                .body("""
                        Q1 He said <q>we want peace</q> and left.

                        Q2 She wrote <q>the word <q>peace</q> matters</q> twice.

                        Q3 The Urdu <q lang="ur">ستان</q> here.
                        """).build("pdf").pdf());
        assertAll(
                () -> assertTrue(text.contains("He said “we want peace” and left."), text),
                () -> assertTrue(text.contains("She wrote “the word ‘peace’ matters” twice."), text),
                // Urdu's ” “ turned in an English line: the picture of “ستان”
                () -> assertTrue(text.contains("“ستان”"), text));
    }

    @Test
    void anUrduQuotationPrintsUrduMarks() throws Exception {
        String text = text(TestReport.at(dir.resolve("ur")).language("ur").title("اقتباس")
                .body("B5 وہ پاک<q>ستان</q> گیا۔\n").build("pdf").pdf());
        // CLDR's Urdu marks, ” opening: set right to left, the picture of English “ ”
        assertTrue(text.contains("پاک”ستان“ گیا"), text);
    }
}
