package org.imprint.brand;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An article in a language the brand gives no date pattern of its own is dated as CLDR's long
 * date of that language, on the PDF's cover and byline and in the e-book: not RCAS's English
 * "MMMM d, yyyy" with that language's month names ("五月 4, 2026", "tháng 5 4, 2026").
 */
class LanguageDatesBuildTest {

    @ParameterizedTest
    @CsvSource({"zh, 2026年5月4日, 五月 4", "vi, '4 tháng 5, 2026', 'tháng 5 4'", "ja, 2026年5月4日, 5月 4", "en, 'May 4, 2026', '4 May'"})
    void theDateFollowsTheLanguage(String language, String date, String wrong, @TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("dated")).language(language).title("Dated")
                .body("Text.\n").build("pdf", "epub");
        String pdf;
        try (PDDocument doc = Loader.loadPDF(built.pdf().toFile())) {
            pdf = new PDFTextStripper().getText(doc);
        }
        String epub;
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            StringBuilder all = new StringBuilder();
            zip.stream().filter(e -> e.getName().endsWith(".xhtml")).forEach(e -> {
                try {
                    all.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                } catch (java.io.IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            });
            epub = all.toString();
        }
        String pdfText = pdf;
        String epubText = epub;
        assertAll(
                () -> assertTrue(pdfText.contains(date), "PDF:\n" + pdfText.substring(0, Math.min(600, pdfText.length()))),
                () -> assertTrue(!pdfText.contains(wrong), pdfText),
                () -> assertTrue(epubText.contains(date), "no " + date + " in the e-book"));
    }
}
