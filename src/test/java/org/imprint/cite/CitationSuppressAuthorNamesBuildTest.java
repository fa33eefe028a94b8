package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code [-@key]} (suppress-author) drops what the style prints in the authors' place and
 * nothing else, as citeproc-js (found by h15y): a chapter's editors and a book's translator stay
 * in a Chicago note.
 */
class CitationSuppressAuthorNamesBuildTest {

    static final String JSON = """
            [{"id": "chap", "type": "chapter", "title": "Memory and Forgetting", "container-title": "Handbook of Cognition",
              "author": [{"family": "Smith", "given": "Anna"}], "editor": [{"family": "Jones", "given": "Peter"},
              {"family": "Brown", "given": "Lisa"}], "publisher": "Sage", "publisher-place": "London", "page": "45-67",
              "issued": {"date-parts": [[2005]]}},
             {"id": "trans", "type": "book", "title": "War and Peace", "author": [{"family": "Tolstoy", "given": "Leo"}],
              "translator": [{"family": "Pevear", "given": "Richard"}], "publisher": "Vintage",
              "original-date": {"date-parts": [[1869]]}, "issued": {"date-parts": [[2008]]}},
             {"id": "edtr", "type": "book", "title": "The Edited and Translated", "editor": [{"family": "Roe", "given": "Ann"}],
              "translator": [{"family": "White", "given": "Susan"}], "publisher": "Pub", "issued": {"date-parts": [[2018]]}}]
            """;

    @TempDir
    Path dir;

    private String build(String style) throws Exception {
        return text(TestReport.citing(dir, style, style).title("Faults").bibliography("refs.json")
                .body("Smith says so [-@chap, chap. 2]. Tolstoy too [-@trans, 4]. Roe too [-@edtr].\n").file("refs.json", JSON).build("pdf").pdf());
    }

    /** The notes kept no name at all: "in Handbook of Cognition (London: Sage, 2005), chap. 2." */
    @Test
    void editorsAndTranslatorsStayInNotes() throws Exception {
        String sixteenth = build("chicago-notes-bibliography-16th-edition");
        String eighteenth = build("chicago-notes-bibliography");
        assertAll(
                () -> assertContains(sixteenth, "“Memory and Forgetting,” in Handbook of Cognition, ed. Peter Jones and Lisa Brown (London: Sage, 2005), chap. 2."),
                () -> assertContains(sixteenth, "War and Peace, trans. Richard Pevear (1869; repr., Vintage, 2008), 4."),
                () -> assertContains(eighteenth, "in Handbook of Cognition, ed. Peter Jones and Lisa Brown (Sage, 2005), chap. 2."),
                () -> assertContains(eighteenth, "War and Peace, trans. Richard Pevear (1869; Vintage, 2008), 4."));
    }

    /**
     * A source without authors loses only the names its style's substitute prints in their place:
     * the editor of a book edited and translated, not its translator (cp.js with suppress-author,
     * chicago-notes-bibliography: "The Edited and Translated, trans. Susan White (Pub, 2018).");
     * both went, "The Edited and Translated (Pub, 2018).".
     */
    @Test
    void aSourceWithoutAuthorsKeepsTheNamesItsSubstituteDoesNotPrint() throws Exception {
        String eighteenth = build("chicago-notes-bibliography");
        String sixteenth = build("chicago-notes-bibliography-16th-edition");
        assertAll(
                () -> assertContains(eighteenth, "The Edited and Translated, trans. Susan White (Pub, 2018)."),
                () -> assertContains(sixteenth, "The Edited and Translated, trans. Susan White (Pub, 2018)."));
    }

    /** An author-date citation still prints the year alone. */
    @Test
    void authorDateStillPrintsTheYear() throws Exception {
        String chicago = build("chicago-author-date");
        assertAll(
                () -> assertContains(chicago, "Smith says so (2005, chap. 2)."),
                () -> assertContains(chicago, "Tolstoy too ([1869] 2008, 4)."));
    }
}
