package org.imprint.pdf;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;

import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.FSFont;
import org.xhtmlrenderer.render.JustificationInfo;

import com.lowagie.text.pdf.BaseFont;

/**
 * Flying Saucer's output device, which leaves out text drawn wholly outside the page's clip.
 * Flying Saucer paints every box that reaches into a page on that page, clipped to its content
 * area: a list item that begins at a page's foot and goes on to the next page had its marker,
 * which stands beside the item's first line on the next page, painted on the page before too,
 * below its content area. The clip hid it, but the text was in the page's content stream, so text
 * extraction, search and copying found "4." twice, once at the foot of the page before.
 */
final class ClippedTextDevice extends ITextOutputDevice {

    /** How far the current font's glyphs may reach above their baseline and below it, in the device's units. */
    private float above;
    private float below;

    ClippedTextDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    @Override
    public void setFont(FSFont font) {
        super.setFont(font);
        above = 0;
        below = 0;
        if (font instanceof ITextFSFont face) {
            // the face's bounding box: it holds every glyph, marks stacked above a capital too
            BaseFont base = face.getFontDescription().getFont();
            float size = face.getSize2D();
            above = Math.max(base.getFontDescriptor(BaseFont.BBOXURY, size), base.getFontDescriptor(BaseFont.ASCENT, size));
            below = Math.max(-base.getFontDescriptor(BaseFont.BBOXLLY, size), -base.getFontDescriptor(BaseFont.DESCENT, size));
        }
    }

    @Override
    public void drawString(String text, float x, float y, JustificationInfo info) {
        Shape clip = getClip();
        if (clip != null && above > 0) {
            Rectangle2D visible = clip.getBounds2D();
            if (y - above > visible.getMaxY() || y + below < visible.getMinY()) {
                return; // wholly outside the clip: nothing of it would be seen
            }
        }
        super.drawString(text, x, y, info);
    }
}
