package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hyphen drawn where a word breaks at a soft hyphen reads as U+00AD, not as a hyphen-minus:
 * text copied or searched from the PDF finds the word whole. A hyphen the author wrote at a
 * line's end stays a hyphen-minus.
 */
class DrawnHyphensTest {

    @TempDir
    Path dir;

    @Test
    void aBreakAtASoftHyphenReadsAsASoftHyphen() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            body.append("The institutionalisation of multidimensional peacebuilding responsibilities ")
                    .append("characterises well-established intergovernmental organisations everywhere. ");
        }
        Path pdf = TestReport.at(dir.resolve("r")).language("en-GB").body(body.toString()).build("pdf").pdf();
        List<String> lineEnds = new ArrayList<>();
        int softHyphenSpans = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (String line : new PDFTextStripper().getText(document).split("\\R")) {
                if (line.endsWith("-")) {
                    lineEnds.add(line.substring(Math.max(0, line.length() - 12)));
                }
            }
            for (PDPage page : document.getPages()) {
                String content = new String(page.getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                softHyphenSpans += content.split("/ActualText <FEFF00AD>", -1).length - 1;
            }
        }
        // only hyphens the author wrote may end a line as a hyphen-minus: "well-" here, "Indo-"
        // (Indo-Pacific) in the brand's about page
        for (String end : lineEnds) {
            String word = end.substring(end.lastIndexOf(' ') + 1);
            assertTrue(word.equals("well-") || word.equals("Indo-"), "a drawn hyphen read as U+002D: " + lineEnds);
        }
        assertTrue(softHyphenSpans >= 5, "words broken at soft hyphens: " + softHyphenSpans);
    }
}
