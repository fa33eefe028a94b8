package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Pandoc's citation syntax, found in the body's text and nowhere else. */
class CitationSyntaxTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private List<Citation> citations(String body) throws Exception {
        return markdown.parse(Path.of("article.md"), body, 10).citations();
    }

    @Test
    void readsKeysLocatorsPrefixesAndSeveralSources() throws Exception {
        List<Citation> found = citations("As shown [see @smith2002, pp. 3–5; @lee2019, chap. 2, emphasis added; -@who:2021].");
        assertEquals(1, found.size());
        Citation c = found.get(0);
        assertFalse(c.narrative());
        assertEquals(List.of(
                new CiteItem("smith2002", "see", "page", "3–5", "", false),
                new CiteItem("lee2019", "", "chapter", "2", ", emphasis added", false),
                new CiteItem("who:2021", "", null, null, "", true)), c.items());
        assertEquals(10, c.line());
    }

    @Test
    void aBareNumberIsAPage() throws Exception {
        assertEquals(new CiteItem("smith2002", "", "page", "33", "", false), citations("[@smith2002, 33]").get(0).items().get(0));
    }

    /**
     * pandoc reads a locator without a label only when it begins with a digit: a roman numeral
     * alone is a suffix, whatever its length (once "x" was a page and "xiv" a suffix); with a
     * label it is a page, and a term is a word of its own.
     */
    @Test
    void aBareRomanNumeralIsASuffixAndALabelledOneAPage() throws Exception {
        assertEquals(new CiteItem("a", "", null, null, ", xiv", false), citations("[@a, xiv]").get(0).items().get(0));
        assertEquals(new CiteItem("a", "", null, null, ", x", false), citations("[@a, x]").get(0).items().get(0));
        assertEquals(new CiteItem("a", "", "page", "xiv", "", false), citations("[@a, p. xiv]").get(0).items().get(0));
        assertEquals(new CiteItem("a", "", "page", "xiv", "", false), citations("[@a, p.xiv]").get(0).items().get(0));
        // "s.v." is one term, not "s." and a page "v"
        assertEquals(new CiteItem("a", "", null, null, ", s.v. harbour", false), citations("[@a, s.v. harbour]").get(0).items().get(0));
        assertEquals(new CiteItem("a", "", "section", "12", "", false), citations("[@a, §12]").get(0).items().get(0));
        assertEquals(new CiteItem("a", "", "chapter", "iv", "", false), citations("[@a, chapter iv]").get(0).items().get(0));
        assertEquals(new CiteItem("a", "", "page", "12", ", and passim", false), citations("[@a, 12, and passim]").get(0).items().get(0));
    }

    /**
     * pandoc reads inline Markdown and bracketed text in an affix: emphasis (kept as marks), a link or a "[2]"
     * there once left the bracket no citation, printed as written with two narrative ones in it.
     */
    @Test
    void affixesMayHoldEmphasisLinksAndBrackets() throws Exception {
        List<Citation> found = citations("B5 [@smith2019, *after* Smith 2020; @smith2020].");
        assertEquals(1, found.size());
        assertFalse(found.get(0).narrative());
        assertEquals(List.of(new CiteItem("smith2019", "", null, null, ", " + CiteItem.ITALIC + "after" + CiteItem.ITALIC_END + " Smith 2020", false),
                new CiteItem("smith2020", "", null, null, "", false)), found.get(0).items());
        found = citations("B6 [@smith2019, see [Smith 2020](https://example.org); @smith2020] and [@lee2019].");
        assertEquals(2, found.size());
        assertEquals(", see Smith 2020", found.get(0).items().get(0).suffix());
        assertEquals("lee2019", found.get(1).items().get(0).key());
        found = citations("[see **the** `code` @a, p. 4; @b]");
        assertEquals(List.of(new CiteItem("a", "see " + CiteItem.BOLD + "the" + CiteItem.BOLD_END + " code", "page", "4", "", false),
                new CiteItem("b", "", null, null, "", false)), found.get(0).items());
        found = citations("G1 [@lee2019, after [2] and Park 2015; @parklee2019].");
        assertEquals(1, found.size());
        assertEquals(", after [2] and Park 2015", found.get(0).items().get(0).suffix());
        assertEquals(1, citations("G5 [@smith2019, cf. [1]; @smith2020].").size());
        // brackets around a citation are still no citation of their own
        assertEquals(List.of("a"), citations("[see [@a]]").stream().map(c -> c.items().get(0).key()).toList());
        assertEquals(List.of(), citations("[a *b* c] and [d](https://e.org)"));
    }

    @Test
    void narrativeCitationsTakeTheirLocatorInBrackets() throws Exception {
        List<Citation> found = citations("As @garcia2015 [p. 50] argues, and @{odd key} agrees.");
        assertEquals(2, found.size());
        assertTrue(found.get(0).narrative());
        assertEquals(new CiteItem("garcia2015", "", "page", "50", "", false), found.get(0).items().get(0));
        assertEquals("odd key", found.get(1).items().get(0).key());
    }

    @Test
    void codeLinksAndMailAddressesAreNotCitations() throws Exception {
        assertEquals(List.of(), citations("Code `[@smith2002]` and\n\n    [@smith2002]\n\nstay code."));
        assertEquals(List.of(), citations("Write to press@example.org or [me](mailto:a@b.org) or [@x](https://example.org)."));
        assertEquals(List.of(), citations("An address <https://example.org/@x> and <mailto:x@example.org>."));
        assertEquals(List.of(), citations("A user@host without a domain, and a key-less [@] or [see @]."));
        assertEquals(List.of(), citations("An e-mail in brackets [jane@example.org] is no citation."));
    }

    /** A link's words may cite, as pandoc reads them: they printed "[@a]" and "@b" as written, their sources left out. */
    @Test
    void aLinksWordsMayCite() throws Exception {
        List<Citation> found = citations("A [study [@a, p. 4]](https://example.org) and [see @b](https://example.org/x).");
        assertEquals(2, found.size());
        assertEquals(new CiteItem("a", "", "page", "4", "", false), found.get(0).items().get(0));
        assertTrue(found.get(1).narrative());
        assertEquals("b", found.get(1).items().get(0).key());
    }

    /** An inline image's text alternative is plain words: a citation there is refused, not read out as a key. */
    @Test
    void aCitationInAnImagesTextAlternativeIsRefused() throws Exception {
        org.imprint.ReportException e = org.junit.jupiter.api.Assertions.assertThrows(org.imprint.ReportException.class,
                () -> citations("A photo ![the harbour [@a]](p.png) here."));
        assertTrue(e.getMessage().contains("the text alternative of the image \"p.png\" holds the citation [@a]"), e.getMessage());
        assertEquals(List.of(), citations("A photo ![the harbour, \\@a](p.png) here."));
    }

    @Test
    void theLineIsTheCitationsOwn() throws Exception {
        List<Citation> found = citations("First line\nsecond line [@a]\nthird [@b].");
        assertEquals(11, found.get(0).line());
        assertEquals(12, found.get(1).line());
    }
}
