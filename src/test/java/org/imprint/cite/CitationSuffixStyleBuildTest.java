package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A citation's closing bracket is set in the text's style, not its suffix's: the PDF set
 * "(Lee, 2019, <i>passim</i>)" with an italic ")" (bold likewise), where the e-book was right
 * (issue 15, h15p affix-apa P17, P19).
 */
class CitationSuffixStyleBuildTest {

    @TempDir
    Path dir;

    @Test
    void theClosingBracketAfterAnEmphasisedSuffixIsUpright() throws Exception {
        Path pdf = TestReport.citing(dir, "apa", "apa").title("Suffixes")
                .file("references.bib", "@book{lee2019, author={Lee, Lan}, title={Rivers}, publisher={Delta Press}, year={2019}}\n")
                .body("Italic [@lee2019, *passim*]. Bold [@lee2019, **passim**].\n").build("pdf").pdf();
        List<String> brackets = new ArrayList<>();
        StringBuilder before = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper fonts = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition position : positions) {
                        if (position.getUnicode().equals(")") && before.toString().endsWith("passim")) {
                            brackets.add(position.getFont().getName());
                        }
                        before.append(position.getUnicode());
                    }
                    super.writeString(text, positions);
                }
            };
            fonts.setSortByPosition(true);
            fonts.getText(doc);
        }
        assertAll(
                () -> assertEquals(2, brackets.size(), brackets::toString),
                () -> assertEquals(List.of(), brackets.stream().filter(f -> f.contains("Italic") || f.contains("Bold")).toList(),
                        "a bracket in the suffix's style"));
    }
}
