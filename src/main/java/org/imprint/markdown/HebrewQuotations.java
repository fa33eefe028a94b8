package org.imprint.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the straight ' and " of a text with Hebrew in it all together: which open a quotation,
 * which close one, and which are a geresh or gershayim (ב', עמ' 5, ג'ורג', צה"ל). Typists write
 * all three with the same key, and no rule that looks at one mark and its neighbours can tell
 * them apart: in {@code 'פרק ב' בספר'} the ' after ב looks like a closing mark and the one after
 * בספר like a geresh. So every candidate of the text is given its possible readings, each with a
 * cost, and the cheapest reading in which every quotation that opens is closed at its own
 * nesting (inside the same brackets, around or inside the other kind of quotation, never across)
 * wins.
 *
 * <p>The readings: a ' or " between two Hebrew letters is a geresh or gershayim, or, after one to
 * three prefix letters (ו ה ב כ ל מ ש) before a word of two letters or more, the opening mark of
 * a quotation (ל'שבת', ב"הארץ", ב'צה"ל', ו"ה'תשפ"ו"), which it prefers, but for a ' before a
 * number written in letters with its gershayim (the year ה'תשפ"ו), rather its geresh. A ' after
 * a Hebrew letter before a digit is a geresh; before a space, punctuation or the end it is a
 * geresh or a closing mark: a closing mark, unless the word is one letter (a numeral, ב'; the
 * ח of הדו"ח ends a longer word), a number follows (עמ' 5) or the
 * word is marked foreign by a geresh inside it and ends in ג ז צ ץ ת (ג'ורג'), then the geresh is
 * preferred. Any other mark opens after a space, a bracket, a dash or another mark, closes after
 * anything else before no letter or digit, or is left to the rules of {@link SmartPunctuation}
 * (an apostrophe, a prime), at a cost. A reading that leaves a quotation open or closes one that
 * never opened is no reading at all; when two readings cost the same the earlier-listed reading
 * of the earlier mark wins.
 *
 * <p>The readings are weighed event by event (a mark, a bracket), keeping for each stack of open
 * quotations and brackets its cheapest reading so far, and of those stacks the
 * {@value #MAX_STATES} cheapest: the work and the memory grow with the marks and brackets of a
 * paragraph, not with the ways of reading them. Brackets nested deeper than {@value #MAX_BRACKETS}
 * are read as text. A text no reading is left for (a quotation opened and never closed, more
 * than {@value #MAX_DEPTH} open at once) is read by the mark-by-mark rules.
 */
final class HebrewQuotations {

    /** What a straight mark is read as. */
    enum Role {
        /** Opens a quotation. */
        OPEN,
        /** Closes the quotation open at its nesting. */
        CLOSE,
        /** A geresh (') or gershayim ("), part of a word. */
        GERESH,
        /** Left to the mark-by-mark rules: an apostrophe, a prime, a mark that pairs with nothing. */
        KEEP
    }

    /** One way of reading a mark, and what it costs. */
    private record Reading(Role role, int cost) {
    }

    /** A mark with its readings, or a bracket (its readings empty). */
    private record Event(int at, char c, List<Reading> readings) {
    }

    /**
     * The best reading of the text up to an event, for one stack of open quotations and brackets:
     * its cost, its last mark's reading (the readings before chained behind it), and where it came
     * from: {@code from}, the place of the state it came from among the states of its event, and
     * {@code choice}, the index of the reading it took in the event's readings. The states of an
     * event are kept in the order of their readings, the earlier mark's first, by {@code from}
     * then {@code choice}: the tie-break between equal costs.
     */
    private record State(int cost, Stack stack, Marked marked, int from, int choice) {
    }

    /** The reading of the mark at {@code at}, after those of the marks before it. */
    private record Marked(int at, Role role, Marked before) {
    }

    /**
     * One entry of a stack of open quotations (S, D) and brackets, over the stack below it
     * ({@code null} at the bottom). Readings that push onto the same stack share it, so that a
     * state costs one entry, not a copy of its stack, however deep the brackets.
     */
    private static final class Stack {
        private final Stack below;
        private final char kind;
        private final int depth;
        private final int hash;
        /** The quotation open at or below this entry, {@code null} when none. */
        private final Stack quotation;
        /** The nearest (, [ and { at or below this entry. */
        private final Stack round;
        private final Stack square;
        private final Stack curly;

        private Stack(Stack below, char kind) {
            this.below = below;
            this.kind = kind;
            this.depth = below == null ? 0 : below.depth + 1;
            this.hash = below == null ? 0 : below.hash * 31 + kind;
            boolean quote = kind == 'S' || kind == 'D';
            this.quotation = quote ? this : below == null ? null : below.quotation;
            this.round = kind == '(' ? this : below == null ? null : below.round;
            this.square = kind == '[' ? this : below == null ? null : below.square;
            this.curly = kind == '{' ? this : below == null ? null : below.curly;
        }

        /** The empty stack. */
        static Stack empty() {
            return new Stack(null, ' ');
        }

        Stack push(char kind) {
            return new Stack(this, kind);
        }

        /** The nearest opening bracket that {@code close} closes, {@code null} when none is open. */
        Stack opening(char close) {
            return close == ')' ? round : close == ']' ? square : curly;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        /** The same entries: walked down only until the two share their entries below. */
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Stack that) || that.hash != hash || that.depth != depth) {
                return false;
            }
            Stack a = this;
            Stack b = that;
            while (a != b) {
                if (a.kind != b.kind) {
                    return false;
                }
                a = a.below;
                b = b.below;
            }
            return true;
        }
    }

    private static final String HEBREW_PREFIXES = "\u05D5\u05D4\u05D1\u05DB\u05DC\u05DE\u05E9";
    private static final String GERESH_LETTERS = "\u05D2\u05D6\u05E6\u05E5\u05EA";
    /** The Hebrew letters as numerals, final forms with their letters, and their values. */
    private static final String NUMERALS = "\u05D0\u05D1\u05D2\u05D3\u05D4\u05D5\u05D6\u05D7\u05D8\u05D9\u05DB\u05DA\u05DC\u05DE\u05DD"
            + "\u05E0\u05DF\u05E1\u05E2\u05E4\u05E3\u05E6\u05E5\u05E7\u05E8\u05E9\u05EA";
    private static final int[] NUMERAL_VALUES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 20, 30, 40, 40, 50, 50, 60, 70, 80, 80, 90, 90,
        100, 200, 300, 400};
    private static final String OPEN_BRACKETS = "([{";
    private static final String CLOSE_BRACKETS = ")]}";
    /** What leaving a quotation mark to the mark-by-mark rules costs. */
    private static final int KEEP_COST = 3;
    /** What a quotation that closes over a bracket it opened inside costs, for each such bracket. */
    private static final int BRACKET_COST = 3;
    /**
     * The most stacks kept at each event, the cheapest first (on equal cost the earlier-preferred).
     * Every mark that may open a quotation or not doubles the stacks of a text, and most of them
     * are dear at once (a quotation left open pays for each mark read against its preference
     * to keep it so); the cheapest stack of a text is among the cheapest at each of its events
     * unless that many readings are cheaper there. The bound keeps the work and the memory of a
     * paragraph in proportion to its marks and brackets, however many.
     */
    private static final int MAX_STATES = 128;
    /**
     * The deepest brackets read as brackets: those nested deeper are read as text, the quotations
     * inside them as inside the deepest. A stack holds as many entries as quotations and brackets
     * are open in it, and this bounds it in a text of brackets.
     */
    private static final int MAX_BRACKETS = 16;
    /**
     * The most quotations and brackets a reading may hold open at once: deeper is no text but a
     * trap, read by the mark-by-mark rules (when no reading is left).
     */
    private static final int MAX_DEPTH = 64;

    /**
     * The order of the readings of an event's states: a state's readings are those of the state
     * it came from with its own after them, so the order is that of the states they came from,
     * then of their own reading.
     */
    private static final Comparator<State> IN_ORDER = Comparator.comparingInt(State::from).thenComparingInt(State::choice);

    private HebrewQuotations() {
    }

    /**
     * The role of each straight mark of {@code text} (by index; {@code null} elsewhere), or
     * {@code null} when no editable mark stands next to a Hebrew letter, so that the mark-by-mark
     * rules read the text alone.
     */
    static Role[] read(String text, boolean[] editable) {
        if (!touchesHebrew(text, editable)) {
            return null;
        }
        List<Event> events = new ArrayList<>();
        int brackets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (editable[i] && (c == '\'' || c == '"')) {
                events.add(new Event(i, c, cheapestFree(readings(text, i))));
            } else if (OPEN_BRACKETS.indexOf(c) >= 0) {
                // brackets nested deeper than any text nests them are taken as text
                if (++brackets <= MAX_BRACKETS) {
                    events.add(new Event(i, c, List.of()));
                }
            } else if (CLOSE_BRACKETS.indexOf(c) >= 0) {
                if (brackets <= MAX_BRACKETS) {
                    events.add(new Event(i, c, List.of()));
                }
                brackets = Math.max(0, brackets - 1);
            }
        }
        // the states of an event, in the order of their readings
        List<State> states = List.of(new State(0, Stack.empty(), null, 0, 0));
        for (Event event : events) {
            Map<Stack, State> next = new HashMap<>();
            for (int from = 0; from < states.size(); from++) {
                State state = states.get(from);
                if (event.readings().isEmpty()) {
                    bracket(state, from, event.c(), next);
                    continue;
                }
                for (int r = 0; r < event.readings().size(); r++) {
                    Reading reading = event.readings().get(r);
                    Stack stack = apply(state.stack(), event.c() == '"' ? 'D' : 'S', reading.role());
                    if (stack != null) {
                        int cost = state.cost() + reading.cost()
                                + (reading.role() == Role.CLOSE ? (state.stack().depth - stack.depth - 1) * BRACKET_COST : 0);
                        keep(next, new State(cost, stack, new Marked(event.at(), reading.role(), state.marked()), from, r));
                    }
                }
            }
            if (next.isEmpty()) {
                return null;
            }
            List<State> ranked = new ArrayList<>(next.values());
            if (ranked.size() > MAX_STATES) {
                ranked.sort(Comparator.comparingInt(State::cost).thenComparing(IN_ORDER));
                ranked = new ArrayList<>(ranked.subList(0, MAX_STATES));
            }
            ranked.sort(IN_ORDER);
            states = ranked;
        }
        State best = null;
        for (State state : states) {
            // on equal cost the first found, the earlier-preferred
            if (state.stack().quotation == null && (best == null || state.cost() < best.cost())) {
                best = state;
            }
        }
        if (best == null) {
            return null;
        }
        Role[] roles = new Role[text.length()];
        for (Marked marked = best.marked(); marked != null; marked = marked.before()) {
            roles[marked.at()] = marked.role();
        }
        return roles;
    }

    /**
     * The readings less the cost of the cheapest: every reading of the text pays it alike, and a
     * state's cost is then what its readings cost above their cheapest, which is what the states
     * kept at an event are chosen by.
     */
    private static List<Reading> cheapestFree(List<Reading> readings) {
        int least = readings.stream().mapToInt(Reading::cost).min().orElse(0);
        return least == 0 ? readings : readings.stream().map(r -> new Reading(r.role(), r.cost() - least)).toList();
    }

    /**
     * Keeps the cheaper of two states with the same stack; on a tie the one found first, which,
     * as states are walked in rank order and their readings in order, is the earlier-preferred.
     */
    private static void keep(Map<Stack, State> states, State state) {
        if (state.stack().depth > MAX_DEPTH) {
            return;
        }
        State old = states.get(state.stack());
        if (old == null || state.cost() < old.cost()) {
            states.put(state.stack(), state);
        }
    }

    /** A bracket: an opening one is pushed, a closing one pops its own (and is ignored when none is open). */
    private static void bracket(State state, int from, char c, Map<Stack, State> next) {
        Stack stack = state.stack();
        if (OPEN_BRACKETS.indexOf(c) >= 0) {
            keep(next, new State(state.cost(), stack.push(c), state.marked(), from, 0));
            return;
        }
        Stack open = stack.opening(c);
        if (open == null) {
            keep(next, new State(state.cost(), stack, state.marked(), from, 0));
        } else if (stack.quotation != null && stack.quotation.depth > open.depth) {
            // a quotation opened inside the brackets is still open: the bracket pairs with nothing
            keep(next, new State(state.cost() + BRACKET_COST, stack, state.marked(), from, 0));
        } else {
            keep(next, new State(state.cost(), open.below, state.marked(), from, 0));
        }
    }

    /** The stack after a mark of {@code kind} (S single, D double) read as {@code role}; null when it cannot be. */
    private static Stack apply(Stack stack, char kind, Role role) {
        switch (role) {
            case OPEN:
                return stack.push(kind);
            case CLOSE:
                // the innermost quotation must be of its kind: closing it closes the brackets opened in it
                Stack open = stack.quotation;
                return open == null || open.kind != kind ? null : open.below;
            default:
                return stack;
        }
    }

    /** The readings of the mark at {@code i}, the preferred first. */
    private static List<Reading> readings(String text, int i) {
        char c = text.charAt(i);
        char letter = QuotePairs.letterBefore(text, i);
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (hebrew(letter) && hebrew(next)) {
            if (!prefixOpens(text, i)) {
                return List.of(new Reading(Role.GERESH, 0));
            }
            // ה'תשפ"ו, a year: a ' before a number written with a gershayim is rather its geresh
            return c == '\'' && numberAfter(text, i)
                    ? List.of(new Reading(Role.GERESH, 0), new Reading(Role.OPEN, 2))
                    : List.of(new Reading(Role.OPEN, 0), new Reading(Role.GERESH, 1));
        }
        if (c == '\'' && hebrew(letter) && !Character.isLetter(next)) {
            if (Character.isDigit(next)) {
                return List.of(new Reading(Role.GERESH, 0));
            }
            if (oneLetterWord(text, i) || digitsAfter(text, i)) {
                return List.of(new Reading(Role.GERESH, 0), new Reading(Role.CLOSE, 2));
            }
            if (foreignWord(text, i)) {
                return List.of(new Reading(Role.GERESH, 0), new Reading(Role.CLOSE, 1));
            }
            return List.of(new Reading(Role.CLOSE, 0), new Reading(Role.GERESH, 2));
        }
        boolean opens = !isSpace(next) && opensAfter(text, i);
        boolean closes = !isSpace(prev) && !Character.isLetterOrDigit(next);
        List<Reading> readings = new ArrayList<>();
        if (opens) {
            readings.add(new Reading(Role.OPEN, 0));
        }
        if (closes) {
            readings.add(new Reading(Role.CLOSE, 0));
        }
        // the students': a possessive as often as a closing mark
        readings.add(new Reading(Role.KEEP, closes && Character.isLetter(prev) && !hebrew(letter) ? 1 : KEEP_COST));
        return readings;
    }

    /** Whether a straight mark next to a Hebrew letter is editable in {@code text}. */
    private static boolean touchesHebrew(String text, boolean[] editable) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (editable[i] && (c == '\'' || c == '"')
                    && (hebrew(QuotePairs.letterBefore(text, i)) || i + 1 < text.length() && hebrew(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the mark at {@code at} may open a quotation after prefix letters: one to three of
     * them before it and no other letter, a word of two letters or more after it (its own gereshes
     * and gershayim between its letters taken in: ה'תשפ"ו). דו"חות and ש"ח keep their gershayim.
     */
    private static boolean prefixOpens(String text, int at) {
        int start = QuotePairs.prefixStart(text, at);
        if (start < 0 || HEBREW_PREFIXES.indexOf(text.charAt(start)) < 0) {
            return false;
        }
        int letters = 0;
        for (int j = at + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (Character.isLetter(c)) {
                letters++;
            } else if (!mark(c) && !((c == '\'' || c == '"') && j + 1 < text.length() && hebrew(text.charAt(j + 1)))) {
                break;
            }
        }
        return letters >= 2;
    }

    /**
     * Whether the word after the mark at {@code at} is a number in Hebrew letters with its
     * gershayim (תשפ"ו, the year of ה'תשפ"ו): a " before its last letter and its letters'
     * values never rising. צה"ל and דו"ח are words, and the mark before them opens a quotation.
     */
    private static boolean numberAfter(String text, int at) {
        int last = Integer.MAX_VALUE;
        int letters = 0;
        boolean gershayim = false;
        for (int j = at + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (hebrew(c)) {
                int value = NUMERALS.indexOf(c) < 0 ? Integer.MAX_VALUE : NUMERAL_VALUES[NUMERALS.indexOf(c)];
                if (value > last || gershayim && letters > 0 && text.charAt(j - 1) != '"' && !mark(text.charAt(j - 1))) {
                    return false;
                }
                last = value;
                letters++;
            } else if (c == '"' && !gershayim && letters > 0 && j + 1 < text.length() && hebrew(text.charAt(j + 1))) {
                gershayim = true;
            } else if (!mark(c)) {
                break;
            }
        }
        return gershayim;
    }

    /** Whether the Hebrew word the mark at {@code at} ends is one letter (with its points): a numeral, ב', ת'. */
    private static boolean oneLetterWord(String text, int at) {
        int j = at - 1;
        while (j >= 0 && mark(text.charAt(j))) {
            j--;
        }
        // the ח of הדו"ח, the ו of תשפ"ו end a longer word
        return j == 0 || j > 0 && !Character.isLetter(text.charAt(j - 1)) && !mark(text.charAt(j - 1))
                && !((text.charAt(j - 1) == '"' || text.charAt(j - 1) == '\'') && hebrew(QuotePairs.letterBefore(text, j - 1)));
    }

    /** Whether a number follows the mark at {@code at} after a space: עמ' 5, an abbreviation. */
    private static boolean digitsAfter(String text, int at) {
        return at + 2 < text.length() && isSpace(text.charAt(at + 1)) && Character.isDigit(text.charAt(at + 2));
    }

    /** Whether the word the mark at {@code at} ends is marked foreign by a geresh inside and ends in ג ז צ ץ ת (ג'ורג'). */
    private static boolean foreignWord(String text, int at) {
        if (GERESH_LETTERS.indexOf(QuotePairs.letterBefore(text, at)) < 0) {
            return false;
        }
        for (int j = at - 1; j > 0; j--) {
            char c = text.charAt(j);
            if ((c == '\'' || c == '\u2019' || c == '\u05F3') && GERESH_LETTERS.indexOf(QuotePairs.letterBefore(text, j)) >= 0
                    && j + 1 < text.length() && hebrew(text.charAt(j + 1))) {
                return true;
            }
            if (!Character.isLetter(c) && !mark(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a quotation may open at {@code i}: at the start, after a space, a bracket, an
     * opening or straight quotation mark, a dash or a slash, invisible format characters looked through.
     */
    private static boolean opensAfter(String text, int i) {
        return SmartPunctuation.opensAfter(text, i, SmartPunctuation.OPENERS + "'\"");
    }

    private static boolean hebrew(char c) {
        return c >= '\u05D0' && c <= '\u05EA';
    }

    private static boolean mark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isSpace(char c) {
        return SmartPunctuation.isSpace(c);
    }
}
