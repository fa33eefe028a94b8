package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What does not fit a line as a word: a long URL breaks where Chicago breaks one, without a
 * hyphen, so its justified line keeps normal word gaps, and the link and the extracted text keep
 * it exact; a title word too long for the cover is hyphenated, not cut; feet and inches are
 * primes; dates follow the article's language. Real reports, read back with PDFBox.
 */
class LongWordsPdfTest {

    private static final String URL = "https://www.chinausfocus.com/peace-security/the-long-road-to-islamabad-talks-between-"
            + "washington-and-tehran?utm_source=newsletter&utm_medium=email";
    private static final String WORD = "Donaudampfschifffahrtsgesellschaft";

    @TempDir
    Path dir;

    private Path build(String name, String brand, String language, String title, String body) throws Exception {
        Path report = Files.createDirectories(dir.resolve(name));
        Files.writeString(report.resolve("article.md"), """
                ---
                title: "%s"
                date: 2026-04-21
                language: %s
                brand: %s
                authors:
                  - name: Test Author
                    affiliation: Example Centre
                    bio: Bio.
                abstract: Short.
                ---

                %s
                """.formatted(title, language, brand, body));
        return new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf").build()).get(0);
    }

    private static String text(PDDocument document, int from, int to) throws Exception {
        PDFTextStripper stripper = new SoftHyphenStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document);
    }

    @Test
    void aLongUrlBreaksWithoutAHyphenAndItsLineStaysEven() throws Exception {
        Path pdf = build("url", "rcas", "en", WORD + " and the long title",
                "The full text of the agreement, with its annexes and the statements of both delegations, is published at "
                        + URL + " and was read by many. Readers who want the background will find it there in full.\n\n"
                        + "He is 5'10\" tall and the wall is 6' high. The talks ended.... Then nothing happened.");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String body = text(document, 3, document.getNumberOfPages());
            List<String> lines = Arrays.asList(body.split("\\R"));
            int first = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("https://")) {
                    first = i;
                }
            }
            assertTrue(first >= 0, body);
            String start = lines.get(first).substring(lines.get(first).indexOf("https://")).strip();
            String next = lines.get(first + 1).strip();
            String rest = next.substring(0, next.indexOf(' '));
            List<String> uris = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            TypeMeasure.Result measured = TypeMeasure.measure(pdf);
            String cover = text(document, 1, 1);
            assertAll(
                    () -> assertFalse(start.equals(URL), "the URL was not broken: " + body),
                    // broken where Chicago allows, nothing added: the two pieces give the URL back
                    () -> assertEquals(URL, start + rest, body),
                    () -> assertTrue(rest.startsWith("/") || rest.startsWith("-") || rest.startsWith(".")
                            || rest.startsWith("?") || rest.startsWith("&") || start.endsWith("//") || start.endsWith("="),
                            "a URL broken at no Chicago break: " + start + " | " + rest),
                    () -> assertTrue(uris.contains(URL), "the link's URI: " + uris),
                    () -> assertTrue(measured.widestGapEm() < 0.6, "a justified line has a gap of " + measured.widestGapEm()
                            + " em: " + measured.widestAt()),
                    () -> assertTrue(body.contains("5\u203210\u2033 tall") && body.contains("6\u2032 high"), body),
                    () -> assertTrue(body.contains("ended.\u00A0\u2026 Then") || body.contains("ended. \u2026 Then"), body),
                    // the cover: the long word whole on a line, or hyphenated at a line end, never cut
                    () -> assertTrue(cover.contains(WORD) || cover.replaceAll("[-\u00AD]\\R", "").contains(WORD), cover),
                    () -> assertFalse(cover.matches("(?s).*Donaudampf\\p{L}*\\R.*") && !cover.contains(WORD + " "),
                            "the cover title's long word is cut without a hyphen: " + cover));
        }
    }

    @Test
    void datesFollowTheArticlesLanguageInBothBrands() throws Exception {
        String body = "Un texto breve para la prueba.";
        try (PDDocument rcas = Loader.loadPDF(build("es-rcas", "rcas", "es", "La paz", body).toFile());
             PDDocument fieldstone = Loader.loadPDF(build("es-fs", "fieldstone", "es", "La paz", body).toFile());
             PDDocument german = Loader.loadPDF(build("de-fs", "fieldstone", "de", "Der Frieden", "Ein kurzer Text.").toFile())) {
            assertAll(
                    () -> assertTrue(text(rcas, 1, 1).contains("21 de abril de 2026"), text(rcas, 1, 1)),
                    () -> assertTrue(text(fieldstone, 1, 1).contains("21 de abril de 2026"), text(fieldstone, 1, 1)),
                    () -> assertTrue(text(german, 1, 1).contains("21. April 2026"), text(german, 1, 1)));
        }
    }
}
