package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editors who are also the translators are named once, with the locale's "editortranslator"
 * term, as citeproc-js prints them ({@link EditorTranslators}); citeproc-java named them twice.
 */
class CitationEditorTranslatorsBuildTest {

    private static final String SOURCES = """
            [{"id":"et","type":"book","title":"A translated book","author":[{"family":"Kant","given":"Immanuel"}],
              "editor":[{"family":"Ss","given":"Sam"}],"translator":[{"family":"Ss","given":"Sam"}],
              "issued":{"date-parts":[[2001,1,5]]},"publisher":"Pub","edition":"2","publisher-place":"Wien"},
             {"id":"ed","type":"book","title":"An edited book","editor":[{"family":"Roe","given":"Ann"},{"family":"Poe","given":"Bo"}],
              "translator":[{"family":"Lu","given":"Li"}],"issued":{"date-parts":[[2010]]},"publisher":"Pub"},
             {"id":"na","type":"book","title":"No author","editor":[{"family":"Ss","given":"Sam"},{"family":"Tt","given":"Tom"}],
              "translator":[{"family":"Ss","given":"Sam"},{"family":"Tt","given":"Tom"}],"issued":{"date-parts":[[2002]]},"publisher":"Pub"},
             {"id":"ch","type":"chapter","title":"Chap","author":[{"family":"Au","given":"Al"}],"container-title":"Big",
              "editor":[{"family":"Ss","given":"Sam"},{"family":"Tt","given":"Tom"}],"translator":[{"family":"Ss","given":"Sam"},{"family":"Tt","given":"Tom"}],
              "issued":{"date-parts":[[2003]]},"publisher":"Pub","page":"3-9"}]
            """;

    @TempDir
    Path dir;

    private String epub(String style, String language) throws Exception {
        return CitationLocaleTermsBuildTest.text(TestReport.citing(dir, style + language, style).title("Translators").language(language)
                .bibliography("references.json").body("One [@et]. Two [@ed]. Three [@na]. Four [@ch].\n")
                .file("references.json", SOURCES).build("epub").epub());
    }

    @Test
    void anEditorWhoTranslatedIsNamedOnce() throws Exception {
        String chicago = epub("chicago-notes-bibliography", "en-US");
        assertAll(
                () -> assertTrue(chicago.contains("Kant, Immanuel. A Translated Book. 2nd ed. Edited and translated by Sam Ss. Pub, 2001."), chicago),
                () -> assertTrue(chicago.contains("2nd ed., ed. and trans. Sam Ss (Pub, 2001)."), chicago),
                // several names: the plural where the term has one ("and" joins them)
                () -> assertTrue(chicago.contains("In Big, edited and translated by Sam Ss and Tom Tt. Pub, 2003."), chicago),
                // editors who are not the translators, and editors printed in the author's place, as before
                () -> assertTrue(chicago.contains("Roe, Ann, and Bo Poe, eds. An Edited Book. Translated by Li Lu. Pub, 2010."), chicago),
                () -> assertTrue(chicago.contains("Ss, Sam, and Tom Tt, eds. No Author. Translated by Sam Ss and Tom Tt. Pub, 2002."), chicago),
                () -> assertFalse(chicago.contains("Edited by Sam Ss. Translated by Sam Ss"), chicago));
    }

    @Test
    void theTermIsTheLanguagesAndTheLabelsForm() throws Exception {
        String german = epub("chicago-notes-bibliography", "de-AT");
        String apa = epub("apa", "en-US");
        assertAll(
                () -> assertTrue(german.contains("2. Aufl. Herausgegeben und übersetzt von Sam Ss. Pub, 2001."), german),
                () -> assertTrue(german.contains("hg. & übers. von Sam Ss (Pub, 2001)"), german),
                () -> assertTrue(apa.contains("Kant, I. (2001). A translated book (S. Ss, Ed. & Trans.; 2nd ed.). Pub."), apa),
                () -> assertTrue(apa.contains("Ss, S., & Tt, T. (Eds.). (2002). No author (S. Ss & T. Tt, Trans.). Pub."), apa));
    }
}
