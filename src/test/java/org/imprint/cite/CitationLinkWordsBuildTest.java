package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What words of a citation its links cover, and that the words are all there: the author's
 * prefix, the style's brackets and the parts of sources that read alike.
 */
class CitationLinkWordsBuildTest {

    private static final String BIB = """
            @book{a, author={Adams, Ann}, title={Alpha}, publisher={Pub}, year={2001}}
            @book{b, author={Brown, Bea}, title={Beta}, publisher={Pub}, year={2002}}
            @book{d, author={Dunn, Dan}, title={Delta}, publisher={Pub}, year={2004}}
            """;

    @TempDir
    Path dir;

    private TestReport.Built build(String name, String style, String bib, String body) throws Exception {
        return TestReport.at(dir.resolve(name)).out(dir.resolve(name + "-out")).title("Links").date("2026-03-02")
                .author("Jane Doe").bibliography("references.bib").frontMatter("citation_style: " + style)
                .file("references.bib", bib).body(body).build("pdf", "epub");
    }

    static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** citeproc-java merged a prefix's opening bracket with the layout's: "(see) Dunn, 2004)". */
    @Test
    void aPrefixOpeningWithABracketKeepsTheCitationsBracket() throws Exception {
        TestReport.Built built = build("apa", "apa", BIB, "One [(see) @d]. Two [(in translation) @a, p. 4; @b].\n");
        String epub = article(built.epub());
        String pdf = pdfText(built.pdf());
        assertAll(
                () -> assertTrue(pdf.contains("One ((see) Dunn, 2004)."), pdf),
                () -> assertTrue(pdf.contains("Two ((in translation) Adams, 2001, p. 4; Brown, 2002)."), pdf),
                () -> assertTrue(epub.contains("One ((see) <a href=\"#ref-d\""), epub));
    }

    private static final String ALIKE = """
            @book{browna, author={Brown, Ann}, title={Alpha}, publisher={Pub}, year={2010}}
            @book{brownb, author={Brown, Bea}, title={Beta}, publisher={Pub}, year={2010}}
            @book{brownc, author={Brown, Bea}, title={Gamma}, publisher={Pub}, year={2011}}
            @book{nov1, author={Novak, Anna}, title={Mangroves}, publisher={Pub}, year={2001}}
            @book{nov2, author={Novak, Anna}, title={Sinking Deltas}, publisher={Pub}, year={2003}}
            @book{vd, author={van Dam, Piet}, title={Particles}, publisher={Pub}, year={2017}}
            @book{vd2, author={Van Dam, Anna}, title={Particles Two}, publisher={Pub}, year={2017}}
            """;

    /**
     * Parts that differ only by what the style adds to tell them apart (MLA's initials and short
     * titles) were one link to the first source: each now links to its own entry.
     */
    @Test
    void partsToldApartByTheStyleLinkEachToItsEntry() throws Exception {
        TestReport.Built built = build("mla", "modern-language-association", ALIKE,
                "Browns [@browna; @brownb; @brownc]. Novak [@nov1, p. 5; @nov2, p. 7]. Dams [@vd; @vd2].\n");
        String epub = article(built.epub());
        Map<String, String> pdf = CitationPartsBuildTest.internalLinks(built.pdf());
        assertAll(
                () -> assertTrue(epub.contains("Browns (<a href=\"#ref-browna\" class=\"citation\">A. Brown</a>; "
                        + "<a href=\"#ref-brownb\" class=\"citation\">B. Brown, <i>Beta</i></a>; "
                        + "<a href=\"#ref-brownc\" class=\"citation\">B. Brown, <i>Gamma</i></a>)"), epub),
                () -> assertTrue(epub.contains("Novak (<a href=\"#ref-nov1\" class=\"citation\">Novak, <i>Mangroves</i> 5</a>; "
                        + "<a href=\"#ref-nov2\" class=\"citation\">Novak, <i>Sinking Deltas</i> 7</a>)"), epub),
                () -> assertTrue(epub.contains("Dams (<a href=\"#ref-vd\" class=\"citation\">van Dam</a>; "
                        + "<a href=\"#ref-vd2\" class=\"citation\">Van Dam</a>)"), epub),
                // the PDF's links go to seven places, one per source
                () -> assertEquals(7, new HashSet<>(pdf.values()).size(), pdf.toString()));
    }

    /** elsevier-harvard sorts one author's years newest first: "B. Brown, 2011, 2010" was one link to 2010. */
    @Test
    void aCollapsedGroupInDescendingYearsLinksEachYear() throws Exception {
        TestReport.Built built = build("elsevier", "elsevier-harvard", ALIKE, "Browns [@brownb; @brownc].\n");
        String epub = article(built.epub());
        assertTrue(epub.contains("(<a href=\"#ref-brownc\" class=\"citation\">Brown, 2011</a>, "
                + "<a href=\"#ref-brownb\" class=\"citation\">2010</a>)"), epub);
    }

    /**
     * Nature sets a citation in one superscript: a single source's prefix was inside its link
     * ("cf. 1" one link) where with several sources it stays out.
     */
    @Test
    void aSingleSourcesPrefixStaysOutOfTheLinkInsideTheStylesSuperscript() throws Exception {
        TestReport.Built nature = build("nature", "nature", BIB, "P1 [cf. @a]. P4 [*see* @b]. P6 [see @a, and passim].\n");
        String epub = article(nature.epub());
        Map<String, String> pdf = CitationPartsBuildTest.internalLinks(nature.pdf());
        assertAll(
                () -> assertTrue(epub.contains("<sup dir=\"ltr\">cf. <a href=\"#ref-a\" class=\"citation\">1</a></sup>"), epub),
                () -> assertTrue(epub.contains("<sup dir=\"ltr\"><i>see</i> <a href=\"#ref-b\" class=\"citation\">2</a></sup>"), epub),
                () -> assertTrue(epub.contains("<sup dir=\"ltr\">see <a href=\"#ref-a\" class=\"citation\">1, and passim</a></sup>"), epub),
                () -> assertTrue(pdf.keySet().stream().noneMatch(t -> t.contains("cf") || t.contains("see")), pdf.toString()));
    }
}
