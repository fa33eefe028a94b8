package org.imprint.layout;

import java.util.Locale;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * A text shortened at a word: the longest beginning of at most so many characters that ends where
 * a line may break. ICU's line breaks find the words of Thai, Lao, Khmer and Burmese, written
 * without spaces, in its dictionaries: cut at the last space, a Thai title of 166 characters was
 * cut mid-word ("…ความเห็…").
 */
final class WordCut {

    private WordCut() {
    }

    /**
     * {@code text} itself when it has at most {@code max} characters; else its beginning up to
     * the last line-break opportunity at or before {@code max}, without the spaces before it (at
     * the last grapheme boundary when a single word is longer than {@code max}).
     */
    static String cut(String text, int max, Locale locale) {
        if (text.length() <= max) {
            return text;
        }
        BreakIterator lines = BreakIterator.getLineInstance(ULocale.forLocale(locale));
        lines.setText(text);
        int end = lines.preceding(max + 1);
        if (end <= 0 || end == BreakIterator.DONE) {
            BreakIterator graphemes = BreakIterator.getCharacterInstance(ULocale.forLocale(locale));
            graphemes.setText(text);
            end = Math.max(graphemes.preceding(max + 1), 0);
        }
        return text.substring(0, end).stripTrailing();
    }
}
