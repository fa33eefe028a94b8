package org.imprint.pdf;

import com.openhtmltopdf.extend.TextRenderer;

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
final class HyphenMarking extends MarkingTextRenderer {

    /** The name of the marked-content sequence around a run ending in a drawn soft hyphen. */
    static final String MARK = "ImprintSoftHyphen";
    private static final String DRAWN_SOFT_HYPHEN = "\u00AD-";

    HyphenMarking(TextRenderer delegate) {
        super(delegate);
    }

    @Override
    String markOf(String string) {
        return string.endsWith(DRAWN_SOFT_HYPHEN) ? MARK : null;
    }
}
