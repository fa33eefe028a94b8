package org.imprint.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One font of the document whose text {@link IndicShaping} shapes, with what shaping it needs:
 * the font as the JDK's layout (HarfBuzz) reads it ({@link PlacedWord}), the character map, the
 * glyphs' widths (thousandths of an em), the letters of the glyphs shaping makes (from the GSUB
 * table, else from the letters of the cluster they were made in), the glyphs the shaped text
 * uses (added to the subset), and the words shaped so far (the layout measures a word
 * ({@link ShapedMeasure}) before {@link IndicShaping} draws it).
 */
record ShapedFace(PDType0Font font, java.awt.Font layout, CmapLookup cmap, float[] widths,
                  Map<Integer, String> madeGlyphs, Set<Integer> used, Map<String, PlacedWord> words) {

    /**
     * The word drawn as {@code glyphs} (one glyph per letter, by the character map, as the layout
     * draws it) shaped, or {@code null} if shaping draws it as those glyphs, each at its advance.
     */
    PlacedWord shape(List<Integer> glyphs) {
        StringBuilder letters = new StringBuilder();
        for (int glyph : glyphs) {
            letters.appendCodePoint(letter(glyph));
        }
        PlacedWord placed = words.computeIfAbsent(letters.toString(), text -> PlacedWord.shape(layout, text));
        return placed.plain(glyphs, widths) ? null : placed;
    }

    /**
     * What shaping adds to the width of {@code text} drawn in this font, in thousandths of an em:
     * for each of its words that shaping changes, the shaped advance less its letters' widths.
     * The words are those {@link ShapedRun} shapes: the glyphs the layout draws for the text, read
     * back as letters, up to a space.
     */
    float growth(String text) {
        float growth = 0;
        List<Integer> word = new java.util.ArrayList<>();
        for (int i = 0; i <= text.length(); ) {
            int glyph = 0;
            if (i < text.length()) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                glyph = cmap.getGlyphId(cp);
            } else {
                i++;
            }
            if (glyph > 0 && !Character.isWhitespace(letter(glyph))) {
                word.add(glyph);
                continue;
            }
            if (!word.isEmpty()) {
                PlacedWord placed = shape(word);
                if (placed != null) {
                    growth += placed.advance();
                    for (int g : word) {
                        growth -= widths[g];
                    }
                }
                word.clear();
            }
        }
        return growth;
    }

    /** The letter a glyph of unshaped text stands for, or -1. */
    int letter(int glyph) {
        List<Integer> codes = cmap.getCharCodes(glyph);
        if (codes == null || codes.isEmpty()) {
            return -1;
        }
        return codes.contains(0x20) ? 0x20 : codes.get(0);
    }

    /** The face of {@code pdFont}, shaped by {@code font}'s GSUB table. */
    static ShapedFace of(PDType0Font pdFont, TrueTypeFont font, java.nio.file.Path file) throws IOException {
        GsubData gsub = font.getGsubData();
        CmapLookup cmap = font.getUnicodeCmapLookup();
        int count = font.getNumberOfGlyphs();
        float scale = 1000f / font.getUnitsPerEm();
        float[] widths = new float[count];
        for (int gid = 0; gid < count; gid++) {
            widths[gid] = font.getAdvanceWidth(gid) * scale;
        }
        return new ShapedFace(pdFont, PlacedWord.layout(file), cmap, widths,
                madeGlyphs(gsub, cmap), new HashSet<>(), new HashMap<>());
    }

    /**
     * Records what the glyphs shaping made stand for, where the GSUB table did not say: the letters
     * of their cluster that no glyph of the cluster draws by the character map (the tone mark ่ of
     * ที่ in its raised form, the conjunct द्ध), shared out as shaping moved them: a pre-base vowel
     * sign (ि) to the glyph drawn before the others, a reph (र्) to the one drawn last.
     */
    void madeIn(PlacedWord word) {
        Map<String, List<Integer>> clusters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < word.glyphs().size(); i++) {
            clusters.computeIfAbsent(word.clusters()[i], c -> new java.util.ArrayList<>()).add(i);
        }
        clusters.forEach((cluster, indices) -> {
            Set<Integer> drawn = new HashSet<>();
            List<Integer> made = new java.util.ArrayList<>();
            for (int i : indices) {
                int glyph = word.glyphs().get(i);
                if (cmap.getCharCodes(glyph) != null) {
                    drawn.add(glyph);
                } else {
                    made.add(i);
                }
            }
            StringBuilder rest = new StringBuilder();
            cluster.codePoints().filter(c -> !drawn.contains(cmap.getGlyphId(c))).forEach(rest::appendCodePoint);
            String letters = rest.isEmpty() ? cluster : rest.toString();
            made.sort(java.util.Comparator.comparingDouble(i -> word.x()[i]));
            if (made.size() > 1) {
                String reph = letters.length() > 2 && REPHS.contains(letters.substring(0, 2)) ? letters.substring(0, 2) : null;
                if (reph != null) {
                    name(word.glyphs().get(made.remove(made.size() - 1)), reph);
                    letters = letters.substring(2);
                }
                int pre = letters.codePoints().filter(PRE_BASE::contains).findFirst().orElse(-1);
                if (pre >= 0 && made.size() > 1) {
                    String sign = new String(Character.toChars(pre));
                    name(word.glyphs().get(made.remove(0)), sign);
                    letters = letters.replace(sign, "");
                }
            }
            for (int i : made) {
                name(word.glyphs().get(i), letters.isEmpty() ? cluster : letters);
            }
        });
    }

    private void name(int glyph, String letters) {
        madeGlyphs.putIfAbsent(glyph, letters);
    }

    /** Ra and virama, which shaping draws as a reph over the end of its syllable. */
    private static final Set<String> REPHS = Set.of("\u0930\u094D", "\u09B0\u09CD");
    /** Vowel signs drawn before their consonant (Devanagari ि; Bengali ি ে ৈ). */
    private static final Set<Integer> PRE_BASE = Set.of(0x093F, 0x09BF, 0x09C7, 0x09C8);

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
