package org.imprint.fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.imprint.ReportException;
import org.imprint.brand.Brand;
import org.imprint.brand.FontFace;

/**
 * The brands' font files, each read and parsed once per service, and the one answer to "which
 * family of this stack shows this character": the PDF engines' fallback and the EPUB's subsetter
 * both ask here, so they cannot disagree. Safe to share between threads; share one per batch.
 *
 * <p>Fonts handed to PDFBox have GSUB switched off. PDFBox 3.0.8 applies GSUB by compiling
 * regular expressions for every word it draws (most of a build's time), and openhtmltopdf
 * measures text without GSUB, so a ligature drawn narrower than it was measured leaves justified
 * lines short. Without GSUB, Latin text has no fi/fl ligatures; measured and drawn widths agree.
 */
public final class FontService {

    /** The sfnt version of an OpenType font with CFF outlines. */
    private static final byte[] OTTO = {'O', 'T', 'T', 'O'};

    private final Map<Path, byte[]> files = new ConcurrentHashMap<>();
    private final Map<Path, TrueTypeFont> shared = new ConcurrentHashMap<>();
    private final Map<Path, BitSet> coverage = new ConcurrentHashMap<>();
    /** fontbox's fonts read their data lazily and are not thread-safe: each thread that embeds keeps its own. */
    private final ThreadLocal<Map<Path, TrueTypeFont>> perThread = ThreadLocal.withInitial(HashMap::new);

    /**
     * Reads and parses every face of a brand, so that a broken or missing font file is reported
     * when the brand is first used, naming the brand and the file, not in the middle of a writer.
     */
    public void check(Brand brand) throws ReportException {
        for (int i = 0; i < brand.fonts().size(); i++) {
            FontFace face = brand.fonts().get(i);
            try {
                shared(face.file());
            } catch (IOException | RuntimeException e) {
                throw brand.lines().error("fonts.faces[" + (i + 1) + "].file", "font " + face.file().getFileName()
                        + " (" + face.family() + ") of brand " + brand.name() + " cannot be read: " + e.getMessage()
                        + "; check that the file in fonts/ is a complete TrueType or OpenType font");
            }
        }
    }

    /** The file's bytes, read once. */
    public byte[] bytes(Path file) throws IOException {
        byte[] data = files.get(file);
        if (data == null) {
            data = Files.readAllBytes(file);
            files.putIfAbsent(file, data);
        }
        return data;
    }

    /** Whether the font holds CFF outlines, which only some engines embed. */
    public boolean isCff(Path file) throws IOException {
        return Arrays.equals(Arrays.copyOf(bytes(file), 4), OTTO);
    }

    /**
     * This thread's parsed copy of a font, GSUB off, for embedding with PDFBox. Parsed once per
     * thread and kept for the next document.
     */
    public TrueTypeFont forEmbedding(Path file) throws IOException {
        Map<Path, TrueTypeFont> fonts = perThread.get();
        TrueTypeFont font = fonts.get(file);
        if (font == null) {
            font = parse(file);
            font.setEnableGsub(false);
            fonts.put(file, font);
        }
        return font;
    }

    /**
     * The shared parsed copy of a font, for reading tables and subsetting. Callers synchronise on
     * it: fontbox reads tables lazily.
     */
    public TrueTypeFont shared(Path file) throws IOException {
        TrueTypeFont font = shared.get(file);
        if (font == null) {
            font = parse(file);
            TrueTypeFont raced = shared.putIfAbsent(file, font);
            font = raced != null ? raced : font;
        }
        return font;
    }

    /** Whether the font has a glyph for the code point. */
    public boolean covers(Path file, int codePoint) throws IOException {
        BitSet set = coverage.get(file);
        if (set == null) {
            set = codePoints(file);
            coverage.putIfAbsent(file, set);
        }
        return set.get(codePoint);
    }

    /**
     * The first family of a stack whose face shows the code point, as a reading system or the PDF
     * engine's fallback picks it; {@code null} when none does.
     *
     * @param faces the brand's faces, for the files behind the family names
     */
    public String familyFor(int codePoint, List<String> stack, List<FontFace> faces) throws IOException {
        for (String family : stack) {
            for (FontFace face : faces) {
                if (face.family().equals(family)) {
                    if (covers(face.file(), codePoint)) {
                        return family;
                    }
                    break;
                }
            }
        }
        return null;
    }

    private BitSet codePoints(Path file) throws IOException {
        TrueTypeFont font = shared(file);
        BitSet set = new BitSet();
        synchronized (font) {
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap != null) {
                for (int gid = 1; gid < font.getNumberOfGlyphs(); gid++) {
                    List<Integer> codes = cmap.getCharCodes(gid);
                    if (codes != null) {
                        codes.forEach(set::set);
                    }
                }
            }
        }
        return set;
    }

    private TrueTypeFont parse(Path file) throws IOException {
        RandomAccessReadBuffer data = new RandomAccessReadBuffer(bytes(file));
        return isCff(file) ? new OTFParser().parse(data) : new TTFParser().parse(data);
    }
}
