package org.imprint.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.imprint.testing.TestReport;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The author page joins a name and its affiliation with the comma of the article's language: the
 * layout wrote a Latin ", " into Arabic and Persian pages ("محمد الأحمد, جامعة القاهرة").
 */
class AuthorAffiliationCommaTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"en, 'Ann Lee, RCAS'", "ar, 'Ann Lee، RCAS'", "fa, 'Ann Lee، RCAS'", "he, 'Ann Lee, RCAS'"})
    void theNameAndAffiliationAreJoinedWithTheLanguagesComma(String language, String expected) throws Exception {
        Path epub = TestReport.at(dir.resolve(language)).language(language).author("Ann Lee\n    affiliation: RCAS")
                .body("Text.\n").build("epub").epub();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            String names = zip.stream().filter(e -> e.getName().endsWith(".xhtml")).map(e -> {
                try {
                    return Jsoup.parse(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8))
                            .select("p.author-name").text();
                } catch (java.io.IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            }).filter(s -> !s.isEmpty()).findFirst().orElse("");
            assertEquals(expected, names);
        }
    }
}
