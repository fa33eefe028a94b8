package org.imprint.cite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

import org.imprint.cite.CitationParts.Placed;
import org.imprint.cite.CitationParts.Span;
import org.imprint.markdown.NotePunctuation;

/**
 * Where each source's number stands in a numeric style's citation ("[1, p. 2], [2, p. 3]",
 * "(1 p. 4, 2)", "1,2"): a number starts its source's group when only the citation's start, an
 * opening bracket, a comma or semicolon of any script, or a range's dash stands before it
 * (spaces and the author's prefixes aside). A number after a word or a label ("p. 2", "note 3", "see 2 of") belongs to a
 * locator, prefix or suffix, whatever its value.
 */
final class NumberGroups {

    private NumberGroups() {
    }

    /**
     * Each mark's group start in the text's order, or an empty list
     * when a number starts two groups and no bracket tells which is its own (both, for a source
     * cited twice). A mark whose number
     * starts no group is left out (a range, "[1]–[3]", leaves out the numbers inside it).
     */
    static List<Placed> place(List<CitationParts.Mark> marks, String text) {
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            List<Span> found = candidates(marks.get(i), text);
            if (found.size() > 1) {
                // "[1, pp. 1, 2], [2]": the number after a bracket is the group's own
                found = found.stream().filter(at -> Character.getType(before(text, at.start())) == Character.START_PUNCTUATION).toList();
            }
            if (found.size() > 1 && !marks.get(i).twice()) {
                return List.of();
            }
            for (Span at : found) {
                placed.add(new Placed(i, at.start(), at.end()));   // a source cited twice: each of its groups
            }
        }
        placed.sort(Comparator.comparingInt(Placed::start));
        return placed;
    }

    /** The places where a mark's number starts a group. */
    private static List<Span> candidates(CitationParts.Mark mark, String text) {
        List<Span> found = new ArrayList<>();
        Matcher m = mark.pattern().matcher(text);
        while (m.find()) {
            int c = before(text, m.start());
            if (c == -1 || Character.getType(c) == Character.START_PUNCTUATION || c == '\u2013'
                    || NotePunctuation.isTerminal(c) && !NotePunctuation.isSentenceEnd(c)) {
                found.add(new Span(m.start(), m.end()));
            }
        }
        return found;
    }

    /**
     * The last character before {@code at} that is not a space, a directional mark nor a masked
     * affix, or -1 at the start: a style that sets the whole citation as one run (Nature's
     * "<sup>see 1,see 3</sup>", Vancouver's "[see 1,see 3]") prints each prefix inside it, and
     * the number after a prefix still starts its source's group.
     */
    private static int before(String text, int at) {
        int i = at;
        while (i > 0) {
            int c = text.codePointBefore(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT && c != Affixes.MASK) {
                return c;
            }
            i -= Character.charCount(c);
        }
        return -1;
    }
}
