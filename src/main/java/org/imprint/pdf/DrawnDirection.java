package org.imprint.pdf;

import com.openhtmltopdf.bidi.BidiReorderer;

/**
 * openhtmltopdf's reorderer ({@link ArabicShaper}), which tells whether a string the text
 * renderer is given to draw is a right-to-left run it has just put in drawing order.
 * openhtmltopdf reorders each right-to-left piece of a line right before it hands it to the text
 * renderer, which is not told the piece's direction, and the letters of the piece do not always
 * tell: a number set in a font of its own ("۲۰۲۴–۲۰۲۶" in a Hebrew line, in the Arabic face) is a
 * piece without letters, drawn "۲۰۲۶–۲۰۲۴" as a browser draws it ({@link ReorderedNumbers}).
 */
final class DrawnDirection implements BidiReorderer {

    private final BidiReorderer delegate;
    /** The last string put in drawing order: the one the text renderer is given next. */
    private String reordered;
    /** Its logical text. */
    private String logical;

    DrawnDirection(BidiReorderer delegate) {
        this.delegate = delegate;
    }

    /**
     * The logical text of {@code drawn} if it is the right-to-left run this reorderer last put in
     * drawing order, else null.
     */
    String logicalOf(String drawn) {
        return drawn != null && drawn == reordered ? logical : null;
    }

    @Override
    public String reorderRTLTextToLTR(String text) {
        logical = text;
        reordered = delegate.reorderRTLTextToLTR(text);
        return reordered;
    }

    @Override
    public String shapeText(String text) {
        return delegate.shapeText(text);
    }

    @Override
    public String deshapeText(String text) {
        return delegate.deshapeText(text);
    }

    @Override
    public boolean isLiveImplementation() {
        return delegate.isLiveImplementation();
    }
}
