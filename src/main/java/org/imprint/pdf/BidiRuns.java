package org.imprint.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.Bidi;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Splits a paragraph for openhtmltopdf into runs of its own direction and runs of the other, by
 * the Unicode bidirectional algorithm (ICU). Unlike openhtmltopdf's ICU splitter, which hands over
 * every level's run, a run against the paragraph's direction keeps whatever it embeds: "ایک لاکھ
 * 20 ہزار" in an English line is one right-to-left run, which {@link ArabicShaper} reorders as a
 * whole. openhtmltopdf places runs in logical order along the line, so with one run per level
 * the number stood before the words it follows and the spaces beside it were lost.
 */
final class BidiRuns implements BidiSplitter {

    /** Makes a splitter per paragraph: a splitter holds the paragraph it splits. */
    static final BidiSplitterFactory FACTORY = BidiRuns::new;

    private final Bidi bidi = new Bidi();
    private final java.util.List<BidiTextRun> runs = new java.util.ArrayList<>();

    @Override
    public void setParagraph(String paragraph, byte defaultDirection) {
        bidi.setPara(paragraph, defaultDirection == BidiSplitter.RTL ? Bidi.RTL : Bidi.LTR, null);
        runs.clear();
        int base = bidi.getParaLevel();
        byte[] levels = isolatesJoinTheirRun(paragraph, bidi.getLevels());
        int[] depths = depths(levels, base);
        numbersJoinTheirRun(paragraph, levels, base, depths);
        int start = 0;
        for (int i = 1; i <= levels.length; i++) {
            if (i == levels.length || depths[i] != depths[start]) {
                // the paragraph's direction for its own level; the other one for what it embeds;
                // in a right-to-left paragraph, right to left again for what that embeds
                boolean rtl = depths[start] % 2 == 0 ? base % 2 == 1 : base % 2 == 0;
                runs.add(new BidiTextRun(start, i - start, rtl ? BidiSplitter.RTL : BidiSplitter.LTR));
                start = i;
            }
        }
    }

    /**
     * How deep each character is set in runs: 0 the paragraph's own direction, 1 embedded in the
     * other. A right-to-left run keeps all it embeds ({@link ArabicShaper} reorders it with the
     * bidirectional algorithm), but openhtmltopdf draws a left-to-right run as it stands: in a
     * right-to-left paragraph, the right-to-left text inside a left-to-right phrase (an Arabic
     * place inside an English reference in an Urdu note, level 3) is a run of its own, depth 2, or
     * it was drawn unjoined and in logical order, left to right.
     *
     * <p>In a left-to-right paragraph a level above the paragraph's is not always the other
     * direction: a left-to-right isolate (an author's name in a {@code <bdi>}, "Ayesha Khan
     * (عائشہ خان)", whose first letter is Latin) is level 2, and was made one right-to-left run
     * with the Urdu inside it, so the cover printed ") Ayesha Khanعائشہ خان(". So each stretch of
     * text above the paragraph's level is one right-to-left run when its lowest level is odd (a
     * number opening an Urdu quotation, "“⁧12 مئی⁩”", is level 2 inside level 1), and when its
     * lowest level is even, the text at that level is of the paragraph's direction and what
     * stands above it is split again.
     */
    private static int[] depths(byte[] levels, int base) {
        int[] depths = new int[levels.length];
        if (base % 2 == 1) {
            for (int i = 0; i < levels.length; i++) {
                depths[i] = levels[i] <= base ? 0 : levels[i] > base + 1 ? 2 : 1;
            }
            return depths;
        }
        split(levels, 0, levels.length, base, depths);
        return depths;
    }

    /** Sets the depths of the characters from {@code start} to {@code end} that stand above the even {@code level}. */
    private static void split(byte[] levels, int start, int end, int level, int[] depths) {
        int i = start;
        while (i < end) {
            if (levels[i] <= level) {
                i++;
                continue;
            }
            int from = i;
            int lowest = levels[i];
            while (i < end && levels[i] > level) {
                lowest = Math.min(lowest, levels[i]);
                i++;
            }
            if (lowest % 2 == 1) {
                // two right-to-left runs side by side stay apart: each is reordered on its own
                int depth = from > 0 && depths[from - 1] == 1 ? 3 : 1;
                java.util.Arrays.fill(depths, from, i, depth);
            } else {
                split(levels, from, i, lowest, depths);
            }
        }
    }

    /**
     * In a right-to-left paragraph, a number (digits with the signs and separators the algorithm
     * sets with them: "45-47", "2024–2026", "5.2%", "-500", "+92-51-1234567") stays in the
     * right-to-left run around it, which {@link ArabicShaper} reorders whole, as a right-to-left
     * run keeps the numbers it embeds in an English line. Set apart as runs of their own, the
     * parts of "2024–2026" (levels 2, 1, 2) were drawn each as a string of its own, placed in the
     * browser's order, but read in the order of the strings' places: text extraction gave
     * "2026–2024"; and a line could break between them, "5.2" ending one line and "%" opening the
     * next. A stretch above the paragraph's level with a left-to-right letter in it (a Latin word)
     * stays a run of its own.
     *
     * <p>In a paragraph of Arabic script, a number the algorithm sets in one piece between
     * spaces that an Arabic letter before it would reorder is a right-to-left run of its own
     * (depth 2): in the run of its words {@link ArabicShaper} orders it as it stands after an
     * Arabic letter, which is right only where one comes before it in the paragraph. A number
     * that opens the paragraph, "5.2% ترقی ہوئی", follows no letter: the algorithm (and a
     * browser) sets "5.2%" left to right as a European number, and in the run it was drawn
     * "%5.2". A number that opens a later line has the paragraph's letters before it, and keeps
     * its run.
     */
    private static void numbersJoinTheirRun(String paragraph, byte[] levels, int base, int[] depths) {
        if (base % 2 == 0) {
            return;
        }
        boolean arabic = paragraph.codePoints().anyMatch(c -> UCharacter.getDirection(c) == UCharacterDirection.RIGHT_TO_LEFT_ARABIC);
        int i = 0;
        while (i < levels.length) {
            if (levels[i] <= base) {
                i++;
                continue;
            }
            int from = i;
            boolean letters = false;
            while (i < levels.length && levels[i] > base) {
                int type = i < paragraph.length() ? UCharacter.getDirection(paragraph.charAt(i)) : UCharacterDirection.LEFT_TO_RIGHT;
                letters |= type == UCharacterDirection.LEFT_TO_RIGHT || Character.isSurrogate(paragraph.charAt(i))
                        || (type >= UCharacterDirection.LEFT_TO_RIGHT_EMBEDDING && type <= UCharacterDirection.POP_DIRECTIONAL_FORMAT)
                        || type >= UCharacterDirection.FIRST_STRONG_ISOLATE;
                i++;
            }
            if (!letters) {
                boolean own = arabic && level(levels, from, i) && apart(paragraph, from - 1) && apart(paragraph, i)
                        && !ArabicShaper.afterArabicLetter(paragraph.substring(from, i)).equals(paragraph.substring(from, i));
                java.util.Arrays.fill(depths, from, i, own ? 2 : 0);
            }
        }
    }

    /** Whether the characters from {@code start} to {@code end} are all at one level. */
    private static boolean level(byte[] levels, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (levels[i] != levels[start]) {
                return false;
            }
        }
        return true;
    }

    /** Whether index {@code i} is outside the paragraph or a space: a number there is not joined to a sign. */
    private static boolean apart(String paragraph, int i) {
        return i < 0 || i >= paragraph.length() || UCharacter.isWhitespace(paragraph.charAt(i))
                || UCharacter.isSpaceChar(paragraph.charAt(i));
    }

    /**
     * Directional isolates (round an Arabic name in an English reference) take the level of the
     * right-to-left run they enclose, so they are in a run {@link ArabicShaper} shapes, which
     * drops them: openhtmltopdf shapes only right-to-left runs, and drew them as gaps.
     */
    private static byte[] isolatesJoinTheirRun(String paragraph, byte[] levels) {
        for (int i = 0; i < levels.length && i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            int inner = c >= '\u2066' && c <= '\u2068' ? i + 1 : c == '\u2069' ? i - 1 : -1;
            // a number that opens or ends a right-to-left isolate in English ("“⁧12 مئی⁩”") is two
            // levels up: the isolate's mark joins it all the same, or it was a left-to-right run of
            // its own, drawn as a gap, whose mark VisualLineOrder read as an isolate never closed
            if (inner >= 0 && inner < levels.length && levels[i] % 2 == 0 && levels[inner] > levels[i]) {
                levels[i] = levels[inner];
            }
        }
        return levels;
    }

    @Override
    public int countTextRuns() {
        return runs.size();
    }

    @Override
    public BidiTextRun getVisualRun(int runIndex) {
        // openhtmltopdf keys runs by their start: their order here does not matter
        return runs.get(runIndex);
    }

    @Override
    public byte getBaseDirection(String paragraph) {
        return switch (Bidi.getBaseDirection(paragraph)) {
            case Bidi.RTL -> BidiSplitter.RTL;
            case Bidi.LTR -> BidiSplitter.LTR;
            default -> BidiSplitter.NEUTRAL;
        };
    }
}
