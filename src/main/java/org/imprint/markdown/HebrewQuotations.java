package org.imprint.markdown;

import java.util.ArrayList;
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
 * a quotation (ל'שבת', ב"הארץ", ו"ה'תשפ"ו"), which it prefers. A ' after a Hebrew letter before a
 * digit is a geresh; before a space, punctuation or the end it is a geresh or a closing mark: a
 * closing mark, unless the word is one letter (a numeral, ב'), a number follows (עמ' 5) or the
 * word is marked foreign by a geresh inside it and ends in ג ז צ ץ ת (ג'ורג'), then the geresh is
 * preferred. Any other mark opens after a space, a bracket, a dash or another mark, closes after
 * anything else before no letter or digit, or is left to the rules of {@link SmartPunctuation}
 * (an apostrophe, a prime), at a cost. A reading that leaves a quotation open or closes one that
 * never opened is no reading at all; when two readings cost the same the earlier-listed reading
 * of the earlier mark wins.
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

    /** The best reading of the text up to an event, for one stack of open quotations and brackets. */
    private record State(int cost, String stack, State before, Role role) {
    }

    private static final String HEBREW_PREFIXES = "\u05D5\u05D4\u05D1\u05DB\u05DC\u05DE\u05E9";
    private static final String GERESH_LETTERS = "\u05D2\u05D6\u05E6\u05E5\u05EA";
    private static final String OPEN_BRACKETS = "([{";
    private static final String CLOSE_BRACKETS = ")]}";
    /** What leaving a quotation mark to the mark-by-mark rules costs. */
    private static final int KEEP_COST = 3;
    /** What a quotation that closes over a bracket it opened inside costs, for each such bracket. */
    private static final int BRACKET_COST = 3;
    /** The most stacks kept at each mark: beyond, a text is read by the mark-by-mark rules. */
    private static final int MAX_STATES = 256;

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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (editable[i] && (c == '\'' || c == '"')) {
                events.add(new Event(i, c, readings(text, i)));
            } else if (OPEN_BRACKETS.indexOf(c) >= 0 || CLOSE_BRACKETS.indexOf(c) >= 0) {
                events.add(new Event(i, c, List.of()));
            }
        }
        Map<String, State> states = new HashMap<>();
        states.put("", new State(0, "", null, null));
        for (Event event : events) {
            Map<String, State> next = new HashMap<>();
            for (State state : states.values()) {
                if (event.readings().isEmpty()) {
                    bracket(state, event.c(), next);
                    continue;
                }
                for (Reading reading : event.readings()) {
                    String stack = apply(state.stack(), event.c() == '"' ? 'D' : 'S', reading.role());
                    if (stack != null) {
                        int cost = state.cost() + reading.cost() + (reading.role() == Role.CLOSE ? popped(state.stack(), stack) : 0);
                        keep(next, new State(cost, stack, state, reading.role()));
                    }
                }
            }
            if (next.isEmpty() || next.size() > MAX_STATES) {
                return null;
            }
            states = next;
        }
        State best = null;
        for (State state : states.values()) {
            if (state.stack().indexOf('S') < 0 && state.stack().indexOf('D') < 0 && (best == null || state.cost() < best.cost())) {
                best = state;
            }
        }
        if (best == null) {
            return null;
        }
        Role[] roles = new Role[text.length()];
        State state = best;
        for (int k = events.size() - 1; k >= 0; k--) {
            if (state.role() != null) {
                roles[events.get(k).at()] = state.role();
            }
            state = state.before();
        }
        return roles;
    }

    /** Keeps the cheaper of two states with the same stack; the one found first on a tie. */
    private static void keep(Map<String, State> states, State state) {
        State old = states.get(state.stack());
        if (old == null || state.cost() < old.cost()) {
            states.put(state.stack(), state);
        }
    }

    /** A bracket: an opening one is pushed, a closing one pops its own (and is ignored when none is open). */
    private static void bracket(State state, char c, Map<String, State> next) {
        String stack = state.stack();
        if (OPEN_BRACKETS.indexOf(c) >= 0) {
            keep(next, new State(state.cost(), stack + c, state, null));
            return;
        }
        char open = OPEN_BRACKETS.charAt(CLOSE_BRACKETS.indexOf(c));
        int at = stack.lastIndexOf(open);
        boolean across = at >= 0 && (stack.indexOf('S', at) >= 0 || stack.indexOf('D', at) >= 0);
        if (at < 0) {
            keep(next, new State(state.cost(), stack, state, null));
        } else if (across) {
            // a quotation opened inside the brackets is still open: the bracket pairs with nothing
            keep(next, new State(state.cost() + BRACKET_COST, stack, state, null));
        } else {
            keep(next, new State(state.cost(), stack.substring(0, at), state, null));
        }
    }

    /** The stack after a mark of {@code kind} (S single, D double) read as {@code role}; null when it cannot be. */
    private static String apply(String stack, char kind, Role role) {
        switch (role) {
            case OPEN:
                return stack + kind;
            case CLOSE:
                int at = stack.lastIndexOf(kind);
                if (at < 0) {
                    return null;
                }
                for (int k = at + 1; k < stack.length(); k++) {
                    if (stack.charAt(k) == 'S' || stack.charAt(k) == 'D') {
                        return null;
                    }
                }
                return stack.substring(0, at);
            default:
                return stack;
        }
    }

    /** The cost of the brackets a closing mark closes over. */
    private static int popped(String before, String after) {
        return (before.length() - after.length() - 1) * BRACKET_COST;
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
            // ה'תשפ"ו, a year: a ' before a word with a gershayim in it is rather its geresh
            return c == '\'' && gershayimAfter(text, i)
                    ? List.of(new Reading(Role.GERESH, 0), new Reading(Role.OPEN, 2))
                    : List.of(new Reading(Role.OPEN, 0), new Reading(Role.GERESH, 1));
        }
        if (c == '\'' && hebrew(letter) && !Character.isLetter(next)) {
            if (Character.isDigit(next)) {
                return List.of(new Reading(Role.GERESH, 0));
            }
            if (oneLetterWord(text, i) || numberAfter(text, i)) {
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

    /** Whether the word after the mark at {@code at} holds a " between two of its letters (ה'תשפ"ו). */
    private static boolean gershayimAfter(String text, int at) {
        for (int j = at + 1; j + 1 < text.length() && (Character.isLetter(text.charAt(j)) || mark(text.charAt(j)) || text.charAt(j) == '"'); j++) {
            if (text.charAt(j) == '"' && hebrew(text.charAt(j + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the Hebrew word the mark at {@code at} ends is one letter (with its points): a numeral, ב', ת'. */
    private static boolean oneLetterWord(String text, int at) {
        int j = at - 1;
        while (j >= 0 && mark(text.charAt(j))) {
            j--;
        }
        return j == 0 || j > 0 && !Character.isLetter(text.charAt(j - 1)) && !mark(text.charAt(j - 1));
    }

    /** Whether a number follows the mark at {@code at} after a space: עמ' 5, an abbreviation. */
    private static boolean numberAfter(String text, int at) {
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
