package org.imprint.markdown;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The punctuation a note's call follows ("itself.¹", "پھر۔³", "黄河。¹"): Unicode's
 * Terminal_Punctuation, the marks that end a clause or a sentence in every script (the Latin
 * {@code . , ; : ! ?}, the Urdu full stop U+06D4, the Arabic comma, semicolon and question mark,
 * the Devanagari danda, the CJK full stop and comma, the fullwidth forms), never brackets,
 * quotation marks or dashes. One definition, used wherever a citation meets punctuation.
 */
public final class NotePunctuation {

    private NotePunctuation() {
    }

    /** Whether the code point ends a clause or a sentence (Unicode's Terminal_Punctuation). */
    public static boolean isTerminal(int codePoint) {
        return UCharacter.hasBinaryProperty(codePoint, UProperty.TERMINAL_PUNCTUATION);
    }

    /** Whether the code point ends a sentence (Unicode's Sentence_Terminal: . ! ? ۔ 。 । ؟ and their kin). */
    public static boolean isSentenceEnd(int codePoint) {
        return UCharacter.hasBinaryProperty(codePoint, UProperty.S_TERM);
    }

    /**
     * The terminal mark a text starts with ("۔ next" gives "۔"), or the empty string when it
     * starts otherwise.
     */
    public static String leading(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int first = text.codePointAt(0);
        return isTerminal(first) ? new String(Character.toChars(first)) : "";
    }

    /** Whether the text ends a sentence: its last mark a sentence terminal or an ellipsis ("etc.", "why?", "…"). */
    public static boolean endsSentence(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        int last = text.codePointBefore(text.length());
        return isSentenceEnd(last) || last == '\u2026';
    }

    /**
     * Whether the text between two calls is a separator alone: a comma or semicolon of any
     * script ("," "،" "؛" "，" "、"), with spaces around it.
     */
    public static boolean isSeparator(String text) {
        String mark = text.strip();
        return mark.codePointCount(0, mark.length()) == 1 && isTerminal(mark.codePointAt(0)) && !isSentenceEnd(mark.codePointAt(0));
    }
}
