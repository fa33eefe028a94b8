package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.imprint.verify.EpubVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note of several blocks (a second paragraph, a list, indented by four spaces as pandoc and
 * GitHub write them) stays in its note in both outputs, run together as one paragraph: before,
 * the blocks after the first left the note and were printed in the body as code.
 */
class MultiBlockNotesTest {

    @Test
    void aNotesParagraphsAndListStayInTheNote(@TempDir Path dir) throws Exception {
        Path report = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(report.resolve("article.md"), """
                ---
                title: Notes
                date: 2026-02-02
                authors:
                  - name: Jane Doe
                ---

                Text one.[^1] Text two.[^2]

                [^1]: Note with a list:

                    - first
                    - second

                [^2]: Second note.

                    Its second paragraph.
                """);
        List<Path> built = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf", "epub").build());
        Path pdf = built.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        Path epub = built.stream().filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("1. Note with a list: \u2022 first \u2022 second"), text);
            assertTrue(!text.substring(0, text.indexOf("1. Note with a list")).contains("first"), "nothing of a note in the body: " + text);
            assertTrue(text.contains("2. Second note. Its second paragraph."), text);
        }
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            String article = new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(article.contains("<p>Note with a list: \u2022 first \u2022 second <a href=\"#fnref-1\""), article);
            assertTrue(!article.contains("<pre>"), article);
        }
        assertEquals(List.of(), new EpubVerifier().check(epub).stream().map(Object::toString).toList());
    }
}
