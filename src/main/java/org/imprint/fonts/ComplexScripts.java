package org.imprint.fonts;

import java.util.EnumSet;
import java.util.Set;

/**
 * The scripts whose text a font must shape with its layout tables (GSUB, GPOS), or that run right
 * to left: what decides whether a font may be subset without them, and what an engine without
 * shaping must refuse.
 */
public final class ComplexScripts {

    private static final Set<Character.UnicodeScript> RIGHT_TO_LEFT = EnumSet.of(
            Character.UnicodeScript.ARABIC, Character.UnicodeScript.HEBREW, Character.UnicodeScript.SYRIAC,
            Character.UnicodeScript.THAANA, Character.UnicodeScript.NKO);

    private static final Set<Character.UnicodeScript> SHAPED = EnumSet.of(
            Character.UnicodeScript.ARABIC, Character.UnicodeScript.HEBREW, Character.UnicodeScript.SYRIAC,
            Character.UnicodeScript.THAANA, Character.UnicodeScript.NKO,
            Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.BENGALI, Character.UnicodeScript.GURMUKHI,
            Character.UnicodeScript.GUJARATI, Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL,
            Character.UnicodeScript.TELUGU, Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM,
            Character.UnicodeScript.SINHALA, Character.UnicodeScript.THAI, Character.UnicodeScript.LAO,
            Character.UnicodeScript.TIBETAN, Character.UnicodeScript.MYANMAR, Character.UnicodeScript.KHMER);


    private ComplexScripts() {
    }

    /** Whether the character belongs to a script that needs the font's shaping tables. */
    public static boolean needsShaping(int codePoint) {
        return SHAPED.contains(script(codePoint));
    }

    /** Whether the character belongs to a script written right to left. */
    public static boolean rightToLeft(int codePoint) {
        return RIGHT_TO_LEFT.contains(script(codePoint));
    }

    /** Whether the text holds a character of a right-to-left script. */
    public static boolean hasRightToLeft(CharSequence text) {
        return text.codePoints().anyMatch(ComplexScripts::rightToLeft);
    }

    /** Whether the text holds a script written without spaces between words (Thai, Lao, Khmer, Myanmar). */
    public static boolean withoutSpaces(CharSequence text) {
        return text.codePoints().anyMatch(cp -> switch (script(cp)) {
            case THAI, LAO, KHMER, MYANMAR -> true;
            default -> false;
        });
    }

    /** "Devanagari": the script's name for messages. */
    public static String name(Character.UnicodeScript script) {
        String name = script.name().replace('_', ' ');
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The character's script, {@code COMMON} for one that is not assigned. */
    public static Character.UnicodeScript script(int codePoint) {
        try {
            return Character.UnicodeScript.of(codePoint);
        } catch (IllegalArgumentException e) {
            return Character.UnicodeScript.UNKNOWN;
        }
    }
}
