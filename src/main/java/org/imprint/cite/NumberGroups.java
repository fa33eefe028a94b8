package org.imprint.cite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

import org.imprint.markdown.NotePunctuation;

/**
 * Where each source's number stands in a numeric style's citation ("[1, p. 2], [2, p. 3]",
 * "(1 p. 4, 2)", "1,2"): a number starts its source's group when only the citation's start, an
 * opening bracket, a comma or semicolon of any script, or a range's dash stands before it
 * (spaces aside). A number after a word or a label ("p. 2", "note 3", "see 2 of") belongs to a
 * locator, prefix or suffix, whatever its value.
 */
final class NumberGroups {

    private NumberGroups() {
    }

    /**
     * Each mark's group start, {mark index, start, end} in the text's order, or an empty list
     * when a number starts two groups and no bracket tells which is its own. A mark whose number
     * starts no group is left out (a range, "[1]–[3]", leaves out the numbers inside it).
     */
    static List<int[]> place(List<CitationParts.Mark> marks, String text) {
        List<int[]> placed = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            List<int[]> found = candidates(marks.get(i), text);
            if (found.size() > 1) {
                // "[1, pp. 1, 2], [2]": the number after a bracket is the group's own
                found = found.stream().filter(at -> Character.getType(before(text, at[0])) == Character.START_PUNCTUATION).toList();
            }
            if (found.size() > 1) {
                return List.of();
            }
            if (found.size() == 1) {
                placed.add(new int[] {i, found.get(0)[0], found.get(0)[1]});
            }
        }
        placed.sort(Comparator.comparingInt(at -> at[1]));
        return placed;
    }

    /** Every group start of every mark, {mark index, start, end}, in no particular order. */
    static List<int[]> starts(List<CitationParts.Mark> marks, String text) {
        List<int[]> all = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            for (int[] at : candidates(marks.get(i), text)) {
                all.add(new int[] {i, at[0], at[1]});
            }
        }
        return all;
    }

    /** The places where a mark's number starts a group: {start, end}. */
    private static List<int[]> candidates(CitationParts.Mark mark, String text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = mark.pattern().matcher(text);
        while (m.find()) {
            int c = before(text, m.start());
            if (c == -1 || Character.getType(c) == Character.START_PUNCTUATION || c == '\u2013'
                    || NotePunctuation.isTerminal(c) && !NotePunctuation.isSentenceEnd(c)) {
                found.add(new int[] {m.start(), m.end()});
            }
        }
        return found;
    }

    /** The last character before {@code at} that is not a space (nor a directional mark), or -1 at the start. */
    private static int before(String text, int at) {
        int i = at;
        while (i > 0) {
            int c = text.codePointBefore(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
                return c;
            }
            i -= Character.charCount(c);
        }
        return -1;
    }
}
