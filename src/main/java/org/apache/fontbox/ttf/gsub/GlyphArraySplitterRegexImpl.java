package org.apache.fontbox.ttf.gsub;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imprint's stand-in for fontbox 3.0.8's class of the same name, which PDFBox's GSUB workers
 * create for every text run they draw. The original turns the font's substitution sequences
 * into a regular expression and compiles it on each construction; on a report that is most of
 * the PDF engine's time. This version has the same contract (split a run into the longest
 * substitutable sequences, leftmost first, and the glyphs between them) with a lookup by first
 * glyph instead, so construction is a single pass and ligatures are applied exactly as before.
 *
 * <p>It shadows the library class because it comes first on the class path (Imprint's jar, and
 * {@code target/classes} in tests). Remove it once PDFBox caches or replaces the regex splitter.
 */
public class GlyphArraySplitterRegexImpl implements GlyphArraySplitter {

    /** Substitutable sequences by their first glyph, longest first. */
    private final Map<Integer, List<List<Integer>>> byFirstGlyph = new HashMap<>();

    public GlyphArraySplitterRegexImpl(Set<List<Integer>> matchers) {
        for (List<Integer> sequence : matchers) {
            if (!sequence.isEmpty()) {
                byFirstGlyph.computeIfAbsent(sequence.get(0), k -> new ArrayList<>()).add(sequence);
            }
        }
        byFirstGlyph.values().forEach(list -> list.sort(Comparator.comparingInt(List<Integer>::size).reversed()));
    }

    @Override
    public List<List<Integer>> split(List<Integer> glyphIds) {
        List<List<Integer>> tokens = new ArrayList<>();
        List<Integer> between = new ArrayList<>();
        int i = 0;
        while (i < glyphIds.size()) {
            List<Integer> match = longestAt(glyphIds, i);
            if (match == null) {
                between.add(glyphIds.get(i++));
                continue;
            }
            if (!between.isEmpty()) {
                tokens.add(between);
                between = new ArrayList<>();
            }
            tokens.add(new ArrayList<>(match));
            i += match.size();
        }
        if (!between.isEmpty()) {
            tokens.add(between);
        }
        return tokens;
    }

    private List<Integer> longestAt(List<Integer> glyphIds, int start) {
        List<List<Integer>> candidates = byFirstGlyph.get(glyphIds.get(start));
        if (candidates == null) {
            return null;
        }
        for (List<Integer> candidate : candidates) {
            int end = start + candidate.size();
            if (end <= glyphIds.size() && glyphIds.subList(start, end).equals(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
