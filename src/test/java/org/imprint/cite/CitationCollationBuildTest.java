package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names with diacritics sort by the article's language (issue 15): citeproc-java compared the
 * style's sort keys with the JDK's collator, which put "Đặng" and "Ørsted" after "Zhang" in
 * the reference list and in APA's order inside a citation.
 */
class CitationCollationBuildTest {

    static final String BIB = """
            @book{zhang, author={Zhang, Wei}, title={Rivers}, publisher={P}, year={2019}}
            @book{dang, author={Đặng, Thị Minh}, title={Deltas}, publisher={P}, year={2020}}
            @book{orsted, author={Ørsted, Hans}, title={Fields}, publisher={P}, year={2018}}
            @book{pak, author={Pak, Su}, title={Tides}, publisher={P}, year={2017}}
            @book{eve, author={Eve, Ann}, title={Sand}, publisher={P}, year={2016}}
            """;

    @TempDir
    Path dir;

    private TestReport.Built build(String style, String language) throws Exception {
        return TestReport.citing(dir, style + language, style).title("Collation").language(language)
                .body("All [@zhang; @dang; @orsted; @pak; @eve].\n").file("references.bib", BIB).build("pdf", "epub");
    }

    private static void assertOrder(String text, String... names) {
        int at = -1;
        for (String name : names) {
            int next = text.indexOf(name, at + 1);
            assertTrue(next > at, name + " after " + String.join(", ", names) + " expected in\n" + text);
            at = next;
        }
    }

    @Test
    void referenceListAndCitationFollowTheLanguagesAlphabet() throws Exception {
        TestReport.Built apa = build("apa", "en");
        String pdf = text(apa.pdf());
        String list = pdf.substring(pdf.lastIndexOf("References"));
        String epub = article(apa.epub());
        TestReport.Built vi = build("apa", "vi");
        String viPdf = text(vi.pdf());
        TestReport.Built chicago = build("chicago-notes-bibliography-16th-edition", "en");
        String chicagoPdf = text(chicago.pdf());
        assertAll(
                () -> assertOrder(list, "Đặng, T. M.", "Eve, A.", "Ørsted, H.", "Pak, S.", "Zhang, W."),
                () -> assertOrder(pdf, "(Đặng, 2020; Eve, 2016; Ørsted, 2018; Pak, 2017; Zhang, 2019)"),
                () -> assertOrder(epub.substring(epub.lastIndexOf("Zhang, 2019")), "Đặng, T. M.", "Eve, A.", "Ørsted, H.", "Pak, S.", "Zhang, W."),
                () -> assertOrder(viPdf.substring(viPdf.lastIndexOf("Zhang, 2019")), "Đặng", "Eve", "Ørsted", "Pak", "Zhang"),
                () -> assertOrder(chicagoPdf.substring(chicagoPdf.lastIndexOf("Bibliography")), "Đặng, Thị Minh", "Eve, Ann", "Ørsted, Hans", "Pak, Su", "Zhang, Wei"));
    }

    /**
     * A style sorting by the name list itself ({@code <key variable="author"/>}, as 106 bundled
     * author-date styles do): citeproc-java rendered that key empty, so the list kept the order cited.
     */
    @Test
    void aSortByTheAuthorVariableFollowsTheLanguagesAlphabet() throws Exception {
        String style = """
                <?xml version="1.0" encoding="utf-8"?>
                <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
                  <info><title>Mine</title><id>mine</id><updated>2020-01-01T00:00:00+00:00</updated></info>
                  <citation><sort><key variable="author"/></sort><layout prefix="(" suffix=")" delimiter="; "><names variable="author"><name form="short"/></names></layout></citation>
                  <bibliography><sort><key variable="author"/></sort><layout><names variable="author"><name name-as-sort-order="all"/></names><text variable="title" prefix=". "/></layout></bibliography>
                </style>
                """;
        TestReport.Built built = TestReport.at(dir.resolve("in")).out(dir.resolve("out")).title("Collation")
                .date("2026-03-02").author("Jane Doe").language("en").bibliography("references.bib")
                .frontMatter("citation_style: custom.csl").file("custom.csl", style)
                .body("All [@zhang; @orsted; @pak; @dang].\n").file("references.bib", BIB).build("pdf");
        String pdf = text(built.pdf());
        assertAll(
                () -> assertOrder(pdf, "(Đặng; Ørsted; Pak; Zhang)"),
                () -> assertOrder(pdf.substring(pdf.indexOf("Zhang)") + 6), "Đặng, Thị Minh", "Ørsted, Hans", "Pak, Su", "Zhang, Wei"));
    }

    /** Year letters in a citation of both sources go in their order, not the order cited. */
    @Test
    void yearLettersInOneCitationGoInOrder() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("in")).out(dir.resolve("out")).title("Letters")
                .date("2026-03-02").author("Jane Doe").language("en").bibliography("references.bib")
                .frontMatter("citation_style: apa")
                .body("One [@d1; @d2]. Two [@e1; @e2].\n").file("references.bib", """
                        @book{d1, title={Salinity}, author={Dang, Minh}, year={2020}, publisher={X}}
                        @article{d2, title={Mangroves}, author={Dang, Minh}, year={2020}, journaltitle={J}, volume={4}, pages={1--2}}
                        @book{e1, title={Salinity}, author={Đặng, Minh}, year={2020}, publisher={X}}
                        @article{e2, title={Mangroves}, author={Đặng, Minh}, year={2020}, journaltitle={J}, volume={4}, pages={1--2}}
                        """).build("pdf");
        String pdf = text(built.pdf());
        assertAll(
                () -> assertOrder(pdf, "One (Dang, 2020a, 2020b)", "Two (Đặng, 2020a, 2020b)"),
                () -> assertOrder(pdf.substring(pdf.lastIndexOf("References")), "Dang, M. (2020a). Mangroves", "Dang, M. (2020b). Salinity"));
    }

    /**
     * "Dang" and "Đặng" are one surname to ICU's first (primary) strength: compared whole, the
     * initials after them decided, and the list mixed them ("Đặng, M.", "Dang, P.", "Đào, H.").
     * The surname decides first, at full strength, in APA's list (a macro key) and in a style
     * sorting by the name list.
     */
    @Test
    void aSurnameDecidesBeforeTheInitialsAfterIt() throws Exception {
        String bib = """
                @book{dang20, author={Đặng, Minh}, title={Mangroves}, publisher={P}, year={2020}}
                @book{dang15, author={Dang, Peter}, title={The Mekong}, publisher={P}, year={2015}}
                @book{dao21, author={Đào, Hương}, title={Water}, publisher={P}, year={2021}}
                """;
        TestReport.Built apa = TestReport.at(dir.resolve("apa")).out(dir.resolve("out-apa")).title("Collation")
                .date("2026-03-02").author("Jane Doe").language("en").bibliography("references.bib")
                .frontMatter("citation_style: apa")
                .body("All [@dang20; @dang15; @dao21].\n").file("references.bib", bib).build("pdf");
        TestReport.Built harvard = TestReport.at(dir.resolve("harvard")).out(dir.resolve("out-harvard")).title("Collation")
                .date("2026-03-02").author("Jane Doe").language("en").bibliography("references.bib")
                .frontMatter("citation_style: harvard-cite-them-right")
                .body("All [@dang20; @dang15; @dao21].\n").file("references.bib", bib).build("pdf");
        String pdf = text(apa.pdf());
        String harvardPdf = text(harvard.pdf());
        assertAll(
                () -> assertOrder(pdf, "(Dang, 2015; Đặng, 2020; Đào, 2021)"),
                () -> assertOrder(pdf.substring(pdf.lastIndexOf("References")), "Dang, P.", "Đặng, M.", "Đào, H."),
                () -> assertOrder(harvardPdf.substring(harvardPdf.lastIndexOf("References")), "Dang, P.", "Đặng, M.", "Đào, H."));
    }

    /**
     * Chicago author-date sorts its list by a macro that prints the names as the list does,
     * the first family name first and the others given name first ("Lee, Ann, Min Park, and
     * Hoon Jung"): co-authors were compared by their given names ("Hoon" before "Jin") and by
     * "and". CSL sorts every name of a key family name first: Choi before Jung before Kim.
     */
    @Test
    void coAuthorsSortByTheirFamilyNames() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("cad")).out(dir.resolve("out-cad")).title("Co-authors")
                .date("2026-03-02").author("Jane Doe").language("en").bibliography("references.bib")
                .frontMatter("citation_style: chicago-author-date")
                .body("All [@lpj; @lpk; @lpck; @lpc; @lp].\n").file("references.bib", """
                        @book{lpc, author={Lee, Ann and Park, Min and Choi, Jin}, title={LPC}, publisher={P}, year={2019}}
                        @book{lpk, author={Lee, Ann and Park, Min and Kim, Soo}, title={LPK}, publisher={P}, year={2019}}
                        @book{lpck, author={Lee, Ann and Park, Min and Choi, Jin and Kim, Soo}, title={LPCK}, publisher={P}, year={2019}}
                        @book{lpj, author={Lee, Ann and Park, Min and Jung, Hoon}, title={LPJ}, publisher={P}, year={2019}}
                        @book{lp, author={Lee, Ann and Park, Min}, title={LP}, publisher={P}, year={2019}}
                        """).build("pdf");
        String pdf = text(built.pdf());
        assertOrder(pdf.substring(pdf.lastIndexOf("References")), "Lee, Ann, and Min Park.", "and Jin Choi.",
                "Jin Choi, and Soo Kim.", "and Hoon Jung.", "Min Park, and Soo Kim.");
    }

    /**
     * A date key ({@code <key variable="issued"/>}, 805 bundled styles) sorts by date: it was
     * empty for every source, so harvard-university-of-leeds cited "(Zhang, 2019; Đặng, 2020;
     * Ørsted, 2018; Pak, 2017; Eve, 2016)" in the order written. An undated source comes last.
     */
    @Test
    void aDateKeySortsByDate() throws Exception {
        String text = text(TestReport.citing(dir, "leeds", "harvard-university-of-leeds").title("Dates").language("en")
                .body("All [@zhang; @dang; @orsted; @undated; @pak; @eve].\n")
                .file("references.bib", BIB + "@book{undated, author={Abe, Jo}, title={Undated}, publisher={P}}\n").build("pdf").pdf());
        assertOrder(text, "(Eve, 2016; Pak, 2017; Ørsted, 2018; Zhang, 2019; Đặng, 2020; Abe, ");
    }

    /**
     * A work with no author is sorted by the title that stands in the author's place: APA put
     * "(Web Page, 2020; Carr, 2010)" and listed it first, its title compared with names that
     * the style rewrites had marked (a private-use mark sorts after every letter).
     */
    @Test
    void aTitleInTheAuthorsPlaceSortsAsTheTitle() throws Exception {
        String text = text(TestReport.citing(dir, "titled", "apa").title("Titled").language("en")
                .body("All [@web; @carr; @nod].\n")
                .file("references.bib", "@book{carr, author={Carr, Cy}, title={A book}, publisher={P}, year={2010}}\n"
                        + "@misc{web, title={Web page}, url={https://x.org/w}, year={2020}}\n"
                        + "@book{nod, author={Nod, Ate}, title={Undated}, publisher={P}, year={2015}}\n").build("pdf").pdf());
        assertOrder(text, "(Carr, 2010; Nod, 2015; Web Page, 2020)", "Carr, C. (2010)", "Nod, A. (2015)", "Web page. (2020)");
    }
}
