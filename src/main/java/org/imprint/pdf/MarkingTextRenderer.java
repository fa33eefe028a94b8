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
 * openhtmltopdf's text renderer, drawing and measuring as it does, which wraps some runs in a
 * marked-content sequence so that a repair after layout can find them in the page's content
 * ({@link HyphenMarking}, {@link ListMarkerText}): the layout knows what a run is, the drawn page
 * no longer does.
 */
abstract class MarkingTextRenderer implements TextRenderer {

    private final TextRenderer delegate;

    MarkingTextRenderer(TextRenderer delegate) {
        this.delegate = delegate;
    }

    /** The tag of the marked-content sequence to draw {@code string} in, or null to draw it unmarked. */
    abstract String markOf(String string);

    @Override
    public void drawString(OutputDevice device, String string, float x, float y) {
        marked(device, string, () -> delegate.drawString(device, string, x, y));
    }

    @Override
    public void drawString(OutputDevice device, String string, float x, float y, JustificationInfo info) {
        marked(device, string, () -> delegate.drawString(device, string, x, y, info));
    }

    private void marked(OutputDevice device, String string, Runnable draw) {
        String tag = markOf(string);
        if (tag != null && device instanceof PdfBoxFastOutputDevice pdf) {
            pdf.getCurrentPage().beginMarkedContent(COSName.getPDFName(tag), new COSDictionary());
            draw.run();
            pdf.getCurrentPage().endMarkedContent();
        } else {
            draw.run();
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
