package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import de.undercouch.citeproc.csl.CSLName;
import org.junit.jupiter.api.Test;

/**
 * Every form of BibTeX name, each read with every character kept (citeproc-java's parser, the
 * one replaced, lost the digits, apostrophes, {@code +} and {@code _} of all but the first two).
 * Each name shows as its CSL parts: given | particle | family | suffix, or [literal].
 */
class BibTeXNameListTest {

    private static String parts(String field) {
        return BibTeXNameList.parse(LatexText.names(field)).stream().map(BibTeXNameListTest::parts).collect(Collectors.joining(" & "));
    }

    private static String parts(CSLName n) {
        return n.getLiteral() != null ? "[" + n.getLiteral() + "]"
                : n.getGiven() + " | " + n.getNonDroppingParticle() + " | " + n.getFamily() + " | " + n.getSuffix();
    }

    @Test
    void digitsAndMarksAreKept() {
        assertEquals("B | null | A1 | null", parts("A1, B"));
        assertEquals("Jr. 3rd | null | Lee | null", parts("Lee, Jr. 3rd"));
        assertEquals("John | null | Lee | 3rd", parts("Lee, 3rd, John"));
        assertEquals("M. 1 | null | Jones | null", parts("Jones, M. 1"));
        assertEquals("Pat | null | O’Brien | null", parts("O'Brien, Pat"));
        assertEquals("Ann | null | Plus+Minus | null", parts("Plus+Minus, Ann"));
        assertEquals("null | null | Smith_J | null", parts("Smith_J"));
        assertEquals("Jane | null | Doe! | null", parts("Doe!, Jane"));
    }

    @Test
    void aNameWithoutACommaAndWithANumberIsKeptWhole() {
        for (String name : List.of("Group of 77", "3M Company", "Henry 8th", "G77", "R2-D2", "Charles the 2nd", "Project 2061")) {
            assertEquals("[" + name + "]", parts(name));
            assertEquals(List.of(name), BibTeXNameList.doubtful(LatexText.names(name)));
        }
        assertEquals(List.of(), BibTeXNameList.doubtful(LatexText.names("{Group of 77} and A1, B and Lee, 3rd, John")));
    }

    @Test
    void bracesProtectAndDoNotSwallow() {
        assertEquals("[World Health Organization]", parts("{World Health Organization}"));
        assertEquals("[Lee, Jr. 3rd]", parts("{Lee, Jr. 3rd}"));
        assertEquals("John Paul | null | Smith | null", parts("Smith, {John Paul}"));
        assertEquals("Vincent | null | van Gogh | null", parts("{van} Gogh, Vincent"));
        assertEquals("Ludwig | null | Van Beethoven | null", parts("{Van Beethoven}, Ludwig"));
        assertEquals("Ahmet | null | Özil | null", parts("{\\\"O}zil, Ahmet"));
    }

    @Test
    void namesAreSplitAtAndInAnyCase() {
        assertEquals("[Group of 77] & John | null | Smith | null", parts("Group of 77 and Smith, John"));
        assertEquals("John | null | Smith | null & Mary | null | Jones | null", parts("Smith, John AND Jones, Mary"));
        assertEquals("John | null | Smith | null & [Group of 77]", parts("Smith, John and {Group of 77}"));
        assertEquals("John | null | Lee | null & null | null | others | null", parts("Lee, John and others"));
    }

    @Test
    void particlesAndGenerationsAsBibTeXReadsThem() {
        assertEquals("Jean | de la | Fontaine | null", parts("Jean de la Fontaine"));
        assertEquals("Jean | de la | Fontaine | null", parts("de la Fontaine, Jean"));
        assertEquals("Ludwig | van | Beethoven | null", parts("Ludwig van Beethoven"));
        assertEquals("Juana Inés | de la | Cruz | null", parts("de la Cruz, Juana Inés"));
        assertEquals("Abu Nasr | null | al-Farabi | null", parts("Abu Nasr al-Farabi"));
        assertEquals("Mary-Jane | null | Smith | null", parts("Mary-Jane Smith"));
        assertEquals("Louis | null | XIV | null", parts("Louis XIV"));
        // "Family, Jr, Given", and the two forms authors write that BibTeX would misread
        assertEquals("John | null | Smith | Jr.", parts("Smith, Jr., John"));
        assertEquals("John | null | Smith | Jr.", parts("Smith, John, Jr."));
        assertEquals("John | null | Smith | Jr.", parts("John Smith, Jr."));
        assertEquals("John | null | Smith | III", parts("John Smith, III"));
        // one initial is a given name, not a generation
        assertEquals("V | null | De Souza | null", parts("De Souza, V"));
    }
}
