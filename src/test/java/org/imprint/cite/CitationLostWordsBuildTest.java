package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words citeproc-java 3.5 dropped or printed wrong, built for real into PDFs and compared with
 * citeproc-js's text: a source's season and an event's name ({@link CslItemForms}), a term in
 * its plural ({@link TermValues}), a name list's own affixes ({@link NameAffixes}), a label
 * always singular ({@link LabelPlurals}), a month's own case ({@link DatePartCases}), a stop word after an abbreviation ({@link AbbreviationStops}), a variable without its full stops ({@link TextStrips}).
 */
class CitationLostWordsBuildTest {

    static final String JSON = """
            [{"id": "a", "type": "article-journal", "author": [{"family": "Sea", "given": "Fa"}], "title": "Season one",
              "container-title": "Review", "volume": "3", "page": "1-2", "issued": {"date-parts": [[2019, 13]]}},
             {"id": "b", "type": "article-journal", "author": [{"family": "Seb", "given": "Fa"}], "title": "Season two",
              "container-title": "Review", "volume": "3", "page": "1-2", "issued": {"date-parts": [[2019]], "season": 2}},
             {"id": "d", "type": "article-magazine", "author": [{"family": "Sed", "given": "Fa"}], "title": "Season four",
              "container-title": "Wired", "issued": {"date-parts": [[2019, 16]]}},
             {"id": "s", "type": "speech", "author": [{"family": "Talk", "given": "Gi"}], "title": "A talk",
              "event-title": "Conf", "event-place": "Oslo", "issued": {"date-parts": [[2019, 6, 2]]}},
             {"id": "t", "type": "speech", "author": [{"family": "Tell", "given": "Gi"}], "title": "Old talk",
              "event": "Meet", "event-place": "Bergen", "issued": {"date-parts": [[2018, 6, 2]]}}]
            """;

    @TempDir
    Path dir;

    private String build(String style) throws Exception {
        return text(TestReport.citing(dir, style, style).title("Seasons").bibliography("refs.json")
                .body("Works [@a; @b; @d; @s; @t].\n").file("refs.json", JSON).build("pdf").pdf());
    }

    /** Chicago printed "Review 3: 1–2." and "Wired." without the season, and "A Talk.” June 2." without the event. */
    @Test
    void seasonsAndEventsPrint() throws Exception {
        String chicago = build("chicago-author-date");
        String apa = build("apa");
        assertAll(
                () -> assertContains(chicago, "“Season One.” Review 3 (Spring): 1–2."),
                () -> assertContains(chicago, "“Season Two.” Review 3 (Summer): 1–2."),
                () -> assertContains(chicago, "“Season Four.” Wired, Winter."),
                () -> assertContains(chicago, "“A Talk.” Conf, Oslo, June 2."),
                () -> assertContains(chicago, "“Old Talk.” Meet, Bergen, June 2."),
                () -> assertContains(apa, "Sed, F. (2019, Winter). Season four."));
    }

    /**
     * "4 vol." for a book in four volumes (Chicago, IEEE); ABNT lost "Tradução:" before the
     * translator and printed "2 Jan. 2024" for "2 jan. 2024"; colombian-journal-of-anesthesiology
     * printed "Carr C A chapter" and "pp. 3–9".
     */
    @Test
    void pluralTermsAndNameAffixes() throws Exception {
        String json = """
                [{"id": "b", "type": "book", "author": [{"family": "Bok", "given": "Fa"}], "title": "A book", "publisher": "P",
                  "publisher-place": "Oslo", "edition": "2", "volume": "3", "number-of-volumes": "4",
                  "issued": {"date-parts": [[2011]]}},
                 {"id": "c", "type": "chapter", "author": [{"family": "Carr", "given": "Cy"}], "title": "A chapter",
                  "container-title": "The Book", "editor": [{"family": "Ed", "given": "Di"}],
                  "translator": [{"family": "Tra", "given": "Ed"}], "publisher": "P", "publisher-place": "Oslo",
                  "page": "3-9", "issued": {"date-parts": [[2010]]}},
                 {"id": "w", "type": "webpage", "author": [{"family": "Web", "given": "Al"}], "title": "A page",
                  "URL": "https://example.org", "accessed": {"date-parts": [[2024, 1, 2]]}}]
                """;
        String chicago = words("chicago-notes-bibliography-16th-edition", json);
        String ieee = words("ieee", json);
        String abnt = words("associacao-brasileira-de-normas-tecnicas", json);
        String colombian = words("colombian-journal-of-anesthesiology", json);
        assertAll(
                () -> assertContains(chicago, "Bok, Fa. A Book. 2nd ed. Vol. 3. 4 vols. Oslo: P, 2011."),
                () -> assertContains(ieee, "vol. 3, 4 vols."),
                () -> assertContains(abnt, "In: ED, Di (Ed.). The Book. Tradução: Ed Tra. Oslo: P, 2010. p. 3–9."),
                // its month text-case="lowercase" (DatePartCases)
                () -> assertContains(abnt, "Acesso em: 2 jan. 2024."),
                // its label plural="never" (LabelPlurals) and the name list's suffix "." (NameAffixes)
                () -> assertContains(colombian, "Carr C. A chapter. In: Ed D, editor. The Book. Oslo: P; 2010. p. 3–9."));
    }

    /**
     * citeproc-java's title case took an abbreviation's full stop for a sentence's end: "The U.S.
     * And China", "Proc. Of the" ({@link AbbreviationStops}); citeproc-js "U.S. and", "Proc. of".
     * And it stripped no variable's full stops: AMA printed "Proc. of the" for "Proc of the".
     */
    @Test
    void anAbbreviationKeepsTheStopWordAfterItLowerCase() throws Exception {
        String json = """
                [{"id": "b", "type": "article-journal", "author": [{"family": "Khan", "given": "Ali"}],
                  "title": "The U.S. and China in the Indo-Pacific: a new era", "container-title": "Proc. of the Asian Studies Association",
                  "volume": "3", "page": "1-9", "issued": {"date-parts": [[2024]]}},
                 {"id": "c", "type": "book", "author": [{"family": "Rao", "given": "Mira"}], "title": "Pakistan vs. India: the politics of water",
                  "publisher": "Routledge", "issued": {"date-parts": [[2023]]}},
                 {"id": "w", "type": "webpage", "title": "Dept. of State on the U.S. and Iran", "URL": "https://example.org"}]
                """;
        String chicago = words("chicago-notes-bibliography", json);
        String ama = words("american-medical-association", json.replace("\"volume\": \"3\"", "\"DOI\": \"10.1000/x.y.2\", \"volume\": \"3\""));
        assertAll(
                () -> assertContains(chicago, "Khan, Ali. “The U.S. and China in the Indo-Pacific: A New Era.” Proc. of the Asian Studies Association 3 (2024): 1–9."),
                // the journal's name without its full stops (strip-periods, TextStrips); the DOI's kept
                () -> assertContains(ama, "Khan A. The U.S. and China in the Indo-Pacific: a new era. Proc of the Asian Studies Association. 2024;3:"),
                () -> assertContains(ama, "doi:10.1000/x.y.2"),
                () -> assertContains(chicago, "Rao, Mira. Pakistan vs. India: The Politics of Water. Routledge, 2023."),
                () -> assertContains(chicago, "“Dept. of State on the U.S. and Iran.”"));
    }

    /**
     * The same behind the end of protected text or of a quotation, as BibTeX writes them most:
     * "The {U.S.} and China" and "``The End.'' and the" printed "The U.S. And China", "‘The End.’
     * And the" (citeproc-js: "and").
     */
    @Test
    void anAbbreviationInBracesOrAQuotationKeepsTheStopWordAfterItLowerCase() throws Exception {
        String bib = """
                @book{b, author = {Smith, John}, title = {The {U.S.} and {China}: A {NATO} Story of the {U.S.} in Asia},
                  publisher = {Pub}, year = {2019}}
                @article{c, author = {Lee, Ann}, title = {``The End.'' and the Beginning of the War},
                  journal = {Review of Asian Studies}, year = {2020}, volume = {3}, pages = {1--9}}
                @misc{w, title = {Notes (ed.) on the Talks}, year = {2021}}
                """;
        String chicago = text(TestReport.citing(dir, "bib", "chicago-notes-bibliography").title("Words").bibliography("refs.bib")
                .body("Works [@b; @c; @w].\n").file("refs.bib", bib).build("pdf").pdf());
        assertAll(
                () -> assertContains(chicago, "Smith, John. The U.S. and China: A NATO Story of the U.S. in Asia. Pub, 2019."),
                () -> assertContains(chicago, "Lee, Ann. “‘The End.’ and the Beginning of the War.” Review of Asian Studies 3 (2020): 1–9."),
                () -> assertContains(chicago, "Notes (Ed.) on the Talks"));
    }

    /**
     * "v." keeps its stop word's case ("Roe v. Wade": hiding its full stop had printed "Roe V.
     * Wade"), and a stripped macro's own affixes keep their full stops (ugeskrift-for-laeger's
     * date macro: "Univ Press; 2017. p. 5–9", not "2017 p. 5–9"); both as citeproc-js. And a
     * range of decimal pages is printed whole.
     */
    @Test
    void strippingLeavesAffixesAndStopWordsAlone() throws Exception {
        String json = """
                [{"id": "b", "type": "article-journal", "author": [{"family": "Khan", "given": "Ali"}], "title": "The U.S. and China",
                  "container-title": "Proc. of the Asian Soc.", "volume": "3", "page": "3.1-3.9", "issued": {"date-parts": [[2024]]}},
                 {"id": "c", "type": "chapter", "author": [{"family": "Lee", "given": "Cy"}], "title": "A chapter", "container-title": "Handbook",
                  "editor": [{"family": "Ed", "given": "Ef"}], "publisher": "Univ. Press", "publisher-place": "Oslo", "page": "5-9",
                  "issued": {"date-parts": [[2017]]}},
                 {"id": "w", "type": "webpage", "title": "Dept. of State on Roe v. wade", "URL": "https://example.org"}]
                """;
        String chicago = words("chicago-notes-bibliography", json);
        String ugeskrift = words("ugeskrift-for-laeger", json);
        assertAll(
                () -> assertContains(chicago, "“Dept. of State on Roe v. Wade.”"),
                // a range of decimal pages whole (WrittenPages; it was cut to "3" by the style's page-range-format)
                () -> assertContains(ugeskrift, "Khan A. The U.S. and China. Proc of the Asian Soc 2024;3:3.1–3.9."),
                () -> assertContains(ugeskrift, "Handbook Oslo: Univ Press; 2017. p. 5–9."));
    }

    private String words(String style, String json) throws Exception {
        return text(TestReport.citing(dir, style, style).title("Words").bibliography("refs.json")
                .body("Works [@b; @c; @w].\n").file("refs.json", json).build("pdf").pdf());
    }
}
