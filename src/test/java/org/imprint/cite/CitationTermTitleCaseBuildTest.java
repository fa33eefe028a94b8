package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imprint.testing.TestReport;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A role label set in title case ({@code <label form="short" text-case="title"/>}), built for real:
 * citeproc-java title-cased it only in English, so APA in Spanish printed "(eds.)" and "trad."
 * where citeproc-js prints "(Eds.)" and "Trad.".
 */
class CitationTermTitleCaseBuildTest {

    private static final String REFS = """
            [{"id": "et", "type": "book", "title": "A translated book", "author": [{"family": "Kant", "given": "Immanuel"}],
              "editor": [{"family": "Ed", "given": "Di"}], "translator": [{"family": "Lu", "given": "Li"}],
              "issued": {"date-parts": [[2001]]}, "publisher": "Pub"},
             {"id": "ed", "type": "book", "title": "An edited book", "editor": [{"family": "Roe", "given": "Ann"},
              {"family": "Poe", "given": "Bo"}], "issued": {"date-parts": [[2010]]}, "publisher": "Pub"},
             {"id": "same", "type": "book", "title": "A book translated by its editor", "author": [{"family": "Mann", "given": "Tom"}],
              "editor": [{"family": "Ro", "given": "Mo"}], "translator": [{"family": "Ro", "given": "Mo"}],
              "issued": {"date-parts": [[2003]]}, "publisher": "Pub"}]
            """;

    @TempDir
    Path dir;

    private void check(String language, List<Executable> all, String... expected) throws Exception {
        TestReport.Built built = TestReport.citing(dir, language, "apa").title("Roles").language(language)
                .bibliography("references.json").file("references.json", REFS).body("A [@et; @ed; @same].\n").build("epub");
        String text = Jsoup.parse(CitationFaultsBuildTest.article(built.epub())).text().replace('\u00A0', ' ');
        for (String e : expected) {
            all.add(() -> assertTrue(text.contains(e), language + ": " + e + " in " + text));
        }
    }

    @Test
    void aTitleCasedRoleLabelIsCapitalisedInEveryLanguage() throws Exception {
        List<Executable> all = new ArrayList<>();
        check("es-ES", all, "(D. Ed, Ed.; L. Lu, Trad.)", "Roe, A., & Poe, B. (Eds.). (2010)");
        check("fr-CA", all, "Roe, A., & Poe, B. (Éds.). (2010)", "L. Lu, Trad.");
        check("pt-PT", all, "(D. Ed, Ed.; L. Lu, Trad.)", "Roe, A., & Poe, B. (Eds.). (2010)");
        check("en-US", all, "(D. Ed, Ed.; L. Lu, Trans.)", "Roe, A., & Poe, B. (Eds.). (2010)");
        assertAll(all);
    }

    /**
     * A term of several words, in citeproc-js's title case: a one-letter word and a stop word stay
     * in lower case, a word after a full stop is capitalised (checked with cp.js apa it-IT, es-ES,
     * fr-FR, pt-BR); capitalize-all printed "A C. Di", "Ed. Y Trad.", "Éd. Et Trad.".
     */
    @Test
    void aTermOfSeveralWordsKeepsItsShortAndStopWordsInLowerCase() throws Exception {
        List<Executable> all = new ArrayList<>();
        check("it-IT", all, "(D. Ed, A c. Di; L. Lu, Trad.)", "Roe, A., & Poe, B. (A c. Di). (2010)", "(M. Ro, Cur. e Trad.)");
        check("es-ES", all, "(M. Ro, Ed. y Trad.)");
        check("fr-FR", all, "(M. Ro, Éd. et Trad.)");
        check("pt-BR", all, "(M. Ro, Ed. e Trad.)");
        assertAll(all);
    }
}
