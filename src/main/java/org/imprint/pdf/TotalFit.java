package org.imprint.pdf;

import java.util.Arrays;

import org.imprint.brand.HyphenationSettings;

/**
 * Knuth and Plass's total-fit line breaking for one paragraph, shaped for openhtmltopdf's
 * justification: it stretches and never shrinks, giving 80 % of a line's slack to its word
 * spaces and 20 % to the gaps between its letters. A line's cost grows with the cube of the word
 * gap it will get, steeply past {@link #LOOSE_EM}, far more steeply past {@link #WIDEST_EM}; a hyphen costs a
 * little, two in a row more, and more in a row than the brand allows (TeX users set a limit too;
 * two by default) nearly as much as a line too loose. Above all, the breaks part as few note calls from their words as
 * they can ({@link Paragraph#parts}).
 *
 * <p>The paragraph is given as break opportunities (positions in its text, the last one its end)
 * with, for any two, the width of a line from one to the other; the answer is the opportunities
 * to break at.
 */
final class TotalFit {

    /** A word gap over this many ems makes a loose line (the measure of issue 13). */
    static final double LOOSE_EM = 0.48;
    /** No word gap should be wider than this. */
    static final double WIDEST_EM = 0.53;

    private static final double HYPHEN = 50;
    private static final double HYPHENS_IN_A_ROW = 3000;
    /**
     * A line that makes the run of hyphenated lines longer than {@link Paragraph#hyphensInARow}:
     * worse than about a hundred loose lines (demerits about 1e8 each), better than one line
     * over {@link #WIDEST_EM} (about 1e12), so a third hyphen in a row is taken only where every
     * other way leaves a gap too wide.
     */
    static final double TOO_MANY_HYPHENS = 1e10;
    private static final double LOOSE = 1e4;
    private static final double TOO_LOOSE = 1e6;

    /** What the breaker needs to know of a paragraph. */
    interface Paragraph {
        /** How many break opportunities; the last is the paragraph's end. */
        int opportunities();

        /** Whether opportunity {@code i} breaks after a soft hyphen (a hyphen is drawn there). */
        boolean hyphen(int i);

        /** Whether a line from opportunity {@code from} (-1: the start) to {@code to} is too wide. */
        boolean overfull(int from, int to, int lineIndex);

        /** Whether a line that is not too wide can be set, as far as the greedy breaker can be steered. */
        boolean feasible(int from, int to, int lineIndex);

        /**
         * The word gap, in ems, a line from {@code from} to {@code to} gets when justified; only
         * asked of feasible lines that are not the last.
         */
        double gapEm(int from, int to, int lineIndex);

        /** The most hyphenated lines in a row (the brand's {@code hyphenation.max_consecutive}). */
        default int hyphensInARow() {
            return HyphenationSettings.DEFAULT.maxConsecutive();
        }

        /**
         * Whether a line ending at opportunity {@code i} parts what belongs together: a note call
         * wrapped to the next line alone, without the word it follows. Such a line is worse than
         * any number of loose ones: the breaks chosen part as few as they can.
         */
        default boolean parts(int i) {
            return false;
        }
    }

    private TotalFit() {
    }

    /** The cost of a justified line whose word gap is {@code gapEm}. */
    static double badness(double gapEm, double spaceEm) {
        double stretch = Math.max(0, gapEm - spaceEm) / Math.max(0.05, LOOSE_EM - spaceEm);
        double bad = 100 * stretch * stretch * stretch;
        if (gapEm > LOOSE_EM) {
            bad += LOOSE;
        }
        if (gapEm > WIDEST_EM) {
            // past the widest gap the cost keeps growing with the cube of the gap's stretch: a
            // step alone priced a line with a gap of three ems little above one just past the
            // widest, so a paragraph none of whose settings stays under it (Thai: a line has a
            // space or two, and each gets most of the line's slack) had its white gathered into
            // one or two gaping lines rather than shared among lines a little too loose
            double over = Math.max(0, gapEm - spaceEm) / Math.max(0.05, WIDEST_EM - spaceEm);
            bad += TOO_LOOSE * over * over * over;
        }
        return bad;
    }

    /** The demerits of one line, as TeX adds them up. */
    static double demerits(double badness, boolean hyphen, boolean previousHyphen) {
        double d = (10 + badness) * (10 + badness);
        if (hyphen) {
            d += HYPHEN * HYPHEN;
            if (previousHyphen) {
                d += HYPHENS_IN_A_ROW;
            }
        }
        return d;
    }

    /**
     * The cheapest breaks (opportunity indexes, ending with the last), or null when no way of
     * setting the paragraph is feasible. Ties go to the earlier path found, so the answer is
     * the same on every run.
     *
     * <p>Each opportunity is reached in as many states as there are lengths of the run of
     * hyphenated lines ending there (0 to {@link Paragraph#hyphensInARow} + 1), so that a run
     * longer than the limit is known and costed ({@link #TOO_MANY_HYPHENS}) rather than only
     * two hyphens in a row, as in TeX.
     *
     * @param spaceEm the width of a word space in ems, where a gap's stretch starts
     */
    static int[] breaks(Paragraph p, double spaceEm) {
        int n = p.opportunities();
        int most = p.hyphensInARow();
        int states = most + 2;
        // best[i][h]: the cheapest way to end a line at i after h hyphenated lines in a row
        // (h = most + 1: more than allowed); lines are counted to tell the first line (its
        // indent) from the others.
        double[][] best = new double[n][states];
        int[][] parted = new int[n][states];
        int[][] previous = new int[n][states];
        int[][] previousState = new int[n][states];
        int[][] lineCount = new int[n][states];
        for (double[] row : best) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int to = 0; to < n; to++) {
            boolean last = to == n - 1;
            boolean hyphen = !last && p.hyphen(to);
            for (int from = to - 1; from >= -1; from--) {
                if (p.overfull(from, to, from < 0 ? 0 : Math.max(anyLine(best, lineCount, from), 1))) {
                    break; // lines only get wider as they start earlier
                }
                for (int h = 0; h < (from < 0 ? 1 : states); h++) {
                    double before = from < 0 ? 0 : best[from][h];
                    int line = from < 0 ? 0 : lineCount[from][h];
                    if (before == Double.POSITIVE_INFINITY || !p.feasible(from, to, line)) {
                        continue;
                    }
                    int run = hyphen ? Math.min(h + 1, most + 1) : 0;
                    double bad = last ? 0 : badness(p.gapEm(from, to, line), spaceEm);
                    double cost = before + demerits(bad, hyphen, h > 0) + (run > most ? TOO_MANY_HYPHENS : 0);
                    int parts = (from < 0 ? 0 : parted[from][h]) + (!last && p.parts(to) ? 1 : 0);
                    if (best[to][run] == Double.POSITIVE_INFINITY || parts < parted[to][run]
                            || parts == parted[to][run] && cost < best[to][run]) {
                        best[to][run] = cost;
                        parted[to][run] = parts;
                        previous[to][run] = from;
                        previousState[to][run] = h;
                        lineCount[to][run] = line + 1;
                    }
                }
            }
        }
        int end = -1;
        for (int h = 0; h < states; h++) {
            if (best[n - 1][h] != Double.POSITIVE_INFINITY && (end < 0 || parted[n - 1][h] < parted[n - 1][end]
                    || parted[n - 1][h] == parted[n - 1][end] && best[n - 1][h] < best[n - 1][end])) {
                end = h;
            }
        }
        if (end < 0) {
            return null;
        }
        int count = lineCount[n - 1][end];
        int[] chosen = new int[count];
        for (int at = n - 1, h = end, k = count - 1; k >= 0; k--) {
            chosen[k] = at;
            int from = previous[at][h];
            h = previousState[at][h];
            at = from;
        }
        return chosen;
    }

    /** The line count of some way of reaching opportunity {@code i}, for the overfull test; 1 when none. */
    private static int anyLine(double[][] best, int[][] lineCount, int i) {
        for (int h = 0; h < best[i].length; h++) {
            if (best[i][h] != Double.POSITIVE_INFINITY) {
                return lineCount[i][h];
            }
        }
        return 1;
    }

    /** How many of the breaks (but the last) part what belongs together ({@link Paragraph#parts}). */
    static int parted(Paragraph p, int[] chosen) {
        int count = 0;
        for (int k = 0; k < chosen.length - 1; k++) {
            count += p.parts(chosen[k]) ? 1 : 0;
        }
        return count;
    }

    /** Whether the breaks {@code a} are better than {@code b}: fewer parted, else fewer demerits. */
    static boolean better(Paragraph p, int[] a, int[] b, double spaceEm) {
        int partedA = parted(p, a);
        int partedB = parted(p, b);
        return partedA != partedB ? partedA < partedB : cost(p, a, spaceEm) < cost(p, b, spaceEm);
    }

    /** The total demerits of a set of breaks, to compare with another. */
    static double cost(Paragraph p, int[] chosen, double spaceEm) {
        double total = 0;
        int from = -1;
        int run = 0;
        for (int k = 0; k < chosen.length; k++) {
            int to = chosen[k];
            boolean last = k == chosen.length - 1;
            boolean hyphen = !last && p.hyphen(to);
            double bad = last ? 0 : badness(p.gapEm(from, to, k), spaceEm);
            total += demerits(bad, hyphen, from >= 0 && p.hyphen(from));
            run = hyphen ? run + 1 : 0;
            total += run > p.hyphensInARow() ? TOO_MANY_HYPHENS : 0;
            from = to;
        }
        return total;
    }
}
