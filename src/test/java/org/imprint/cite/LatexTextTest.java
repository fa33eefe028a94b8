package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** BibTeX's LaTeX as the text a reader sees (the marks made plain here; the build tests show the markup). */
class LatexTextTest {

    private static String text(String latex) {
        return RichText.plain(LatexText.text(latex));
    }

    @Test
    void accentsAndSymbolsBecomeUnicode() {
        assertEquals("Möller Jürgen René Straße Øresund naïve Škoda ç", text("M{\\\"{o}}ller J{\\\"u}rgen Ren\\'e Stra{\\ss}e {\\O}resund na\\\"{\\i}ve \\v{S}koda \\c c"));
    }

    @Test
    void dashesTiesQuotesAndEscapes() {
        assertEquals("1–2 — a\u00A0b “q” 50% & $5 {x} \\", text("1--2 --- a~b ``q'' 50\\% \\& \\$5 \\{x\\} \\textbackslash"));
    }

    @Test
    void mathAndUnknownCommandsLeaveTheirText() {
        assertEquals("H2O α ≤ x2 and text", text("$H_2O$ $\\alpha \\leq x^{2}$ and \\foo{text}"));
    }

    @Test
    void protectedCaseSurvivesAnyCaseChange() {
        // what a style does to a title: upper case all of it; the protected letters get their own back
        String marked = LatexText.text("the {iPhone} and {{NASA}} on {eBay}");
        assertEquals("THE iPhone AND NASA ON eBay", RichText.plain(marked.toUpperCase(java.util.Locale.ROOT)));
        assertEquals("the iPhone and NASA on eBay", RichText.plain(marked.toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void absurdlyDeepBracesAreReadWithoutRecursingIntoThem() {
        String deep = "{".repeat(50_000) + "x" + "}".repeat(50_000);
        assertEquals("x", text(deep));
        assertEquals("y", text("\\emph{".repeat(50_000) + "y" + "}".repeat(50_000)));
    }
}
