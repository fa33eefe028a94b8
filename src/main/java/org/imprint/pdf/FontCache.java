package org.imprint.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;

/**
 * Parsed fonts kept for the next document: parsing a font (its cmap, metrics and GSUB tables)
 * once per batch rather than once per report. fontbox's fonts read their file lazily and are not
 * thread-safe, so each thread keeps its own.
 */
final class FontCache {

    private final ThreadLocal<Map<Path, TrueTypeFont>> parsed = ThreadLocal.withInitial(HashMap::new);

    /** A supplier that loads the font into {@code document}, subset, when the layout first needs it. */
    PDFontSupplier supplier(Path file, PDDocument document) {
        return new PDFontSupplier(null) {
            private PDFont font;

            @Override
            public PDFont supply() {
                if (font == null) {
                    try {
                        font = PDType0Font.load(document, parsed(file), true);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load font " + file, e);
                    }
                }
                return font;
            }
        };
    }

    private TrueTypeFont parsed(Path file) throws IOException {
        Map<Path, TrueTypeFont> fonts = parsed.get();
        TrueTypeFont font = fonts.get(file);
        if (font == null) {
            font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            fonts.put(file, font);
        }
        return font;
    }
}
