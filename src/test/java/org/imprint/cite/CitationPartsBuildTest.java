package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An in-text citation of several sources links each source's part to its own entry, in the PDF
 * and the e-book: IEEE's "[1, p. 33], [2]" (two links), and one author's works of one year,
 * "(Smith, 2020a, 2020b, 2020c)" (three links, each to the entry with its letter).
 */
class CitationPartsBuildTest {

    private static final String BIB = """
            @book{smithC, author={Smith, John}, title={Canals}, publisher={P}, location={Oxford}, year={2020}}
            @book{smithA, author={Smith, John}, title={Aqueducts}, publisher={P}, location={Oxford}, year={2020}}
            @book{smithB, author={Smith, John}, title={Bridges}, publisher={P}, location={Oxford}, year={2020}}
            @book{levi, author={Levi, Sara}, title={The Jordan}, publisher={P}, location={Tel Aviv}, year={2019}}
            @book{smith2019, author={Smith, John}, title={Dams}, publisher={P}, location={Oxford}, year={2019}}
            @book{smithson, author={Smithson, Anna}, title={Locks}, publisher={P}, location={Oxford}, year={2019}}
            """;

    @TempDir
    Path dir;

    private TestReport.Built build(String name, String style, String body) throws Exception {
        return TestReport.at(dir.resolve(name)).out(dir.resolve(name + "-out")).title("Parts").date("2026-03-02")
                .author("Jane Doe").bibliography("references.bib").frontMatter("citation_style: " + style)
                .file("references.bib", BIB).body(body).build("pdf", "epub");
    }

    /** Each internal link of the PDF's pages: its text, and where it goes (page and height, or a name). */
    static Map<String, String> internalLinks(Path pdf) throws Exception {
        Map<String, String> links = new LinkedHashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                Map<String, PDDestination> targets = new LinkedHashMap<>();
                float height = page.getMediaBox().getHeight();
                int n = 0;
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        PDDestination target = link.getAction() instanceof PDActionGoTo go ? go.getDestination() : link.getDestination();
                        if (target != null) {
                            var r = link.getRectangle();
                            String region = "r" + n++;
                            stripper.addRegion(region, new Rectangle2D.Float(r.getLowerLeftX(), height - r.getUpperRightY(),
                                    r.getWidth(), r.getHeight()));
                            targets.put(region, target);
                        }
                    }
                }
                stripper.extractRegions(page);
                for (var target : targets.entrySet()) {
                    String where = target.getValue() instanceof PDPageXYZDestination xyz
                            ? xyz.retrievePageNumber() + "@" + xyz.getTop()
                            : target.getValue() instanceof PDNamedDestination named ? named.getNamedDestination() : "?";
                    links.put(stripper.getTextForRegion(target.getKey()).strip(), where);
                }
            }
        }
        return links;
    }

    /**
     * Where the link whose text holds {@code text} goes (the link's box may take in a neighbouring
     * mark); with a page ("p.") only when {@code text} has one.
     */
    private static String target(Map<String, String> links, String text) {
        return links.entrySet().stream().filter(e -> e.getKey().contains(text) && (text.contains("p.") || !e.getKey().contains("p.")))
                .map(Map.Entry::getValue)
                .reduce((a, b) -> { throw new AssertionError("two links hold " + text + ": " + links); })
                .orElseThrow(() -> new AssertionError("no link holds " + text + ": " + links));
    }

    @Test
    void eachNumberOfANumericCitationLinksToItsEntry() throws Exception {
        TestReport.Built built = build("ieee", "ieee", "First [@levi, p. 33; @smithA]. Then [@smithA, p. 9]. "
                + "Locators [@levi, p. 2; @smithA] and [@levi; @smithA, p. 1].\n");
        String epub = article(built.epub());
        Map<String, String> pdf = internalLinks(built.pdf());
        assertAll(
                // each number's brackets are the style's, set round it alone: outside its link
                () -> assertTrue(epub.contains("First [" + link("levi", "1, p. 33") + "], [" + link("smithA", "2") + "]."), epub),
                // a page that is another source's number never cuts the citation in the wrong place
                // ("[1, p. 2], [2]" is not "[1, p. " and "2], [2]"): each part starts with its number
                () -> assertTrue(epub.contains("Locators [" + link("levi", "1, p. 2") + "], [" + link("smithA", "2") + "] and ["
                        + link("levi", "1") + "], [" + link("smithA", "2, p. 1") + "]."), epub),
                // "2" a link of its own, to where "Then [2, p. 9]" goes, not to "1"'s entry; the PDF's boxes
                // hold the number and its page, not the brackets round them
                () -> assertEquals(target(pdf, "2, p. 9"), target(pdf, "2"), pdf.toString()),
                () -> assertNotEquals(target(pdf, "1, p. 33"), target(pdf, "2"), pdf.toString()),
                () -> assertTrue(pdf.keySet().stream().noneMatch(t -> t.contains("[") || t.contains("]")), pdf.toString()));
    }

    @Test
    void eachYearSuffixLinksToItsEntry() throws Exception {
        TestReport.Built built = build("apa", "apa", "All three [@smithC; @smithA; @smithB]. Bridges [@smithB, p. 2]. "
                + "Canals [@smithC, p. 3].\n");
        String epub = article(built.epub());
        Map<String, String> pdf = internalLinks(built.pdf());
        assertAll(
                () -> assertTrue(epub.contains("(<a href=\"#ref-smithA\" class=\"citation\">Smith, 2020a</a>, "
                        + "<a href=\"#ref-smithB\" class=\"citation\">2020b</a>, <a href=\"#ref-smithC\" class=\"citation\">2020c</a>)"), epub),
                () -> assertEquals(target(pdf, "2020b, p. 2"), target(pdf, "2020b"), pdf.toString()),
                () -> assertEquals(target(pdf, "2020c, p. 3"), target(pdf, "2020c"), pdf.toString()),
                () -> assertNotEquals(target(pdf, "2020b"), target(pdf, "2020c"), pdf.toString()),
                () -> assertNotEquals(target(pdf, "2020a"), target(pdf, "2020b"), pdf.toString()));
    }

    /**
     * Chicago author-date: one author's works of different years, "(Smith 2019, 2020b)", and the
     * same author and year twice in one citation, "(Smith 2019; Levi 2019; Smith 2020a)", told
     * apart by year, and by name and year together.
     */
    @Test
    void eachYearOfAnAuthorDateCitationLinksToItsEntry() throws Exception {
        TestReport.Built built = build("cad", "chicago-author-date", "Grouped [@smith2019; @smithB]. "
                + "Three [@smith2019; @levi; @smithA].\n");
        String epub = article(built.epub());
        assertAll(
                () -> assertTrue(epub.contains("(<a href=\"#ref-smith2019\" class=\"citation\">Smith 2019</a>, "
                        + "<a href=\"#ref-smithB\" class=\"citation\">2020b</a>)"), epub),
                () -> assertTrue(epub.contains("(<a href=\"#ref-smith2019\" class=\"citation\">Smith 2019</a>; "
                        + "<a href=\"#ref-levi\" class=\"citation\">Levi 2019</a>; "
                        + "<a href=\"#ref-smithA\" class=\"citation\">Smith 2020a</a>)"), epub));
    }

    /**
     * IEEE with a page on each of several sources, "[1, p. 2], [2, p. 3]": split at each number,
     * whatever numbers the locators hold; a source cited twice, "[1], [2, p. 1], [2, p. 2]", links
     * both its groups to its entry (it was one link for the whole, to the first printed).
     */
    @Test
    void numericPartsWithPagesEachLinkAndASourceCitedTwiceLinksBoth() throws Exception {
        TestReport.Built built = build("pages", "ieee", "First [@levi; @smithA]. "
                + "Pages [@levi, p. 2; @smithA, p. 1]. Notes [@smithA, p. 1, note 2; @levi, pp. 1\u20132]. "
                + "Twice [@smithA, p. 1; @smithA, p. 2; @levi].\n");
        String epub = article(built.epub());
        Map<String, String> pdf = internalLinks(built.pdf());
        assertAll(
                () -> assertTrue(epub.contains("Pages [" + link("levi", "1, p. 2") + "], [" + link("smithA", "2, p. 1") + "]."), epub),
                // the author's suffix stands after the style's bracket, so out of the link with it
                () -> assertTrue(epub.contains("Notes [" + link("levi", "1, pp. 1\u20132") + "], ["
                        + link("smithA", "2, p. 1") + "], note 2."), epub),
                () -> assertTrue(epub.contains("Twice [" + link("levi", "1") + "], [" + link("smithA", "2, p. 1") + "], ["
                        + link("smithA", "2, p. 2") + "]."), epub),
                // in the PDF: "1, p. 2" and "1, pp. 1–2" to levi's entry, "2, p. 1" and "2, p. 2" to smithA's
                // (where "2" goes), each box its number and page alone
                () -> assertNotEquals(target(pdf, "1, p. 2"), target(pdf, "2"), pdf.toString()),
                () -> assertEquals(target(pdf, "2"), target(pdf, "2, p. 1"), pdf.toString()),
                () -> assertEquals(target(pdf, "1, p. 2"), target(pdf, "1, pp. 1\u20132"), pdf.toString()),
                () -> assertEquals(target(pdf, "2"), target(pdf, "2, p. 2"), pdf.toString()),
                () -> assertTrue(pdf.keySet().stream().noneMatch(t -> t.contains("[") || t.contains("]") || t.contains("note")),
                        pdf.toString()));
    }

    /**
     * Author-date: one source twice, written Smithson first: the first link is to the source APA
     * prints first, Levi.
     */
    @Test
    void oneAuthorDateLinkGoesToTheFirstPrinted() throws Exception {
        TestReport.Built built = build("sorted", "apa", "Sorted [@smithson; @levi; @smithson, p. 2].\n");
        String epub = article(built.epub());
        assertTrue(epub.contains("Sorted (<a href=\"#ref-levi\" class=\"citation\">Levi, 2019"), epub);
    }

    private static final String TEAMS_BIB = """
            @book{kimA, author={Kim, Ji-woo and Park, Min and Lee, Soo}, title={Tidal Flats}, publisher={P}, location={Seoul}, year={2019}}
            @book{kimB, author={Kim, Ji-woo and Park, Min and Choi, Hana}, title={Mudflats}, publisher={P}, location={Seoul}, year={2019}}
            @book{kimC, author={Kim, Ji-woo and Park, Min and Jung, Dae}, title={Birds}, publisher={P}, location={Seoul}, year={2019}}
            @book{kimD, author={Kim, Ji-woo and Park, Min and Lee, Soo}, title={Anchors}, publisher={P}, location={Seoul}, year={2019}}
            @book{kimE, author={Kim, Ji-woo and Park, Min and Lee, Soo and Han, Bo}, title={Salt Marsh}, publisher={P}, location={Seoul}, year={2019}}
            @book{brownA, author={Brown, Alice}, title={Harbours}, publisher={P}, location={London}, year={2010}}
            @book{brownB, author={Brown, Bob}, title={Ships}, publisher={P}, location={London}, year={2010}}
            @book{evans, author={Evans, Carl}, title={Dunes}, publisher={P}, location={London}, year={2005}}
            """;

    private TestReport.Built build(String name, String language, String style, String bib, String body) throws Exception {
        return TestReport.at(dir.resolve(name)).out(dir.resolve(name + "-out")).title("Parts").date("2026-03-02")
                .author("Jane Doe").language(language).bibliography("references.bib").frontMatter("citation_style: " + style)
                .file("references.bib", bib).body(body).build("pdf", "epub");
    }

    /** The EPUB's link to {@code id} round exactly {@code text}. */
    private static String link(String id, String text) {
        return "<a href=\"#ref-" + id + "\" class=\"citation\">" + text + "</a>";
    }

    /**
     * APA: the hostile tester's citations that fell back to one link for the whole (issue 15,
     * h15i apa, bis): A. and B. Brown, 2010, told apart by the initials the style adds, and
     * five Kim, Park et al. works of 2019 that the added names and year suffixes print distinctly
     * each link to their own entry; a source cited twice ("A. Brown, 2010, p. 1, 2010, p. 2")
     * links both its parts to its entry. Two sources whose words alone cannot tell them apart
     * ("Kim, Park, &amp; Lee, 2019; Kim, Park, Lee, et al., 2019" both hold Kim, Park, Lee and
     * 2019) are told by the order the processor printed them in; they once shared one link.
     */
    @Test
    void onlyTheSourcesThatCannotBeToldApartShareALink() throws Exception {
        TestReport.Built built = build("spans", "en", "apa", TEAMS_BIB, "Mixed [@evans, p. 12; @brownB; @kimC, chap. 3; @brownA].\n\n"
                + "Teams [@kimE; @kimC; @kimA; @kimB; @kimD].\n\nTwice [@brownA, p. 1; @brownA, p. 2; @evans].\n");
        String epub = article(built.epub());
        Map<String, String> pdf = internalLinks(built.pdf());
        assertAll(
                () -> assertTrue(epub.contains("Mixed (" + link("brownA", "A. Brown, 2010") + "; " + link("brownB", "B. Brown, 2010") + "; "
                        + link("evans", "Evans, 2005, p. 12") + "; " + link("kimC", "Kim, Park, &amp; Jung, 2019, Chapter 3") + ")"), epub),
                () -> assertTrue(epub.contains("Teams (" + link("kimB", "Kim, Park, &amp; Choi, 2019") + "; "
                        + link("kimC", "Kim, Park, &amp; Jung, 2019") + "; " + link("kimD", "Kim, Park, &amp; Lee, 2019a") + ", "
                        + link("kimA", "2019b") + "; " + link("kimE", "Kim, Park, Lee, et al., 2019") + ")"), epub),
                // a source cited twice, each part to its entry (the collapse's cut finds "2010, p. 2" as printed)
                () -> assertTrue(epub.contains("Twice (" + link("brownA", "A. Brown, 2010, p. 1") + ", " + link("brownA", "2010, p. 2") + "; "
                        + link("evans", "Evans, 2005") + ")"), epub),
                // the PDF's link annotations agree: no link holds two teams, or a Brown and Evans
                () -> assertTrue(pdf.keySet().stream().noneMatch(t -> t.contains("Choi") && t.contains("Jung")
                        || t.contains("Brown") && t.contains("Evans") || t.contains("A. Brown") && t.contains("B. Brown")), pdf.toString()),
                () -> assertEquals(target(pdf, "Evans, 2005, p. 12"), target(pdf, "Evans, 2005"), pdf.toString()),
                () -> assertNotEquals(target(pdf, "Evans, 2005"), target(pdf, "2010, p. 2"), pdf.toString()),
                () -> assertEquals(target(pdf, "A. Brown, 2010"), target(pdf, "2010, p. 2"), pdf.toString()),
                () -> assertNotEquals(target(pdf, "A. Brown, 2010"), target(pdf, "B. Brown, 2010"), pdf.toString()),
                () -> assertEquals(target(pdf, "Jung, 2019, Chapter 3"), pdf.get("Kim, Park, & Jung, 2019"), pdf.toString()),
                () -> assertEquals(5, java.util.stream.Stream.of("Choi, 2019", "Kim, Park, & Jung, 2019", "Lee, 2019a", "2019b", "et al., 2019")
                        .map(t -> pdf.entrySet().stream().filter(e -> e.getKey().endsWith(t)).findFirst().orElseThrow().getValue())
                        .distinct().count(), pdf.toString()));

        TestReport.Built pair = build("pair", "en", "apa", TEAMS_BIB, "Pair [@kimE; @evans; @kimA; @kimB].\n");
        String pairEpub = article(pair.epub());
        Map<String, String> pairPdf = internalLinks(pair.pdf());
        assertAll(
                () -> assertTrue(pairEpub.contains("Pair (" + link("evans", "Evans, 2005") + "; " + link("kimB", "Kim, Park, &amp; Choi, 2019")
                        + "; " + link("kimA", "Kim, Park, &amp; Lee, 2019") + "; " + link("kimE", "Kim, Park, Lee, et al., 2019") + ")"),
                        pairEpub),
                // told apart by the order the processor printed them in (CitationOrder), not one link for both
                () -> assertEquals(4, pairPdf.values().stream().distinct().count(), pairPdf.toString()),
                () -> assertTrue(pairPdf.keySet().stream().noneMatch(t -> t.contains("Evans") && t.contains("Kim")
                        || t.contains("Choi") && t.contains("Lee")), pairPdf.toString()));
    }

    private static final String CHO_CHOI_BIB = """
            @book{cho1, author={Lee, Anna and Park, Min and Cho, Eun}, title={Alpha}, publisher={P}, location={L}, year={2019}}
            @book{cho2, author={Lee, Anna and Park, Min and Cho, Eun}, title={Beta}, publisher={P}, location={L}, year={2019}}
            @book{choi1, author={Lee, Anna and Park, Min and Choi, Eun}, title={Gamma}, publisher={P}, location={L}, year={2019}}
            @book{choi2, author={Lee, Anna and Park, Min and Choi, Eun}, title={Delta}, publisher={P}, location={L}, year={2019}}
            @book{han1, author={Lee, Anna and Park, Min and Han, Eun}, title={Eta}, publisher={P}, location={L}, year={2019}}
            """;

    /**
     * Teams told apart by a late name, "Cho" and "Choi", each with its own "2019a" (issue 15,
     * h15j sfx, perf2): a name is a whole word ("Cho" is not in "Choi"), and a year letter tells a
     * source only with its names; the links went to the other team's entry.
     */
    @Test
    void teamsWhoseNamesHoldOneAnotherAndShareAYearLetterEachLinkToTheirOwn() throws Exception {
        TestReport.Built built = build("cho", "en", "apa", CHO_CHOI_BIB, "Alone [@cho1, p. 9].\n\nAlso [@choi2, p. 8].\n\n"
                + "Pair [@choi2; @cho1].\n\nAll [@cho1; @cho2; @choi1; @choi2; @han1].\n\nMixed [@cho2; @han1; @choi2].\n");
        String epub = article(built.epub());
        Map<String, String> pdf = internalLinks(built.pdf());
        assertAll(
                () -> assertTrue(epub.contains("Pair (" + link("cho1", "Lee, Park, &amp; Cho, 2019a") + "; "
                        + link("choi2", "Lee, Park, &amp; Choi, 2019a") + ")"), epub),
                () -> assertTrue(epub.contains("Mixed (" + link("cho2", "Lee, Park, &amp; Cho, 2019b") + "; "
                        + link("choi2", "Lee, Park, &amp; Choi, 2019a") + "; " + link("han1", "Lee, Park, &amp; Han, 2019") + ")"), epub),
                // each team's two works each link to their own entry, never the other team's
                () -> assertTrue(epub.contains("All (" + link("cho1", "Lee, Park, &amp; Cho, 2019a") + ", " + link("cho2", "2019b") + "; "
                        + link("choi2", "Lee, Park, &amp; Choi, 2019a") + ", " + link("choi1", "2019b") + "; "
                        + link("han1", "Lee, Park, &amp; Han, 2019") + ")"), epub),
                () -> assertTrue(pdf.keySet().stream().noneMatch(t -> t.matches("(?s).*\\bCho\\b.*") && t.contains("Choi")), pdf.toString()),
                // "Pair": Cho's part to where "Alone" goes, Choi's to where "Also" goes
                () -> assertEquals(target(pdf, "Cho, 2019a, p. 9"), endingWith(pdf, "& Cho, 2019a"), pdf.toString()),
                () -> assertEquals(target(pdf, "Choi, 2019a, p. 8"), endingWith(pdf, "& Choi, 2019a"), pdf.toString()),
                () -> assertNotEquals(endingWith(pdf, "& Cho, 2019a"), endingWith(pdf, "& Choi, 2019a"), pdf.toString()));
    }

    /** Where the links whose text ends with {@code text} go (all to one place). */
    private static String endingWith(Map<String, String> links, String text) {
        return links.entrySet().stream().filter(e -> e.getKey().endsWith(text)).map(Map.Entry::getValue).distinct()
                .reduce((a, b) -> { throw new AssertionError("two links to two places end with " + text + ": " + links); })
                .orElseThrow(() -> new AssertionError("no link ends with " + text + ": " + links));
    }

    private static final String SMITHS_BIB = """
            @book{smithJ2020, author={Smith, Jane}, title={Alpha Book}, publisher={P}, location={L}, year={2020}}
            @book{smithJo2020, author={Smith, John}, title={Beta Book}, publisher={P}, location={L}, year={2020}}
            @book{smithJ2020b, author={Smith, Jane}, title={Gamma Book}, publisher={P}, location={L}, year={2020}}
            @book{lee2019a, author={Lee, Anna and Park, Min and Choi, Hana and Kim, Bo}, title={One}, publisher={P}, location={L}, year={2019}}
            @book{lee2019b, author={Lee, Anna and Park, Min and Choi, Hana and Kim, Bo}, title={Two}, publisher={P}, location={L}, year={2019}}
            """;

    /**
     * Jane and John Smith, both "J. Smith", and the Lee team, each with a "2019a"/"2020a" (issue 15,
     * h15j apa4 S2, S3): "(J. Smith, 2020a, p. 4" linked to Lee's 2019a, and "J. Smith, 2020a, p. 5,
     * 2020b, p. 2" was one link to John's entry though 2020a is Jane's. A year letter is read with
     * its year, and each part links to its own entry.
     */
    @Test
    void aYearLetterIsReadWithItsYearAndEachSmithLinksToHerOrHisOwn() throws Exception {
        TestReport.Built built = build("smiths", "en", "apa", SMITHS_BIB, "Jane [@smithJ2020, p. 7]. John [@smithJo2020, p. 6]. "
                + "Gamma [@smithJ2020b].\n\nS2 [@smithJ2020, p. 4; @lee2019a, fig. 3; @lee2019b, chap. 4].\n\n"
                + "S3 [@smithJ2020, p. 5; @smithJo2020, p. 2; @lee2019a, fig. 3].\n");
        String epub = article(built.epub());
        Map<String, String> pdf = internalLinks(built.pdf());
        assertAll(
                // "J. Smith" sorts under Smith, after Lee (h15k apa4)
                () -> assertTrue(epub.contains("S2 (" + link("lee2019a", "Lee et al., 2019a, Figure 3") + ", "
                        + link("lee2019b", "2019b, Chapter 4") + "; " + link("smithJ2020", "J. Smith, 2020a, p. 4") + ")"), epub),
                () -> assertTrue(epub.contains("S3 (" + link("lee2019a", "Lee et al., 2019a, Figure 3") + "; "
                        + link("smithJ2020", "J. Smith, 2020a, p. 5") + ", " + link("smithJo2020", "2020b, p. 2") + ")"), epub),
                () -> assertTrue(pdf.keySet().stream().noneMatch(t -> t.contains("Smith") && t.contains("Lee")), pdf.toString()),
                () -> assertEquals(target(pdf, "2020a, p. 7"), target(pdf, "2020a, p. 4"), pdf.toString()),
                () -> assertEquals(target(pdf, "2020a, p. 7"), target(pdf, "2020a, p. 5"), pdf.toString()),
                () -> assertEquals(target(pdf, "2020b, p. 6"), target(pdf, "2020b, p. 2"), pdf.toString()));
    }

    /**
     * IEEE in Hebrew and Arabic moves the author's "see" (ראה, انظر) before the bracket: the
     * words are the author's, not the source's, and stay out of its link, as "see" does in
     * English (issue 15, h15i he, ar: the link took them in).
     */
    @Test
    void aPrefixTheStyleMovesBeforeTheBracketIsNoPartOfTheLink() throws Exception {
        String bib = "@book{evans, author={Evans, Carl}, title={Dunes}, publisher={P}, location={London}, year={2005}}\n"
                + "@book{brownA, author={Brown, Alice}, title={Harbours}, publisher={P}, location={London}, year={2010}}\n";
        for (String[] language : new String[][] {{"he", "ראה", "עמ'"}, {"ar", "انظر", "ص"}, {"en", "see", "p."}}) {
            TestReport.Built built = build("prefix-" + language[0], language[0], "ieee", bib, "# H\n\nאחת [" + language[1]
                    + " @evans, " + language[2] + " 3]. שתיים [" + language[1] + " @evans; @brownA].\n");
            String epub = article(built.epub());
            Map<String, String> pdf = internalLinks(built.pdf());
            boolean rightToLeft = !language[0].equals("en");
            String evans = "<a href=\"#ref-evans\" class=\"citation\">";
            assertAll(
                    // the bracket is the style's: outside the link, which opens with the number (in an isolate of
                    // its own in the right-to-left line); not yet in a right-to-left article, where it stays inside
                    () -> assertTrue(epub.matches("(?s).*" + language[1] + (rightToLeft ? "\\s*" + evans + "\\[1, .*"
                            : "\\s*\\[\u2066?" + evans + "1, .*")), epub),
                    () -> assertTrue(epub.matches("(?s).*" + language[1] + (rightToLeft ? "\\s*" + evans + "\\[1\\]</a>.*"
                            : "\\s*\\[\u2066?" + evans + "1</a>\u2069?\\].*")), epub),
                    () -> assertTrue(pdf.keySet().stream().noneMatch(t -> t.contains(language[1])), pdf.toString()),
                    () -> assertEquals(3, pdf.size(), pdf.toString()));
        }
    }
}
