package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's later faults, built for real: BibTeX names with digits and braced groups (which
 * citeproc-java's name parser loses), bare roman numerals after a key, name particles in styles
 * that demote them, a style's own terms and the brand's heading in the article's language.
 */
class CitationNamesBuildTest {

    /** Each name its own entry, so that each is the first, inverted, author of one. */
    static final String BIB = """
            @book{digit, author = {A1, B}, title = {Digit One}, publisher = {P}, year = {2001}}
            @book{group, author = {Group of 77 and Smith, John}, title = {Group Two}, publisher = {P}, year = {2002}}
            @book{henry, author = {Henry 8th}, title = {Henry Three}, publisher = {P}, year = {2003}}
            @book{threem, author = {3M Company}, title = {Company Four}, publisher = {P}, year = {2004}}
            @book{braced, author = {{G77 Secretariat}}, title = {Braced Five}, publisher = {P}, year = {2005}}
            @book{paul, author = {Smithers, {John Paul}}, title = {Group Six}, publisher = {P}, year = {2006}}
            @book{third, author = {Lee, 3rd, John}, title = {Third Seven}, publisher = {P}, year = {2007}}
            @book{junior, author = {John Smart, Jr.}, title = {Junior Eight}, publisher = {P}, year = {2008}}
            @book{obrien, author = {O'Brien, Pat and Plus+Minus, Ann}, title = {Marks Nine}, publisher = {P}, year = {2009}}
            @book{lee, author = {{Lee, Jr. 3rd}}, title = {Whole Ten}, publisher = {P}, year = {2010}}
            @book{gogh, author = {van Gogh, Vincent}, title = {Letters}, publisher = {P}, year = {1914}}
            @book{cruz, author = {de la Cruz, Juana Inés}, title = {Poems}, publisher = {P}, year = {1689}}
            @book{hugo, author = {Hugo, Victor}, title = {Les Misérables}, publisher = {P}, year = {1862}}
            @phdthesis{okafor, author = {Okafor, Chinedu}, title = {Oil and the State}, school = {University of Lagos}, year = {2015}}
            @phdthesis{diss, author = {Ndiaye, Awa}, title = {Rivers}, school = {Université de Dakar}, type = {PhD diss.}, year = {2016}}
            @book{edited, editor = {Brown, Peter}, translator = {White, Susan}, title = {Edited Book}, publisher = {P}, address = {Oxford}, year = {2015}}
            @book{adams, author = {Adams, Zoe}, editor = {Brown, Peter}, translator = {White, Susan}, title = {Edited}, publisher = {P}, year = {2000}}
            """;

    static final String BODY = """
            Names [@digit; @group; @henry; @threem; @braced; @paul; @third; @junior; @obrien; @lee].

            Particles [@gogh; @cruz; @hugo]. Theses [@okafor; @diss]. Roman [@adams, xiv]. Labelled [@adams, p. xv]. Arabic [@adams, 16]. Edited [@edited].
            """;

    @TempDir
    static Path dir;

    static TestReport.Built chicago;
    static String chicagoText;

    @BeforeAll
    static void build() throws Exception {
        chicago = report("chicago", "citation_style: chicago-notes-bibliography-16th-edition").build("pdf");
        chicagoText = text(chicago.pdf());
    }

    static TestReport report(String name, String style) {
        TestReport report = TestReport.at(dir.resolve(name)).out(dir.resolve("out-" + name)).title("Names").date("2026-03-02")
                .author("Jane Doe").bibliography("references.bib").body(BODY).file("references.bib", BIB);
        return style.isEmpty() ? report : report.frontMatter(style);
    }

    /** The reference list: the text after its heading. */
    static String list(String text, String heading) {
        int at = text.lastIndexOf(heading);
        assertTrue(at >= 0, "no " + heading + " in " + text);
        return text.substring(at);
    }

    @Test
    void everyCharacterOfABibTeXNameIsPrinted() {
        String list = list(chicagoText, "Bibliography");
        assertAll(
                () -> assertContains(list, "A1, B. Digit One."),
                () -> assertContains(list, "Group of 77, and John Smith. Group Two."),
                () -> assertContains(list, "Henry 8th. Henry Three."),
                () -> assertContains(list, "3M Company. Company Four."),
                () -> assertContains(list, "G77 Secretariat. Braced Five."),
                () -> assertContains(list, "Smithers, John Paul. Group Six."),
                // an inverted name's suffix after its given names, as CSL sets it (citeproc-java: "Lee 3rd, John")
                () -> assertContains(list, "Lee, John, 3rd. Third Seven."),
                () -> assertContains(list, "Smart, John, Jr. Junior Eight."),
                () -> assertContains(chicagoText, "John Lee 3rd, Third Seven (P, 2007); John Smart Jr., Junior Eight"),
                () -> assertContains(list, "O’Brien, Pat, and Ann Plus+Minus. Marks Nine."),
                () -> assertContains(list, "Lee, Jr. 3rd. Whole Ten."));
    }

    @Test
    void aNameWithANumberAndNoCommaIsNamedWithItsLineAndTheFix() {
        List<String> warnings = chicago.warningLines();
        assertAll(
                () -> assertTrue(warnings.stream().anyMatch(w -> w.contains("references.bib:2") && w.contains("\"Group of 77\"")
                        && w.contains("{Group of 77}")), warnings::toString),
                () -> assertTrue(warnings.stream().anyMatch(w -> w.contains("references.bib:3") && w.contains("\"Henry 8th\"")),
                        warnings::toString),
                () -> assertTrue(warnings.stream().anyMatch(w -> w.contains("references.bib:4") && w.contains("\"3M Company\"")),
                        warnings::toString),
                // braced, or written with commas: nothing to ask
                () -> assertFalse(warnings.stream().anyMatch(w -> w.contains("G77 Secretariat") || w.contains("\"A1")
                        || w.contains("\"Lee")), warnings::toString),
                () -> assertEquals(4, warnings.size(), warnings::toString));
    }

    /** pandoc reads a locator without a label only when it has digits: "xiv" alone stays text, and the author is told. */
    @Test
    void aBareRomanNumeralIsTextAsInPandocAndWarned() throws Exception {
        TestReport.Built ieee = report("ieee", "citation_style: ieee").build("pdf");
        String text = text(ieee.pdf());
        assertAll(
                () -> assertContains(text, "Roman [16], xiv."),
                () -> assertContains(text, "Labelled [16, p. xv]."),
                () -> assertContains(text, "Arabic [16, p. 16]."),
                () -> assertTrue(ieee.warningLines().stream().anyMatch(w -> w.contains("article.md:") && w.contains("\"xiv\" after @adams")
                        && w.contains("[@adams, p. xiv]")), ieee.warningLines()::toString));
    }

    /** Chicago demotes "van" and "de la" for display and sorting (display-and-sort); APA never does. */
    @Test
    void particlesAreDemotedAsTheStyleAsks() throws Exception {
        String chicagoList = list(chicagoText, "Bibliography");
        assertAll(
                () -> assertContains(chicagoList, "Cruz, Juana Inés de la. Poems."),
                () -> assertContains(chicagoList, "Gogh, Vincent van. Letters."),
                () -> assertTrue(chicagoList.indexOf("Cruz, Juana") < chicagoList.indexOf("Gogh, Vincent")
                        && chicagoList.indexOf("Gogh, Vincent") < chicagoList.indexOf("Henry 8th")
                        && chicagoList.indexOf("Henry 8th") < chicagoList.indexOf("Hugo, Victor"), chicagoList),
                // the notes write the name given name first, the particle before the family name
                () -> assertContains(chicagoText, "Vincent van Gogh, Letters"));
        String apa = list(text(report("apa", "citation_style: apa").build("pdf").pdf()), "References");
        assertAll(
                () -> assertContains(apa, "van Gogh, V. (1914). Letters."),
                () -> assertContains(apa, "de la Cruz, J. I. (1689). Poems."),
                () -> assertTrue(apa.indexOf("de la Cruz") < apa.indexOf("Hugo, V.") && apa.indexOf("Hugo, V.") < apa.indexOf("van Gogh"), apa));
        // a style that demotes and sets given names as initials: the particle demoted, kept whole
        // (Particles.whole; it was an initial, "Gogh VV"), sorted under G, as citeproc-js prints it
        String initials = list(text(report("conchology", "citation_style: journal-of-conchology").build("pdf").pdf()), "References");
        assertAll(
                () -> assertContains(initials, "Gogh V van. 1914. Letters"),
                () -> assertContains(initials, "Cruz JI de la. 1689. Poems"),
                () -> assertTrue(initials.indexOf("Cruz JI") < initials.indexOf("Gogh V van") && initials.indexOf("Gogh V van") < initials.indexOf("Henry 8th"),
                        initials));
        // sort-only: printed "van Gogh", sorted under G
        String harvard = list(text(report("harvard", "citation_style: harvard-cite-them-right").build("pdf").pdf()), "References");
        assertAll(
                () -> assertContains(harvard, "van Gogh, V. (1914)"),
                () -> assertTrue(harvard.indexOf("de la Cruz") < harvard.indexOf("van Gogh") && harvard.indexOf("van Gogh") < harvard.indexOf("Henry 8th"),
                        harvard));
    }

    /**
     * A style that demotes particles for sorting sorts a citation so too, as it sorts its list
     * (found by h15y 06): ASA (sort-only, citations sorted by its short-name macro) cited "(de
     * la Cruz 1689; Hugo 1862; van Gogh 1914)", "van Gogh" under V, where its list and
     * citeproc-js put him under G.
     */
    @Test
    void aCitationSortsParticlesAsTheListDoes() throws Exception {
        String asa = text(report("asa", "citation_style: american-sociological-association").build("pdf").pdf());
        String list = list(asa, "References");
        assertAll(
                () -> assertContains(asa, "Particles (de la Cruz 1689; van Gogh 1914; Hugo 1862)."),
                () -> assertTrue(list.indexOf("de la Cruz") < list.indexOf("van Gogh") && list.indexOf("van Gogh") < list.indexOf("Hugo, Victor"), list));
    }

    /**
     * A thesis without a {@code type} is a "PhD thesis", as pandoc (BibLaTeX) reads it: CSL has no
     * term for it and the styles print the genre as the data gives it; Chicago's "PhD diss." is the
     * entry's own {@code type}.
     */
    @Test
    void aThesisIsNamedByItsType() {
        String list = list(chicagoText, "Bibliography");
        assertAll(
                () -> assertContains(list, "Okafor, Chinedu. “Oil and the State.” PhD thesis, University of Lagos, 2015."),
                () -> assertContains(list, "Ndiaye, Awa. “Rivers.” PhD diss., Université de Dakar, 2016."));
    }

    /** No stray delimiter where citeproc-java leaves one before an empty group of the style. */
    @Test
    void anEditedAndTranslatedBookHasNoEmptyDelimiter() throws Exception {
        assertContains(chicagoText, "Peter Brown, ed., Edited Book, trans. Susan White (Oxford: P, 2015).");
        assertContains(list(text(report("apa-edited", "citation_style: apa").build("pdf").pdf()), "References"),
                "Brown, P. (Ed.). (2015). Edited Book (S. White, Trans.). P.");
    }

    /** A style's own terms (its {@code <locale><terms>}) are the words it prints. */
    @Test
    void aStylesOwnTermsAreUsed() throws Exception {
        String xml = new String(CitationNamesBuildTest.class.getClassLoader()
                .getResourceAsStream("chicago-notes-bibliography-16th-edition.csl").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<term form=\"verb-short\" name=\"translator\">trans.</term>", "<term form=\"verb-short\" name=\"translator\">transl.</term>");
        assertTrue(xml.contains("transl."));
        String text = text(report("terms", "citation_style: own.csl").file("own.csl", xml).build("pdf").pdf());
        assertContains(text, "ed. Peter Brown, transl. Susan White");
        // the bundled style's own: Chicago's "ed." and "trans.", not the English locale's "ed. by"
        assertContains(chicagoText, "Zoe Adams, Edited, ed. Peter Brown, trans. Susan White (P, 2000), xiv.");
    }

    /** Fieldstone inherits rcas's words for the reference list's heading in each language it does not set itself. */
    @Test
    void theBrandsHeadingIsInTheArticlesLanguage() throws Exception {
        String german = text(report("de", "").brand("fieldstone").language("de").build("pdf").pdf());
        assertContains(german, "Literatur");
        assertFalse(german.contains("References"), german);
        assertEquals(-1, german.indexOf("Reference"), german);
        assertContains(text(report("es", "").brand("fieldstone").language("es").build("pdf").pdf()), "Referencias");
    }
}
