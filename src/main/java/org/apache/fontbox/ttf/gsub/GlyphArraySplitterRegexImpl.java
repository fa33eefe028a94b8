package org.apache.fontbox.ttf.gsub;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Imprint's stand-in for fontbox 3.0.8's class of the same name, which PDFBox's GSUB workers
 * create for every text run they draw. The original turns the font's substitution sequences
 * into a regular expression and compiles it on each construction; on a report that is most of
 * the PDF engine's time. This version has the same contract (split a run into the longest
 * substitutable sequences, leftmost first, and the glyphs between them) with hash lookups of the
 * word's own sub-sequences instead: nothing is built per word, and ligatures come out as before.
 *
 * <p>It shadows the library class because it comes first on the class path (Imprint's jar, and
 * {@code target/classes} in tests). Remove it once PDFBox caches or replaces the regex splitter.
 */
public class GlyphArraySplitterRegexImpl implements GlyphArraySplitter {

    /** The font's substitutable sequences; PDFBox passes the same set for every word. */
    private final Set<List<Integer>> sequences;

    public GlyphArraySplitterRegexImpl(Set<List<Integer>> matchers) {
        this.sequences = matchers;
    }

    @Override
    public List<List<Integer>> split(List<Integer> glyphIds) {
        int longest = 0;
        for (List<Integer> sequence : sequences) {
            longest = Math.max(longest, sequence.size());
        }
        List<List<Integer>> tokens = new ArrayList<>();
        List<Integer> between = new ArrayList<>();
        int i = 0;
        while (i < glyphIds.size()) {
            int length = longestAt(glyphIds, i, longest);
            if (length == 0) {
                between.add(glyphIds.get(i++));
                continue;
            }
            if (!between.isEmpty()) {
                tokens.add(between);
                between = new ArrayList<>();
            }
            tokens.add(new ArrayList<>(glyphIds.subList(i, i + length)));
            i += length;
        }
        if (!between.isEmpty()) {
            tokens.add(between);
        }
        return tokens;
    }

    /** The length of the longest sequence starting at {@code start}, or 0. */
    private int longestAt(List<Integer> glyphIds, int start, int longest) {
        for (int length = Math.min(longest, glyphIds.size() - start); length > 0; length--) {
            if (sequences.contains(glyphIds.subList(start, start + length))) {
                return length;
            }
        }
        return 0;
    }
}
