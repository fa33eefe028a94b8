package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipFile;

import org.imprint.testing.TestReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart's written description is in one language: a language that words its own description
 * takes the sentence naming missing values from its own words too. Hebrew, Urdu and Persian
 * descriptions ended with the brand's English "No value is given for B (2020)."; a language
 * that words none (Spanish, in rcas) is described in the brand's English throughout. Persian and
 * Arabic write the year in the digits of the description's values (ChartDescriptionDigitsTest).
 */
class ChartSentenceLanguageTest {

    @ParameterizedTest
    @CsvSource({
            "he, לא ניתן ערך עבור B (2020).",
            "ur, B (2020) کے لیے کوئی قدر نہیں دی گئی۔",
            "fa, برای B (۲۰۲۰) مقداری داده نشده است.",
            "ar, لا توجد قيمة لـ B (٢٠٢٠).",
            "es, No value is given for B (2020)."})
    void theSentenceNamingMissingValuesIsInTheDescriptionsLanguage(String language, String gaps, @TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("r")).language(language)
                .file("data/d.csv", "year,A,B\n2020,1,\n2021,2,3\n2022,3,4\n")
                .body("Intro.\n\n```chart\ntype: line\ndata: data/d.csv\nx: year\ny: [A, B]\ncaption: Gaps.\n```\n")
                .build("epub");
        String book = "";
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            for (var entry : Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xhtml")) {
                    book += new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(book.contains(gaps), book);
        if (!language.equals("es")) {
            assertFalse(book.contains("No value"), book);
        }
    }
}
