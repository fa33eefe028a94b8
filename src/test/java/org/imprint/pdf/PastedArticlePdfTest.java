package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.imprint.verify.PdfVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article as pasted from elsewhere (issue 18, item 6): its headings start at "###" and skip a
 * level, and its abstract is longer than the 32,767 bytes a PDF/A string may hold. The PDF still
 * passes veraPDF as PDF/A-2u and PDF/UA-1, which it claims.
 */
class PastedArticlePdfTest {

    @TempDir
    Path dir;

    @Test
    void veraPdfPassesIt() throws Exception {
        Path report = Files.createDirectories(dir.resolve("pasted"));
        String abstractText = "The argument in brief. ".repeat(1800);
        Files.writeString(report.resolve("article.md"), "---\ntitle: A Pasted Article\ndate: 2026-02-02\nauthors:\n"
                + "  - name: Jane Doe\nabstract: \"" + abstractText + "\"\n---\n\n### Pasted at level three\n\nText.\n\n"
                + "##### Then level five\n\nMore text.\n\n#### Back to four\n\nThe end.\n");
        Path pdf = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf").build()).get(0);
        var check = new PdfVerifier().check(pdf);
        assertEquals(List.of("PDF/A-2U", "PDF/UA-1"), check.conformance().stream().map(c -> c.standard()).toList());
        assertAll(check.conformance().stream().map(verdict -> (org.junit.jupiter.api.function.Executable) () ->
                assertEquals(List.of(), verdict.failures(), verdict.standard() + ": failed rules")));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String subject = doc.getDocumentInformation().getSubject();
            assertTrue(subject.startsWith("The argument in brief.") && subject.endsWith("\u2026")
                    && subject.length() <= PdfMetadata.MAX_SUBJECT + 1, subject.length() + " characters");
            assertTrue(PdfText.all(doc).contains("Back to four"));
        }
    }
}
