package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The authors' names get the same typographic apostrophes as the title, on the cover and in the byline. */
class FrontMatterPunctuationPdfTest {

    @TempDir
    Path dir;

    @Test
    void authorsNamesHaveTypographicApostrophes() throws Exception {
        Path report = Files.createDirectories(dir.resolve("report"));
        Files.writeString(report.resolve("article.md"), """
                ---
                title: "O'Brien's l'"équilibre" and rock 'n' roll"
                date: 2026-04-21
                language: en
                brand: rcas
                authors:
                  - name: D'Arcy O'Brien
                    affiliation: Example Centre
                    bio: Bio.
                abstract: Short.
                ---

                Body text.
                """.replace("l'\"équilibre\"", "l'\\\"équilibre\\\""));
        Path pdf = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf").build()).get(0);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = PdfText.all(document);
            assertAll(
                    () -> assertTrue(text.contains("D\u2019Arcy O\u2019Brien"), text),
                    () -> assertFalse(text.contains("D'Arcy") || text.contains("O'Brien"), text),
                    () -> assertTrue(text.contains("l\u2019\u201C\u00E9quilibre\u201D"), text),
                    () -> assertTrue(text.contains("rock \u2019n\u2019 roll"), text));
        }
    }
}
