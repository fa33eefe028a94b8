package org.imprint.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.imprint.fonts.FontService;

/**
 * The fonts of one document whose text is shaped (those with Devanagari, Bengali or Thai
 * letters), as the layout loads them: the layout measures their words shaped
 * ({@link ShapedMeasure}) and {@link IndicShaping} draws them so, with one {@link ShapedFace}
 * per font.
 */
final class ShapedFaces {

    /** A letter of each script in {@link IndicShaping#SCRIPTS}: a font that has one is shaped. */
    private static final int[] SAMPLES = {0x0915, 0x0995, 0x0E01};

    private final FontService fonts;
    /**
     * In the order the layout loaded them, which is the document's order: nothing may depend on
     * identity hashes, or two builds of one report would differ.
     */
    private final Map<PDFont, ShapedFace> faces = new LinkedHashMap<>();

    ShapedFaces(FontService fonts) {
        this.fonts = fonts;
    }

    /** Takes note of a font the layout loaded from {@code file}: shaped if it has a letter of a shaped script. */
    void loaded(PDType0Font font, Path file) throws IOException {
        TrueTypeFont shared = fonts.shared(file);
        synchronized (shared) {
            var cmap = shared.getUnicodeCmapLookup();
            if (java.util.Arrays.stream(SAMPLES).anyMatch(c -> cmap.getGlyphId(c) > 0)) {
                faces.put(font, ShapedFace.of(font, shared, file));
            }
        }
    }

    /** The face of {@code font}, or {@code null} if its text is not shaped. */
    ShapedFace face(PDFont font) {
        return faces.get(font);
    }

    boolean isEmpty() {
        return faces.isEmpty();
    }

    /** Every shaped face, in the order the layout loaded them. */
    Collection<ShapedFace> all() {
        return faces.values();
    }
}
