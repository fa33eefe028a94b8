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
 * A region without a CSL locale file of its own ("es-AR", "de-LU", "fr-BE", "pt-AO", "it-CH",
 * "zh-HK") is printed in its language's primary dialect, as CSL says and citeproc-js does:
 * citeproc-java refused the language, and every word of an APA reference list in Argentine
 * Spanish came out en-US's ("n.d.", "In", "2nd ed."), with no warning. The expected texts are
 * citeproc-js 2.4's for the same sources.
 */
class CitationRegionalLocaleBuildTest {

    private static final String REFS = """
            [{"id": "a", "type": "book", "author": [{"family": "Kim", "given": "Ana"},{"family": "Lee", "given": "Bo"}], "title": "A book",
              "publisher": "P", "edition": "2", "issued": {"date-parts": [[2019]]}},
             {"id": "n", "type": "chapter", "author": [{"family": "Nod", "given": "Cy"}], "title": "No date chapter",
              "container-title": "Big", "editor": [{"family": "Ed", "given": "Di"}], "page": "3-9"}]
            """;

    @TempDir
    Path dir;

    private TestReport.Built built(String language) throws Exception {
        return TestReport.citing(dir, language, "apa").title("Regions").language(language).bibliography("references.json")
                .file("references.json", REFS).body("A [@a; @n, p. 4].\n").build("epub");
    }

    /** The article's text and the build's warnings hold each of {@code expected}, and no "no CSL locale" warning. */
    private void check(String language, List<Executable> all, String... expected) throws Exception {
        TestReport.Built built = built(language);
        String text = Jsoup.parse(CitationFaultsBuildTest.article(built.epub())).text().replace('\u00A0', ' ');
        for (String e : expected) {
            all.add(() -> assertTrue(text.contains(e), language + ": " + e + " in " + text));
        }
        all.add(() -> assertTrue(built.warningLines().stream().noneMatch(w -> w.contains("no CSL locale")),
                language + ": " + built.warningLines()));
    }

    @Test
    void aRegionWithoutItsOwnLocaleFileIsPrintedInItsLanguage() throws Exception {
        List<Executable> all = new ArrayList<>();
        check("es-AR", all, "(Kim & Lee, 2019; Nod, s. f., p. 4)", "A book (2.ª ed.)", "(s. f.). No date chapter. En D. Ed");
        check("es-CO", all, "(Kim & Lee, 2019; Nod, s. f., p. 4)", "A book (2.ª ed.)");
        check("de-LU", all, "(Kim & Lee, 2019; Nod, o. J., S. 4)", "A book (2. Aufl.)", "In D. Ed (Hrsg.), Big (S. 3–9)");
        check("fr-BE", all, "(Kim & Lee, 2019; Nod, s. d., p. 4)", "A book (2ᵉ éd.)");
        check("pt-AO", all, "(Kim & Lee, 2019; Nod, s.d., p. 4)", "No date chapter. Em D. Ed");
        check("it-CH", all, "(Kim & Lee, 2019; Nod, s.d., p. 4)", "A book (2ª ed.)");
        check("zh-HK", all, "(Kim & Lee, 2019; Nod, 不详, 页 4)", "A book (2 版)", "收入 D. Ed (编), Big (页 3～9)");
        assertAll(all);
    }
}
