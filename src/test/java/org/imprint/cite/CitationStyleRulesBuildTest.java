package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules of CSL styles and locales that citeproc-java 3.5 does not follow and Imprint makes good
 * (issue 15, a hostile tester's last faults), each built for real: suppress-author without the
 * style's substitute for the author, punctuation inside quotation marks, collapsed citation numbers,
 * the locale's gendered ordinals.
 */
class CitationStyleRulesBuildTest {

    static final String BIB = """
            @book{salinity, title={Salinity in the {{Mekong Delta}}}, author={Đặng, Văn Minh}, date={2020},
              publisher={NXB Khoa học}, location={Hanoi}, edition={Second}}
            @article{mangroves, title={Mangroves and Tides}, author={Đặng, Văn Minh}, date={2020},
              journaltitle={Vietnam Journal of Earth Sciences}, volume={42}, pages={101--118}}
            @book{oz, title={Wizards and Water}, author={Oz, Amos}, date={1990}, publisher={Harcourt},
              location={New York}, edition={2}}
            @book{soils, title={Delta Soils}, author={Đặng, Văn Minh}, date={2018}, publisher={NXB}, location={Hanoi}, edition={2nd rev.}}
            """;

    @TempDir
    Path dir;

    private TestReport.Built build(String name, String style, String language, String body) throws Exception {
        return TestReport.citing(dir, name, style).title("Rules").language(language)
                .body(body + "\n").file("references.bib", BIB).build("pdf", "epub");
    }

    private static void assertIn(String text, String needle) {
        assertTrue(text.contains(needle), "expected \"" + needle + "\" in\n" + text);
    }

    /**
     * Harvard (Cite Them Right) substitutes the title macro, which prints the edition, for a
     * missing author: a narrative citation and {@code [-@key]} printed "Đặng (Second, 2020b,
     * p. 4)" and "(2nd ed., 1990, p. 9)", and the second of two sources by one author in one
     * citation "Đặng, 2020a, Second, 2020b".
     */
    @Test
    void aSuppressedAuthorLeavesNoSubstituteBehind() throws Exception {
        TestReport.Built built = build("harvard", "harvard-cite-them-right", "en",
                "Narrative @salinity [p. 4] and @soils [ch. 2]. Suppressed [-@oz, p. 9]. Both [@salinity; @mangroves].");
        String pdf = text(built.pdf());
        String epub = article(built.epub()).replaceAll("<[^>]*>", "");
        assertAll(
                () -> assertIn(pdf, "Narrative Đặng (2020b, p. 4) and Đặng (2018, chap. 2)."),
                () -> assertIn(pdf, "Suppressed (1990, p. 9)."),
                () -> assertIn(pdf, "Both (Đặng, 2020a, 2020b)."),
                () -> assertIn(epub, "Đặng (2020b, p. 4)"),
                () -> assertFalse(pdf.contains("(Second") || pdf.contains("2nd ed., 1990") || pdf.contains("(2nd rev.")
                        || pdf.contains("Second, 2020b"), pdf),
                // the edition stays where it belongs, in the reference list, "Second" read as a number
                () -> assertIn(pdf, "Salinity in the Mekong Delta. 2nd ed."));
    }

    /**
     * In American English the full stop that ends a note goes inside the closing quotation mark
     * (the en-US locale's punctuation-in-quote); Chicago's short note for an article ended
     * "“Mangroves and Tides”.".
     */
    @Test
    void theNotesFullStopGoesInsideTheQuotationMarks() throws Exception {
        TestReport.Built built = build("chicago", "chicago-notes-bibliography-16th-edition", "en",
                "First [@mangroves, 102]. Other [@oz]. Short [@mangroves].");
        String pdf = text(built.pdf());
        String epub = article(built.epub()).replaceAll("<[^>]*>", "");
        assertAll(
                () -> assertIn(pdf, "3. Đặng, “Mangroves and Tides.”"),
                () -> assertIn(epub, "Đặng, “Mangroves and Tides.”"),
                () -> assertFalse(pdf.contains("Tides”.") || epub.contains("Tides”."), pdf));
    }

    /**
     * Nature collapses a run of three or more citation numbers into a range; citeproc-java
     * printed "1,2,3,4". Two in a row stay apart.
     */
    @Test
    void citationNumbersCollapseIntoRanges() throws Exception {
        TestReport.Built built = build("nature", "nature", "en",
                "Numbers [@oz; @salinity; @mangroves; @soils]. Again [@soils; @oz; @mangroves]. Two [@oz; @salinity]. "
                        + "Paged [@oz; @salinity, p. 4; @mangroves].");
        String pdf = text(built.pdf());
        String epub = article(built.epub()).replaceAll("<[^>]*>", "");
        assertAll(
                // superscript numbers follow the sentence's full stop, as note calls do
                () -> assertIn(pdf, "Numbers.1–4"),
                () -> assertIn(pdf, "Again.1,3,4"),
                () -> assertIn(pdf, "Two.1,2"),
                () -> assertIn(epub, "Numbers.1–4"),
                () -> assertFalse(pdf.contains("1,2,3,4"), pdf));
    }

    /**
     * Ordinals come from the CSL locale, in the gender of the term they count: French "1ʳᵉ éd."
     * ("édition" is feminine; ICU's masculine "1er" before), Vietnamese "2 a.b" (its locale's
     * ordinal terms are empty; ICU's "thứ 2" before); an edition written "2nd" or "Second" is
     * the number 2, in German "2. Aufl." (before: "2nd Aufl.").
     */
    @Test
    void ordinalsFollowTheLocaleAndItsGenders() throws Exception {
        String fr = text(build("fr", "apa", "fr", "Un [@salinity]. Deux [@oz].").pdf());
        String vi = text(build("vi", "apa", "vi", "Một [@oz].").pdf());
        String de = text(TestReport.citing(dir, "de", "apa").title("Rules").language("de")
                .body("Eins [@first]. Zwei [@second].\n").file("references.bib", """
                        @book{first, title={Erste}, author={Roe, Ann}, date={2001}, publisher={P}, edition={1}}
                        @book{second, title={Zweite}, author={Roe, Bob}, date={2002}, publisher={P}, edition={2nd}}
                        """).build("pdf").pdf());
        String frFirst = text(TestReport.citing(dir, "fr1", "apa").title("Rules").language("fr").body("Un [@first].\n").file("references.bib", """
                        @book{first, title={Premier}, author={Roe, Ann}, date={2001}, publisher={P}, edition={1}}
                        """).build("pdf").pdf());
        assertAll(
                () -> assertIn(fr, "Salinity in the Mekong Delta (2ᵉ éd.)"),
                () -> assertIn(fr, "Wizards and Water (2ᵉ éd.)"),
                () -> assertIn(frFirst, "Premier (1ʳᵉ éd.)"),
                () -> assertFalse(frFirst.contains("1er"), frFirst),
                () -> assertIn(vi, "Wizards and Water (2 a.b)"),
                () -> assertFalse(vi.contains("thứ 2"), vi),
                () -> assertIn(de, "Zweite (2. Aufl.)"),
                () -> assertIn(de, "Erste (1. Aufl.)"),
                () -> assertFalse(de.contains("2nd"), de));
    }

    /**
     * A narrative citation of three authors joins them as the style's short names do: CSL's
     * default (contextual) puts a comma before "and" ("Smith, Jones, and Lee", Chicago 16), Harvard's
     * delimiter-precedes-last="never" none ("Smith, Jones and Lee"). Both printed "Smith, Jones and Lee".
     */
    @Test
    void narrativeNamesFollowTheStylesDelimiterBeforeTheLast() throws Exception {
        String bib = """
                @book{three, title={Three}, author={Smith, Ann and Jones, Bob and Lee, Cy}, date={2020}, publisher={P}}
                @book{two, title={Two}, author={Park, Ann and Kim, Bob}, date={2021}, publisher={P}}
                """;
        String chicago = text(TestReport.citing(dir, "cad", "chicago-author-date-16th-edition").title("Rules")
                .body("As @three [4] and @two say.\n").file("references.bib", bib).build("pdf").pdf());
        String harvard = text(TestReport.citing(dir, "ctr", "harvard-cite-them-right").title("Rules")
                .body("As @three [p. 4] and @two say.\n").file("references.bib", bib).build("pdf").pdf());
        assertAll(
                () -> assertIn(chicago, "As Smith, Jones, and Lee (2020, 4) and Park and Kim (2021) say."),
                () -> assertIn(harvard, "As Smith, Jones and Lee (2020, p. 4) and Park and Kim (2021) say."));
    }

    /** A report's number with letters is an identifier: Chicago 17 printed "TR-7" with a range's en dash, "TR–7". */
    @Test
    void aReportNumberKeepsItsHyphen() throws Exception {
        String pdf = text(TestReport.citing(dir, "tr", "chicago-notes-bibliography-17th-edition").title("Rules")
                .body("Tides [@tr].\n").file("references.bib", """
                        @techreport{tr, title={Tides Report}, author={Lee, Anna}, year={2010}, institution={NOAA},
                          address={Silver Spring}, number={TR-7}}
                        """).build("pdf").pdf());
        assertAll(
                () -> assertIn(pdf, "Anna Lee, Tides Report, TR-7 (Silver Spring: NOAA, 2010)."),
                () -> assertIn(pdf, "Tides Report. TR-7. Silver Spring: NOAA, 2010."),
                () -> assertFalse(pdf.contains("TR–7"), pdf));
    }

    /** A style that sorts its list by the name list itself, demotes no particle and cuts long lists short for the sort. */
    static final String SORT_CSL = """
            <?xml version="1.0" encoding="utf-8"?>
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" demote-non-dropping-particle="never">
              <info><title>Sort test</title><id>sort-test</id><updated>2026-01-01T00:00:00+00:00</updated></info>
              <citation><layout prefix="(" suffix=")"><text variable="title"/></layout></citation>
              <bibliography>
                <sort><key variable="author" names-min="3" names-use-first="1"/><key variable="title"/></sort>
                <layout suffix="."><group delimiter=". "><names variable="author"><name name-as-sort-order="first"/></names>
                  <text variable="title"/></group></layout>
              </bibliography>
            </style>
            """;

    /**
     * A sort by the name list ({@code <key variable="author"/>}) follows the style's
     * demote-non-dropping-particle ("never": "van Dam" under V, after "Dorn"; it sorted under D)
     * and the key's names-min and names-use-first (a list of three cut to its first name sorts
     * before a list of two that begins with it; it sorted after).
     */
    @Test
    void aNameListSortFollowsTheParticleAndNamesMinRules() throws Exception {
        String pdf = text(TestReport.citing(dir, "sort", "sort.csl").title("Rules")
                .body("All [@dam; @dorn; @zeller; @pair; @three].\n").file("sort.csl", SORT_CSL).file("references.bib", """
                        @book{dam, title={Polders}, author={van Dam, Jan}, year={2012}, publisher={P}}
                        @book{dorn, title={Dunes}, author={Dorn, Ann}, year={2010}, publisher={P}}
                        @book{zeller, title={Zeit}, author={Zeller, Anna}, year={2008}, publisher={P}}
                        @book{pair, title={Alpha}, author={Baker, Ann and Adams, Bo}, year={2001}, publisher={P}}
                        @book{three, title={Beta}, author={Baker, Ann and Young, Cy and Zed, Di}, year={2002}, publisher={P}}
                        """).build("pdf").pdf());
        String list = pdf.substring(pdf.lastIndexOf("References"));
        assertAll(
                () -> assertTrue(list.indexOf("Dunes") < list.indexOf("Polders") && list.indexOf("Polders") < list.indexOf("Zeit"), list),
                () -> assertTrue(list.indexOf("Beta") < list.indexOf("Alpha"), list));
    }
}
