package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines break where a typographer breaks them: never after the apostrophe of an elided year
 * ("the ’" | "90s"), and never before an em dash, spaced or not ("yes”" | "—"): the dash ends
 * the line instead. The title is set on the cover where its line ended at "the ’". The report repeats the phrases after words of growing length, so that the
 * lines' ends fall on every part of them.
 */
class GluedPunctuationTest {

    @TempDir
    Path dir;

    @Test
    void noLineEndsAtAnElidedYearsApostropheOrStartsWithAnEmDash() throws Exception {
        Path report = Files.createDirectories(dir.resolve("glued"));
        StringBuilder md = new StringBuilder("""
                ---
                title: "The \\"Quiet\\" Diplomacy of the '90s -- and What It Means for Today's Mediators"
                date: 2026-04-21
                language: en-US
                authors:
                  - name: Jane Doe
                ---

                """);
        String word = "a";
        for (int i = 0; i < 40; i++) {
            // typographic marks as written: the phrases are the punctuation's output
            md.append("We met ").append(word).append(" in the \u201990s, said \u201Cyes\u201D\u2014 and then ")
                    .append(word).append(" saw a rise \u2014 a decline \u2014 and rock \u2019n\u2019 roll. ");
            word += i % 3 == 0 ? "b" : "c";
            if (i % 10 == 9) {
                md.append("\n\n");
            }
        }
        Files.writeString(report.resolve("article.md"), md);
        Path pdf = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf").build()).get(0);
        List<String> bad = new ArrayList<>();
        int dashes = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // line by line: PdfText folds the lines into one
            for (String line : stripper.getText(document).split("\\R")) {
                // an apostrophe standing alone at the end: "the ’" (a closing "’n’" may end a line)
                String trimmed = line.strip();
                if (trimmed.startsWith("\u2014") || trimmed.matches("(.*\\s)?\u2019")) {
                    bad.add(trimmed);
                }
                if (trimmed.contains("\u2014")) {
                    dashes++;
                }
            }
        }
        assertEquals(List.of(), bad, "lines starting with an em dash or ending at an apostrophe");
        assertTrue(dashes > 0, "the text has its em dashes");
    }
}
