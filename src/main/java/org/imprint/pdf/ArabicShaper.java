package org.imprint.pdf;

import java.util.HashMap;
import java.util.Map;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.Normalizer2;
import com.openhtmltopdf.bidi.BidiReorderer;

/**
 * Joins Arabic-script letters for openhtmltopdf, which draws text through the font's character
 * map and so needs each letter as its contextual presentation form (U+FB50-U+FDFF,
 * U+FE70-U+FEFF); and puts right-to-left runs in drawing order.
 *
 * <p>ICU's {@link ArabicShaping}, which openhtmltopdf's own reorderer uses, shapes only the
 * letters of Arabic proper: Urdu's ے ہ ھ ک گ ی ٹ ڈ ڑ ں and Persian's پ چ ژ stay unjoined. Here
 * every letter with presentation forms in Unicode is joined, by its Unicode joining type and
 * the forms' compatibility decompositions (both from ICU's character data); lām-alif becomes
 * its ligature. Text extraction folds the forms back to the letters (NFKC).
 */
final class ArabicShaper implements BidiReorderer {

    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;

    /** Letter -> its forms (isolated, final, initial, medial; 0 where Unicode has none). */
    private static final Map<Integer, int[]> FORMS = new HashMap<>();
    /** Alif variant (after a lām) -> the lām-alif ligature's forms (isolated, final). */
    private static final Map<Integer, int[]> LAM_ALEF = new HashMap<>();
    private static final int LAM = 0x0644;
    private static final String ARABIC_LETTER_MARK = "\u061C";

    static {
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        for (int[] range : new int[][] {{0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}}) {
            for (int cp = range[0]; cp <= range[1]; cp++) {
                String base = nfkc.getRawDecomposition(cp);
                int form = switch (UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE)) {
                    case UCharacter.DecompositionType.ISOLATED -> ISOLATED;
                    case UCharacter.DecompositionType.FINAL -> FINAL;
                    case UCharacter.DecompositionType.INITIAL -> INITIAL;
                    case UCharacter.DecompositionType.MEDIAL -> MEDIAL;
                    default -> -1;
                };
                if (base == null || form < 0) {
                    continue;
                }
                if (base.codePointCount(0, base.length()) == 1) {
                    FORMS.computeIfAbsent(base.codePointAt(0), k -> new int[4])[form] = cp;
                } else if (base.length() == 2 && base.charAt(0) == LAM && form <= FINAL && alef(base.charAt(1))) {
                    // lām-alif only, the one ligature the script requires: Unicode's other lām
                    // ligatures (lām-mīm, lām-jīm...) are a font's choice, and their isolated and
                    // final forms join nothing after them, so "سلمان" would break after its mīm
                    LAM_ALEF.computeIfAbsent((int) base.charAt(1), k -> new int[2])[form] = cp;
                }
            }
        }
    }

    /** Whether the letter is an alif (آ أ إ ا), which joins lām as a ligature. */
    private static boolean alef(int cp) {
        return UCharacter.getIntPropertyValue(cp, UProperty.JOINING_GROUP) == UCharacter.JoiningGroup.ALEF;
    }

    private final ArabicShaping unshaper = new ArabicShaping(ArabicShaping.LETTERS_UNSHAPE);

    @Override
    public String shapeText(String text) {
        if (text.chars().anyMatch(c -> c >= 0x2066 && c <= 0x2069)) {
            // directional isolates (around a foreign-direction name in a reference) have done
            // their work in BidiRuns; drawn, they would be gaps
            text = text.replaceAll("[\u2066-\u2069]", "");
        }
        if (text.chars().noneMatch(c -> c >= 0x0600 && c <= 0x08FF)) {
            return text;
        }
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            int[] forms = FORMS.get(cp);
            if (forms == null) {
                out.appendCodePoint(cp);
                continue;
            }
            int prev = neighbour(cps, i, -1);
            int next = neighbour(cps, i, +1);
            boolean joinsPrevious = joinsBefore(cp) && prev >= 0 && joinsAfter(cps[prev]);
            if (cp == LAM && next == i + 1 && LAM_ALEF.containsKey(cps[next])) {
                int[] ligature = LAM_ALEF.get(cps[next]);
                int form = joinsPrevious ? ligature[FINAL] : ligature[ISOLATED];
                if (form != 0) {
                    out.appendCodePoint(form);
                    i++;
                    continue;
                }
            }
            boolean joinsNext = joinsAfter(cp) && next >= 0 && joinsBefore(cps[next]);
            int wanted = joinsPrevious ? (joinsNext ? MEDIAL : FINAL) : (joinsNext ? INITIAL : ISOLATED);
            out.appendCodePoint(form(forms, wanted, cp));
        }
        return withoutEdgeJoiners(out);
    }

    /**
     * The shaped run without the joiners {@link JoinsAcrossElements} put at its ends, where an
     * element's edge falls inside a word: they have made the letters beside them join, and drawn
     * they would be one more glyph, read back as a character the author did not write.
     */
    private static String withoutEdgeJoiners(StringBuilder run) {
        int start = 0;
        int end = run.length();
        while (start < end && run.charAt(start) == JoinsAcrossElements.JOINER) {
            start++;
        }
        while (end > start && run.charAt(end - 1) == JoinsAcrossElements.JOINER) {
            end--;
        }
        return run.substring(start, end);
    }

    /** The wanted form, else the nearest one Unicode has (a medial without a code is drawn final). */
    private static int form(int[] forms, int wanted, int letter) {
        if (forms[wanted] != 0) {
            return forms[wanted];
        }
        int fallback = wanted == MEDIAL ? forms[FINAL] : wanted == INITIAL ? forms[ISOLATED] : 0;
        return fallback != 0 ? fallback : forms[ISOLATED] != 0 ? forms[ISOLATED] : letter;
    }

    /** The index of the nearest character that is not a transparent mark, or -1. */
    private static int neighbour(int[] cps, int i, int step) {
        for (int j = i + step; j >= 0 && j < cps.length; j += step) {
            if (joiningType(cps[j]) != UCharacter.JoiningType.TRANSPARENT) {
                return j;
            }
        }
        return -1;
    }

    /** Whether the character joins the one before it (dual- and right-joining letters, joiners). */
    private static boolean joinsBefore(int cp) {
        int type = joiningType(cp);
        return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.RIGHT_JOINING
                || type == UCharacter.JoiningType.JOIN_CAUSING;
    }

    /** Whether the character joins the one after it. */
    private static boolean joinsAfter(int cp) {
        int type = joiningType(cp);
        return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.LEFT_JOINING
                || type == UCharacter.JoiningType.JOIN_CAUSING;
    }

    private static int joiningType(int cp) {
        return UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
    }

    /**
     * A right-to-left run in drawing order: the run may embed numbers and Latin words
     * ({@link BidiRuns}), which keep their own left-to-right order, and brackets are mirrored.
     */
    @Override
    public String reorderRTLTextToLTR(String text) {
        if (text.codePoints().anyMatch(c -> UCharacter.getDirection(c) == com.ibm.icu.lang.UCharacterDirection.RIGHT_TO_LEFT_ARABIC)
                && text.codePoints().noneMatch(ArabicShaper::emoji)) {
            // A run of Arabic script is reordered line by line: a number that opens a line ("5.2%
            // ترقی", "45-47 دیکھیے") had no Arabic letter before it and was ordered as a European
            // number ("5.2%"), where the paragraph orders it as an Arabic one ("%5.2"), as it does
            // on every other line. An Arabic letter mark (U+061C) before the run gives it its letters.
            return afterArabicLetter(text);
        }
        Bidi bidi = new Bidi(text, Bidi.RTL);
        if (text.codePoints().noneMatch(ArabicShaper::emoji)) {
            return bidi.writeReordered(Bidi.DO_MIRRORING);
        }
        // An emoji in right-to-left text is one picture of several characters (👩🏽‍💻, 🇵🇰):
        // reversed character by character it would come apart, and read back reversed.
        StringBuilder out = new StringBuilder(text.length());
        for (int r = 0; r < bidi.countRuns(); r++) {
            com.ibm.icu.text.BidiRun run = bidi.getVisualRun(r);
            String part = text.substring(run.getStart(), run.getLimit());
            if (!run.isOddRun()) {
                out.append(part);
                continue;
            }
            com.ibm.icu.text.BreakIterator clusters = com.ibm.icu.text.BreakIterator.getCharacterInstance();
            clusters.setText(part);
            int end = clusters.last();
            for (int start = clusters.previous(); start != com.ibm.icu.text.BreakIterator.DONE; end = start, start = clusters.previous()) {
                String cluster = part.substring(start, end);
                if (cluster.codePoints().anyMatch(ArabicShaper::emoji)) {
                    out.append(cluster);
                } else {
                    for (int i = cluster.length(); i > 0; ) {
                        int cp = cluster.codePointBefore(i);
                        out.appendCodePoint(UCharacter.getMirror(cp));
                        i -= Character.charCount(cp);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Right-to-left text in drawing order as it stands after an Arabic letter. */
    static String afterArabicLetter(String text) {
        return new Bidi(ARABIC_LETTER_MARK + text, Bidi.RTL).writeReordered(Bidi.DO_MIRRORING).replace(ARABIC_LETTER_MARK, "");
    }

    private static boolean emoji(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(cp, UProperty.REGIONAL_INDICATOR);
    }

    @Override
    public String deshapeText(String text) {
        try {
            return unshaper.shape(text);
        } catch (ArabicShapingException e) {
            return text;
        }
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }
}
