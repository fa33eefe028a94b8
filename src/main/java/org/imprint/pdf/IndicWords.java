package org.imprint.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Shapes one Devanagari or Bengali word by the font's GSUB table through PDFBox's shaping, with
 * the fixes PDFBox needs: joiners, a final virama, a reph before ि, and the Bengali reph.
 */
final class IndicWords {

    /**
     * A word shaped as HarfBuzz does around ZWNJ and a final virama, which PDFBox's shaping does
     * not know: a ZWNJ (क्‌ष) parts the word in two, shaped apart, and a virama that ends a part
     * stays a visible sign after its consonant (क्), where PDFBox makes a half form. A ZWJ (क्‍ष)
     * stays in the word: PDFBox makes the half form it asks for. The joiners themselves are not
     * drawn (the word's ActualText keeps them): Noto's faces give them a visible glyph.
     */
    static List<Integer> shape(ShapedFace face, List<Integer> word) {
        int zwnj = face.cmap().getGlyphId(0x200C);
        int zwj = face.cmap().getGlyphId(0x200D);
        List<Integer> shaped = new ArrayList<>();
        int start = 0;
        for (int k = 0; k <= word.size(); k++) {
            if (k == word.size() || (zwnj > 0 && word.get(k) == zwnj)) {
                List<Integer> part = word.subList(start, k);
                if (part.size() > 1 && VIRAMAS.contains(face.letter(part.get(part.size() - 1)))) {
                    shaped.addAll(shapeWord(face, part.subList(0, part.size() - 1)));
                    shaped.add(part.get(part.size() - 1));
                } else {
                    shaped.addAll(shapeWord(face, part));
                }
                start = k + 1;
            }
        }
        shaped.removeIf(glyph -> glyph == zwj && zwj > 0);
        return shaped;
    }

    /** Devanagari's and Bengali's virama (halant). */
    private static final Set<Integer> VIRAMAS = Set.of(0x094D, 0x09CD);

    /**
     * A word shaped by PDFBox, but for one case it gets wrong: a reph before a consonant with the
     * vowel sign ि (र्थि in आर्थिक), which comes out with the reph unformed after the ि. Such a
     * syllable is shaped without its ि, which is put before it, as shaping would.
     */
    private static List<Integer> shapeWord(ShapedFace face, List<Integer> word) {
        int ra = face.cmap().getGlyphId(0x0930);
        int virama = face.cmap().getGlyphId(0x094D);
        int i = face.cmap().getGlyphId(0x093F);
        for (int k = 0; ra > 0 && k + 3 < word.size(); k++) {
            int consonant = face.letter(word.get(k + 2));
            if (word.get(k) == ra && word.get(k + 1) == virama && word.get(k + 3) == i
                    && (consonant >= 0x0915 && consonant <= 0x0939 || consonant >= 0x0958 && consonant <= 0x095F)) {
                List<Integer> shaped = new ArrayList<>(shapeWord(face, word.subList(0, k)));
                shaped.add(i);
                shaped.addAll(face.worker().applyTransforms(word.subList(k, k + 3)));
                shaped.addAll(shapeWord(face, word.subList(k + 4, word.size())));
                return shaped;
            }
        }
        return word.isEmpty() ? word : bengaliReph(face, face.worker().applyTransforms(word));
    }

    /**
     * PDFBox leaves a Bengali reph where র্ was typed, before its consonant (and before a
     * pre-base vowel sign it moved there); the font draws it over the glyph before it, so it goes
     * after the consonant, as shaping would.
     */
    private static List<Integer> bengaliReph(ShapedFace face, List<Integer> glyphs) {
        int ra = face.cmap().getGlyphId(0x09B0);
        int virama = face.cmap().getGlyphId(0x09CD);
        if (ra <= 0 || virama <= 0 || !face.madeGlyphs().containsValue("\u09B0\u09CD")) {
            return glyphs;
        }
        List<Integer> out = new ArrayList<>(glyphs);
        for (int k = 0; k < out.size() - 1; k++) {
            if (!"\u09B0\u09CD".equals(face.madeGlyphs().get(out.get(k)))) {
                continue;
            }
            int to = k + 1;
            while (to < out.size() && preBase(face, out.get(to))) {
                to++;
            }
            if (to < out.size()) {
                out.add(to, out.remove(k));
                k = to;
            }
        }
        return out;
    }

    /** Whether the glyph is a Bengali vowel sign drawn before its consonant (ি ে ৈ, or a form of one). */
    private static boolean preBase(ShapedFace face, int glyph) {
        int letter = face.letter(glyph);
        String made = face.madeGlyphs().get(glyph);
        int cp = letter >= 0 ? letter : made != null && made.codePointCount(0, made.length()) == 1 ? made.codePointAt(0) : -1;
        return cp == 0x09BF || cp == 0x09C7 || cp == 0x09C8;
    }

    private IndicWords() {
    }
}
