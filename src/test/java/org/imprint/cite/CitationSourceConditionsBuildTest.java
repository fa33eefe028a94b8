package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A condition on a variable a substitute printed tests the source, as citeproc-js does
 * ({@link SourceConditions}): citeproc-java took the variable for absent once the substitute had
 * printed it.
 */
class CitationSourceConditionsBuildTest {

    private static final String SOURCES = """
            [{"id":"bk","type":"book","title":"The big book","author":[{"family":"Smith","given":"John"}],
              "issued":{"date-parts":[[2001]]},"publisher":"Pub","volume":"1-2","number-of-volumes":"2"},
             {"id":"th","type":"thesis","title":"A Thesis","genre":"PhD diss.","publisher":"Uni","issued":{"date-parts":[[2015]]}}]
            """;

    @TempDir
    Path dir;

    private String epub(String style) throws Exception {
        return CitationLocaleTermsBuildTest.text(TestReport.citing(dir, style, style).title("Conditions").language("en-US")
                .bibliography("references.json").body("One [@bk]. Two [@th].\n").file("references.json", SOURCES).build("epub").epub());
    }

    /**
     * MLA prints the composer, else the author; its volume macro prints nothing for a book with
     * an author. Taken for a book without one, it read "Smith, John. The Big Book. Vols. 1-2,
     * Pub, 2001."
     */
    @Test
    void aBookByAnAuthorIsNoBookWithoutOne() throws Exception {
        String mla = epub("modern-language-association");
        assertAll(
                () -> assertTrue(mla.contains("Smith, John. The Big Book. Pub, 2001."), mla),
                () -> assertFalse(mla.contains("Vol"), mla));
    }

    /** A thesis without an author is listed by its title, and its genre, printed there, no longer taken for absent and printed again. */
    @Test
    void aGenrePrintedInTheAuthorsPlaceIsPrintedOnce() throws Exception {
        String jim = epub("journal-of-interactive-marketing");
        assertAll(
                () -> assertTrue(jim.contains("“A Thesis” (2015), phd diss., Uni."), jim),
                () -> assertFalse(jim.contains("PhD diss., phd diss."), jim));
    }
}
