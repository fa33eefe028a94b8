package org.imprint.layout;

import com.ibm.icu.lang.UScript;

/**
 * Whether a name begins in the script of a word joined to it. Hebrew and Arabic write "and" as a
 * prefix glued to the next word ("ו", "و"), but not to a word of another script or to a number:
 * Hebrew puts a maqaf or hyphen between ("ו־John Smith", "ב-2026"), Arabic a space ("و John
 * Smith"). The layouts (bylines) and the charts' descriptions (series names) choose the brand's
 * words for each case with this test; the words stay in brand.yaml.
 */
public final class NameScript {

    private NameScript() {
    }

    /**
     * Whether the first letter or digit of {@code name} is a letter of the script of the last
     * letter of {@code word}. A digit, a symbol or emoji, a letter of another script, or a name
     * without letters is not; neither is any name when {@code word} has no letter of a script of its own.
     */
    public static boolean beginsInScriptOf(String name, String word) {
        int script = lastLetterScript(word);
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (Character.isLetter(c)) {
                return script != UScript.INVALID_CODE && UScript.getScript(c) == script;
            }
            if (Character.isDigit(c) || isSymbol(c)) {
                // a number, or an emoji or symbol ("🌙 ليلى"): the prefix would be glued to it
                return false;
            }
            // quotation marks, bidi marks and isolates before the first letter are not the name's script
            i += Character.charCount(c);
        }
        return false;
    }

    private static boolean isSymbol(int c) {
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
                || type == Character.MODIFIER_SYMBOL || type == Character.SURROGATE;
    }

    private static int lastLetterScript(String word) {
        for (int i = word.length(); i > 0; ) {
            int c = word.codePointBefore(i);
            i -= Character.charCount(c);
            if (Character.isLetter(c)) {
                int script = UScript.getScript(c);
                if (script != UScript.COMMON && script != UScript.INHERITED) {
                    return script;
                }
            }
        }
        return UScript.INVALID_CODE;
    }

    /**
     * Whether {@code label} ends in a one-letter Hebrew or Arabic prefix standing alone, the
     * preposition that is glued to the next word ("…לראשונה ב" + "הארץ" is "בהארץ"): then the
     * layout puts no space between the label and that word.
     */
    public static boolean endsInPrefix(String label) {
        String trimmed = label.stripTrailing();
        if (trimmed.isEmpty() || trimmed.length() != label.length()) {
            return false;
        }
        int last = trimmed.codePointBefore(trimmed.length());
        int before = trimmed.length() - Character.charCount(last);
        int script = UScript.getScript(last);
        return Character.isLetter(last) && (script == UScript.HEBREW || script == UScript.ARABIC)
                && (before == 0 || Character.isWhitespace(trimmed.codePointBefore(before)));
    }

    /**
     * Whether {@code text} ends in a one-letter Hebrew or Arabic prefix glued to what follows,
     * standing alone after a space (or at the start), with or without a tatweel (U+0640) drawn to
     * join it: the "لـ" of "لـ{series}" in a brand's chart sentence. Before a word of another script
     * such a prefix is written apart from it ({@link #beginsInScriptOf}).
     */
    public static boolean endsInGluedPrefix(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\u0640') {
            end--;
        }
        return end > 0 && endsInPrefix(text.substring(0, end));
    }
}
