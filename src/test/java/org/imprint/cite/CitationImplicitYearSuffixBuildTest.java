package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Year letters in the styles that ask for them but leave CSL to place them (no year-suffix
 * variable: some 1,100 of the bundled author-date styles), as citeproc-js prints the same data
 * ({@link ImplicitYearSuffixes}). citeproc-java printed none: "(Kim, 2019, 2019)".
 */
class CitationImplicitYearSuffixBuildTest {

    private static final String SOURCES = """
            [{"id":"k1","type":"book","author":[{"family":"Kim","given":"Ann"}],"title":"Alpha","publisher":"P","issued":{"date-parts":[[2019]]}},
             {"id":"k2","type":"book","author":[{"family":"Kim","given":"Ann"}],"title":"Beta","publisher":"P","issued":{"date-parts":[[2019]]}},
             {"id":"n1","type":"article-newspaper","author":[{"family":"Lee","given":"Bo"}],"title":"Gamma","container-title":"Daily News","issued":{"date-parts":[[2020,3,14]]}},
             {"id":"n2","type":"article-newspaper","author":[{"family":"Lee","given":"Bo"}],"title":"Delta","container-title":"Daily News","issued":{"date-parts":[[2020,5,2]]}}]
            """;

    @TempDir
    Path dir;

    private String epub(String style, String body) throws Exception {
        return CitationLocaleTermsBuildTest.text(TestReport.citing(dir, style, style).title("Letters").language("en")
                .bibliography("references.json").body(body).file("references.json", SOURCES).build("epub").epub());
    }

    @Test
    void twoWorksOfOneAuthorAndYearAreLetteredInCitationsAndList() throws Exception {
        String elsevier = epub("elsevier-harvard", "All [see @k1; @k2, p. 3]. One [@k1]. Two [@k2].\n");
        String ambio = epub("ambio", "All [@k1; @k2]. One [@k1]. Two [@k2].\n");
        assertAll(
                // elsevier-harvard sorts its dates newest first: the letters still follow the list, a before b
                () -> assertTrue(elsevier.contains("All (see Kim, 2019a, 2019b, p. 3). One (Kim, 2019a). Two (Kim, 2019b)."), elsevier),
                () -> assertTrue(elsevier.contains("Kim, A., 2019a. Alpha. P. Kim, A., 2019b. Beta. P."), elsevier),
                () -> assertTrue(ambio.contains("All (Kim 2019a; Kim 2019b). One (Kim 2019a). Two (Kim 2019b)."), ambio),
                () -> assertTrue(ambio.contains("Kim, A. 2019a. Alpha. P. Kim, A. 2019b. Beta. P."), ambio));
    }

    /** The letter goes inside the date's brackets, and after the first date of an entry that prints two. */
    @Test
    void theLetterIsInsideTheDateAndOnTheFirstDateOnly() throws Exception {
        String quebec = epub("institut-national-de-sante-publique-du-quebec-napp", "All [@n1; @n2].\n");
        String atlande = epub("atlande", "All [@n1; @n2].\n");
        assertAll(
                () -> assertTrue(quebec.contains("Lee, B. (2 May 2020a). “Delta,” Daily News. Lee, B. (14 March 2020b). “Gamma,”"), quebec),
                () -> assertTrue(atlande.contains("“Delta,” Daily News, 2020a, 2 May 2020. Lee, Bo, “Gamma,” Daily News, 2020b, 14 Mar. 2020."),
                        atlande),
                () -> assertFalse(atlande.contains("May 2020a") || atlande.contains("Mar. 2020b"), atlande));
    }
}
