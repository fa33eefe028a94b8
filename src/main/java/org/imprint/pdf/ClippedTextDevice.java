package org.imprint.pdf;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;

import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.JustificationInfo;

/**
 * Flying Saucer's output device, which leaves out text whose baseline is outside the page's clip.
 * Flying Saucer paints every box that reaches into a page on that page, clipped to its content
 * area: a list item that begins at a page's foot and goes on to the next page had its marker,
 * which stands beside the item's first line on the next page, painted on the page before too,
 * below its content area. The clip hid it, but the text was in the page's content stream, so text
 * extraction, search and copying found "4." twice, once at the foot of the page before.
 * <p>
 * A line is never split between pages: Flying Saucer moves a line that would cross a page's foot
 * to the next page whole. So a line belongs to the one page whose content area holds its baseline,
 * and text whose baseline is outside the clip is written on its own page, not this one. The font's
 * box is no test: a heading moved to the next page has glyphs (and a font box) reaching above its
 * line box, into the foot of the page before, where Flying Saucer paints it again under the clip.
 */
final class ClippedTextDevice extends ITextOutputDevice {

    ClippedTextDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    @Override
    public void drawString(String text, float x, float y, JustificationInfo info) {
        Shape clip = getClip();
        if (clip != null) {
            Rectangle2D visible = clip.getBounds2D();
            if (y > visible.getMaxY() || y < visible.getMinY()) {
                return; // another page's line: written there
            }
        }
        super.drawString(text, x, y, info);
    }
}
