package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statuses and literal dates as citeproc-js prints them for the same data, in the bundled styles
 * and locales (issue 15, fix15af).
 */
class CitationStatusDatesBuildTest {

    @TempDir
    Path dir;

    private TestReport report(String name, String language, String style, String file, String bib, String body) {
        return TestReport.at(dir.resolve(name)).out(dir.resolve("out-" + name)).title("Status").date("2026-03-02")
                .author("Jane Doe").language(language).bibliography(file).frontMatter("citation_style: " + style)
                .body(body).file(file, bib);
    }

    private String epub(String name, String language, String style, String file, String bib, String body) throws Exception {
        return CitationLocaleTermsBuildTest.text(report(name, language, style, file, bib, body).build("epub").epub());
    }

    private static final String TWO_IN_PRESS = """
            [{"id":"p1","type":"book","author":[{"family":"Novak","given":"Anna"}],"title":"Alpha","publisher":"Pub","issued":{"literal":"in press"}},
             {"id":"p2","type":"book","author":[{"family":"Novak","given":"Anna"}],"title":"Beta","publisher":"Pub","issued":{"literal":"in press"}}]
            """;

    private static final String TWO_IN_PRESS_BIB = """
            @book{p1, author={Novak, Anna}, title={Alpha}, publisher={Pub}, year={in press}}
            @book{p2, author={Novak, Anna}, title={Beta}, publisher={Pub}, pubstate={inpress}}
            """;

    /**
     * A style that prints no status and no year-suffix variable (CSL then adds the letter to the
     * first date printed; elsevier-harvard and some 960 other bundled styles): the status stood
     * as a literal date, which citeproc-java gives no letter, and kept the space meant for it,
     * "(Novak, in press ; Novak, in press )", two works cited alike.
     */
    @Test
    void aStatusAsTheDateOfAnImplicitSuffixStyleHasItsLetter() throws Exception {
        String body = "Both [@p1; @p2]. One [@p1, p. 4].\n";
        for (String[] source : new String[][] {{"references.json", TWO_IN_PRESS}, {"references.bib", TWO_IN_PRESS_BIB}}) {
            String elsevier = epub("eh-" + source[0].substring(11), "en", "elsevier-harvard", source[0], source[1], body);
            String springer = epub("sp-" + source[0].substring(11), "en", "springer-basic-author-date", source[0], source[1], body);
            String auk = epub("auk-" + source[0].substring(11), "en", "the-auk", source[0], source[1], body);
            assertAll(source[0],
                    () -> assertTrue(elsevier.contains("Both (Novak, in press a, in press b). One (Novak, in press a, p. 4)."), elsevier),
                    () -> assertTrue(elsevier.contains("Novak, A., in press a. Alpha. Pub.")
                            && elsevier.indexOf("in press a. Alpha") < elsevier.indexOf("in press b. Beta"), elsevier),
                    () -> assertFalse(elsevier.contains("press ;") || elsevier.contains("press )") || elsevier.contains("press ."), elsevier),
                    () -> assertTrue(springer.contains("Both (Novak in press a, in press b).")
                            && springer.contains("Novak A (in press a) Alpha. Pub"), springer),
                    () -> assertTrue(auk.contains("Both (Novak in press a, in press b)."), auk));
        }
    }
}
