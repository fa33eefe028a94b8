package org.apache.fontbox.ttf.gsub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.api.Test;

/** Imprint's regex-free splitter keeps PDFBox's ligature behaviour. */
class GlyphArraySplitterTest {

    @Test
    void splitsIntoLongestSequencesLeftmostFirst() {
        var splitter = new GlyphArraySplitterRegexImpl(Set.of(List.of(1, 2), List.of(1, 2, 3), List.of(5)));
        assertEquals(List.of(List.of(1, 2, 3), List.of(4), List.of(5), List.of(1, 2), List.of(7, 8)),
                splitter.split(List.of(1, 2, 3, 4, 5, 1, 2, 7, 8)));
        assertEquals(List.of(List.of(9, 1)), splitter.split(List.of(9, 1)));
    }

    @Test
    void notoSerifStillGetsItsLigatures() throws Exception {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile("fonts/NotoSerif-Regular.ttf"))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            List<Integer> glyphs = new ArrayList<>();
            "conflict of fine".chars().forEach(c -> glyphs.add(cmap.getGlyphId(c)));
            List<Integer> shaped = new GsubWorkerFactory().getGsubWorker(cmap, font.getGsubData()).applyTransforms(glyphs);
            // "fl" and "fi" each become one ligature glyph
            assertEquals(glyphs.size() - 2, shaped.size(), shaped.toString());
            assertTrue(shaped.stream().noneMatch(g -> g == 0));
        }
    }
}
