package org.imprint.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The break opportunities the line breaker must not offer, so that openhtmltopdf's greedy line
 * breaker sets the lines {@link ParagraphBreaking} chose: greedy takes the last opportunity that
 * fits, so every opportunity after a chosen break that would still fit on its line is taken away.
 *
 * <p>openhtmltopdf hands the breaker the rest of one inline box's text from where its current
 * line starts, never which box it is; the text is found again as the one text that ends with it.
 * A text that occurs twice, or a rest too short to tell, is left as it is.
 */
final class SteeredBreaks {

    /** The shortest rest of a text that is looked up; shorter ones could end many texts. */
    static final int SHORTEST = 12;

    /** Every text of the laid-out document, by its last {@link #SHORTEST} characters. */
    private final Map<String, List<String>> byEnding = new HashMap<>();
    /** How often each text occurs in the layout. */
    private final Map<String, Integer> counts = new HashMap<>();
    /** The opportunities taken away, by text: positions in the text. */
    private final Map<String, TreeSet<Integer>> taken = new HashMap<>();
    /** Texts that must not break at all (a shrunk line's words: {@link LineShrink}). */
    private final Set<String> whole = new HashSet<>();

    /** Forgets what was taken away; the texts of a new layout follow with {@link #know}. */
    void clear() {
        byEnding.clear();
        counts.clear();
        taken.clear();
        whole.clear();
    }

    /** Remembers a text of the layout (once for each time it occurs), so that a rest of it is told from a rest of another. */
    void know(String text) {
        counts.merge(text, 1, Integer::sum);
        if (text.length() >= SHORTEST) {
            List<String> texts = byEnding.computeIfAbsent(ending(text), k -> new ArrayList<>());
            if (!texts.contains(text)) {
                texts.add(text);
            }
        }
    }

    /**
     * Whether the breaker, given the rest of {@code text} from {@code start}, will know it for
     * that text: the text occurs once, and no other text ends with the same rest.
     */
    boolean resolves(String text, int start) {
        String rest = text.substring(start);
        if (rest.length() < SHORTEST || counts.getOrDefault(text, 0) != 1) {
            return false;
        }
        return byEnding.getOrDefault(ending(rest), List.of()).stream().filter(t -> t.endsWith(rest)).count() == 1;
    }

    /** Whether {@code text} occurs once in the layout. */
    boolean unique(String text) {
        return counts.getOrDefault(text, 0) == 1;
    }

    /**
     * The layout will set {@code text}, which occurs once, as consecutive texts instead (a
     * shrunk line in a span of its own: {@link LineShrink}): the opportunities taken from it move
     * to the part they fall in, as positions in that part; none falls in the parts in
     * {@code unbreakable}, nor where two parts meet.
     *
     * @param starts where each part starts in {@code text}
     */
    void split(String text, List<String> parts, List<Integer> starts, Set<Integer> unbreakable) {
        counts.remove(text);
        List<String> sameEnding = text.length() >= SHORTEST ? byEnding.get(ending(text)) : null;
        if (sameEnding != null) {
            sameEnding.remove(text);
        }
        TreeSet<Integer> positions = taken.remove(text);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            know(part);
            if (unbreakable.contains(i)) {
                whole.add(part);
            }
            if (positions == null || unbreakable.contains(i)) {
                continue;
            }
            int start = starts.get(i);
            TreeSet<Integer> inside = new TreeSet<>();
            for (int position : positions.subSet(start, false, start + part.length(), false)) {
                inside.add(position - start);
            }
            if (!inside.isEmpty()) {
                take(part, inside);
            }
        }
    }

    /** Takes away the opportunities at {@code positions} of {@code text}. */
    void take(String text, Set<Integer> positions) {
        taken.computeIfAbsent(text, k -> new TreeSet<>()).addAll(positions);
    }

    /**
     * Whether {@code text}, handed to the line breaker from its start, must not break: it is the
     * text of a span {@link #split} made unbreakable. Such a text only ever starts a line or follows
     * the line's other words, so it is always handed over whole.
     */
    boolean unbreakable(String text) {
        return whole.contains(text);
    }

    boolean isEmpty() {
        return taken.isEmpty() && whole.isEmpty();
    }

    /** How many opportunities are taken away. */
    int size() {
        return taken.values().stream().mapToInt(Set::size).sum();
    }

    /**
     * The opportunities taken away from {@code rest}, a text from some position on, as positions in
     * {@code rest}; empty when the text it is the rest of is not known or not the only one.
     */
    Set<Integer> takenFrom(String rest) {
        if (taken.isEmpty() || rest.length() < SHORTEST) {
            return Set.of();
        }
        List<String> texts = byEnding.get(ending(rest));
        if (texts == null) {
            return Set.of();
        }
        String whole = null;
        for (String text : texts) {
            if (text.endsWith(rest)) {
                if (whole != null) {
                    return Set.of();
                }
                whole = text;
            }
        }
        TreeSet<Integer> positions = whole == null ? null : taken.get(whole);
        if (positions == null) {
            return Set.of();
        }
        int offset = whole.length() - rest.length();
        TreeSet<Integer> shifted = new TreeSet<>();
        for (int position : positions.tailSet(offset, false)) {
            shifted.add(position - offset);
        }
        return shifted;
    }

    private static String ending(String text) {
        return text.substring(text.length() - SHORTEST);
    }
}
