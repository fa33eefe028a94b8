package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Name lists of several roles, and editors of a series, as the style's CSL prints them
 * (issue 15, fix15ae).
 */
class CitationNameListsBuildTest {

    @TempDir
    Path dir;

    private String epub(String name, String language, String style, String file, String bib, String body) throws Exception {
        return CitationLocaleTermsBuildTest.text(TestReport.at(dir.resolve(name)).out(dir.resolve("out-" + name)).title("Names")
                .date("2026-03-02").author("Jane Doe").language(language).bibliography(file)
                .frontMatter("citation_style: " + style).body(body).file(file, bib).build("epub").epub());
    }

    private static final String EDITORS = """
            [{"id":"ed","type":"book","editor":[{"family":"Carr","given":"Clara"}],"collection-editor":[{"family":"Carr","given":"Clara"}],"title":"Edited Volume","publisher":"Delta Press","publisher-place":"Hanoi","issued":{"date-parts":[[2018]]}},
             {"id":"ch","type":"chapter","author":[{"family":"Oh","given":"Olga"}],"title":"A Chapter","container-title":"Handbook","editor":[{"family":"Carr","given":"Clara"}],"collection-editor":[{"family":"Carr","given":"Clara"}],"publisher":"Delta Press","publisher-place":"Hanoi","issued":{"date-parts":[[2019]]},"page":"1-9"},
             {"id":"two","type":"book","editor":[{"family":"Carr","given":"Clara"}],"collection-editor":[{"family":"Reed","given":"Rita"}],"title":"Two Editors","publisher":"Delta Press","publisher-place":"Hanoi","issued":{"date-parts":[[2017]]}}]
            """;

    /**
     * bibliotheque-universitaire-de-medecine-vancouver names {@code editor collection-editor} in
     * one {@code <names>} without a delimiter: citeproc-java ran the lists together, "Carr C,
     * editorCarr C, editor." where a CSL JSON source's collection editor repeats its editor, and
     * "Carr C, editorReed R, editor." for two people. A copy of the editor with no series is no
     * second person; two lists are delimited ("; ", the CSL specification's example).
     */
    @Test
    void nameListsOfOneNamesElementAreDelimitedAndACopyIsPrintedOnce() throws Exception {
        String text = epub("vancouver", "en", "bibliotheque-universitaire-de-medecine-vancouver", "references.json", EDITORS,
                "A [@ed]. B [@ch]. C [@two].\n");
        assertAll(
                () -> assertTrue(text.contains("Carr C, editor. Edited Volume. Hanoi: Delta Press; 2018."), text),
                () -> assertTrue(text.contains("In: Carr C, editor. Handbook."), text),
                () -> assertTrue(text.contains("Carr C, editor; Reed R, editor. Two Editors."), text),
                () -> assertFalse(text.contains("editorCarr") || text.contains("editorReed"), text));
    }

    private static final String SERIES = """
            @incollection{ser, author={Oh, Olga}, title={Chapter in a Series}, booktitle={Handbook}, editor={Carr, Clara}, series={Handbooks of Water}, pages={1--2}, publisher={Delta Press}, address={Hanoi}, year={2019}}
            @incollection{sernum, author={Oh, Olga}, title={Numbered}, booktitle={Handbook}, series={Handbooks of Water}, number={7}, pages={1--2}, publisher={Delta Press}, address={Hanoi}, year={2019}}
            @book{bk, author={Stone, Sam}, title={Monograph}, series={Studies in Water}, number={12}, publisher={Delta Press}, address={Hanoi}, year={2017}}
            """;

    /**
     * IEEE's series macro ends with ". " inside a chapter's comma-delimited group: "in Handbooks
     * of Water. , Hanoi: Delta Press". The full stop stands, as in IEEE's book ("no. 12. Hanoi").
     */
    @Test
    void ieeesSeriesEndsWithOneFullStop() throws Exception {
        String text = epub("ieee-series", "en", "ieee", "references.bib", SERIES, "A [@ser]. B [@sernum]. C [@bk].\n");
        assertAll(
                () -> assertTrue(text.contains("C. Carr, Ed., in Handbooks of Water. Hanoi: Delta Press, 2019, pp. 1–2."), text),
                () -> assertTrue(text.contains("in Handbooks of Water, no. 7. Hanoi: Delta Press, 2019"), text),
                () -> assertTrue(text.contains("in Studies in Water, no. 12. Hanoi: Delta Press, 2017."), text),
                () -> assertFalse(text.contains(". ,"), text));
    }
}
