package org.imprint.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * A running head's cut in Hebrew: the closing mark of a quotation the cut falls in is kept when
 * the quotation opens after a one-letter prefix or holds a word-final geresh, and a letter with
 * its points (niqqud) is one column.
 */
class WordCutHebrewTest {

    private static final Locale HEBREW = Locale.forLanguageTag("he");

    /** ב”הארץ …”: the opening ” after the prefix ב was taken for gershayim, so the head ended "…סוף…" with no closing mark. */
    @Test
    void aQuotationOpenedAfterAPrefixIsClosedAfterTheEllipsis() {
        String title = "דוח מקיף ומפורט על המצב הביטחוני באזור הצפון ועל תפקידו של צה”ל בשמירה על הגבול הצפוני של המדינה,"
                + " כפי שפורסם לראשונה ב”הארץ העברי והמורחב מאוד של סוף השבוע” ובעיתונים אחרים";
        String cut = WordCut.cut(title, 150, HEBREW);
        assertTrue(cut.endsWith("\u2026\u201D"), cut);
        assertTrue(cut.contains("צה”ל"), cut);
    }

    /**
     * ‘… ג’ורג’’: the geresh ending ג’ורג’, the closing ’ right after it, was taken for the closing
     * ’, so the head ended "…" with no closing mark. A ’ after ג, ז, צ, ת with anything else after
     * it closes the quotation: a later ’ may be a possessive or an abbreviation's geresh.
     */
    @Test
    void aWordFinalGereshBeforeTheClosingMarkDoesNotCloseTheQuotation() {
        String title = "דוח מקיף ומפורט על המצב הביטחוני באזור הצפון ועל תפקידו של צבא ההגנה בשמירה על הגבול הצפוני של המדינה,"
                + " כפי שאמר ‘השלום יגיע במהרה לכל האזור ולכל תושביו כך אמר בנאומו הנשיא ג’ורג’’ בשנת 2003";
        String cut = WordCut.cut(title, 150, HEBREW);
        assertTrue(cut.endsWith("\u2026\u2019"), cut);
        // a quotation that ends in a geresh letter, with no later mark, still closes there
        assertEquals(java.util.List.of(new org.imprint.markdown.QuotePairs.Pair(4, 9)),
                org.imprint.markdown.QuotePairs.pairs("ראה ‘עזרת’ 3"));
        // and so with a later mark that is a possessive or an abbreviation's geresh
        assertEquals(java.util.List.of(new org.imprint.markdown.QuotePairs.Pair(4, 9)),
                org.imprint.markdown.QuotePairs.pairs("ראה ‘עזרת’ בעמ’ 3"));
        assertEquals(java.util.List.of(new org.imprint.markdown.QuotePairs.Pair(9, 13)),
                org.imprint.markdown.QuotePairs.pairs("The word ‘שבת’ means rest; the students’ room"));
    }

    /** A pointed title of 100 letters and 164 code points fits the head's 150 columns whole; it was cut after 90. */
    @Test
    void aLetterWithItsPointsIsOneColumn() {
        String title = "בְּרֵאשִׁית בָּרָא אֱלֹהִים אֵת הַשָּׁמַיִם וְאֵת הָאָרֶץ וְהָאָרֶץ הָיְתָה תֹהוּ וָבֹהוּ וְחֹשֶׁךְ עַל פְּנֵי תְהוֹם"
                + " וְרוּחַ אֱלֹהִים מְרַחֶפֶת עַל פְּנֵי הַמָּיִם";
        assertTrue(title.codePointCount(0, title.length()) > 150, "the title has more code points than columns");
        assertEquals(title, WordCut.cut(title, 150, HEBREW));
        // Devanagari vowel signs and Arabic harakat alike: 100 letters with a mark each fit 100 columns
        assertEquals("कि".repeat(50) + " " + "بِ".repeat(49), WordCut.cut("कि".repeat(50) + " " + "بِ".repeat(49), 100, HEBREW));
    }
}
