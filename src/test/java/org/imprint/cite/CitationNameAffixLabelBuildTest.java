package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name's suffix before a label that prints nothing for the names (the empty "author" term) is
 * printed ({@link NameAffixes}): moved onto the label, it was lost with it, and
 * the-open-university-m801 listed "Bok, F. 2011." where citeproc-js prints "Bok, F., 2011.".
 */
class CitationNameAffixLabelBuildTest {

    private static final String SOURCES = """
            [{"id":"bok","type":"book","title":"A Book","author":[{"family":"Bok","given":"Frank"}],"issued":{"date-parts":[[2011]]},
              "publisher":"Pub","publisher-place":"London"},
             {"id":"eb","type":"book","title":"Edited Book","editor":[{"family":"Edd","given":"Jo"}],"issued":{"date-parts":[[2005]]},
              "publisher":"Knopf","publisher-place":"NY"},
             {"id":"an","type":"book","title":"Nameless","issued":{"date-parts":[[2000]]},"publisher":"Pub","publisher-place":"NY"}]
            """;

    @TempDir
    Path dir;

    @Test
    void aNamesSuffixBeforeAnEmptyLabelIsPrinted() throws Exception {
        String m801 = CitationLocaleTermsBuildTest.text(TestReport.citing(dir, "m801", "the-open-university-m801").title("Affixes")
                .language("en-GB").bibliography("references.json").body("One [@bok]. Two [@eb]. Three [@an].\n")
                .file("references.json", SOURCES).build("epub").epub());
        assertAll(
                () -> assertTrue(m801.contains("Bok, F., 2011. A Book. London: Pub."), m801),
                // what the substitutes print (an editor's macro, "Anon") is as before: the names' suffix is not theirs
                () -> assertTrue(m801.contains("Edd, J. ed., 2005. Edited Book. NY: Knopf."), m801),
                () -> assertTrue(m801.contains("Anon, 2000. Nameless. NY: Pub."), m801));
    }
}
