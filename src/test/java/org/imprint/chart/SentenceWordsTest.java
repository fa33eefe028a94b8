package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** How a brand's chart sentence takes its values: a glued prefix before a word of another script. */
class SentenceWordsTest {

    /** "لـ{series}": glued to an Arabic name, a space apart from a Latin one or a number ("لـflow" drew a tatweel to a Latin word). */
    @Test
    void anArabicPrefixStandsApartFromALatinWord() {
        String sentence = "مخطط لـ{series} حسب {x}. لا توجد قيمة لـ{gaps}.";
        assertEquals("مخطط لـ flow حسب year. لا توجد قيمة لـ 2024.",
                SentenceWords.fill(sentence, Map.of("series", "flow", "x", "year", "gaps", "2024")));
        assertEquals("مخطط لـالصادرات حسب سنة. لا توجد قيمة لـالواردات.",
                SentenceWords.fill(sentence, Map.of("series", "الصادرات", "x", "سنة", "gaps", "الواردات")));
        // a Hebrew one-letter prefix the same; a word that merely ends in a letter is no prefix
        assertEquals("ערכים ב Exports", SentenceWords.fill("ערכים ב{s}", Map.of("s", "Exports")));
        assertEquals("الصادراتflow", SentenceWords.fill("الصادرات{s}", Map.of("s", "flow")));
    }

    /** A value holding braces is not read as a placeholder; an unknown placeholder stays. */
    @Test
    void valuesAreNotFilledAgain() {
        assertEquals("of {x} by {y}", SentenceWords.fill("of {series} by {y}", Map.of("series", "{x}")));
    }
}
