package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The name options a style sets on its {@code <style>}, {@code <citation>} or
 * {@code <bibliography>} for its names to inherit, which citeproc-java 3.5 ignores, built for
 * real and read in the e-book, as citeproc-js prints them (h15aa 2, 3): a source cited again cut
 * to its first name ({@code et-al-subsequent-min}), with names added where that cut makes two
 * sources read alike, and the names' delimiter ({@code name-delimiter}).
 */
class CitationInheritedNamesBuildTest {

    static final String BIB = """
            @book{three, author = {Smith, John and Lee, Anna and Kim, Min}, title = {Three Hands}, publisher = {Polity}, address = {Cambridge}, year = {2002}}
            @book{other, author = {Smith, John and Park, Jae and Kim, Min}, title = {Three Hands}, publisher = {Polity}, address = {Cambridge}, year = {2002}}
            @book{two, author = {Park, Jae and Cho, Eun}, title = {Two Hands}, publisher = {Polity}, address = {Cambridge}, year = {2005}}
            """;

    @TempDir
    Path dir;

    private String built(String name, String style, String language, String body) throws Exception {
        TestReport.Built built = TestReport.citing(dir, name, style).title("Names").language(language)
                .file("references.bib", BIB).body(body).build("epub");
        // the article's text, its tags and note calls out, its white space one space
        return article(built.epub()).replaceAll("<sup[^>]*>.*?</sup>", "").replaceAll("<[^>]+>", "")
                .replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    /** apa-6th-edition: three authors in full the first time, "Smith et al." after (citeproc-java: in full every time). */
    @Test
    void aSourceCitedAgainIsCutAsTheStyleCutsSubsequentCites() throws Exception {
        String text = built("apa", "apa-6th-edition", "en-US", "First [@three]. Other [@two]. Again [@three, p. 4]. Two again [@two].\n");
        assertAll(
                () -> assertContains(text, "First (Smith, Lee, & Kim, 2002)."),
                () -> assertContains(text, "Again (Smith et al., 2002, p. 4)."),
                // two names: nothing to cut
                () -> assertContains(text, "Two again (Park & Cho, 2005)."),
                // the reference list names all
                () -> assertContains(text, "Smith, J., Lee, A., & Kim, M. (2002)."));
    }

    /** chicago-notes: the short note of a source cited again is cut too. */
    @Test
    void aSubsequentShortNoteIsCut() throws Exception {
        String text = built("notes", "chicago-notes", "en-US", "First [@three]. Other [@two]. Again [@three, 5].\n");
        assertAll(
                () -> assertContains(text, "John Smith, Anna Lee, and Min Kim, Three Hands (Polity, 2002)."),
                () -> assertContains(text, "Smith et al., Three Hands, 5."));
    }

    /**
     * american-sociological-association adds names to tell sources apart: two sources that read
     * alike only when cut, on being cited again, show the name that tells them apart, and their
     * first cites stay in full.
     */
    @Test
    void namesAreAddedWhereOnlyTheSubsequentCutMakesSourcesReadAlike() throws Exception {
        String text = built("asa", "american-sociological-association", "en-US",
                "One [@three]. Another [@other]. One again [@three]. Another again [@other, p. 4].\n");
        assertAll(
                () -> assertContains(text, "One (Smith, Lee, and Kim 2002)."),
                () -> assertContains(text, "Another (Smith, Park, and Kim 2002)."),
                () -> assertContains(text, "One again (Smith, Lee, et al. 2002)."),
                () -> assertContains(text, "Another again (Smith, Park, et al. 2002:4)."));
    }

    /**
     * comparative-population-studies sets {@code name-delimiter="/"} on its citation and "; " on
     * its reference list, whose names are inverted: with a comma between them two people read as
     * four (citeproc-java: "(Smith, Lee 2002)", "Smith, John, Lee, Anna").
     */
    @Test
    void theNameDelimiterOfTheCitationAndOfTheListIsKept() throws Exception {
        String text = built("cps", "comparative-population-studies", "de-DE", "Erst [@two]. Dann [@two, 4].\n");
        assertAll(
                () -> assertContains(text, "Erst (Park/Cho 2005)."),
                () -> assertContains(text, "Dann (Park/Cho 2005: 4)."),
                () -> assertContains(text, "Park, Jae; Cho, Eun 2005"));
    }

    /** Two sources of seven authors sharing the first, and one of nine. */
    static final String LONG_BIB = """
            @book{lee, author = {Smith, John and Lee, Anna and Park, Min and Kim, Su and Choi, Ha and Jung, Ho and Kang, Yu}, title = {Alpha}, publisher = {Polity}, year = {2019}}
            @book{brown, author = {Smith, John and Brown, Tom and Green, Al and White, Bo and Black, Cy and Gray, Di and Stone, Ed}, title = {Beta}, publisher = {Polity}, year = {2019}}
            @book{nine, author = {Aa, Ann and Bb, Ben and Cc, Cid and Dd, Dan and Ee, Eve and Ff, Fay and Gg, Gus and Hh, Hal and Ii, Ivy}, title = {Nine Hands}, publisher = {Polity}, year = {2020}}
            """;

    private String builtLong(String name, String style, String language, String body) throws Exception {
        TestReport.Built built = TestReport.citing(dir, name, style).title("Names").language(language)
                .file("references.bib", LONG_BIB).body(body).build("epub");
        return article(built.epub()).replaceAll("<sup[^>]*>.*?</sup>", "").replaceAll("<[^>]+>", "")
                .replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    /**
     * decision-sciences cuts only cites after the first ({@code et-al-subsequent-min} on its
     * {@code <style>}, no {@code et-al-use-first}): two sources cut alike ("Smith et al., 2019")
     * show the second name that tells them apart, as in citeproc-js.
     */
    @Test
    void namesAreAddedWhereTheStyleCutsOnlySubsequentCites() throws Exception {
        String text = builtLong("ds", "decision-sciences", "en-US", "One [@lee]. Two [@brown]. One again [@lee]. Two again [@brown].\n");
        assertAll(
                () -> assertContains(text, "One (Smith, Lee, Park, Kim, Choi, Jung, & Kang, 2019)."),
                () -> assertContains(text, "One again (Smith, Lee, et al., 2019)."),
                () -> assertContains(text, "Two again (Smith, Brown, et al., 2019)."));
    }

    /**
     * wirtschaftsuniversitat-wien-author-date's reference list cuts nine names to six, an ellipsis
     * and the last ({@code et-al-use-last}) between names delimited by "/": the ellipsis follows
     * that delimiter alone, as in citeproc-js (was "Ff, Fay/, … Ii, Ivy").
     */
    @Test
    void theEllipsisBeforeTheLastNameFollowsTheStylesDelimiter() throws Exception {
        String text = builtLong("wu", "wirtschaftsuniversitat-wien-author-date", "de-DE", "Viele [@nine].\n");
        assertContains(text, "Ee, Eve/Ff, Fay/\u2026 Ii, Ivy (2020)");
    }
}
