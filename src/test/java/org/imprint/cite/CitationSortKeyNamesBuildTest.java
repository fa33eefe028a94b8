package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names in a sort key as CSL gives them, built for real and read in the e-book, as
 * citeproc-js sorts (h15ab 7): a citation's key names a source as its first cite does (not cut
 * as a later cite is), a key inherits the et-al cut of its citation or reference list, and a
 * key's own {@code names-min} and {@code names-use-first} cut the names of the macro it calls.
 */
class CitationSortKeyNamesBuildTest {

    static final String BIB = """
            @book{three, author = {Smith, John and Lee, Anna and Kim, Min}, title = {Three Hands}, publisher = {Polity}, address = {Cambridge}, year = {2002}}
            @book{other, author = {Smith, John and Park, Jae and Kim, Min}, title = {Other Hands}, publisher = {Polity}, address = {Cambridge}, year = {2002}}
            @article{six, author = {Brown, Amy and Green, Bo and White, Cy and Black, Di and Gray, Ed and Rose, Flo}, title = {Six Hands},
                     journal = {Journal of Hands}, volume = {4}, year = {2010}, pages = {1--20}}
            @article{sixmore, author = {Brown, Amy and Green, Bo and Blue, Cy and Black, Di and Gray, Ed and Rose, Flo}, title = {Six More Hands},
                     journal = {Journal of Hands}, volume = {5}, year = {2010}, pages = {21--40}}
            @book{alpha, author = {Smith, John and Adams, Ann and Kim, Min}, title = {Alpha}, publisher = {Polity}, year = {2010}}
            @book{beta, author = {Smith, John and Zed, Zoe and Kim, Min}, title = {Beta}, publisher = {Polity}, year = {2005}}
            @article{water, title = {Water Rights Reconsidered}, journal = {Journal of Hydrology}, volume = {12}, year = {2013}, pages = {45--67}}
            """;

    @TempDir
    Path dir;

    private String built(String name, String style, String body) throws Exception {
        TestReport.Built built = TestReport.citing(dir, name, style).title("Sort keys").language("en-US")
                .file("references.bib", BIB).body(body).build("epub");
        return article(built.epub()).replaceAll("<sup[^>]*>.*?</sup>", "").replaceAll("<[^>]+>", "")
                .replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    private static void assertBefore(String text, String first, String second) {
        assertContains(text, first);
        assertContains(text, second);
        assertTrue(text.indexOf(first) < text.indexOf(second), () -> "\"" + first + "\" should come before \"" + second + "\" in: " + text);
    }

    /**
     * american-sociological-association sorts a citation by its "author-short" macro, which cuts a
     * source cited again to "Smith et al.": both sources keyed so, they kept the order cited,
     * where citeproc-js compares the three names of a first cite (Lee before Park).
     */
    @Test
    void aCitationKeyNamesTheSourceAsItsFirstCite() throws Exception {
        String text = built("asa", "american-sociological-association",
                "One [@three]. Another [@other]. Both [@other; @three].\n");
        String both = text.substring(text.indexOf("Both"));
        assertBefore(both, "Smith, Lee, et al. 2002", "Smith, Park, et al. 2002");
    }

    /**
     * de-buck's reference list cuts six authors to "Brown et al." ({@code et-al-min="4"} on its
     * bibliography): its key by the "author" macro ties the two works there and the title
     * decides, as citeproc-js orders them; the key compared all six names (Blue before White),
     * and the repeated-author dash stood on the other entry.
     */
    @Test
    void aListKeyInheritsTheListsEtAlCut() throws Exception {
        String text = built("debuck", "de-buck", "Six [@six]. More [@sixmore].\n");
        // the list's first entry names the authors, the second has the dash
        String list = text.substring(text.indexOf("Brown, Amy, et al."));
        assertBefore(list, "Six Hands", "---, et al.");
        assertBefore(list, "---, et al.", "Six More Hands");
    }

    /**
     * copernicus-publications orders its list by the first author, the number of authors, then
     * {@code <key macro="author" names-min="3" names-use-first="1"/>}: "Smith et al." for both
     * sources, so the year decides (2005 before 2010), as in citeproc-js; the key's cut was
     * ignored and the second author (Adams before Zed) decided. Its citation cuts the names at
     * three likewise, so "(Smith et al., 2005, 2010)".
     */
    @Test
    void aKeysNamesMinCutsTheNamesOfItsMacro() throws Exception {
        String text = built("copernicus", "copernicus-publications", "A [@alpha]. B [@beta]. Both [@alpha; @beta].\n");
        assertAll(
                () -> assertContains(text, "Both (Smith et al., 2005, 2010)."),
                () -> assertBefore(text.substring(text.lastIndexOf("Both")), "Zed, Z., and Kim, M.: Beta", "Adams, A., and Kim, M.: Alpha"));
    }

    /**
     * A source without author is keyed by its title, which chicago-author-date's author macro
     * prints in quotation marks: the key opened with "“" and the entry was filed before every
     * name (h15ac 2), where citeproc-js, rendering keys without quotes, files it under W.
     */
    @Test
    void aQuotedTitleIsFiledUnderItsFirstWord() throws Exception {
        String text = built("quoted", "chicago-author-date", "A [@alpha]. W [@water].\n");
        String list = text.substring(text.lastIndexOf("W ("));
        assertBefore(list, "Smith, John, Ann Adams, and Min Kim", "“Water Rights Reconsidered.”");
    }
}
