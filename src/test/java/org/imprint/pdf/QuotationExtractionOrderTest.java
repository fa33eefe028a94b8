package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/**
 * The text PDFBox extracts (by position, as it rebuilds each line's order with its own bidi
 * guess) reads a quotation of the other direction and the number after it in the order the author
 * wrote them, once the invisible LRM or RLM the PDF keeps there is taken out ({@link PdfText#fold}). Without them PDFBox
 * read "The minister said “3 — ”ہم امن چاہتے ہیں times": the number counted as Arabic.
 */
class QuotationExtractionOrderTest {

    private static final List<String> LINES = List.of(
            "The minister said “ہم امن چاہتے ہیں” — 3 times.",
            "He wrote “ہم امن چاہتے ہیں” 12 and left.",
            "The daily wrote “السلام عليكم” — 2 times.",
            "The paper wrote “שלום עכשיו” — 5 times.",
            "وزیر نے کہا “We want peace” — 3 بار۔",
            "انہوں نے لکھا “Peace 2026 now” 12 اور چلے گئے۔");

    @TempDir
    static Path dir;

    private static String text;
    private static String raw;

    @BeforeAll
    static void build() throws Exception {
        Path pdf = TestReport.at(dir.resolve("quotes")).title("Quotations and numbers").language("en")
                .author("Zahid Anwar").body(String.join("\n\n", LINES) + "\n").build("pdf").pdf();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = PdfText.all(document);
            raw = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    @Test
    void eachLineReadsAsTheAuthorWroteIt() {
        assertAll(LINES.stream().map(line -> (Executable) () -> assertTrue(text.contains(line), line + " in: " + text)));
    }

    @Test
    void theMarksAreInTheText() {
        assertTrue(raw.contains("\u200E") && raw.contains("\u200F"), raw);
    }
}
