package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.imprint.cite.CitationNamesBuildTest.list;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third hostile pass over issue 15, built for real into PDFs: the style's own "et al." in
 * another language, citations that print nothing (MLA's {@code [-@key]} without a page), "and
 * others" in two lists of one entry, generation suffixes ("Jr.") in inverted names, BibTeX's
 * {@code {\relax Ch}} and an editor list of no one but "others".
 */
class CitationRolesBuildTest {

    static final String BIB = """
            @article{lee, author={Lee, Anna and Park, Min-jun and others}, title={Measuring Erosion},
              journal={Journal of Coasts}, volume={35}, pages={812--829}, year={2019}}
            @incollection{chap, author={Adams, Zoe and others}, editor={Jones, Ann and others}, title={A Chapter},
              booktitle={The Book}, publisher={P}, year={2010}, pages={1--10}}
            @incollection{chap2, author={Baker, Zoe}, editor={Jones, Ann and others}, title={Other Chapter},
              booktitle={The Book}, publisher={P}, year={2011}, pages={1--10}}
            @book{king, author={King, Jr., Martin Luther}, title={Why We Can't Wait}, publisher={Harper}, year={1964}}
            @book{chris, author={Smith, {\\relax Ch}ristopher}, title={Digraphs}, publisher={P}, year={2000}}
            @book{ed, editor={others}, title={Anonymous Edited}, publisher={P}, year={2001}}
            @book{kant, author={Kant, Immanuel}, title={Perpetual Peace}, publisher={P}, year={1795}}
            """;

    /** The same generation suffix from CSL JSON. */
    static final String JSON = """
            [{"id": "gates", "type": "book", "title": "Coming of Age", "publisher": "Q",
              "author": [{"family": "Gates", "given": "Henry Louis", "suffix": "Jr."}], "issued": {"date-parts": [[1994]]}}]
            """;

    static final String BODY = """
            Lee [@lee]. Narrative @lee says. Chapter [@chap]. Chapter two [@chap2]. King [@king]. Gates [@gates].
            Chris [@chris]. Ed [@ed].

            Bare [-@kant]. Bare locator [-@kant, 4]. Plain [@kant]. Narrative @kant says.
            """;

    @TempDir
    static Path dir;

    static TestReport.Built chicago;
    static TestReport.Built apa;
    static String chicagoText;
    static String apaText;

    @BeforeAll
    static void build() throws Exception {
        chicago = report("chicago", "chicago-notes-bibliography", "en").build("pdf");
        chicagoText = text(chicago.pdf());
        apa = report("apa", "apa", "en").build("pdf");
        apaText = text(apa.pdf());
    }

    static TestReport report(String name, String style, String language) {
        return TestReport.at(dir.resolve(name)).out(dir.resolve("out-" + name)).title("Roles").date("2026-03-02")
                .author("Jane Doe").language(language).bibliography("[references.bib, more.json]").frontMatter("citation_style: " + style)
                .body(BODY).file("references.bib", BIB).file("more.json", JSON);
    }

    /** apa.csl's German locale says "et al."; the reference list and the narrative names follow it, not the CSL locale's "u. a.". */
    @Test
    void theStylesOwnEtAlWinsOverTheLocales() throws Exception {
        String german = text(report("apa-de", "apa", "de").build("pdf").pdf());
        String list = list(german, "Literatur");
        assertAll(
                () -> assertContains(list, "Lee, A., Park, M., et al. (2019)."),   // "Min-jun": one initial, as citeproc-js
                () -> assertContains(list, "Adams, Z., et al. (2010)."),
                () -> assertContains(german, "Narrative Lee et al. (2019) says."),
                () -> assertFalse(german.contains("u. a."), german));
    }

    /**
     * MLA's {@code [-@key]} without a page has nothing left once the author goes: the style's
     * substitute, the title, stands in ("(Perpetual Peace)"); a narrative {@code @key} is the
     * name alone ("Kant says"), as MLA sets it.
     */
    @Test
    void mlaSuppressAuthorPrintsTheTitle() throws Exception {
        TestReport.Built mla = report("mla", "modern-language-association", "en").build("pdf");
        String text = text(mla.pdf());
        assertAll(
                () -> assertContains(text, "Bare (Perpetual Peace). Bare locator (4). Plain (Kant). Narrative Kant says."),
                () -> assertContains(text, "Narrative Lee et al. says."),
                () -> assertFalse(text.contains("Bare ."), text),
                () -> assertFalse(mla.warningLines().stream().anyMatch(w -> w.contains("prints nothing")), mla.warningLines()::toString));
    }

    /** A citation that prints nothing in its style is never silent: the author is told where. */
    @Test
    void anEmptyCitationIsWarnedWithItsLine() throws Exception {
        // a house style whose citations print the locator alone: "[@kant]" without one is nothing
        String csl = """
                <?xml version="1.0" encoding="utf-8"?>
                <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
                  <info><title>Locator only</title><id>locator-only</id><updated>2026-01-01T00:00:00+00:00</updated></info>
                  <citation><layout prefix="(" suffix=")"><text variable="locator"/></layout></citation>
                  <bibliography><layout><text variable="title"/></layout></bibliography>
                </style>
                """;
        TestReport.Built built = TestReport.citing(dir, "house", "house.csl").title("Roles")
                .body("With a page [@kant, 4].\n\nWithout one [@kant].\n").file("references.bib", BIB).file("house.csl", csl).build("pdf");
        List<String> warnings = built.warningLines();
        assertAll(
                () -> assertTrue(warnings.stream().anyMatch(w -> w.contains("article.md:") && w.contains("[@kant]")
                        && w.contains("prints nothing") && w.contains("house.csl")), warnings::toString),
                () -> assertTrue(warnings.stream().noneMatch(w -> w.contains("[@kant, 4]")), warnings::toString));
    }

    /** Each list's "and others" is its own: the editors' is kept beside the authors', without a comma after one name in display order. */
    @Test
    void eachListKeepsItsOwnEtAl() {
        String bibliography = list(chicagoText, "Bibliography");
        String references = list(apaText, "References");
        assertAll(
                () -> assertContains(bibliography, "Adams, Zoe, et al. “A Chapter.” In The Book, edited by Ann Jones et al. P, 2010."),
                () -> assertContains(bibliography, "Baker, Zoe. “Other Chapter.” In The Book, edited by Ann Jones et al. P, 2011."),
                () -> assertContains(bibliography, "Lee, Anna, Min-jun Park, et al. “Measuring Erosion.”"),
                () -> assertFalse(bibliography.contains("Jones, et al."), bibliography),
                () -> assertContains(references, "Adams, Z., et al. (2010). A Chapter. In A. Jones et al."),
                () -> assertContains(references, "Baker, Z. (2011). Other Chapter. In A. Jones et al."));
    }

    /**
     * A generation suffix follows the given names of an inverted name ("King, Martin Luther, Jr.",
     * CMOS 14.72; APA "King, M. L., Jr."), and the family name in display order ("Martin Luther
     * King Jr."), from BibTeX's "King, Jr., Martin Luther" and CSL JSON's "suffix" alike.
     */
    @Test
    void aGenerationSuffixFollowsTheGivenNamesOfAnInvertedName() {
        String bibliography = list(chicagoText, "Bibliography");
        String references = list(apaText, "References");
        assertAll(
                () -> assertContains(bibliography, "King, Martin Luther, Jr. Why We Can’t Wait. Harper, 1964."),
                () -> assertContains(bibliography, "Gates, Henry Louis, Jr. Coming of Age. Q, 1994."),
                () -> assertContains(chicagoText, "Martin Luther King Jr., Why We Can’t Wait (Harper, 1964)."),
                () -> assertContains(chicagoText, "Henry Louis Gates Jr., Coming of Age (Q, 1994)."),
                () -> assertContains(references, "King, M. L., Jr. (1964). Why We Can’t Wait. Harper."),
                () -> assertContains(references, "Gates, H. L., Jr. (1994). Coming of Age. Q."),
                () -> assertFalse(bibliography.contains("King Jr., Martin") || references.contains("King Jr., M."), bibliography));
    }

    /** An editor list of no one but "others" is dropped with its role, not printed as a label alone; the author is warned. */
    @Test
    void anEditorListOfOthersAloneIsDropped() {
        String references = list(apaText, "References");
        String bibliography = list(chicagoText, "Bibliography");
        assertAll(
                () -> assertContains(references, "Anonymous Edited. (2001). P."),
                () -> assertFalse(references.contains("(Ed.)"), references),
                () -> assertContains(bibliography, "Anonymous Edited. P, 2001."),
                () -> assertFalse(bibliography.contains("ed. Anonymous") || bibliography.contains("ed., Anonymous"), bibliography),
                () -> assertTrue(apa.warningLines().stream().anyMatch(w -> w.contains("references.bib:9") && w.contains("@ed")),
                        apa.warningLines()::toString));
    }
}
