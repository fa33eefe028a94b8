package org.imprint.pdf;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A word shaped by the font's full OpenType layout (GSUB and GPOS), as HarfBuzz does it: its
 * glyphs, where each is drawn from the word's start ({@code x}, and {@code y} upwards), in
 * thousandths of an em, the letters of each glyph's cluster and where in the word its cluster
 * starts ({@code starts}, a char index), and the word's advance.
 *
 * <p>The JDK's text layout is HarfBuzz (since Java 9), so {@link Font#layoutGlyphVector} on the
 * font's own file gives the glyphs and places HarfBuzz gives: conjuncts and half forms (द्ध,
 * ह्न), pre-base vowel signs, and marks placed by mark-to-base and mark-to-mark positioning
 * (a Thai tone mark over an upper vowel, ที่).
 */
record PlacedWord(List<Integer> glyphs, float[] x, float[] y, String[] clusters, int[] starts, float advance) {

    /** The JDK's glyph for a character it does not draw (a joiner, ZWJ or ZWNJ). */
    private static final int INVISIBLE = 0xFFFE;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, false, true);

    /** {@code text} shaped in {@code font} (a font of 1000 units to the em, as {@link #layout} makes). */
    static PlacedWord shape(Font font, String text) {
        char[] chars = text.toCharArray();
        GlyphVector vector = font.layoutGlyphVector(CONTEXT, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int count = vector.getNumGlyphs();
        int space = font.createGlyphVector(CONTEXT, " ").getGlyphCode(0);
        List<Integer> glyphs = new ArrayList<>(count);
        List<float[]> places = new ArrayList<>(count);
        List<Integer> starts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int glyph = vector.getGlyphCode(i);
            int start = vector.getGlyphCharIndex(i);
            // a joiner (ZWJ, ZWNJ) is not drawn: HarfBuzz gives it the space glyph, of no width
            // (a word has no space of its own)
            if (glyph >= INVISIBLE || glyph == space) {
                continue;
            }
            Point2D at = vector.getGlyphPosition(i);
            glyphs.add(glyph);
            places.add(new float[] {(float) at.getX(), (float) -at.getY()});
            starts.add(start);
        }
        float[] x = new float[glyphs.size()];
        float[] y = new float[glyphs.size()];
        String[] clusters = new String[glyphs.size()];
        int[] clusterStarts = new int[glyphs.size()];
        for (int i = 0; i < glyphs.size(); i++) {
            x[i] = places.get(i)[0];
            y[i] = places.get(i)[1];
            // a cluster runs from its first letter to the next cluster's (glyphs in logical order)
            int start = starts.get(i);
            int end = chars.length;
            for (int s : starts) {
                if (s > start && s < end) {
                    end = s;
                }
            }
            clusters[i] = text.substring(start, end);
            clusterStarts[i] = start;
        }
        return new PlacedWord(List.copyOf(glyphs), x, y, clusters, clusterStarts, (float) vector.getGlyphPosition(count).getX());
    }

    /** The font of {@code file} for {@link #shape}: 1000 units to the em. */
    static Font layout(java.nio.file.Path file) throws java.io.IOException {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(1000f);
        } catch (java.awt.FontFormatException e) {
            throw new java.io.IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Whether the word is drawn as its letters' own glyphs, each at its own advance, with none raised. */
    boolean plain(List<Integer> letters, float[] widths) {
        if (!glyphs.equals(letters)) {
            return false;
        }
        float pen = 0;
        for (int i = 0; i < glyphs.size(); i++) {
            if (Math.abs(x[i] - pen) > 0.5f || y[i] != 0) {
                return false;
            }
            pen += widths[glyphs.get(i)];
        }
        return Math.abs(advance - pen) <= 0.5f;
    }
}
