package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSL's last step of disambiguation ({@code <if disambiguate="true">}), which citeproc-java 3.5
 * does not take: two works by one author cited "(Đặng 5; Đặng 102)" in MLA could not be told
 * apart. Only the sources whose cites read the same are cited with the style's
 * {@code disambiguate} branch; other sources and the reference list are as before.
 */
class CitationDisambiguationBuildTest {

    static final String BIB = """
            @book{mangroves, author={Đặng, Văn Minh}, title={Mangroves of the Mekong: A Natural History}, shorttitle={Mangroves},
              publisher={P}, address={Hanoi}, year={2020}}
            @article{deltas, author={Đặng, Văn Minh}, title={Sinking Deltas}, journal={Water}, volume={3}, pages={90--110}, year={2018}}
            @book{garcia, author={García, Elena}, title={Rivers and Cities}, publisher={P}, address={Oxford}, year={2015}}
            @book{kant1, author={Kant, Immanuel}, title={Perpetual Peace}, publisher={P}, address={Berlin}, year={1795}}
            @book{kant2, author={Kant, Immanuel}, title={Perpetual Peace}, publisher={Q}, address={Berlin}, year={1796}}
            """;

    @TempDir
    Path dir;

    private TestReport report(String name, String style, String body) {
        return TestReport.citing(dir, name, style).title("Faults").language("en").body(body).file("references.bib", BIB);
    }

    /** MLA adds the short title to the cites of two works by one author, in every kind of citation. */
    @Test
    void mlaTellsTwoWorksOfOneAuthorApart() throws Exception {
        TestReport.Built mla = report("mla", "modern-language-association",
                "One [@mangroves, p. 5; @deltas, p. 102]. Two [@garcia, p. 3]. Three @mangroves [p. 7] says. "
                        + "Four [-@deltas, p. 9]. Five [@garcia, p. 4; @mangroves, p. 6]. Six [@deltas].\n").build("pdf", "epub");
        String pdf = text(mla.pdf());
        String epub = article(mla.epub()).replaceAll("<[^>]*>", "").replaceAll("\\s+", " ");
        assertAll(
                () -> assertContains(pdf, "One (Đặng, Mangroves 5; Đặng, “Sinking Deltas” 102)."),
                () -> assertContains(pdf, "Two (García 3)."),
                () -> assertContains(pdf, "Three Đặng (Mangroves 7) says."),
                () -> assertContains(pdf, "Four (“Sinking Deltas” 9)."),
                () -> assertContains(pdf, "Five (García 4; Đặng, Mangroves 6)."),
                () -> assertContains(pdf, "Six (Đặng, “Sinking Deltas”)."),
                () -> assertContains(epub, "One (Đặng, Mangroves 5; Đặng, “Sinking Deltas” 102)."),
                // the reference list is the style's, with no short title, one author's works by title
                // with their quotation marks not counted, as citeproc-js sorts them
                () -> assertContains(pdf, "Đặng, Văn Minh. Mangroves of the Mekong: A Natural History. P, 2020."),
                () -> assertContains(pdf, "———. “Sinking Deltas.” Water, vol. 3, 2018, pp. 90–110."),
                () -> assertFalse(pdf.contains("(Đặng 5"), pdf));
    }

    /** One work by an author keeps MLA's plain cite: nothing else reads the same. */
    @Test
    void mlaCitesAWorkAloneByItsAuthor() throws Exception {
        String pdf = text(report("alone", "modern-language-association", "One [@mangroves, p. 5]. Two [@garcia, p. 3].\n")
                .build("pdf").pdf());
        assertAll(
                () -> assertContains(pdf, "One (Đặng 5). Two (García 3)."),
                () -> assertFalse(pdf.contains("Mangroves 5"), pdf));
    }

    /**
     * Chicago's short note adds the year for two editions of one title ("Kant, Perpetual Peace,
     * 1795, 5."); full notes, another source's short note and "Ibid." are as before.
     */
    @Test
    void chicagoShortNotesOfTwoEditionsGiveTheYear() throws Exception {
        String pdf = text(report("chicago", "chicago-notes-bibliography-16th-edition",
                "One [@kant1, 3]. Two [@kant2, 4]. Three [@kant1, 5]. Four [@garcia, 6]. Five [@garcia, 7]. "
                        + "Six [@mangroves, 8]. Seven [@deltas]. Eight [@mangroves, 9]. Nine [@kant2].\n").build("pdf").pdf());
        assertAll(
                () -> assertContains(pdf, "1. Immanuel Kant, Perpetual Peace (Berlin: P, 1795), 3."),
                () -> assertContains(pdf, "2. Immanuel Kant, Perpetual Peace (Berlin: Q, 1796), 4."),
                () -> assertContains(pdf, "3. Kant, Perpetual Peace, 1795, 5."),
                () -> assertContains(pdf, "5. Ibid., 7."),
                () -> assertContains(pdf, "8. Đặng, Mangroves, 9."),
                () -> assertContains(pdf, "9. Kant, Perpetual Peace, 1796."),
                () -> assertContains(pdf, "Kant, Immanuel. Perpetual Peace. Berlin: P, 1795."));
    }

    /**
     * CSL's first steps, which citeproc-java 3.5 does not take either: APA cut two teams to "Lee
     * et al., 2019" alike; names are added until they differ, in every cite of those sources
     * (and only those). And Jane Smith beside John Smith, both "J. Smith" (APA adds initials
     * only: primary-name-with-initials), was "J. Smith, 2020" beside his "2020a"; the year
     * suffixes take in every source cited alike, in the reference list's order, so her entry is
     * no bare "(2020)" between his "(2020a)" and "(2020b)".
     */
    @Test
    void apaAddsNamesThenYearLettersToCitesThatReadTheSame() throws Exception {
        TestReport.Built apa = TestReport.at(dir.resolve("apa")).out(dir.resolve("out-apa")).title("Names").date("2026-03-02")
                .author("Jane Doe").language("en").bibliography("references.bib").frontMatter("citation_style: apa")
                .body("Two teams [@leeKim] and [@leeChoi, p. 12]. Both [@leeKim; @leeChoi]. Alone [@leeOh].\n\n"
                        + "His [@rivers; @deltas]. Hers [@bridges, p. 4]. @bridges says.\n")
                .file("references.bib", """
                        @article{leeKim, author={Lee, Min and Park, Ji and Kim, Soo}, title={Monsoon Models}, journal={Climate}, volume={3}, pages={1--9}, year={2019}}
                        @article{leeChoi, author={Lee, Min and Park, Ji and Choi, Hana}, title={Typhoon Tracks}, journal={Climate}, volume={3}, pages={10--19}, year={2019}}
                        @article{leeOh, author={Lee, Min and Oh, Ji and Kim, Soo}, title={Rain}, journal={Climate}, volume={3}, pages={20--29}, year={2017}}
                        @book{rivers, author={Smith, John}, title={Rivers}, publisher={P}, year={2020}}
                        @book{deltas, author={Smith, John}, title={Deltas}, publisher={P}, year={2020}}
                        @book{bridges, author={Smith, Jane}, title={Bridges}, publisher={P}, year={2020}}
                        """).build("pdf", "epub");
        String pdf = text(apa.pdf());
        String list = pdf.substring(pdf.lastIndexOf("References"));
        String epub = article(apa.epub()).replaceAll("<[^>]*>", "").replace("&amp;", "&").replaceAll("\\s+", " ");
        assertAll(
                () -> assertContains(pdf, "Two teams (Lee, Park, & Kim, 2019) and (Lee, Park, & Choi, 2019, p. 12)."),
                () -> assertContains(pdf, "Both (Lee, Park, & Choi, 2019; Lee, Park, & Kim, 2019)."),
                () -> assertContains(epub, "Both (Lee, Park, & Choi, 2019; Lee, Park, & Kim, 2019)."),
                () -> assertContains(pdf, "Alone (Lee et al., 2017)."),
                // the reference list is the style's, every name as before
                () -> assertContains(list, "Lee, M., Park, J., & Kim, S. (2019). Monsoon Models."),
                () -> assertContains(pdf, "His (J. Smith, 2020b, 2020c)."),
                () -> assertContains(pdf, "Hers (J. Smith, 2020a, p. 4). J. Smith (2020a) says."),
                () -> assertContains(list, "Smith, J. (2020a). Bridges. P. Smith, J. (2020b). Deltas. P. Smith, J. (2020c). Rivers. P."));
    }
    static final String TEAMS = """
            @book{kimLee, author={Kim, Ji-woo and Park, Min and Lee, Soo}, title={Tidal Flats}, publisher={Seoul Press}, year={2019}}
            @book{kimChoi, author={Kim, Ji-woo and Park, Min and Choi, Hana}, title={Mudflat Ecology}, publisher={Seoul Press}, year={2019}}
            @book{kimJung, author={Kim, Ji-woo and Park, Min and Jung, Dae}, title={Coastal Birds}, publisher={Seoul Press}, year={2019}}
            @book{kimLee2, author={Kim, Ji-woo and Park, Min and Lee, Soo}, title={Anchors and Nets}, publisher={Seoul Press}, year={2019}}
            @book{kimHan, author={Kim, Ji-woo and Park, Min and Lee, Soo and Han, Bo}, title={Salt Marsh Carbon}, publisher={Seoul Press}, year={2019}}
            """;

    /**
     * A narrative {@code @key} names the authors as the bracketed cite of its source does once
     * names were added (it was "Kim et al. (2019, p. 4)" for two different works), with the year
     * letters of the sources whose added names still read alike; in APA and Chicago author-date
     * (whose bracketed cites have "&amp;" and "and", the sentence "and").
     */
    @Test
    void narrativeCitesNameAsManyAuthorsAsTheBracketedOnes() throws Exception {
        String body = "One @kimChoi [p. 4], two @kimJung, three @kimLee, four @kimLee2 [p. 9], five @kimHan. "
                + "Bracket [@kimChoi; @kimJung; @kimLee; @kimLee2; @kimHan].\n";
        TestReport.Built apa = TestReport.citing(dir, "apa", "apa").title("Faults").language("en").body(body)
                .file("references.bib", TEAMS).build("pdf", "epub");
        String pdf = text(apa.pdf());
        String epub = article(apa.epub()).replaceAll("<[^>]*>", "").replace("&amp;", "&").replaceAll("[\\s\u2066-\u2069]+", " ");
        String chicago = text(TestReport.citing(dir, "chicago", "chicago-author-date").title("Faults").language("en").body(body)
                .file("references.bib", TEAMS).build("pdf").pdf());
        assertAll(
                () -> assertContains(pdf, "Bracket (Kim, Park, & Choi, 2019; Kim, Park, & Jung, 2019; Kim, Park, & Lee, 2019a, 2019b; "
                        + "Kim, Park, Lee, et al., 2019)."),
                () -> assertContains(pdf, "One Kim, Park, and Choi (2019, p. 4), two Kim, Park, and Jung (2019), three Kim, Park, "
                        + "and Lee (2019b), four Kim, Park, and Lee (2019a, p. 9), five Kim, Park, Lee, et al. (2019)."),
                () -> assertContains(epub, "One Kim, Park, and Choi (2019, p. 4), two Kim, Park, and Jung (2019), three Kim, Park, "
                        + "and Lee (2019b), four Kim, Park, and Lee (2019a, p. 9), five Kim, Park, Lee, et al. (2019)."),
                () -> assertContains(chicago, "One Kim, Park, and Choi (2019, 4), two Kim, Park, and Jung (2019), three Kim, Park, "
                        + "and Lee (2019b), four Kim, Park, and Lee (2019a, 9), five Kim, Park, Lee, et al. (2019)."),
                () -> assertFalse(pdf.contains("Kim et al."), pdf),
                () -> assertFalse(chicago.contains("Kim et al."), chicago));
    }

    /**
     * Undated works of one author told apart by their letter, "n.d.-c" (APA) or "no date c"
     * (Harvard), are each their own link, as "2020c" is, also beside a dated work: the whole was
     * one link to the first source, so "2019" went to an undated entry (h15m nd-apa, nd-harvard).
     */
    @Test
    void undatedWorksToldApartByTheirLetterAreEachTheirOwnLink() throws Exception {
        String bib = """
                @book{nov1, author={Novak, Petr}, title={Undated One}, publisher={P}}
                @book{nov2, author={Novak, Petr}, title={Undated Two}, publisher={P}}
                @book{nov2019, author={Novak, Petr}, title={Dated Work}, publisher={P}, year={2019}}
                """;
        String body = "D1 [@nov1; @nov2]. D2 [@nov1; @nov2019].\n";
        String apa = article(TestReport.citing(dir, "apa", "apa").title("Faults").language("en").body(body)
                .file("references.bib", bib).build("epub").epub()).replaceAll("</?span[^>]*>", "");
        String harvard = article(TestReport.citing(dir, "harvard", "harvard-cite-them-right").title("Faults").language("en").body(body)
                .file("references.bib", bib).build("epub").epub()).replaceAll("</?span[^>]*>", "");
        assertAll(
                () -> assertContains(apa, "D1 " + "(" + link("nov1", "Novak, n.d.-a") + ", " + link("nov2", "n.d.-b") + ")"),
                () -> assertContains(apa, "D2 " + "(" + link("nov1", "Novak, n.d.-a") + ", " + link("nov2019", "2019") + ")"),
                () -> assertContains(harvard, "D1 " + "(" + link("nov1", "Novak, no date a") + ", " + link("nov2", "no date b") + ")"),
                () -> assertContains(harvard, "D2 " + "(" + link("nov2019", "Novak, 2019") + ", " + link("nov1", "no date a") + ")"));
    }

    /**
     * A year that is a status, {@code year = {in press}}, and BibLaTeX's {@code pubstate} print
     * as the status, "(Novak, in press)" as APA asks, not as "n.d.-a" (h15m nd-yearfield).
     */
    @Test
    void aStatusForAYearPrintsAsTheStatus() throws Exception {
        String bib = """
                @book{n1, author={Novak, Petr}, title={Pressed}, publisher={P}, year={in press}}
                @book{n2, author={Novak, Petr}, title={Forth}, publisher={P}, year={forthcoming}}
                @book{n3, author={Novak, Petr}, title={Undated}, publisher={P}}
                @book{n4, author={Kern, Ida}, title={Later}, publisher={P}, pubstate={inpress}}
                """;
        String pdf = text(TestReport.citing(dir, "status", "apa").title("Faults").language("en")
                .body("K1 [@n1; @n2; @n3]. K2 [@n4].\n").file("references.bib", bib).build("pdf").pdf());
        assertAll(
                () -> assertContains(pdf, "K1 (Novak, n.d., forthcoming, in press)."),
                () -> assertContains(pdf, "K2 (Kern, in press)."),
                () -> assertContains(pdf, "Novak, P. (in press). Pressed. P."),
                () -> assertFalse(pdf.contains("n.d.-"), pdf));
    }

    /**
     * A style that prints no status (harvard-cite-them-right) printed a work in press as undated,
     * "(Novak, no date a)", the status lost: the status stands as its date ({@link StatusDates}),
     * two of them told apart by their letters, each its own link; CSL JSON's status too.
     */
    @Test
    void aStatusIsTheDateWhereTheStylePrintsNone() throws Exception {
        String bib = """
                @book{n1, author={Novak, Petr}, title={Pressed}, publisher={P}, year={in press}}
                @book{n2, author={Novak, Petr}, title={Undated B}, publisher={P}, pubstate={inpress}}
                @book{n4, author={Kern, Ida}, title={Later}, publisher={P}, year={forthcoming}}
                """;
        TestReport.Built built = TestReport.citing(dir, "harvard-status", "harvard-cite-them-right").title("Faults").language("en")
                .body("K1 [@n1; @n2]. K2 [@n4].\n").file("references.bib", bib).build("pdf", "epub");
        String pdf = text(built.pdf());
        String epub = CitationFaultsBuildTest.article(built.epub());
        String json = text(TestReport.at(dir.resolve("json")).out(dir.resolve("out-json")).title("Faults").date("2026-03-02")
                .author("Jane Doe").language("en").bibliography("references.json").frontMatter("citation_style: harvard-cite-them-right")
                .body("K3 [@j1].\n").file("references.json", """
                        [{"id": "j1", "type": "book", "title": "Soon", "author": [{"family": "Ruiz", "given": "Ana"}], "status": "forthcoming", "publisher": "P"}]
                        """).build("pdf").pdf());
        assertAll(
                () -> assertContains(pdf, "K1 (Novak, in press a, in press b)."),
                () -> assertContains(pdf, "K2 (Kern, forthcoming)."),
                () -> assertContains(pdf, "Novak, P. (in press a) Pressed. P."),
                () -> assertFalse(pdf.contains("no date"), pdf),
                () -> assertContains(epub, "(" + link("n1", "Novak, in press a") + ", " + link("n2", "in press b") + ")"),
                () -> assertContains(json, "K3 (Ruiz, forthcoming)."));
    }

    /**
     * BibTeX's braces only keep a status's case: {@code year = {{in press}}} and
     * {@code year = "{Forthcoming}"} printed "(Novak, {in press})", braces and all, in the
     * citation and the reference list (h15n press-brace).
     */
    @Test
    void aBracedStatusPrintsWithoutItsBraces() throws Exception {
        String bib = """
                @article{a, author={Novak, Ana}, title={Alpha}, journal={J}, year={{in press}}}
                @article{c, author={Orr, Ed}, title={Gamma}, journal={J}, year="{Forthcoming}"}
                """;
        String pdf = text(TestReport.citing(dir, "brace", "apa").title("Faults").language("en")
                .body("A1 [@a]. A2 [@c].\n").file("references.bib", bib).build("pdf").pdf());
        assertAll(
                () -> assertContains(pdf, "A1 (Novak, in press). A2 (Orr, forthcoming)."),
                () -> assertContains(pdf, "Novak, A. (in press). Alpha. J."),
                () -> assertFalse(pdf.contains("{") || pdf.contains("}"), pdf));
    }

    /**
     * Two works of one author "In press" and "in press" are alike: "in press-a" and "in press-b",
     * each part its own link; they printed "(Novak, in press; Novak, in press)", one link to the
     * second (h15n press-case).
     */
    @Test
    void statusesDifferingInCaseTakeLetters() throws Exception {
        String bib = """
                @article{a, author={Novak, Ana}, title={Alpha}, journal={J}, year={In press}}
                @article{b, author={Novak, Ana}, title={Beta}, journal={J}, year={in press}}
                """;
        TestReport.Built built = TestReport.citing(dir, "case", "apa").title("Faults").language("en")
                .body("A1 [@a; @b]. A2 [@a, p. 2; @b, p. 3].\n").file("references.bib", bib).build("pdf", "epub");
        String pdf = text(built.pdf());
        String links = links(built);
        assertAll(
                () -> assertContains(pdf, "A1 (Novak, in press-a, in press-b). A2 (Novak, in press-a, p. 2, in press-b, p. 3)."),
                () -> assertContains(pdf, "Novak, A. (in press-a). Alpha. J."),
                () -> assertContains(links, "[a: Novak, in press-a][b: in press-b]"),
                () -> assertContains(links, "[a: Novak, in press-a, p. 2][b: in press-b, p. 3]"));
    }

    /**
     * A year "n.d." or "n. d." means undated, as a missing year: such works and the truly undated
     * one of the same author are "n.d.-a", "n.d.-b", "n.d.-c", sorted together, each part its own
     * link; "n.d." was taken as a status, "(Novak, n.d., n.d.)" with one link (h15n press-nd).
     */
    @Test
    void aYearOfNoDateIsUndated() throws Exception {
        String bib = """
                @article{a, author={Novak, Ana}, title={Alpha}, journal={J}, year={n.d.}}
                @article{b, author={Novak, Ana}, title={Beta}, journal={J}}
                @article{c, author={Novak, Ana}, title={Gamma}, journal={J}, year={n. d.}}
                @article{d, author={Novak, Ana}, title={Delta}, journal={J}, year={2001}}
                """;
        TestReport.Built built = TestReport.citing(dir, "nd", "apa").title("Faults").language("en")
                .body("A1 [@a; @b]. A2 [@b; @c; @d].\n").file("references.bib", bib).build("pdf", "epub");
        String pdf = text(built.pdf());
        String links = links(built);
        assertAll(
                () -> assertContains(pdf, "A1 (Novak, n.d.-a, n.d.-b). A2 (Novak, n.d.-b, n.d.-c, 2001)."),
                // APA sorts the undated works first
                () -> assertContains(pdf, "Novak, A. (n.d.-a). Alpha. J. Novak, A. (n.d.-b). Beta. J. Novak, A. (n.d.-c). Gamma. J. "
                        + "Novak, A. (2001). Delta. J."),
                () -> assertContains(links, "[a: Novak, n.d.-a][b: n.d.-b]"),
                () -> assertContains(links, "[b: Novak, n.d.-b][c: n.d.-c][d: 2001]"));
    }

    /**
     * Each part of one author's citation that only one source fits links to its own entry, a
     * status ("submitted", "in press-a") or an undated work's "n.d.-a" as a year does; such a
     * citation was one link to the source printed first (h15n press-link, pressmix).
     */
    @Test
    void statusAndUndatedPartsLinkToTheirOwnEntries() throws Exception {
        String bib = """
                @article{a, author={Novak, Ana}, title={Alpha}, journal={J}, year={2019}}
                @article{b, author={Novak, Ana}, title={Beta}, journal={J}, year={2024}, pubstate={forthcoming}}
                @article{c, author={Novak, Ana}, title={Gamma}, journal={J}, pubstate={submitted}}
                @article{d, author={Novak, Ana}, title={Delta}, journal={J}, year={in press}}
                @article{e, author={Novak, Ana}, title={Eps}, journal={J}}
                @article{f, author={Novak, Ana}, title={Phi}, journal={J}}
                @article{g, author={Novak, Ana}, title={Gam}, journal={J}, year={in press}}
                """;
        TestReport.Built built = TestReport.citing(dir, "partlinks", "apa").title("Faults").language("en")
                .body("A1 [@a; @b; @c]. A2 [@c; @d, p. 5]. A3 [@e, p. 2; @d, p. 4]. A4 [@a; @e; @f; @d; @g].\n")
                .file("references.bib", bib).build("pdf", "epub");
        String pdf = text(built.pdf());
        String links = links(built);
        assertAll(
                () -> assertContains(pdf, "A1 (Novak, 2019, 2024, submitted). A2 (Novak, in press-a, p. 5, submitted)."),
                () -> assertContains(pdf, "A3 (Novak, n.d.-a, p. 2, in press-a, p. 4)."),
                () -> assertContains(pdf, "A4 (Novak, n.d.-a, n.d.-b, 2019, in press-a, in press-b)."),
                () -> assertContains(links, "[a: Novak, 2019][b: 2024][c: submitted]"),
                () -> assertContains(links, "[d: Novak, in press-a, p. 5][c: submitted]"),
                () -> assertContains(links, "[e: Novak, n.d.-a, p. 2][d: in press-a, p. 4]"),
                () -> assertContains(links, "[e: Novak, n.d.-a][f: n.d.-b][a: 2019][d: in press-a][g: in press-b]"));
    }

    /**
     * harvard-cite-them-right prints no status: the works in press are dated by it and the
     * undated ones "no date", each label once ("no date a" was given to an undated work and to
     * one in press), each part its own link.
     */
    @Test
    void harvardLabelsEachWorkOnce() throws Exception {
        String bib = """
                @article{a, author={Novak, Ana}, title={Alpha}, journal={J}}
                @article{b, author={Novak, Ana}, title={Beta}, journal={J}}
                @article{c, author={Novak, Ana}, title={Gamma}, journal={J}, year={in press}}
                @article{d, author={Novak, Ana}, title={Delta}, journal={J}, year={In Press}}
                @article{e, author={Novak, Ana}, title={Eps}, journal={J}, year={2020}}
                """;
        TestReport.Built built = TestReport.citing(dir, "harvard-labels", "harvard-cite-them-right").title("Faults").language("en")
                .body("M1 [@a; @b; @c; @d; @e]. M2 [@d, p. 4; @a, p. 2].\n").file("references.bib", bib).build("pdf", "epub");
        String pdf = text(built.pdf());
        String links = links(built);
        assertAll(
                () -> assertContains(pdf, "M1 (Novak, 2020, in press a, in press b, no date a, no date b)."),
                () -> assertContains(pdf, "M2 (Novak, in press a, p. 4, no date a, p. 2)."),
                () -> assertContains(pdf, "Novak, A. (in press a) "),
                () -> assertContains(pdf, "Novak, A. (no date b) "),
                () -> assertContains(links, "[e: Novak, 2020][d: in press a][c: in press b][a: no date a][b: no date b]"),
                () -> assertContains(links, "[d: Novak, in press a, p. 4][a: no date a, p. 2]"));
    }

    /**
     * A style that prints the status in the reference list only (APA's citation made to print
     * "n.d." for it) once cited a work in press and an undated one alike, both "n.d.-a", the list
     * "(in press-a)" beside "(n.d.-a)". A status written as the date (BibTeX's year) stays the
     * date where the style's citation does not print the status (LiteralStatuses), as citeproc-js
     * prints a literal date: the two read apart, "n.d." and "in press", and need no letters.
     */
    @Test
    void aStatusTheCitationDoesNotPrintIsItsDateApartFromTheUndated() throws Exception {
        String apa = new String(CitationDisambiguationBuildTest.class.getClassLoader().getResourceAsStream("apa.csl").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        int cite = apa.indexOf("<macro name=\"date-short\">");
        String style = apa.substring(0, cite) + apa.substring(cite).replaceFirst(
                "<text text-case=\"lowercase\" variable=\"status\"/>", "<text form=\"short\" term=\"no date\"/>");
        String bib = """
                @article{a, author={Novak, Ana}, title={Alpha}, journal={J}}
                @article{d, author={Novak, Ana}, title={Delta}, journal={J}, year={in press}}
                """;
        TestReport.Built built = TestReport.at(dir.resolve("listonly")).out(dir.resolve("out-listonly")).title("Faults").date("2026-03-02")
                .author("Jane Doe").language("en").bibliography("references.bib").frontMatter("citation_style: my-apa.csl")
                .body("A1 [@a; @d]. A2 [@d].\n").file("references.bib", bib).file("my-apa.csl", style).build("pdf", "epub");
        String pdf = text(built.pdf());
        String links = links(built);
        assertAll(
                // A1's two sources each their own link: the collapse's later work found as printed, a
                // literal date too (it was one link to a)
                () -> assertContains(links, "[a: Novak, n.d.][d: in press]"),
                () -> assertContains(links, "\n[d: Novak, in press]"),
                () -> assertContains(pdf, "A1 (Novak, n.d., in press). A2 (Novak, in press)."),
                () -> assertContains(pdf, "Novak, A. (n.d.). Alpha. J."),
                () -> assertContains(pdf, "Novak, A. (in press). Delta. J."));
    }

    /** The EPUB article's citation links, each as "[key: text]", a citation's links run together, one citation a line. */
    private static String links(TestReport.Built built) throws Exception {
        StringBuilder out = new StringBuilder();
        org.jsoup.nodes.Element previous = null;
        for (org.jsoup.nodes.Element a : org.jsoup.Jsoup.parse(article(built.epub())).select("a.citation")) {
            org.jsoup.nodes.Node before = a.previousSibling();
            boolean joined = before == previous || before instanceof org.jsoup.nodes.TextNode t && t.text().matches("[,;\\s]*")
                    && before.previousSibling() == previous;
            if (previous != null && !joined) {
                out.append('\n');
            }
            out.append("[").append(a.attr("href").replaceFirst("^#ref-", "")).append(": ").append(a.text()).append("]");
            previous = a;
        }
        return out.toString();
    }

    private static String link(String id, String text) {
        return "<a href=\"#ref-" + id + "\" class=\"citation\">" + text + "</a>";
    }
}
