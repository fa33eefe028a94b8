package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an author writes round a cited source ("after Park 2015", "cf. Lee") is that source's,
 * whatever other cited author or year it names: it is never a link of its own to that other
 * author's entry (issue 15, hostile tester h15k, adv1, adv2, adv4, he-ord). And a citation linked
 * as one whole links to the source the style prints first, also where no mark tells the sources
 * apart in the text ("(Park &amp; Lee, 2019; 2019)" for {@code [-@lee; @parklee]}).
 */
class CitationAffixesBuildTest {

    private static final String BIB = """
            @book{smith2019, author={Smith, John}, title={Early Work}, publisher={P}, year={2019}}
            @book{smith2020, author={Smith, John}, title={Later Work}, publisher={P}, year={2020}}
            @book{lee2019, author={Lee, Ann}, title={Lee Alone}, publisher={P}, year={2019}}
            @book{parklee2019, author={Park, Min and Lee, Ann}, title={Park with Lee}, publisher={P}, year={2019}}
            @book{leeds2020, author={Leeds, Tom}, title={Leeds Book}, publisher={P}, year={2020}}
            """;

    @TempDir
    Path dir;

    private TestReport.Built build(String name, String language, String style, String body) throws Exception {
        return TestReport.at(dir.resolve(name)).out(dir.resolve(name + "-out")).title("Affixes").date("2026-03-02")
                .author("Jane Doe").language(language).bibliography("references.bib").frontMatter("citation_style: " + style)
                .file("references.bib", BIB).body(body).build("pdf", "epub");
    }

    /** The EPUB's link to {@code id} round exactly {@code text}. */
    private static String link(String id, String text) {
        return "<a href=\"#ref-" + id + "\" class=\"citation\">" + text + "</a>";
    }

    @Test
    void aSuffixNamingAnotherCitedAuthorStaysInItsOwnSourcesLink() throws Exception {
        for (String style : new String[] {"apa", "chicago-author-date"}) {
            TestReport.Built built = build("suffix-" + style, "en", style, "# H\n\n"
                    + "B8 [@lee2019, after Park 2015; @parklee2019].\n\n"
                    + "B9 [@lee2019, and Smith 2019; @smith2020, see also Lee].\n\n"
                    + "D3 [@smith2019; @lee2019; @smith2020, after Lee].\n\n"
                    + "D5 [@parklee2019, p. 3; @lee2019, cf. Park].\n");
            String epub = article(built.epub());
            String comma = style.equals("apa") ? "," : "";
            assertAll(style,
                    () -> assertTrue(epub.contains("(" + link("lee2019", "Lee" + comma + " 2019, after Park 2015")), epub),
                    () -> assertTrue(epub.contains("(" + link("lee2019", "Lee" + comma + " 2019, and Smith 2019")), epub),
                    () -> assertTrue(epub.contains("see also Lee</a>)"), epub),
                    () -> assertTrue(epub.matches("(?s).*<a href=\"#ref-lee2019\" class=\"citation\">Lee,? 2019, cf\\. Park</a>.*"), epub),
                    // no link holds a suffix alone, nor goes from it to the author it names
                    () -> assertFalse(epub.contains("\">after Park 2015</a>"), epub),
                    () -> assertFalse(epub.contains("\">and Smith 2019</a>"), epub),
                    () -> assertFalse(epub.contains("\">cf. Park</a>"), epub));
            // the PDF: no link's text is a suffix alone
            java.util.Set<String> pdf = CitationPartsBuildTest.internalLinks(built.pdf()).keySet();
            assertAll(style + " PDF " + pdf,
                    () -> assertTrue(pdf.stream().noneMatch(t -> t.startsWith("after") || t.startsWith("and Smith") || t.startsWith("cf."))),
                    () -> assertTrue(pdf.stream().anyMatch(t -> t.contains("after Park 2015") && t.contains("Lee"))));
        }
    }

    @Test
    void aSuffixInAnotherScriptStaysInItsSourcesLink() throws Exception {
        TestReport.Built built = build("suffix-he", "he", "apa", "# H\n\nט2 [@lee2019, אחרי Park 2015; @parklee2019].\n");
        String epub = article(built.epub());
        assertAll(
                () -> assertTrue(epub.contains(link("lee2019", "(Lee, 2019, \u2067אחרי\u2069 Park 2015")), epub),
                () -> assertTrue(epub.contains(link("parklee2019", "Park &amp; Lee, 2019)")), epub));
    }

    /**
     * Parts without a mark of their own ("2019" of a source cited without its author) were one
     * link to the source printed first; the order the processor printed them in tells each.
     */
    @Test
    void eachSourceLinksToItsOwnEntryInThePrintedOrderEvenWithoutMarks() throws Exception {
        TestReport.Built built = build("first", "en", "apa", "# H\n\n"
                + "D1 [-@lee2019, after Park; @parklee2019].\n\n"
                + "D12 [@parklee2019; -@lee2019].\n\n"
                + "D11 [-@parklee2019; @lee2019].\n");
        String epub = article(built.epub());
        assertAll(
                // a source cited without its author sorts under its author, as citeproc-js sorts it: Lee before Park
                () -> assertTrue(epub.contains("D1 (" + link("lee2019", "2019, after Park") + "; "
                        + link("parklee2019", "Park &amp; Lee, 2019") + ")"), epub),
                () -> assertTrue(epub.contains("D12 (" + link("lee2019", "2019") + "; " + link("parklee2019", "Park &amp; Lee, 2019") + ")"), epub),
                () -> assertTrue(epub.contains("D11 (" + link("lee2019", "Lee, 2019") + "; " + link("parklee2019", "2019") + ")"), epub));
    }

    /** A prefix is no source's name: out of the link for the first source (after the bracket) as for the others. */
    @Test
    void everySourcesPrefixStaysOutOfItsLink() throws Exception {
        TestReport.Built built = build("prefix", "en", "apa", "# H\n\nP1 [see @lee2019; cf. @smith2020].\n\nP2 [see @lee2019].\n");
        String epub = article(built.epub());
        assertAll(
                () -> assertTrue(epub.contains("P1 (see " + link("lee2019", "Lee, 2019") + "; cf. " + link("smith2020", "Smith, 2020") + ")"), epub),
                () -> assertTrue(epub.contains("P2 (see " + link("lee2019", "Lee, 2019") + ")."), epub));
    }

    /** A locator's numbers after its label ("pp. 2020–2021") are no year: the year 2020 after it is the 2020 source's part. */
    @Test
    void aLocatorLikeAYearIsNoMarkOfThatYearsSource() throws Exception {
        TestReport.Built built = build("locator", "en", "apa", "# H\n\nA1 [@smith2019, pp. 2020-2021; @smith2020].\n");
        String epub = article(built.epub());
        assertTrue(epub.contains("A1 (" + link("smith2019", "Smith, 2019, pp. 2020–2021") + ", " + link("smith2020", "2020") + ")"), epub);
    }

    /**
     * A style that sets the whole citation as one run prints each prefix inside it (Nature's
     * "<sup>see 1,see 3</sup>", Vancouver's "[see 1,see 3]"): each number is still its own
     * source's link, the prefixes outside the links (h15m num-nature, num-vancouver G2; it was
     * one link round all of it, to the first source).
     */
    @Test
    void aPrefixInsideANumericRunNeitherJoinsNorHidesTheNextNumber() throws Exception {
        String nature = article(build("nature", "en", "nature", "# H\n\nG2 [see @lee2019; see @smith2020].\n").epub());
        assertTrue(nature.contains("see " + link("lee2019", "1") + ",see " + link("smith2020", "2")), nature);
        String vancouver = article(build("vancouver", "en", "elsevier-vancouver", "# H\n\nG2 [see @lee2019; see @smith2020].\n").epub());
        assertTrue(vancouver.contains("[see " + link("lee2019", "1") + ",see " + link("smith2020", "2") + "]"), vancouver);
    }

    /** A suffix in emphasis is read as one ({@code [@a, *Later Work*; @b]}), and cut as any other (its italics kept). */
    @Test
    void anEmphasisedSuffixKeepsTheCitationWhole() throws Exception {
        String epub = article(build("emphasis", "en", "apa", "# H\n\nB18 [@smith2019, *Later Work*; @smith2020].\n").epub());
        assertTrue(epub.contains("B18 (" + link("smith2019", "Smith, 2019, <i>Later Work</i>") + ", " + link("smith2020", "2020") + ")"), epub);
    }

    /**
     * Emphasis in a prefix or suffix ({@code [see *Hamlet*, @smith2019, p. 3]}) is set in italics
     * (bold for {@code **…**}) in the e-book and the PDF: it was printed upright, as plain words.
     */
    @Test
    void emphasisInAnAffixIsKept() throws Exception {
        TestReport.Built built = build("affix-emphasis", "en", "apa",
                "One [see *Hamlet*, @smith2019, p. 3; @smith2020]. Two [@lee2019, **Later Work**]. Three [*see* @lee2019].\n");
        String epub = article(built.epub());
        java.util.List<org.imprint.testing.PdfGlyphs.Glyph> glyphs = org.imprint.testing.PdfGlyphs.read(built.pdf());
        org.imprint.testing.PdfGlyphs.Glyph hamlet = org.imprint.testing.PdfGlyphs.find(glyphs, "Hamlet").orElseThrow();
        org.imprint.testing.PdfGlyphs.Glyph see = org.imprint.testing.PdfGlyphs.find(glyphs, "see").orElseThrow();
        org.imprint.testing.PdfGlyphs.Glyph later = org.imprint.testing.PdfGlyphs.find(glyphs, "Later Work").orElseThrow();
        assertAll(
                () -> assertTrue(epub.contains("One (see <i>Hamlet</i>, " + link("smith2019", "Smith, 2019, p. 3")), epub),
                () -> assertTrue(epub.contains("Two (" + link("lee2019", "Lee, 2019, <b>Later Work</b>") + ")."), epub),
                // a prefix ending in emphasis keeps its space before the source (h15o: "(seeLee")
                () -> assertTrue(epub.contains("Three (<i>see</i> " + link("lee2019", "Lee, 2019") + ")."), epub),
                () -> assertFalse(epub.matches("(?s).*[\uE000-\uE011].*"), epub),
                () -> assertTrue(hamlet.fontName().toLowerCase(java.util.Locale.ROOT).contains("italic"), hamlet.fontName()),
                () -> assertFalse(see.fontName().toLowerCase(java.util.Locale.ROOT).contains("italic"), see.fontName()),
                () -> assertTrue(later.fontName().toLowerCase(java.util.Locale.ROOT).contains("bold"), later.fontName()));
    }
}
