package org.imprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The private-use characters U+E000–U+E0FF are the citation pipeline's own marks. They were
 * refused anywhere in the article, though only what the processor reads (a citation's prefix,
 * locator, suffix; the bibliography) loses them: a Material Icons code point in a code block or
 * the title was refused (h19t pua-codeblock, pua-frontmatter). And U+E0FF, which stood for an
 * escaped {@code \@}, became "@" or "\@" in code and prose whenever the article held one, and an
 * escaped {@code \@} in a citation's prefix printed U+E0FF instead of "@".
 */
class ReservedMarksBuildTest {

    private static final String BIB = "@book{lee, author={Lee, Min}, title={A Title}, publisher={Publisher}, year={2020}}\n";

    @Test
    void codeTitleAndProseKeepTheMarksAsWritten(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("r")).out(dir.resolve("out"))
                .title("Icons \uE002 report")
                .bibliography("references.bib").file("references.bib", BIB)
                .frontMatter("abstract: \"An abstract \uE060 with a mark.\"")
                .body("""
                        Prose with \uE0FF and \uE000 cites [@lee] and writes \\@handle.

                        ```
                        icon = "\uE002"  # Material Icons warning \uE060 \uE0FF
                        ```

                        Inline `\uE002\uE0FF` too.
                        """);
        TestReport.Built built = report.build("pdf", "epub");
        String epub = epubText(built.epub());
        assertTrue(epub.contains("icon = \"\uE002\"  # Material Icons warning \uE060 \uE0FF"), epub);
        assertTrue(epub.contains("Inline \uE002\uE0FF too."), epub);
        assertTrue(epub.contains("Prose with \uE0FF and \uE000 cites") && epub.contains("writes @handle."), epub);
        assertTrue(epub.contains("Icons \uE002 report") && epub.contains("An abstract \uE060 with a mark."), epub);
        try (PDDocument pdf = Loader.loadPDF(built.pdf().toFile())) {
            assertEquals("Icons \uE002 report", pdf.getDocumentInformation().getTitle());
        }
        // no font of the brand draws them: the PDF says so, as for any character it cannot print
        String warnings = String.join("\n", built.warningLines());
        assertTrue(warnings.contains("no font of brand rcas has the character U+E002"), warnings);
    }

    @Test
    void aMarkInACitationIsRefusedAtItsColumn(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("r")).out(dir.resolve("out"))
                .bibliography("references.bib").file("references.bib", BIB)
                .body("Code `\uE002` is fine, but a prefix [see *x* \uE060 @lee, p. 4] is not.\n");
        String line = "Code `\uE002` is fine, but a prefix [see *x* \uE060 @lee, p. 4] is not.";
        int number = List.of(report.article().split("\n")).indexOf(line) + 1;
        ReportException e = assertThrows(ReportException.class, () -> report.build("pdf"));
        assertTrue(e.getMessage().contains("article.md:" + number + ": the private-use character U+E060 at column "
                + (line.indexOf('\uE060') + 1) + ", in the citation [see x \uE060 @lee, p. 4] is one of U+E000 to U+E0FF"), e.getMessage());
    }

    @Test
    void anEscapedAtInACitationPrefixPrintsAnAt(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("r")).out(dir.resolve("out"))
                .bibliography("references.bib").file("references.bib", BIB)
                .body("Cited [see \\@handle, @lee, p. 4] here.\n");
        String epub = epubText(report.build("epub").epub());
        assertTrue(epub.contains("ee @handle, Min Lee"), epub);   // "See" opening the note of a note style
        assertTrue(epub.chars().noneMatch(c -> c >= 0xE000 && c <= 0xF8FF), epub);
    }

    private static String epubText(Path epub) throws Exception {
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xhtml")) {
                    text.append(org.jsoup.Jsoup.parse(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8))
                            .wholeText()).append('\n');
                }
            }
        }
        return text.toString();
    }
}
