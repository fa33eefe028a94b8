package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The total-fit breaker on small paragraphs, and the breaker that is steered by its choice. */
class TotalFitTest {

    /**
     * Words of given widths, a space of 0.25 after those marked (after each, by default; a script
     * written without spaces, such as Thai, breaks between words with a space after only some),
     * lines of a given width. The gap is what openhtmltopdf gives a line (80 % of the slack
     * shared among its spaces), letters ignored.
     */
    private record Words(double[] widths, boolean[] spaceAfter, double line) implements TotalFit.Paragraph {
        private static final double SPACE = 0.25;

        /** Words with a space after each: only spaces break. */
        Words(double[] widths, double line) {
            this(widths, allTrue(widths.length), line);
        }

        private static boolean[] allTrue(int n) {
            boolean[] all = new boolean[n];
            java.util.Arrays.fill(all, true);
            return all;
        }

        private double width(int from, int to) {
            double w = 0;
            for (int i = from + 1; i <= to; i++) {
                w += widths[i] + (i < to && spaceAfter[i] ? SPACE : 0);
            }
            return w;
        }

        @Override
        public int opportunities() {
            return widths.length;
        }

        @Override
        public boolean hyphen(int i) {
            return false;
        }

        @Override
        public boolean overfull(int from, int to, int lineIndex) {
            return width(from, to) > line;
        }

        @Override
        public boolean feasible(int from, int to, int lineIndex) {
            return true;
        }

        @Override
        public double gapEm(int from, int to, int lineIndex) {
            int spaces = 0;
            for (int i = from + 1; i < to; i++) {
                spaces += spaceAfter[i] ? 1 : 0;
            }
            return spaces == 0 ? 10 : SPACE + 0.8 * (line - width(from, to)) / spaces;
        }

        double widestGap(int[] breaks) {
            double widest = 0;
            for (int k = 0, from = -1; k < breaks.length - 1; from = breaks[k], k++) {
                widest = Math.max(widest, gapEm(from, breaks[k], k));
            }
            return widest;
        }

        /** Greedy: as many words as fit on each line. */
        int[] greedy() {
            List<Integer> breaks = new java.util.ArrayList<>();
            int from = -1;
            while (from < widths.length - 1) {
                int to = from + 1;
                while (to + 1 < widths.length && !overfull(from, to + 1, 0)) {
                    to++;
                }
                breaks.add(to);
                from = to;
            }
            return breaks.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    @Test
    void totalFitAvoidsTheLooseLineGreedyLeaves() {
        // greedy fills the first line, and its second line is left with wide gaps (0.72 em)
        Words p = new Words(new double[] {1, 2, 0.5, 2.5, 0.5, 1.5, 0.5, 1.5, 2, 1, 3, 3}, 10);
        int[] greedy = p.greedy();
        assertArrayEquals(new int[] {6, 10, 11}, greedy);
        assertTrue(p.gapEm(6, 10, 1) > 0.7);
        // total fit gives a word of the first line to the second: both lines stay under 0.5 em
        int[] chosen = TotalFit.breaks(p, Words.SPACE);
        assertArrayEquals(new int[] {5, 10, 11}, chosen);
        assertTrue(p.gapEm(-1, 5, 0) < TotalFit.LOOSE_EM && p.gapEm(5, 10, 1) < TotalFit.LOOSE_EM);
        assertTrue(TotalFit.cost(p, chosen, Words.SPACE) < TotalFit.cost(p, greedy, Words.SPACE));
    }

    /** {@link Words} whose breaks are hyphens where {@code hyphens} says, with a limit of hyphenated lines in a row. */
    private record Hyphenated(Words words, boolean[] hyphens, int most) implements TotalFit.Paragraph {
        @Override
        public int opportunities() {
            return words.opportunities();
        }

        @Override
        public boolean hyphen(int i) {
            return hyphens[i];
        }

        @Override
        public boolean overfull(int from, int to, int lineIndex) {
            return words.overfull(from, to, lineIndex);
        }

        @Override
        public boolean feasible(int from, int to, int lineIndex) {
            return true;
        }

        @Override
        public double gapEm(int from, int to, int lineIndex) {
            return words.gapEm(from, to, lineIndex);
        }

        @Override
        public int hyphensInARow() {
            return most;
        }

        int longestRun(int[] chosen) {
            int run = 0;
            int longest = 0;
            for (int k = 0; k < chosen.length - 1; k++) {
                run = hyphen(chosen[k]) ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
            return longest;
        }
    }

    @Test
    void noMoreHyphenatedLinesInARowThanTheBrandAllows() {
        // word fragments, all but two of whose breaks are hyphens (found by a seeded search)
        Words words = new Words(new double[] {1.5, 0.5, 1.5, 1.5, 1.5, 1, 1, 2, 2, 2, 1, 0.5, 0.5, 0.5, 1.5, 2, 0.5, 1.5,
            1, 2, 2, 1, 1.5, 1.5}, 10);
        boolean[] hyphens = new boolean[words.opportunities()];
        java.util.Arrays.fill(hyphens, true);
        hyphens[0] = false;
        hyphens[10] = false;
        // without a limit the tightest lines end three in a row with a hyphen
        Hyphenated free = new Hyphenated(words, hyphens, 10);
        int[] unlimited = TotalFit.breaks(free, Words.SPACE);
        assertArrayEquals(new int[] {6, 13, 19, 23}, unlimited);
        assertEquals(3, free.longestRun(unlimited));
        // with the default limit of two, a line ends at the word's end instead, and no line is loose
        Hyphenated two = new Hyphenated(words, hyphens, 2);
        int[] chosen = TotalFit.breaks(two, Words.SPACE);
        assertTrue(two.longestRun(chosen) <= 2, java.util.Arrays.toString(chosen));
        for (int k = 0, from = -1; k < chosen.length - 1; from = chosen[k], k++) {
            assertTrue(two.gapEm(from, chosen[k], k) < TotalFit.LOOSE_EM, "line " + k + " is loose");
        }
        // and the greedy lines the plan is weighed against pay for a third hyphen too
        assertTrue(TotalFit.cost(two, unlimited, Words.SPACE) > TotalFit.TOO_MANY_HYPHENS);
        assertTrue(TotalFit.better(two, chosen, unlimited, Words.SPACE));
        assertEquals(org.imprint.brand.HyphenationSettings.DEFAULT.maxConsecutive(), words.hyphensInARow());
    }

    @Test
    void aParagraphWithFewSpacesSharesItsSlackRatherThanGatheringItIntoOneLine() {
        // found by a seeded search: greedy's two lines have one space each and a gap of 0.65 em,
        // both past the widest; breaking a word earlier makes the second line tight and the first
        // gape (2.05 em), which the cost of a line past the widest, a step alone, priced lower
        // a script written without spaces (Thai): breaks between words, a space after only some
        Words p = new Words(new double[] {3, 0.5, 0.5, 0.5, 1.5, 1.5, 1, 1.5, 2, 0.5, 1.5, 1.5, 1.5, 2, 1.5, 1, 0.5},
                new boolean[] {false, false, false, false, true, true, false, false, false, true, false, true, true, false,
                    false, false, false}, 10);
        int[] greedy = {6, 12, 16};
        assertEquals(0.65, p.widestGap(greedy), 1e-9);
        assertEquals(2.05, p.widestGap(new int[] {5, 12, 16}), 1e-9);
        int[] chosen = TotalFit.breaks(p, Words.SPACE);
        assertArrayEquals(greedy, chosen);
        // the cost grows past the widest gap: one line of 2 em costs more than two just past it
        double justPast = TotalFit.demerits(TotalFit.badness(0.65, Words.SPACE), false, false);
        assertTrue(TotalFit.demerits(TotalFit.badness(2.05, Words.SPACE), false, false) > 2 * justPast);
    }

    @Test
    void aParagraphOfOneWordTooWideHasNoSetting() {
        assertNull(TotalFit.breaks(new Words(new double[] {11, 1}, 10), Words.SPACE));
    }

    @Test
    void aLooseLineCostsMoreThanAnyTightOne() {
        assertTrue(TotalFit.badness(0.51, 0.25) > 100 * TotalFit.badness(0.47, 0.25));
        assertEquals(0, TotalFit.badness(0.25, 0.25));
    }

    @Test
    void theSteeredBreakerSkipsTheOpportunitiesTakenAway() {
        String text = "one two three four five six seven";
        SteeredBreaks steered = new SteeredBreaks();
        steered.know(text);
        steered.know("another text of the layout");
        assertTrue(steered.resolves(text, 0));
        steered.take(text, Set.of(8, 14));
        ApostropheAwareLineBreaker breaker = new ApostropheAwareLineBreaker(Locale.ENGLISH, false, steered);
        breaker.setText(text);
        assertEquals(4, breaker.next());
        assertEquals(19, breaker.next()); // "two " and "three " were glued to what follows
        // the rest of the text from a line start: positions are shifted, and still skipped
        breaker.setText(text.substring(4));
        assertEquals(15, breaker.next());
    }

    @Test
    void aRestThatEndsTwoTextsIsNotSteered() {
        SteeredBreaks steered = new SteeredBreaks();
        steered.know("first: the same ending here");
        steered.know("second: the same ending here");
        steered.take("first: the same ending here", Set.of(11));
        assertEquals(Set.of(), steered.takenFrom("the same ending here"));
        assertTrue(steered.takenFrom("first: the same ending here").contains(11));
        assertTrue(!steered.resolves("second: the same ending here", 8));
    }
}
