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
        return CitationLocaleTermsBuildTest.text(TestReport.citing(dir, name, style).title("Names").language(language).bibliography(file)
                .body(body).file(file, bib).build("epub").epub());
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

    private static final String SERIES_ONLY_BIB = """
            @book{seronly, editora={Vale, Vera}, editoratype={series}, title={Series Only Book}, series={Studies in Water}, number={3}, publisher={Delta Press}, address={Hanoi}, year={2017}}
            @book{sered, editor={Vale, Vera}, editortype={series}, title={Editor Typed Series}, series={Studies in Water}, number={4}, publisher={Delta Press}, address={Hanoi}, year={2018}}
            """;

    private static final String SERIES_ONLY_JSON = """
            [{"id":"seronly","type":"book","collection-editor":[{"family":"Vale","given":"Vera"}],"title":"Series Only Book","collection-title":"Studies in Water","collection-number":"3","publisher":"Delta Press","publisher-place":"Hanoi","issued":{"date-parts":[[2017]]}},
             {"id":"sered","type":"book","collection-editor":[{"family":"Vale","given":"Vera"}],"title":"Editor Typed Series","collection-title":"Studies in Water","collection-number":"4","publisher":"Delta Press","publisher-place":"Hanoi","issued":{"date-parts":[[2018]]}}]
            """;

    /**
     * A book whose only editor edits its series (BibLaTeX's {@code editora} or {@code editor} of
     * type series; CSL JSON's collection-editor) is printed as each style's CSL prints a
     * collection editor, as citeproc-js would: APA substitutes the collection editor for the
     * missing author with its short term ("(Ed.)"; French "(dir.)", the series editor's term,
     * not the editor's "éd."); MLA and IEEE name no series editor of a book (neither substitutes
     * it, IEEE's CSL never prints one), so the entry begins with the title. BibTeX and CSL JSON
     * read alike.
     */
    @Test
    void aSeriesOnlyEditorIsPrintedAsTheStylesCslSays() throws Exception {
        String body = "A [@seronly]. B [@sered].\n";
        for (String[] source : new String[][] {{"references.bib", SERIES_ONLY_BIB}, {"references.json", SERIES_ONLY_JSON}}) {
            String tag = source[0].substring(11);
            String apa = epub("so-apa-" + tag, "en", "apa", source[0], source[1], body);
            String fr = epub("so-fr-" + tag, "fr", "apa", source[0], source[1], body);
            String mla = epub("so-mla-" + tag, "en", "modern-language-association", source[0], source[1], body);
            String ieee = epub("so-ieee-" + tag, "en", "ieee", source[0], source[1], body);
            assertAll(source[0],
                    () -> assertTrue(apa.contains("Vale, V. (Ed.). (2017). Series Only Book. Delta Press."), apa),
                    () -> assertTrue(apa.contains("Vale, V. (Ed.). (2018). Editor Typed Series. Delta Press."), apa),
                    () -> assertTrue(fr.contains("Vale, V. (Dir.). (2017). Series Only Book."), fr),
                    () -> assertTrue(mla.contains("Series Only Book. Delta Press, 2017. Studies in Water 3."), mla),
                    () -> assertFalse(mla.contains("Vale"), mla),
                    () -> assertTrue(ieee.contains("Series Only Book. in Studies in Water, no. 3. Hanoi: Delta Press, 2017."), ieee),
                    () -> assertFalse(ieee.contains("Vale"), ieee));
        }
    }

    private static final String CHAPTER_EDITORS = """
            [{"id":"cj","type":"chapter","author":[{"family":"Lee","given":"Bo"}],"title":"Json Chapter","container-title":"The Other Book","editor":[{"family":"Dunn","given":"Di"}],"publisher":"Pub","page":"1-10","issued":{"date-parts":[[2020]]}},
             {"id":"both","type":"chapter","author":[{"family":"Kay","given":"Ann"}],"title":"Both","container-title":"Works","container-author":[{"family":"Ode","given":"Olu"}],"editor":[{"family":"Carr","given":"Cy"}],"publisher":"Pub","page":"5-9","issued":{"date-parts":[[2019]]}}]
            """;

    /**
     * OSCOLA names {@code container-author editor translator} in one {@code <names delimiter=", ">}:
     * citeproc-java wrote the delimiter before the editor though no container author printed
     * before it, "in , Di Dunn (ed)" (citeproc-js: "in Di Dunn (ed)"); between two lists that
     * print, it stays.
     */
    @Test
    void aNameListsDelimiterFollowsOnlyAListThatPrinted() throws Exception {
        String text = epub("oscola", "en", "oscola", "references.json", CHAPTER_EDITORS, "A [@cj]. B [@both].\n");
        assertAll(
                () -> assertTrue(text.contains("Lee B, “Json Chapter” in Di Dunn (ed), The Other Book (Pub 2020)"), text),
                () -> assertTrue(text.contains("in Olu Ode, Cy Carr (ed), Works"), text),
                () -> assertFalse(text.contains("in , "), text));
    }
}
