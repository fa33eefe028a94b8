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
    private static final Operator TZ = Operator.getOperator("Tz");
    private static final Operator TS = Operator.getOperator("Ts");
    private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");
    private static final COSName SPAN = COSName.getPDFName("Span");

    final int from;
    final int to;
    final GlyphMetrics metrics;
    final float size;
    final List<Piece> pieces;
    final boolean shaped;
    final boolean justified;
    /** What shaping added to the run's width, in points. */
    final float growth;

    ShapedRun(int from, int to, GlyphMetrics metrics, float size, List<Piece> pieces, boolean shaped, boolean justified,
            float growth) {
        this.from = from;
        this.to = to;
        this.metrics = metrics;
        this.size = size;
        this.pieces = pieces;
        this.shaped = shaped;
        this.justified = justified;
        this.growth = growth;
    }

    float width(Piece piece) {
        if (piece.placed != null) {
            return piece.placed.advance() * size / 1000f;
        }
        float w = 0;
        for (int glyph : piece.glyphs) {
            w += metrics.width(glyph);
        }
        return w * size / 1000f;
    }

    boolean changed() {
        if (shaped) {
            return true;
        }
        for (Piece piece : pieces) {
            if (piece.delta != 0 || piece.scale != 1) {
                return true;
            }
        }
        return false;
    }

    /** What the run gains against the layout's measure once its spaces and scaling are set. */
    float shift() {
        float shift = growth;
        for (Piece piece : pieces) {
            shift += piece.delta - (1 - piece.scale) * width(piece);
        }
        return shift;
    }

    /** The pieces of a run, its unshaped text as it is; {@code null} if a glyph has no letter. */
    static ShapedRun read(int from, int to, ShapedFace face, GlyphMetrics metrics, float size, COSArray array) {
        List<Integer> glyphs = new ArrayList<>();
        List<Float> after = new ArrayList<>();
        boolean justified = false;
        for (COSBase item : array) {
            if (item instanceof COSString s) {
                byte[] bytes = s.getBytes();
                for (int i = 0; i + 1 < bytes.length; i += 2) {
                    glyphs.add(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF));
                    after.add(0f);
                }
            } else if (item instanceof COSNumber n && !after.isEmpty()) {
                after.set(after.size() - 1, after.get(after.size() - 1) + n.floatValue());
                justified |= n.floatValue() != 0;
            } else if (item instanceof COSNumber) {
                return null;
            }
        }
        List<Piece> pieces = new ArrayList<>();
        if (face == null) {
            for (int i = 0; i < glyphs.size(); i++) {
                pieces.add(new Piece(List.of(glyphs.get(i)), after.get(i), null, metrics.space(glyphs.get(i))));
            }
            return new ShapedRun(from, to, metrics, size, pieces, false, justified, 0);
        }
        for (int glyph : glyphs) {
            if (face.letter(glyph) < 0) {
                return null;
            }
        }
        // Each word shaped; the shaped word loses the TJ numbers of its letters (a justified
        // line's letter spacing): what it gained against the layout's measure is the run's growth
        float pool = 0;
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
            StringBuilder letters = new StringBuilder();
            for (int i = start; i < end; i++) {
                letters.appendCodePoint(face.letter(glyphs.get(i)));
            }
            PlacedWord placed = space ? null : PlacedWord.shape(face.layout(), letters.toString());
            if (placed == null || placed.plain(word, face.widths())) {
                for (int i = start; i < end; i++) {
                    pieces.add(new Piece(List.of(glyphs.get(i)), after.get(i), null, space));
                }
            } else {
                changed = true;
                face.used().addAll(placed.glyphs());
                face.madeIn(placed);
                for (int i = start; i < end; i++) {
                    pool += after.get(i) - face.widths()[glyphs.get(i)];
                }
                pool += placed.advance();
                Piece piece = new Piece(placed.glyphs(), 0, letters.toString(), false);
                piece.placed = placed;
                pieces.add(piece);
            }
            start = end;
        }
        return changed ? new ShapedRun(from, to, metrics, size, pieces, true, justified, pool * size / 1000f)
                : new ShapedRun(from, to, metrics, size, pieces, false, justified, 0);
    }

    /**
     * The run's tokens: one TJ per shaped word, marked with its letters, and one for what lies
     * between, so that extraction finds the words where they are.
     */
    List<Object> tokens() {
        List<Object> tokens = new ArrayList<>();
        COSArray plain = new COSArray();
        for (Piece piece : pieces) {
            float number = piece.after - piece.delta * 1000f / size;
            if (piece.text == null) {
                plain.add(glyphString(piece.glyphs));
                if (number != 0f) {
                    plain.add(new COSFloat(number));
                }
                continue;
            }
            if (plain.size() > 0) {
                tokens.addAll(List.of(plain, TJ));
                plain = new COSArray();
            }
            COSDictionary properties = new COSDictionary();
            properties.setItem(ACTUAL_TEXT, new COSString(piece.text));
            tokens.addAll(List.of(SPAN, properties, BDC));
            if (piece.scale != 1) {
                tokens.addAll(List.of(new COSFloat(piece.scale * 100), TZ));
            }
            if (piece.placed != null) {
                tokens.addAll(placedTokens(piece.placed));
            } else {
                COSArray word = new COSArray();
                word.add(glyphString(piece.glyphs));
                tokens.addAll(List.of(word, TJ));
            }
            if (piece.scale != 1) {
                tokens.addAll(List.of(org.apache.pdfbox.cos.COSInteger.get(100), TZ));
            }
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
     * word's advance.
     */
    private List<Object> placedTokens(PlacedWord word) {
        List<Object> tokens = new ArrayList<>();
        COSArray array = new COSArray();
        float pen = 0;
        float rise = 0;
        for (int i = 0; i < word.glyphs().size(); i++) {
            int glyph = word.glyphs().get(i);
            if (word.y()[i] != rise) {
                if (array.size() > 0) {
                    tokens.addAll(List.of(array, TJ));
                    array = new COSArray();
                }
                rise = word.y()[i];
                tokens.addAll(List.of(new COSFloat(rise * size / 1000f), TS));
            }
            if (Math.abs(word.x()[i] - pen) > 0.01f) {
                array.add(new COSFloat(pen - word.x()[i]));
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
            pen = word.x()[i] + metrics.width(glyph);
        }
        if (Math.abs(word.advance() - pen) > 0.01f) {
            array.add(new COSFloat(pen - word.advance()));
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
     * A piece of a run: one glyph of unshaped text with the TJ number after it, or one shaped word
     * with its letters; {@code delta} is what the space gains (points), {@code scale} the
     * horizontal scaling of a word that shaping widened more than its line's spaces could take.
     */
    static final class Piece {
        final List<Integer> glyphs;
        final float after;
        final String text;
        final boolean space;
        float delta;
        float scale = 1;
        /** Where each glyph of a shaped word is drawn, or {@code null} if each stands at its advance. */
        PlacedWord placed;

        Piece(List<Integer> glyphs, float after, String text, boolean space) {
            this.glyphs = glyphs;
            this.after = after;
            this.text = text;
            this.space = space;
        }
    }
}
