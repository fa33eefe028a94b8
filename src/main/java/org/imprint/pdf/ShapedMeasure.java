package org.imprint.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.FontRun;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;

/**
 * openhtmltopdf's text renderer, measuring text in a shaped font ({@link ShapedFaces}) at the
 * width it has once shaped: each word that {@link IndicShaping} will draw shaped counts with its
 * shaped advance, not with its letters' widths. The layout then sets what follows such a word on
 * its line (the next words, a link's area and underline, a note call) where the shaped word ends.
 *
 * <p>openhtmltopdf measures with its renderer's {@code getWidth}, and casts the renderer to its
 * own class before each layout: hence a subclass. Where one string is drawn in several fonts
 * (a Thai word and the Latin letters after it), openhtmltopdf sets each font's piece after the
 * unshaped width of the pieces before it; each string drawn with a letter of a shaped script is
 * marked ({@value #MARK}), so that {@link IndicShaping} can move those pieces by what shaping
 * added before them, and takes the mark out.
 */
final class ShapedMeasure extends PdfBoxTextRenderer {

    /** The marked-content tag around a string drawn with a letter of a shaped script. */
    static final String MARK = "ImprintShapedString";

    private final ShapedFaces faces;
    private BidiReorderer reorderer;

    private ShapedMeasure(ShapedFaces faces) {
        this.faces = faces;
    }

    /** Gives {@code renderer} this measure, before it lays the document out; returns it. */
    static PdfBoxRenderer install(PdfBoxRenderer renderer, ShapedFaces faces) {
        renderer.getSharedContext().setTextRenderer(new ShapedMeasure(faces));
        return renderer;
    }

    @Override
    public void setup(FontContext context, BidiReorderer reorderer) {
        super.setup(context, reorderer);
        this.reorderer = reorderer;
    }

    /**
     * The string without its invisible format characters ({@link InvisibleFormatCharacters}):
     * the bidirectional ones have done their work when the line was split into runs
     * ({@link BidiRuns}) and its pieces ordered ({@link VisualLineOrder}), the joiners when
     * {@link ArabicShaper} chose the letters' forms; a font that has a glyph for one drew it (a
     * bar in پاک‍ستان), and text extraction read it back (a U+2069 after an Arabic quotation's
     * closing mark in an English line). Measured and drawn without them alike.
     */
    static String withoutFormatCharacters(String string) {
        return InvisibleFormatCharacters.undrawn(string);
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        string = withoutFormatCharacters(string);
        int width = super.getWidth(context, font, string);
        if (!(font instanceof PdfBoxFSFont pdfFont) || reorderer == null || !shapes(pdfFont)) {
            return width;
        }
        float growth = 0;
        // the font that draws each piece, as openhtmltopdf chooses it
        for (FontRun run : divideIntoFontRuns(pdfFont, TextRenderer.getEffectivePrintableString(string), reorderer)) {
            ShapedFace face = faces.face(run.description.getFont());
            if (face != null) {
                growth += face.growth(run.string);
            }
        }
        return growth == 0 ? width : Math.max(0, width + Math.round(growth / 1000f * pdfFont.getSize2D()));
    }

    /** Whether one of the font's faces is shaped (without loading a font the layout has not loaded). */
    private boolean shapes(PdfBoxFSFont font) {
        if (faces.isEmpty()) {
            return false;
        }
        for (FontDescription description : font.getFontDescriptions()) {
            if (description.isFontAvailable() && faces.face(description.getFont()) != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void drawString(OutputDevice device, String string, float x, float y) {
        string = withoutFormatCharacters(string);
        boolean mark = begin(device, string);
        super.drawString(device, string, x, y);
        end(device, mark);
    }

    @Override
    public void drawString(OutputDevice device, String string, float x, float y, JustificationInfo info) {
        string = withoutFormatCharacters(string);
        boolean mark = begin(device, string);
        super.drawString(device, string, x, y, info);
        end(device, mark);
    }

    private boolean begin(OutputDevice device, String string) {
        if (!faces.isEmpty() && device instanceof PdfBoxFastOutputDevice pdf
                && string.codePoints().anyMatch(c -> IndicShaping.SCRIPTS.contains(Character.UnicodeScript.of(c)))) {
            pdf.getCurrentPage().beginMarkedContent(COSName.getPDFName(MARK), new COSDictionary());
            return true;
        }
        return false;
    }

    private static void end(OutputDevice device, boolean mark) {
        if (mark) {
            ((PdfBoxFastOutputDevice) device).getCurrentPage().endMarkedContent();
        }
    }
}
