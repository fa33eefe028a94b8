package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates as citeproc-js prints them (issue 15, found with one.sh against cp.js): citeproc-java
 * printed an ordinal day ({@code <date-part name="day" form="ordinal"/>} in 47 bundled styles,
 * and in the German, Danish, Finnish, Norwegian and Brazilian locales' own dates) as a plain
 * number, "2 Februar" for "2. Februar"; and it never took a branch for a list of types
 * ({@code <if type="article-newspaper webpage">}), so anabases printed a newspaper's date as
 * "(2024)" for "(2 Februar 2024)".
 */
class CitationOrdinalDaysBuildTest {

    static final String JSON = """
            [{"id": "a", "type": "article-newspaper", "title": "One", "author": [{"family": "Ali", "given": "Sara"}],
              "issued": {"date-parts": [[2024, 3, 1]]}, "container-title": "Dawn"},
             {"id": "b", "type": "article-newspaper", "title": "Two", "author": [{"family": "Baig", "given": "Sara"}],
              "issued": {"date-parts": [[2024, 3, 22]]}, "container-title": "Dawn"},
             {"id": "c", "type": "webpage", "title": "Three", "author": [{"family": "Cheema", "given": "Sara"}],
              "issued": {"date-parts": [[2024, 1, 13]]}, "accessed": {"date-parts": [[2024, 3, 1]]},
              "URL": "https://example.org/x", "container-title": "Dawn"}]
            """;

    @TempDir
    Path dir;

    /** The reference list of the EPUB, as text. */
    private String build(String style, String language) throws Exception {
        String xhtml = article(TestReport.citing(dir, style + language, style).title("Days").language(language)
                .bibliography("refs.json").body("See [@a; @b; @c].\n").file("refs.json", JSON).build("epub").epub());
        return xhtml.replaceAll("<[^>]+>", "").replace("&#xa0;", " ").replaceAll("(?U)\\s+", " ");
    }

    /** A style's ordinal days in each language's ordinals, only the first of the month where the locale says so. */
    @Test
    void aStylesOrdinalDaysAreTheLanguagesOrdinals() throws Exception {
        String style = "arts-university-bournemouth";
        String german = build(style, "de-DE");
        String luxembourg = build(style, "de-LU");
        String french = build(style, "fr-FR");
        String british = build(style, "en-GB");
        String spanish = build(style, "es-ES");
        String brazilian = build(style, "pt-BR");
        assertAll(
                () -> assertContains(german, "Dawn. 1. März."),
                () -> assertContains(german, "Dawn. 22. März."),
                () -> assertContains(luxembourg, "Dawn. 22. März."),
                () -> assertContains(french, "Dawn. 1ᵉʳ mars."),
                () -> assertContains(french, "Dawn. 22 mars."),
                () -> assertContains(british, "Dawn. 1st March."),
                () -> assertContains(british, "Dawn. 22nd March."),
                () -> assertContains(spanish, "Dawn. 22.ª marzo."),
                () -> assertContains(brazilian, "Dawn. 1º março."),
                () -> assertContains(brazilian, "Dawn. 22 março."),
                () -> assertFalse(german.contains("\uE046"), german));
    }

    /**
     * A style on a list of types, its {@code limit-day-ordinals-to-day-1} in a locale of its own,
     * and a localized date whose locale's day is an ordinal (German "1. März 2024"). Its German
     * locale's « » came after that locale without a language, and citeproc-java reads only the
     * first such: „One“ was printed.
     */
    @Test
    void aBranchForSeveralTypesIsTaken() throws Exception {
        String german = build("anabases", "de-DE");
        String brazilian = build("anabases", "pt-BR");
        assertAll(
                () -> assertContains(german, "Dawn (1. März 2024)."),
                () -> assertContains(german, "Sara Ali, «One», Dawn"),
                () -> assertContains(german, "Dawn (22 März 2024)."),
                () -> assertContains(german, "in Dawn, 13 Januar 2024, online : https://example.org/x, zugegriffen 1. März 2024."),
                () -> assertContains(brazilian, "Dawn (1º março 2024)."),
                () -> assertContains(brazilian, "acesso em 1º de março de 2024."));
    }
}
