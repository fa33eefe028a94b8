package org.imprint.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs a PDF draws, with where and in what they are drawn, for tests that look at placement
 * rather than at the extracted text.
 *
 * <p>Glyphs come in the order the pages draw them, every one of them: the text stripper's own
 * sorting, de-duplication and word grouping are left out, so a test sees what a reader's eye would.
 */
public final class PdfGlyphs {

    /**
     * One drawn glyph.
     *
     * @param page     1-based page number
     * @param text     the glyph's Unicode text, empty when the font maps it to none
     * @param x        left edge, from the page's left, in points
     * @param y        baseline, from the page's top, in points
     * @param width    advance width in points
     * @param height   the glyph's height as PDFBox estimates it, in points
     * @param fontSize the size it is set at: the text matrix's horizontal scale, in points
     * @param fontName the font's PostScript name as the PDF gives it (subset tag included), or empty
     * @param emBox    the face's ascent less its descent, in ems, or NaN when the font has no descriptor
     */
    public record Glyph(int page, String text, float x, float y, float width, float height, float fontSize,
            String fontName, float emBox) {

        /** The right edge, in points. */
        public float right() {
            return x + width;
        }

        /** Whether the glyph draws nothing a reader would see: a space (a no-break one too) or an unmapped glyph. */
        public boolean blank() {
            return text.replace('\u00A0', ' ').replace('\u202F', ' ').isBlank();
        }

        /** The font's name without the six-letter subset tag. */
        public String baseFont() {
            return fontName.replaceFirst("^[A-Z]{6}\\+", "");
        }
    }

    private PdfGlyphs() {
    }

    /** Every glyph of the PDF at {@code pdf}, in drawing order. */
    public static List<Glyph> read(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return read(document);
        }
    }

    /** Every glyph of {@code document}, in drawing order; the document stays open. */
    public static List<Glyph> read(PDDocument document) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                PDFont font = t.getFont();
                String name = font == null || font.getName() == null ? "" : font.getName();
                PDFontDescriptor descriptor = font == null ? null : font.getFontDescriptor();
                float emBox = descriptor == null ? Float.NaN : (descriptor.getAscent() - descriptor.getDescent()) / 1000f;
                glyphs.add(new Glyph(getCurrentPageNo(), t.getUnicode() == null ? "" : t.getUnicode(), t.getXDirAdj(),
                        t.getYDirAdj(), t.getWidthDirAdj(), t.getHeightDir(), t.getTextMatrix().getScalingFactorX(), name,
                        emBox));
            }
        };
        stripper.getText(document);
        return glyphs;
    }

    /** The glyph where {@code text} first begins in the text the glyphs draw, in drawing order. */
    public static Optional<Glyph> find(List<Glyph> glyphs, String text) {
        StringBuilder drawn = new StringBuilder();
        List<Glyph> owner = new ArrayList<>();
        for (Glyph g : glyphs) {
            for (int i = 0; i < g.text().length(); i++) {
                owner.add(g);
            }
            drawn.append(g.text());
        }
        int at = drawn.indexOf(text);
        return at < 0 ? Optional.empty() : Optional.of(owner.get(at));
    }

    /**
     * The glyphs on the line of {@code at}: same page, baseline within {@code tolerance} points,
     * left to right (glyphs at the same x stay in drawing order).
     */
    public static List<Glyph> lineOf(List<Glyph> glyphs, Glyph at, float tolerance) {
        List<Glyph> line = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (g.page() == at.page() && Math.abs(g.y() - at.y()) < tolerance) {
                line.add(g);
            }
        }
        line.sort(Comparator.comparingDouble(Glyph::x));
        return line;
    }

    /** The texts of {@code glyphs} joined in their order. */
    public static String text(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.text()));
        return text.toString();
    }
}
