package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A citation whose prefix or suffix holds a link, code or emphasis with a ';' in it is one
 * citation, and a narrative {@code @key [*p. 4*]} is read; a line break in an affix is a space
 * (issue 15, hostile tester h15n, inl2, inl3). Never a literal bracket with half a citation.
 */
class CitationInlineAffixesBuildTest {

    private static final String BIB = """
            @article{lee2019, author={Lee, Ann}, title={Tides}, journal={Sea J.}, volume={3}, pages={1--20}, year={2019}}
            @book{park2015, author={Park, Min}, title={Docks}, publisher={Busan UP}, year={2015}}
            """;

    @TempDir
    Path dir;

    private static String link(String id, String text) {
        return "<a href=\"#ref-" + id + "\" class=\"citation\">" + text + "</a>";
    }

    @Test
    void aSemicolonInsideAnAffixsLinkCodeOrEmphasisKeepsOneCitation() throws Exception {
        TestReport.Built built = TestReport.citing(dir, "semicolons", "apa").title("Affixes").file("references.bib", BIB)
                .body("# H\n\nK1 [@lee2019, see [a; b](#h); @park2015].\n\n"
                        + "K2 [@lee2019, see `x;y`; @park2015].\n\n"
                        + "K4 [@lee2019, see *x; y*; @park2015].\n\n"
                        + "K5 [see `@park2015` and @lee2019].\n").build("pdf", "epub");
        String epub = article(built.epub());
        String pdf;
        try (PDDocument doc = Loader.loadPDF(built.pdf().toFile())) {
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        String text = pdf;
        assertAll(
                () -> assertTrue(epub.contains("K1 (" + link("lee2019", "Lee, 2019, see a; b") + "; " + link("park2015", "Park, 2015") + ")"), epub),
                () -> assertTrue(epub.contains("K2 (" + link("lee2019", "Lee, 2019, see x;y") + "; " + link("park2015", "Park, 2015") + ")"), epub),
                () -> assertTrue(epub.contains("K4 (" + link("lee2019", "Lee, 2019, see <i>x; y</i>") + "; " + link("park2015", "Park, 2015") + ")"), epub),
                // code is never a key: one source cited, the code's words its prefix
                () -> assertTrue(epub.contains("K5 (see @park2015 and " + link("lee2019", "Lee, 2019") + ")"), epub),
                () -> assertFalse(text.contains("[Lee"), text),
                () -> assertFalse(text.contains("Park (2015)"), text));
    }

    @Test
    void aNarrativeCitationsBracketMayHoldEmphasisAndAnAffixALineBreak() throws Exception {
        TestReport.Built built = TestReport.citing(dir, "narrative", "apa").title("Affixes").file("references.bib", BIB)
                .body("# H\n\nJ1 @lee2019 [*p. 4*] says.\n\nJ2 @lee2019 [see *x*] says.\n\n"
                        + "J3 [@lee2019, p. 3,  \nafter a hard break; @park2015].\n\n"
                        + "J7 [@lee2019, see\\\nbackslash break; @park2015].\n").build("epub");
        String epub = article(built.epub());
        assertAll(
                () -> assertTrue(epub.contains("J1 Lee (" + link("lee2019", "2019, <i>p. 4</i>") + ") says."), epub),
                () -> assertTrue(epub.contains("J2 Lee (" + link("lee2019", "2019, see <i>x</i>") + ") says."), epub),
                () -> assertTrue(epub.contains("J3 (" + link("lee2019", "Lee, 2019, p. 3, after a hard break") + "; "
                        + link("park2015", "Park, 2015") + ")"), epub),
                () -> assertTrue(epub.contains("J7 (" + link("lee2019", "Lee, 2019, see backslash break") + "; "
                        + link("park2015", "Park, 2015") + ")"), epub),
                () -> assertFalse(epub.contains("[p. 4]"), epub),
                () -> assertFalse(epub.contains("<br"), epub));
    }
}
