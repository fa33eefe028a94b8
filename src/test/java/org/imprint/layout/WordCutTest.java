package org.imprint.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Where a running head's title is cut, and what closes it. */
class WordCutTest {

    /**
     * "צה”ל" and "ארה”ב" as word processors type them, with U+201D as gershayim: the two were
     * paired as a Hebrew quotation ”…” and the cut between them closed it, a stray ” after the ellipsis.
     */
    @Test
    void aGershayimBetweenHebrewLettersIsNotAQuotationTheCutCloses() {
        String title = "דוח צה”ל " + "על המים והגבולות בין ישראל וירדן ".repeat(6) + "ועל ארה”ב";
        String cut = WordCut.cut(title, 150, Locale.forLanguageTag("he"));
        assertTrue(cut.endsWith("\u2026"), cut);
        assertTrue(cut.startsWith("דוח צה”ל על"), cut);
        // a quotation written with the same marks is still closed
        String quoted = "דוח ”" + "על המים והגבולות בין ישראל וירדן ".repeat(6) + "”";
        assertTrue(WordCut.cut(quoted, 150, Locale.forLanguageTag("he")).endsWith("\u2026”"));
    }

    /** A Chinese character is set about two Latin letters wide: 150 columns hold 75 of them, as two lines of the head. */
    @Test
    void wideCharactersCountTwoColumns() {
        String title = "南亚水资源安全与跨境河流管理：印度、巴基斯坦、尼泊尔和孟加拉国之间合作的可能性与挑战".repeat(4);
        String cut = WordCut.cut(title, 150, Locale.forLanguageTag("zh"));
        assertTrue(cut.endsWith("\u2026") && cut.length() - 1 <= 75 && cut.length() - 1 >= 70, cut.length() + " " + cut);
        String latin = "word ".repeat(40);
        assertTrue(WordCut.cut(latin, 150, Locale.ENGLISH).length() >= 145, "a Latin title still keeps 150 characters");
        assertEquals("短标题", WordCut.cut("短标题", 150, Locale.forLanguageTag("zh")));
    }

    /**
     * A short right-to-left quotation in a left-to-right head is kept whole (no-break spaces), so no
     * line of the head ends with its opening mark or starts with its closing one; one opened by a
     * low mark („…“) too; one of the head's own direction and a long one keep their spaces, and so
     * does a left-to-right one in an Urdu head (kept whole, the PDF read its marks traded).
     */
    @Test
    void aShortQuotationOfTheOtherDirectionIsKeptWhole() {
        Locale en = Locale.ENGLISH;
        assertEquals("A “امن\u00A0و\u00A0امان” doctrine", WordCut.cut("A “امن و امان” doctrine", 150, en));
        assertEquals("پاکستان میں “strategic patience” کا نظریہ",
                WordCut.cut("پاکستان میں “strategic patience” کا نظریہ", 150, Locale.forLanguageTag("ur")));
        assertEquals("A “strategic patience” doctrine", WordCut.cut("A “strategic patience” doctrine", 150, en));
        assertEquals("پاکستان میں “امن و امان” کا نظریہ",
                WordCut.cut("پاکستان میں “امن و امان” کا نظریہ", 150, Locale.forLanguageTag("ur")));
        // a low mark opens a quotation as the others do (QuotationGlue moves it inside the isolate)
        assertEquals("A „שלום\u00A0עכשיו“ doctrine", WordCut.cut("A „שלום עכשיו“ doctrine", 150, en));
        // one wider than a line of the head (75 columns of 150) could not be kept whole
        String longQuote = "A “" + "امن و امان ".repeat(8).strip() + "” doctrine";
        assertEquals(longQuote, WordCut.cut(longQuote, 150, en));
    }

    /**
     * A quotation of 41 to 75 columns, which a line of the head has room for, kept its breakable
     * spaces (the limit was 40 chars) and wrapped inside the quotation; and a flag (🇵🇰), two
     * regional indicators of neutral width, counted one column though drawn as wide as a family
     * joined by ZWJ (👨‍👩‍👧), which counts two.
     */
    @Test
    void aQuotationAsWideAsALineIsKeptWholeAndAnEmojiIsOneWideCluster() {
        Locale en = Locale.ENGLISH;
        String quote = "امن و امان ".repeat(5).strip();
        assertEquals("A “" + quote.replace(' ', '\u00A0') + "” doctrine", WordCut.cut("A “" + quote + "” doctrine", 150, en));
        assertTrue(WordCut.cutMarkup("A “" + quote + "” doctrine", 150, en).contains("<span class=\"whole\">“"));
        String flags = "\uD83C\uDDF5\uD83C\uDDF0 ".repeat(100);
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 ".repeat(100);
        // three columns each, with the space: 50 in 150 columns
        assertEquals(50, WordCut.cut(flags, 150, en).split(" ").length);
        assertEquals(50, WordCut.cut(family, 150, en).split(" ").length);
        assertEquals(2, WordCut.columns("\uD83C\uDDF5\uD83C\uDDF0", en));
        assertEquals(2, WordCut.columns("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", en));
    }

    /**
     * Between two numbers of a quotation kept whole the space stays a space: the bidi algorithm
     * reads a no-break space as a number separator, so "1999 2024" glued was one number, set left
     * to right, and the head read the years in the other order than the cover.
     */
    @Test
    void theSpaceBetweenTwoNumbersOfAQuotationKeptWholeStaysASpace() {
        Locale en = Locale.ENGLISH;
        assertEquals("the slogan “امن\u00A01999 2024” in it", WordCut.cut("the slogan “امن 1999 2024” in it", 150, en));
        assertEquals("an aside (امن\u00A0و\u00A0امان\u00A0۲۰۲۴ 2024) in it",
                WordCut.cut("an aside (امن و امان ۲۰۲۴ 2024) in it", 150, en));
    }
}
