package org.imprint.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One font of the document whose text {@link IndicShaping} shapes, with what shaping it needs:
 * PDFBox's GSUB worker, the character map, the glyphs' widths (thousandths of an em), the letters
 * of the glyphs GSUB makes, and the glyphs the shaped text uses (added to the subset).
 */
record ShapedFace(PDType0Font font, GsubWorker worker, CmapLookup cmap, float[] widths,
                  Map<Integer, String> madeGlyphs, Set<Integer> used) {

    /** The letter a glyph of unshaped text stands for, or -1. */
    int letter(int glyph) {
        List<Integer> codes = cmap.getCharCodes(glyph);
        if (codes == null || codes.isEmpty()) {
            return -1;
        }
        return codes.contains(0x20) ? 0x20 : codes.get(0);
    }

    /** The face of {@code pdFont}, shaped by {@code font}'s GSUB table. */
    static ShapedFace of(PDType0Font pdFont, TrueTypeFont font, GsubData gsub) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        int count = font.getNumberOfGlyphs();
        float scale = 1000f / font.getUnitsPerEm();
        float[] widths = new float[count];
        for (int gid = 0; gid < count; gid++) {
            widths[gid] = font.getAdvanceWidth(gid) * scale;
        }
        return new ShapedFace(pdFont, new GsubWorkerFactory().getGsubWorker(cmap, gsub), cmap, widths,
                madeGlyphs(gsub, cmap), new HashSet<>());
    }

    /**
     * The letters each glyph that GSUB makes stands for: a ligature the letters it replaces
     * (क्ष for क ् ष), a variant those of the glyph it replaces, followed through features.
     */
    private static Map<Integer, String> madeGlyphs(GsubData gsub, CmapLookup cmap) {
        Map<Integer, String> text = new HashMap<>();
        Map<Integer, List<Integer>> from = new HashMap<>();
        for (String name : gsub.getSupportedFeatures()) {
            ScriptFeature feature = gsub.getFeature(name);
            for (List<Integer> input : feature.getAllGlyphIdsForSubstitution()) {
                from.putIfAbsent(feature.getReplacementForGlyphs(input), input);
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<Integer, List<Integer>> made : from.entrySet()) {
                if (text.containsKey(made.getKey()) || cmap.getCharCodes(made.getKey()) != null) {
                    continue;
                }
                StringBuilder letters = new StringBuilder();
                for (int glyph : made.getValue()) {
                    List<Integer> codes = cmap.getCharCodes(glyph);
                    String known = codes != null && !codes.isEmpty() ? new String(Character.toChars(codes.get(0))) : text.get(glyph);
                    if (known == null) {
                        letters = null;
                        break;
                    }
                    letters.append(known);
                }
                if (letters != null) {
                    text.put(made.getKey(), letters.toString());
                    grew = true;
                }
            }
        }
        return text;
    }
}
