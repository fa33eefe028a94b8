package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The openpdf engine draws no joiner: Flying Saucer drew the Noto faces' glyphs of ZWNJ (a bar)
 * and ZWJ (a bar with an x) over "Auf‌lage" and "a‍b", without a word (h19ab H4), where the pdfbox
 * engine draws nothing. The words still read back whole from the PDF.
 */
class OpenPdfInvisiblesTest {

    @TempDir
    Path dir;

    @Test
    void joinersAreNotDrawnAndTheWordsReadBack() throws Exception {
        Path pdf = TestReport.at(dir.resolve("zw")).title("Auf\u200Clage in the title")
                .body("German Auf\u200Clage, a\u200Db, word\u200C**bold** and a\u2060joined word.\n\n"
                        + "A note.[^1]\n\n[^1]: Auf\u200Clage in a note.\n")
                .build(b -> b.engine("openpdf"), "pdf").pdf();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = PdfText.all(document);
            assertTrue(text.codePoints().noneMatch(InvisibleFormatCharacters::invisible),
                    "a joiner's glyph is drawn: " + text.replaceAll("[\u200C\u200D\u2060]", "<$0>").codePoints()
                            .filter(cp -> cp < 0x2000 || cp > 0x2100).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
            assertTrue(text.contains("Auflage in the title"), text);
            assertTrue(text.contains("German Auflage, ab, wordbold and ajoined word."), text);
            assertTrue(text.contains("Auflage in a note."), text);
        }
    }
}
