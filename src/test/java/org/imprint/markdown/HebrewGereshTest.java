package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In Hebrew, ' after a letter is a geresh (צ׳יפס, ג׳ורג׳) and " between letters a gershayim
 * (צה״ל), not a curled apostrophe or quotation mark; a single quotation ('שלום') still closes.
 */
class HebrewGereshTest {

    @TempDir
    static Path dir;
    static TestReport.Built built;

    @BeforeAll
    static void build() throws Exception {
        built = TestReport.at(dir.resolve("he")).title("גרש").language("he").author("Dana Levi")
                .body("דובר צה\"ל אמר שג'ורג' אכל צ'יפס ב-3 בספטמבר, וכתב 'שלום' לחבריו.\n").build("pdf", "epub");
    }

    @Test
    void theEbookAndThePdfHaveGereshAndGershayim() throws IOException {
        String xhtml;
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            var entry = zip.stream().filter(e -> e.getName().endsWith("article.xhtml")).findFirst().orElseThrow();
            try (InputStream in = zip.getInputStream(entry)) {
                xhtml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        String pdf;
        try (PDDocument doc = Loader.loadPDF(built.pdf().toFile())) {
            pdf = new PDFTextStripper().getText(doc);
        }
        for (String text : List.of(xhtml, pdf)) {
            assertAll(
                    () -> assertTrue(text.contains("צה\u05F4ל"), text),
                    () -> assertTrue(text.contains("שג\u05F3ורג\u05F3"), text),
                    () -> assertTrue(text.contains("צ\u05F3יפס"), text));
        }
        // CLDR's Hebrew single quotation: ’ on both sides
        assertTrue(xhtml.contains("\u2019שלום\u2019"), xhtml);
        assertEquals(List.of(), built.warningLines());
    }
}
