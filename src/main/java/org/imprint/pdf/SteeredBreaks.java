package org.imprint.pdf;

import java.util.ArrayList;
import java.util.HashMap;
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

    /** Forgets what was taken away; the texts of a new layout follow with {@link #know}. */
    void clear() {
        byEnding.clear();
        counts.clear();
        taken.clear();
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

    /** Takes away the opportunities at {@code positions} of {@code text}. */
    void take(String text, Set<Integer> positions) {
        taken.computeIfAbsent(text, k -> new TreeSet<>()).addAll(positions);
    }

    /** Gives back the opportunities at {@code positions} of {@code text}, taken away before. */
    void give(String text, Set<Integer> positions) {
        TreeSet<Integer> positionsTaken = taken.get(text);
        if (positionsTaken != null) {
            positionsTaken.removeAll(positions);
            if (positionsTaken.isEmpty()) {
                taken.remove(text);
            }
        }
    }

    boolean isEmpty() {
        return taken.isEmpty();
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
