package org.imprint.pdf;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;

/**
 * One text-showing operator of a page (tokens {@code from..to}), its glyphs as pieces: read from
 * the content stream with its words shaped, and written back as tokens, each shaped word marked
 * with its letters as {@code /ActualText}.
 */
final class ShapedRun {

    private static final Operator BDC = Operator.getOperator("BDC");
    private static final Operator EMC = Operator.getOperator("EMC");
    private static final Operator TJ = Operator.getOperator("TJ");
    private static final Operator TS = Operator.getOperator("Ts");
    private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");
    private static final COSName SPAN = COSName.getPDFName("Span");

    final int from;
    final int to;
    final GlyphMetrics metrics;
    final float size;
    final List<Piece> pieces;
    final boolean shaped;
    /** What shaping added to the run's width (points), as the layout measured it ({@link ShapedMeasure}). */
    final float growth;

    private ShapedRun(int from, int to, GlyphMetrics metrics, float size, List<Piece> pieces, boolean shaped, float growth) {
        this.from = from;
        this.to = to;
        this.metrics = metrics;
        this.size = size;
        this.pieces = pieces;
        this.shaped = shaped;
        this.growth = growth;
    }

    /** The pieces of a run, its unshaped text as it is; {@code null} if a glyph has no letter. */
    static ShapedRun read(int from, int to, ShapedFace face, GlyphMetrics metrics, float size, COSArray array) {
        List<Integer> glyphs = new ArrayList<>();
        List<Float> after = new ArrayList<>();
        for (COSBase item : array) {
            if (item instanceof COSString s) {
                byte[] bytes = s.getBytes();
                for (int i = 0; i + 1 < bytes.length; i += 2) {
                    glyphs.add(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF));
                    after.add(0f);
                }
            } else if (item instanceof COSNumber n && !after.isEmpty()) {
                after.set(after.size() - 1, after.get(after.size() - 1) + n.floatValue());
            } else if (item instanceof COSNumber) {
                return null;
            }
        }
        List<Piece> pieces = new ArrayList<>();
        if (face == null) {
            for (int i = 0; i < glyphs.size(); i++) {
                pieces.add(Piece.glyph(glyphs.get(i), after.get(i)));
            }
            return new ShapedRun(from, to, metrics, size, pieces, false, 0);
        }
        for (int glyph : glyphs) {
            if (face.letter(glyph) < 0) {
                return null;
            }
        }
        // Each word shaped, as the layout measured it. The TJ numbers of its letters (a justified
        // line's letter spacing) stay with their letters' clusters.
        float growth = 0;
        boolean changed = false;
        int start = 0;
        while (start < glyphs.size()) {
            boolean space = Character.isWhitespace(face.letter(glyphs.get(start)));
            int end = start + 1;
            // a word runs to the next space, joiners (ZWJ, ZWNJ) included
            while (end < glyphs.size() && Character.isWhitespace(face.letter(glyphs.get(end))) == space) {
                end++;
            }
            List<Integer> word = glyphs.subList(start, end);
            PlacedWord placed = space ? null : face.shape(word);
            if (placed == null) {
                for (int i = start; i < end; i++) {
                    pieces.add(Piece.glyph(glyphs.get(i), after.get(i)));
                }
            } else {
                changed = true;
                face.used().addAll(placed.glyphs());
                face.madeIn(placed);
                StringBuilder letters = new StringBuilder();
                float[] spacing = new float[end - start];
                for (int i = start; i < end; i++) {
                    letters.appendCodePoint(face.letter(glyphs.get(i)));
                    spacing[i - start] = after.get(i);
                    growth -= face.widths()[glyphs.get(i)];
                }
                growth += placed.advance();
                pieces.add(Piece.word(placed, letters.toString(), spacing));
            }
            start = end;
        }
        return new ShapedRun(from, to, metrics, size, pieces, changed, changed ? growth * size / 1000f : 0);
    }

    /**
     * The run's tokens: one TJ per shaped word, marked with its letters, and one for what lies
     * between, so that extraction finds the words where they are.
     */
    List<Object> tokens() {
        List<Object> tokens = new ArrayList<>();
        COSArray plain = new COSArray();
        for (Piece piece : pieces) {
            if (piece.text() == null) {
                plain.add(glyphString(piece.glyphs()));
                if (piece.after() != 0f) {
                    plain.add(new COSFloat(piece.after()));
                }
                continue;
            }
            if (plain.size() > 0) {
                tokens.addAll(List.of(plain, TJ));
                plain = new COSArray();
            }
            COSDictionary properties = new COSDictionary();
            properties.setItem(ACTUAL_TEXT, new COSString(piece.text()));
            tokens.addAll(List.of(SPAN, properties, BDC));
            tokens.addAll(placedTokens(piece.placed(), piece.text(), piece.spacing()));
            tokens.add(EMC);
        }
        if (plain.size() > 0) {
            tokens.addAll(List.of(plain, TJ));
        }
        return tokens;
    }

    /**
     * A shaped word's glyphs, each moved to its place by TJ numbers, and a glyph that GPOS raises
     * or lowers drawn at that rise ({@code Ts}, put back to 0 after it); the pen ends at the
     * word's advance. {@code spacing} is the TJ number after each letter of {@code letters}: each
     * glyph moves by those of the letters before its cluster, and the pen by all of them.
     */
    private List<Object> placedTokens(PlacedWord word, String letters, float[] spacing) {
        // the spacing before each char of the word: the numbers of the letters before it
        float[] lead = new float[letters.length() + 1];
        float sum = 0;
        int letter = 0;
        for (int c = 0; c < letters.length(); c++) {
            lead[c] = sum;
            if (!Character.isLowSurrogate(letters.charAt(c))) {
                sum += spacing[letter++];
            }
        }
        lead[letters.length()] = sum;
        List<Object> tokens = new ArrayList<>();
        COSArray array = new COSArray();
        float pen = 0;
        float rise = 0;
        for (int i = 0; i < word.glyphs().size(); i++) {
            int glyph = word.glyphs().get(i);
            // TJ numbers move the pen back: a justified line's spacing (negative) moves it on
            float x = word.x()[i] - lead[word.starts()[i]];
            if (word.y()[i] != rise) {
                if (array.size() > 0) {
                    tokens.addAll(List.of(array, TJ));
                    array = new COSArray();
                }
                rise = word.y()[i];
                tokens.addAll(List.of(new COSFloat(rise * size / 1000f), TS));
            }
            if (Math.abs(x - pen) > 0.01f) {
                array.add(new COSFloat(pen - x));
            }
            if (array.size() > 0 && array.get(array.size() - 1) instanceof COSString before) {
                // glyphs drawn at their advance share one string
                byte[] joined = java.util.Arrays.copyOf(before.getBytes(), before.getBytes().length + 2);
                joined[joined.length - 2] = (byte) (glyph >> 8);
                joined[joined.length - 1] = (byte) glyph;
                array.set(array.size() - 1, new COSString(joined));
            } else {
                array.add(glyphString(List.of(glyph)));
            }
            pen = x + metrics.width(glyph);
        }
        float end = word.advance() - lead[letters.length()];
        if (Math.abs(end - pen) > 0.01f) {
            array.add(new COSFloat(pen - end));
        }
        if (array.size() > 0) {
            tokens.addAll(List.of(array, TJ));
        }
        if (rise != 0) {
            tokens.addAll(List.of(org.apache.pdfbox.cos.COSInteger.ZERO, TS));
        }
        return tokens;
    }

    private static COSString glyphString(List<Integer> glyphs) {
        byte[] bytes = new byte[glyphs.size() * 2];
        for (int i = 0; i < glyphs.size(); i++) {
            bytes[2 * i] = (byte) (glyphs.get(i) >> 8);
            bytes[2 * i + 1] = (byte) glyphs.get(i).intValue();
        }
        return new COSString(bytes);
    }

    /**
     * A piece of a run: one glyph of unshaped text with the TJ number after it, or one shaped word:
     * its glyphs where shaping put them, its letters, and the TJ number after each of its letters.
     */
    record Piece(List<Integer> glyphs, float after, String text, PlacedWord placed, float[] spacing) {

        static Piece glyph(int glyph, float after) {
            return new Piece(List.of(glyph), after, null, null, null);
        }

        static Piece word(PlacedWord placed, String letters, float[] spacing) {
            return new Piece(placed.glyphs(), 0, letters, placed, spacing);
        }
    }
}
