package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paragraph's last line is never the end of a broken word: its last word is not hyphenated
 * (a Spanish paragraph ended "…internaciona-" / "lización."). Paragraphs of growing length put
 * their last word at every place of a line.
 */
class LastLineWholeTest {

    @TempDir
    Path dir;

    @Test
    void theLastWordOfAParagraphIsNotBroken() throws Exception {
        StringBuilder body = new StringBuilder();
        String filler = "";
        int paragraphs = 36;
        for (int i = 0; i < paragraphs; i++) {
            body.append("La mediación discreta exige paciencia y confianza ").append(filler)
                    .append("en la institucionalización.\n\n");
            filler += i % 2 == 0 ? "y " : "más ";
        }
        Path pdf = TestReport.at(dir.resolve("es")).language("es").body(body.toString()).build("pdf").pdf();
        List<String> broken = new ArrayList<>();
        int whole = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (String line : new PDFTextStripper().getText(document).split("\\R")) {
                if (line.contains("institucionalización.")) {
                    whole++;
                } else if (line.endsWith("ción.") || line.matches("^\\S*ción\\.$")) {
                    broken.add(line);
                }
            }
        }
        assertEquals(paragraphs, whole, "last lines that are a word's end: " + broken);
    }
}
