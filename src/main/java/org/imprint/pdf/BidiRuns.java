package org.imprint.pdf;

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
        int start = 0;
        for (int i = 1; i <= levels.length; i++) {
            if (i == levels.length || depth(levels[i], base) != depth(levels[start], base)) {
                // the paragraph's direction for its own level; the other one for what it embeds;
                // in a right-to-left paragraph, right to left again for what that embeds
                boolean rtl = depth(levels[start], base) % 2 == 0 ? base % 2 == 1 : base % 2 == 0;
                runs.add(new BidiTextRun(start, i - start, rtl ? BidiSplitter.RTL : BidiSplitter.LTR));
                start = i;
            }
        }
    }

    /**
     * How deep a level is set in runs: 0 the paragraph's own, 1 embedded. A right-to-left run
     * keeps all it embeds ({@link ArabicShaper} reorders it with the bidirectional algorithm), but
     * openhtmltopdf draws a left-to-right run as it stands: in a right-to-left paragraph, the
     * right-to-left text inside a left-to-right phrase (an Arabic place inside an English
     * reference in an Urdu note, level 3) is a run of its own, depth 2, or it was drawn unjoined
     * and in logical order, left to right.
     */
    private static int depth(byte level, int base) {
        if (level <= base) {
            return 0;
        }
        return base % 2 == 1 && level > base + 1 ? 2 : 1;
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
