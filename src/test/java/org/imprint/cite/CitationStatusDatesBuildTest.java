package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statuses and literal dates as citeproc-js prints them for the same data, in the bundled styles
 * and locales (issue 15, fix15af).
 */
class CitationStatusDatesBuildTest {

    @TempDir
    Path dir;

    private TestReport report(String name, String language, String style, String file, String bib, String body) {
        return TestReport.citing(dir, name, style).title("Status").language(language).bibliography(file).body(body).file(file, bib);
    }

    private String epub(String name, String language, String style, String file, String bib, String body) throws Exception {
        return CitationLocaleTermsBuildTest.text(report(name, language, style, file, bib, body).build("epub").epub());
    }

    private static final String TWO_IN_PRESS = """
            [{"id":"p1","type":"book","author":[{"family":"Novak","given":"Anna"}],"title":"Alpha","publisher":"Pub","issued":{"literal":"in press"}},
             {"id":"p2","type":"book","author":[{"family":"Novak","given":"Anna"}],"title":"Beta","publisher":"Pub","issued":{"literal":"in press"}}]
            """;

    private static final String TWO_IN_PRESS_BIB = """
            @book{p1, author={Novak, Anna}, title={Alpha}, publisher={Pub}, year={in press}}
            @book{p2, author={Novak, Anna}, title={Beta}, publisher={Pub}, pubstate={inpress}}
            """;

    /**
     * A style that prints no status and no year-suffix variable (CSL then adds the letter to the
     * first date printed; elsevier-harvard and some 960 other bundled styles): the status stood
     * as a literal date, which citeproc-java gives no letter, and kept the space meant for it,
     * "(Novak, in press ; Novak, in press )", two works cited alike.
     */
    @Test
    void aStatusAsTheDateOfAnImplicitSuffixStyleHasItsLetter() throws Exception {
        String body = "Both [@p1; @p2]. One [@p1, p. 4].\n";
        for (String[] source : new String[][] {{"references.json", TWO_IN_PRESS}, {"references.bib", TWO_IN_PRESS_BIB}}) {
            String elsevier = epub("eh-" + source[0].substring(11), "en", "elsevier-harvard", source[0], source[1], body);
            String springer = epub("sp-" + source[0].substring(11), "en", "springer-basic-author-date", source[0], source[1], body);
            String auk = epub("auk-" + source[0].substring(11), "en", "the-auk", source[0], source[1], body);
            assertAll(source[0],
                    () -> assertTrue(elsevier.contains("Both (Novak, in press a, in press b). One (Novak, in press a, p. 4)."), elsevier),
                    () -> assertTrue(elsevier.contains("Novak, A., in press a. Alpha. Pub.")
                            && elsevier.indexOf("in press a. Alpha") < elsevier.indexOf("in press b. Beta"), elsevier),
                    () -> assertFalse(elsevier.contains("press ;") || elsevier.contains("press )") || elsevier.contains("press ."), elsevier),
                    () -> assertTrue(springer.contains("Both (Novak in press a, in press b).")
                            && springer.contains("Novak A (in press a) Alpha. Pub"), springer),
                    () -> assertTrue(auk.contains("Both (Novak in press a, in press b)."), auk));
        }
    }

    private static final String DATED_STATUSES = """
            [{"id":"book","type":"book","author":[{"family":"Novak","given":"Anna"}],"title":"Press Book","publisher":"P","publisher-place":"London","issued":{"literal":"in press"}},
             {"id":"art","type":"article-journal","author":[{"family":"Lee","given":"Bo"}],"title":"Press article","container-title":"Journal of Things","volume":"3","page":"5-9","issued":{"literal":"forthcoming"}}]
            """;

    private static final String DATED_STATUSES_BIB = """
            @book{book, author={Novak, Anna}, title={Press Book}, publisher={P}, address={London}, year={in press}}
            @article{art, author={Lee, Bo}, title={Press article}, journal={Journal of Things}, volume={3}, pages={5-9}, year={forthcoming}}
            """;

    /**
     * A status written as the date, which citeproc-js prints as written, was made a status the
     * style then printed only under its own conditions (a test of anything but the type was
     * taken as able to hold): biological-psychiatry "(n.d.)", modern-phytomorphology no date at
     * all, journal-of-agricultural-and-resource-economics "(Lee,)". It stays the date there; APA,
     * which prints the status in the date's place, still letters it as one.
     */
    @Test
    void aStatusWrittenAsTheDateIsPrintedNoLessThanTheDate() throws Exception {
        String body = "Book [@book]. Article [@art].\n";
        for (String[] source : new String[][] {{"references.json", DATED_STATUSES}, {"references.bib", DATED_STATUSES_BIB}}) {
            String bp = epub("bp-" + source[0].substring(11), "en", "biological-psychiatry", source[0], source[1], body);
            String mp = epub("mp-" + source[0].substring(11), "en", "modern-phytomorphology", source[0], source[1], body);
            String jare = epub("jare-" + source[0].substring(11), "en", "journal-of-agricultural-and-resource-economics", source[0], source[1], body);
            String apa = epub("apa-" + source[0].substring(11), "en", "apa", source[0], source[1], body);
            assertAll(source[0],
                    () -> assertTrue(bp.contains("Novak A (in press): Press Book.") && bp.contains("Lee B (forthcoming): Press article."), bp),
                    () -> assertFalse(bp.contains("n.d."), bp),
                    () -> assertTrue(mp.contains("Novak A. in press. Press Book. P, London."), mp),
                    () -> assertTrue(jare.contains("Article (Lee, forthcoming).") && jare.contains("Lee, B. forthcoming."), jare),
                    () -> assertTrue(apa.contains("Book (Novak, in press). Article (Lee, forthcoming)."), apa));
        }
    }

    /** A BibLaTeX pubstate where the style prints a status only beside a date: the status stands as the date, once. */
    @Test
    void aStatusTheStylePrintsOnlyWithADateIsTheDateOnce() throws Exception {
        String bib = "@book{ps, author={Novak, Anna}, title={Press Book}, publisher={P}, address={London}, pubstate={inpress}}\n";
        String mp = epub("mp-ps", "en", "modern-phytomorphology", "references.bib", bib, "Book [@ps].\n");
        assertAll(
                () -> assertTrue(mp.contains("Novak A. in press. Press Book. P, London."), mp),
                () -> assertFalse(mp.contains("London.In press") || mp.contains("London. In press"), mp));
    }

    private static final String LITERAL_DATES = """
            [{"id":"ms","type":"manuscript","author":[{"family":"Moe","given":"Al"}],"title":"A Manuscript","genre":"Unpublished manuscript","issued":{"literal":"Spring 2020"}},
             {"id":"web","type":"webpage","author":[{"family":"Web","given":"Al"}],"title":"A Page","container-title":"Site","URL":"https://example.org","issued":{"literal":"circa 1999"}},
             {"id":"art","type":"article-journal","author":[{"family":"Lee","given":"Bo"}],"title":"An Article","container-title":"Journal of Things","page":"3-9","issued":{"literal":"Winter 2019"}},
             {"id":"dated","type":"article-journal","author":[{"family":"Kim","given":"Jo"}],"title":"Dated","container-title":"Daily","page":"1-2","issued":{"date-parts":[[2019,3,4]]}}]
            """;

    /**
     * A literal date is the whole date, printed where the year goes: citeproc-java printed it in
     * every date element, so chicago-author-date's month and day after a journal's title printed
     * it again, "Journal of Things, Winter 2019, 3–9" (citeproc-js: once).
     */
    @Test
    void aLiteralDateIsPrintedOnceInChicago() throws Exception {
        String text = epub("cad", "en", "chicago-author-date", "references.json", LITERAL_DATES,
                "M [@ms]. W [@web]. A [@art]. D [@dated].\n");
        assertAll(
                () -> assertTrue(text.contains("Lee, Bo. Winter 2019. “An Article.” Journal of Things, 3–9."), text),
                () -> assertTrue(text.contains("Moe, Al. Spring 2020. “A Manuscript.” Unpublished manuscript."), text),
                () -> assertTrue(text.contains("Web, Al. circa 1999. “A Page.” Site. https://example.org."), text),
                () -> assertFalse(text.contains("Things, Winter 2019") || text.contains("Site, circa"), text));
    }

    /**
     * A BibTeX year with marks the converter cannot read, a catalogue's inferred "[1850]" or an
     * uncertain "1850?", printed "n.d.": it is a literal date, printed as written, as citeproc-js
     * prints the same CSL JSON literal.
     */
    @Test
    void aYearWithMarksIsPrintedAsWritten() throws Exception {
        String bib = """
                @book{y5, author={Lee, Bo}, title={Doubt}, publisher={Pub}, year={1850?}}
                @book{y6, author={Roe, Al}, title={Bracket}, publisher={Pub}, year={[1850]}}
                @book{y7, author={Roe, Al}, title={Dash range}, publisher={Pub}, year={2019--2020}}
                """;
        String apa = epub("marks", "en", "apa", "references.bib", bib, "Years [@y5; @y6; @y7].\n");
        assertAll(
                () -> assertTrue(apa.contains("(Lee, 1850?; Roe, [1850], 2019–2020)"), apa),
                () -> assertTrue(apa.contains("Roe, A. ([1850]). Bracket. Pub.") && apa.contains("Lee, B. (1850?). Doubt. Pub."), apa),
                () -> assertFalse(apa.contains("n.d."), apa));
    }

    /**
     * MLA prints a web page's access date only when it has no date: a status made the date cost
     * the access date, "Site, forthcoming, https://example.org." (citeproc-js: "... Accessed 2 Jan.
     * 2024."). A status (CSL's) stays undated there; one written as the date stays that date.
     */
    @Test
    void aStatusMadeTheDateCostsNoAccessDate() throws Exception {
        String json = """
                [{"id":"web","type":"webpage","author":[{"family":"Web","given":"Al"}],"title":"A page","container-title":"Site","URL":"https://example.org","status":"forthcoming","accessed":{"date-parts":[[2024,1,2]]}},
                 {"id":"web2","type":"webpage","author":[{"family":"Vee","given":"Al"}],"title":"Another page","container-title":"Site","URL":"https://example.org/2","issued":{"literal":"in press"},"accessed":{"date-parts":[[2024,1,3]]}}]
                """;
        String mla = epub("mla-web", "en", "modern-language-association", "references.json", json, "Pages [@web; @web2].\n");
        assertAll(
                () -> assertTrue(mla.contains("Web, Al. “A Page.” Site, https://example.org. Accessed 2 Jan. 2024."), mla),
                () -> assertTrue(mla.contains("Vee, Al. “Another Page.” Site, in press, https://example.org/2."), mla));
    }

    /**
     * Turkish "BASIMDA", the locale's "basımda" in capitals, was no status: lower case by the root
     * locale gives "basimda" (dotted i). Words are compared case folded, dotted and dotless i alike.
     */
    @Test
    void aTurkishStatusInCapitalsIsTheStatus() throws Exception {
        String json = """
                [{"id":"a","type":"book","author":[{"family":"Wolf","given":"Al"}],"title":"Own word","publisher":"Pub","issued":{"literal":"basımda"}},
                 {"id":"b","type":"book","author":[{"family":"Wolf","given":"Al"}],"title":"Own word upper","publisher":"Pub","issued":{"literal":"BASIMDA"}}]
                """;
        String tr = epub("tr", "tr", "apa", "references.json", json, "Kaynaklar [@a; @b].\n");
        assertAll(
                () -> assertTrue(tr.contains("(Wolf, basımda-a, basımda-b)"), tr),
                () -> assertFalse(tr.contains("BASIMDA"), tr));
    }

    /** An empty date ("issued": {}) is no date: APA cited "(Kim)", with neither "n.d." nor the status (h15v). */
    @Test
    void anEmptyDateIsNoDate() throws Exception {
        String text = epub("empty", "en", "apa", "references.json", """
                [{"id":"k1","type":"book","author":[{"family":"Kim","given":"Ann"}],"title":"Alpha","publisher":"P","issued":{}},
                 {"id":"k2","type":"book","author":[{"family":"Kim","given":"Ann"}],"title":"Beta","publisher":"P","status":"in press","issued":{}}]
                """, "One [@k1]. Two [@k2].\n");
        assertTrue(text.contains("One (Kim, n.d.). Two (Kim, in press).") && text.contains("Kim, A. (in press). Beta. P."), text);
    }
}
