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
              {"family": "Poe", "given": "Bo"}], "issued": {"date-parts": [[2010]]}, "publisher": "Pub"}]
            """;

    @TempDir
    Path dir;

    private void check(String language, List<Executable> all, String... expected) throws Exception {
        TestReport.Built built = TestReport.citing(dir, language, "apa").title("Roles").language(language)
                .bibliography("references.json").file("references.json", REFS).body("A [@et; @ed].\n").build("epub");
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
}
