package org.imprint.epub;

import java.util.List;

/**
 * The facts the accessibility metadata claims, gathered from the parts: every image has a text
 * alternative, and each document's headings start at h1 and never skip a level.
 *
 * @param allImagesDescribed every {@code img} has a non-empty {@code alt}
 * @param headingsInOrder    no document skips a heading level
 */
record A11yAudit(boolean allImagesDescribed, boolean headingsInOrder) {

    /** Whether the book may claim EPUB Accessibility 1.1 at WCAG 2.1 AA. */
    boolean conforms() {
        return allImagesDescribed && headingsInOrder;
    }

    static A11yAudit of(List<EpubPart> parts) {
        return new A11yAudit(parts.stream().allMatch(EpubPart::imagesDescribed),
                parts.stream().allMatch(EpubPart::headingsInOrder));
    }
}
