package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brand's own text (About RCAS, the back page) is in the brand's language, English, in a
 * French article too: marked so in the PDF and the EPUB, and hyphenated by English patterns.
 */
class BrandLanguagePdfTest {

    @TempDir
    Path dir;

    @Test
    void brandTextKeepsTheBrandsLanguage() throws Exception {
        Path report = Files.createDirectories(dir.resolve("report"));
        Files.writeString(report.resolve("article.md"), """
                ---
                title: "Une note"
                date: 2026-04-21
                language: fr
                brand: rcas
                authors:
                  - name: Jeanne Martin
                    affiliation: Centre d'exemple
                    bio: Chercheuse.
                abstract: Court.
                ---

                Un paragraphe en français, assez long pour être composé sur plusieurs lignes de la page.
                """);
        List<Path> files = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out"))
                .formats("pdf", "epub").build());
        Path pdf = files.stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        Path epub = files.stream().filter(f -> f.toString().endsWith(".epub")).findFirst().orElseThrow();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = PdfText.all(document);
        }
        StringBuilder xhtml = new StringBuilder();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            zip.stream().filter(e -> e.getName().endsWith(".xhtml")).forEach(e -> {
                try (var in = zip.getInputStream(e)) {
                    xhtml.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                } catch (java.io.IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
        }
        assertAll(
                () -> assertTrue(text.contains("About RCAS"), text),
                // French patterns break these as promo-ting and va-rious; English ones as promot-ing, var-ious
                () -> assertFalse(text.contains("promo-\nting"), text),
                () -> assertFalse(text.contains("va-\nrious"), text),
                () -> assertTrue(xhtml.toString().contains("class=\"about-blurb\" lang=\"en\""), "the EPUB's blurb is not marked English"));
    }
}
