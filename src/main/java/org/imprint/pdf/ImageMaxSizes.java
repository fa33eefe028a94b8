package org.imprint.pdf;

import org.xhtmlrenderer.css.constants.CSSName;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextImageElement;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;
import org.xhtmlrenderer.render.BlockBox;

/**
 * Flying Saucer's images, held to the stylesheet's {@code max-height} and {@code max-width}.
 * Flying Saucer 9.13 applies neither to a replaced element (it scales an image by its
 * {@code width} and {@code height} only), so a portrait image outside a figure, which the layouts
 * hold to {@code img.portrait { max-height: … }}, was set at its full size with
 * {@code --engine openpdf}: a tall image in a sentence, a table cell, a list item or a note
 * filled a page, and a table's header row was left alone on the page before it. openhtmltopdf
 * honours both. Here an image larger than either limit is scaled down as a whole (its width and
 * height by one factor, so it keeps its shape); the limits stay in the layouts' stylesheets.
 *
 * <p>Only limits in absolute units and ems are read: a percentage {@code max-height} refers to a
 * containing block's height, which is auto for every image in a report, and a percentage
 * {@code max-width} is left to {@code -fs-fit-images-to-width}, which the layouts set.
 */
final class ImageMaxSizes extends ITextReplacedElementFactory {

    ImageMaxSizes(ITextOutputDevice device) {
        super(device);
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac,
                                                           int cssWidth, int cssHeight) {
        ReplacedElement element = super.createReplacedElement(c, box, uac, cssWidth, cssHeight);
        if (!(element instanceof ITextImageElement image) || box.getStyle() == null) {
            return element;
        }
        CalculatedStyle style = box.getStyle();
        double factor = 1;
        int height = image.getIntrinsicHeight();
        int width = image.getIntrinsicWidth();
        if (!style.isMaxHeightNone() && style.hasAbsoluteUnit(CSSName.MAX_HEIGHT)) {
            int max = style.getMaxHeight(c, 0);
            if (max > 0 && height > max) {
                factor = Math.min(factor, (double) max / height);
            }
        }
        if (!style.isMaxWidthNone() && style.hasAbsoluteUnit(CSSName.MAX_WIDTH)) {
            int max = style.getMaxWidth(c, 0);
            if (max > 0 && width > max) {
                factor = Math.min(factor, (double) max / width);
            }
        }
        if (factor == 1) {
            return element;
        }
        return new ITextImageElement(image.getImage().scale(
                Math.max(1, (int) Math.floor(width * factor)), Math.max(1, (int) Math.floor(height * factor))));
    }
}
