package org.imprint.epub;

import java.util.ArrayList;
import java.util.List;

import org.imprint.brand.BrandAccessibility;

/**
 * What the e-book may claim about its accessibility, decided from the checks that were made: its
 * documents' markup ({@link A11yAudit}) and its brand's colours ({@link BrandAccessibility}). It
 * claims EPUB Accessibility 1.1 at WCAG 2.1 AA only when every check passed; otherwise the
 * accessibility summary says which check did not.
 *
 * @param audit  the documents' markup
 * @param colour the brand's colour pairs
 */
record A11yClaim(A11yAudit audit, BrandAccessibility colour) {

    /** The conformance statement, for {@code dcterms:conformsTo}. */
    static final String WCAG_AA = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

    /** Whether the book may state {@link #WCAG_AA}. */
    boolean wcagAA() {
        return audit.conforms() && colour.contrastPasses();
    }

    /**
     * The label keys of the reasons the book claims no conformance, in the order a reader meets
     * them: colours, images, headings. Empty when it claims conformance.
     */
    List<String> unmet() {
        List<String> reasons = new ArrayList<>();
        if (!colour.contrastChecked()) {
            reasons.add("accessibility_unchecked_contrast");
        } else if (!colour.contrastPasses()) {
            reasons.add("accessibility_unmet_contrast");
        }
        if (!audit.allImagesDescribed()) {
            reasons.add("accessibility_unmet_images");
        }
        if (!audit.headingsInOrder()) {
            reasons.add("accessibility_unmet_headings");
        }
        return reasons;
    }
}
