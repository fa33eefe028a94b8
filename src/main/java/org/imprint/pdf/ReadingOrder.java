package org.imprint.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;

/**
 * Puts a line's text objects in drawing order left to right, where openhtmltopdf drew some later
 * (its Hindi after the rest of the line), so that text extraction in drawing order reads the
 * line as written.
 */
final class ReadingOrder {

    private static final Set<String> COLOUR = Set.of("rg", "g", "k", "RG", "G", "K", "cs", "CS", "sc", "scn", "SC", "SCN");

    /**
     * For each token, a number that is the same wherever the graphics state (colour, line,
     * matrix, clip, marked-content depth) is the same: a text object may be moved between two
     * places of one number.
     */
    static int[] states(List<Object> tokens) {
        int[] states = new int[tokens.size()];
        Map<String, Integer> ids = new HashMap<>();
        Deque<String> saved = new ArrayDeque<>();
        String state = "";
        int depth = 0;
        int first = 0;
        for (int k = 0; k < tokens.size(); k++) {
            states[k] = ids.computeIfAbsent(state + "|" + depth, key -> ids.size());
            if (!(tokens.get(k) instanceof Operator op)) {
                continue;
            }
            switch (op.getName()) {
                case "q" -> saved.push(state);
                case "Q" -> state = saved.isEmpty() ? "" : saved.pop();
                case "BDC", "BMC" -> depth++;
                case "EMC" -> depth--;
                case "BT", "ET", "Tf", "Tm", "Td", "TD", "T*", "Tj", "TJ", "'", "\"", "Tz", "Tc", "Tw", "TL", "Ts", "Tr", "MP",
                     "DP", "n" -> { }
                default -> {
                    StringBuilder change = new StringBuilder(state).append(' ');
                    for (Object operand : tokens.subList(first, k)) {
                        change.append(operand).append(' ');
                    }
                    state = change.append(op.getName()).toString();
                }
            }
            first = k + 1;
        }
        return states;
    }

    /**
     * Draws a line's text objects in the order of the line, left to right, where the layout drew
     * some later (openhtmltopdf draws a line's text in a second font after the rest): each text
     * object with its marked content goes to the place of another of the line, where the graphics
     * state is the same. Text extraction that follows the drawing order then reads the line as
     * written.
     */
    static void order(List<TextObject> line, List<Object> tokens, int[] states, Map<Integer, int[]> slots) {
        List<TextObject> byX = new ArrayList<>(line);
        byX.sort(java.util.Comparator.comparingDouble(TextObject::x));
        List<int[]> units = new ArrayList<>();
        Set<Integer> starts = new HashSet<>();
        for (TextObject g : byX) {
            int[] unit = unit(g, tokens);
            if (unit == null || !starts.add(unit[0])) {
                return;
            }
            units.add(unit);
        }
        List<int[]> byStream = new ArrayList<>(units);
        byStream.sort(java.util.Comparator.comparingInt(u -> u[0]));
        // the places that change hands: all in one graphics state (after the colour a first one sets)
        int state = -1;
        for (int k = 0; k < units.size(); k++) {
            if (byStream.get(k) != units.get(k)) {
                int here = states[byStream.get(k)[0]];
                if (state >= 0 && here != state) {
                    return;
                }
                state = here;
            }
        }
        for (int k = 0; k < units.size(); k++) {
            if (byStream.get(k) != units.get(k) && (byStream.get(k)[2] == 0 || units.get(k)[2] == 0)) {
                return;
            }
        }
        for (int k = 0; k < units.size(); k++) {
            if (byStream.get(k) != units.get(k)) {
                slots.put(byStream.get(k)[0], new int[] {units.get(k)[0], units.get(k)[1], byStream.get(k)[1]});
            }
        }
    }

    /**
     * The tokens of a group's text object with the marked content around it ({@code BDC BT … ET
     * EMC}), or null if it is not exactly that.
     */
    private static int[] unit(TextObject g, List<Object> tokens) {
        // the marked content may set the colour before BT: such a text object stays where it is
        int start = g.bt() - 1;
        while (start >= 2 && !(tokens.get(start) instanceof Operator bdc && bdc.getName().equals("BDC"))) {
            if (tokens.get(start) instanceof Operator op && !COLOUR.contains(op.getName())) {
                return null;
            }
            start--;
        }
        if (start < 2 || !(tokens.get(start - 2) instanceof COSName)) {
            return null;
        }
        int pure = start == g.bt() - 1 ? 1 : 0;
        for (int k = g.bt() + 1; k + 1 < tokens.size(); k++) {
            if (tokens.get(k) instanceof Operator op) {
                switch (op.getName()) {
                    case "BT", "q", "Q", "cm", "Do", "BI" -> {
                        return null;
                    }
                    case "ET" -> {
                        return tokens.get(k + 1) instanceof Operator emc && emc.getName().equals("EMC")
                                ? new int[] {start - 2, k + 1, pure} : null;
                    }
                    default -> { }
                }
            }
        }
        return null;
    }

    private ReadingOrder() {
    }
}
