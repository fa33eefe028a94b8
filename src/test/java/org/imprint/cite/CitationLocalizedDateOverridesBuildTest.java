package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A localized date whose parts the style overrides prints the locale's format with the
 * overrides, as citeproc-js prints it: citeproc-java ignored them ("March 1, 2024" for "MAR.
 * 1st, 2024"; 194 bundled styles override a localized date's parts).
 */
class CitationLocalizedDateOverridesBuildTest {

    private static final String STYLE = """
            <?xml version="1.0" encoding="utf-8"?>
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><title>Dates</title><id>dates</id><updated>2024-01-01T00:00:00+00:00</updated></info>
              <citation><layout><text variable="title"/><text value=" "/>
                <date variable="issued" form="text"><date-part name="month" form="short" text-case="uppercase"/>
                  <date-part name="day" form="ordinal" prefix="IGNORED"/></date>
              </layout></citation>
            </style>
            """;

    @TempDir
    Path dir;

    /** The expected texts are citeproc-js's (2.4.63) for this style in each locale. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en-US|Book MAR. 1st, 2024", "de-DE|Book 1. MÄRZ 2024", "fr-FR|Book 1ᵉʳ MARS 2024"})
    void theOverridesApplyToTheLocalesFormat(String language, String expected) throws Exception {
        Path epub = TestReport.citing(dir, language, "dates.csl").language(language).bibliography("refs.json")
                .file("refs.json", "[{\"id\": \"a\", \"type\": \"book\", \"title\": \"Book\", \"issued\": {\"date-parts\": [[2024, 3, 1]]}}]")
                .file("dates.csl", STYLE).body("Paragraph [@a].\n").build("epub").epub();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(epub.toFile())) {
            String article = new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            String paragraph = Jsoup.parse(article).select("p").stream().map(p -> p.text())
                    .filter(t -> t.startsWith("Paragraph")).findFirst().orElse("");
            // the override's affix is not the locale's: CSL allows none there
            assertEquals("Paragraph " + expected + ".", paragraph);
        }
    }
}
