package org.imprint.pdf;

import org.imprint.PdfProfile;

/**
 * How {@link PdfWriter} makes a PDF beyond the layout itself.
 *
 * @param tagged  build a structure tree and claim PDF/UA-1 (screen); otherwise untagged (print)
 * @param bleedMm bleed on each side of the trim, in millimetres: the laid-out pages are this
 *                much larger than the trim on every side; 0 for no print marks and boxes
 */
public record PdfOptions(boolean tagged, double bleedMm) {

    /** The screen PDF: tagged, no bleed. */
    public static final PdfOptions SCREEN = new PdfOptions(true, 0);

    public PdfOptions {
        if (bleedMm < 0) {
            throw new IllegalArgumentException("bleed must not be negative: " + bleedMm);
        }
    }

    /** The options for a profile, with the brand's bleed for print. */
    public static PdfOptions of(PdfProfile profile, double bleedMm) {
        return profile == PdfProfile.PRINT ? new PdfOptions(false, bleedMm) : SCREEN;
    }
}
