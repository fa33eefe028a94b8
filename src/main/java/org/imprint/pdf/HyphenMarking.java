package org.imprint.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.FSFontMetrics;
import com.openhtmltopdf.render.JustificationInfo;

/**
 * openhtmltopdf's text renderer, which marks each run of text that ends in the hyphen it draws
 * at a soft hyphen's line break, so that {@link DrawnHyphens} can give that hyphen the text of a
 * soft hyphen after layout.
 *
 * <p>openhtmltopdf draws such a line's last text as its characters up to the break, soft hyphen
 * included (it is not drawn), followed by a {@code -} ({@code AbstractOutputDevice.drawText}); a
 * hyphen the author wrote has no soft hyphen before it. The mark is a marked-content sequence
 * {@value #MARK} around the run, which {@link DrawnHyphens} takes out again.
 */
final class HyphenMarking implements TextRenderer {

    /** The name of the marked-content sequence around a run ending in a drawn soft hyphen. */
    static final String MARK = "ImprintSoftHyphen";
    private static final String DRAWN_SOFT_HYPHEN = "\u00AD-";

    private final TextRenderer delegate;

    HyphenMarking(TextRenderer delegate) {
        this.delegate = delegate;
    }

    @Override
    public void drawString(OutputDevice device, String string, float x, float y) {
        boolean mark = begin(device, string);
        delegate.drawString(device, string, x, y);
        end(device, mark);
    }

    @Override
    public void drawString(OutputDevice device, String string, float x, float y, JustificationInfo info) {
        boolean mark = begin(device, string);
        delegate.drawString(device, string, x, y, info);
        end(device, mark);
    }

    private static boolean begin(OutputDevice device, String string) {
        if (string.endsWith(DRAWN_SOFT_HYPHEN) && device instanceof PdfBoxFastOutputDevice pdf) {
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

    @Override
    public FSFontMetrics getFSFontMetrics(FontContext context, FSFont font, String string) {
        return delegate.getFSFontMetrics(context, font, string);
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        return delegate.getWidth(context, font, string);
    }
}
