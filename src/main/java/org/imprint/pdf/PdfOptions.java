package org.imprint.pdf;

import org.imprint.PdfProfile;
import org.imprint.brand.HyphenationSettings;

/**
 * How {@link PdfWriter} makes a PDF beyond the layout itself.
 *
 * @param tagged  build a structure tree and claim PDF/UA-1 (screen); otherwise untagged (print)
 * @param bleedMm bleed on each side of the trim, in millimetres: the laid-out pages are this
 *                much larger than the trim on every side; 0 for no print marks and boxes
 * @param hyphenation where words may be hyphenated (soft hyphens are inserted before layout)
 * @param noteLabel   the word a page-foot note's call is described with in the tagged PDF,
 *                    before the note's number ("Note 3")
 * @param scriptFamilies the brand's faces for other scripts ({@code fonts.scripts}), which the
 *                    engine sets only the text that needs them in
 */
public record PdfOptions(boolean tagged, double bleedMm, HyphenationSettings hyphenation, String noteLabel,
                         java.util.Set<String> scriptFamilies) {

    /** The screen PDF: tagged, no bleed, hyphenated with the default limits. */
    public static final PdfOptions SCREEN = new PdfOptions(true, 0, HyphenationSettings.DEFAULT, "Note", java.util.Set.of());

    public PdfOptions {
        // sorted: the options are part of the document's ID, and Set.copyOf's order changes per JVM
        scriptFamilies = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(scriptFamilies));
        if (bleedMm < 0) {
            throw new IllegalArgumentException("bleed must not be negative: " + bleedMm);
        }
    }

    /** The options for a profile, with the brand's bleed for print. */
    public static PdfOptions of(PdfProfile profile, double bleedMm) {
        return profile == PdfProfile.PRINT ? new PdfOptions(false, bleedMm, HyphenationSettings.DEFAULT, SCREEN.noteLabel, java.util.Set.of()) : SCREEN;
    }

    /** These options with a brand's hyphenation. */
    public PdfOptions withHyphenation(HyphenationSettings settings) {
        return new PdfOptions(tagged, bleedMm, settings, noteLabel, scriptFamilies);
    }

    /** These options with the brand's word for a note ({@code labels.note}). */
    public PdfOptions withNoteLabel(String label) {
        return new PdfOptions(tagged, bleedMm, hyphenation, label, scriptFamilies);
    }

    /** These options with the brand's faces for other scripts. */
    public PdfOptions withScriptFamilies(java.util.Collection<String> families) {
        return new PdfOptions(tagged, bleedMm, hyphenation, noteLabel, new java.util.TreeSet<>(families));
    }
}
