package org.imprint.brand;

import java.util.List;

import org.imprint.Problem;

/**
 * What a brand's check found about its colours: every declared text pair and link rule measured
 * against WCAG 2.1 AA. Writers read it before they claim conformance: a brand that declares no
 * pairs has not been checked, and one with a pair below AA cannot claim it.
 *
 * @param contrast         each pair measured, in the order declared
 * @param contrastIsError  whether a pair below AA stops the build ({@code accessibility.contrast: error})
 * @param linksUnderlined  whether the stylesheets underline links ({@code accessibility.links.underline})
 */
public record BrandAccessibility(List<ContrastResult> contrast, boolean contrastIsError, boolean linksUnderlined) {

    /** A brand that declares no colour pairs: nothing checked, nothing to claim. */
    public static final BrandAccessibility UNCHECKED = new BrandAccessibility(List.of(), false, false);

    public BrandAccessibility {
        contrast = List.copyOf(contrast);
    }

    /** Whether the brand declares its colour pairs, and so was checked at all. */
    public boolean contrastChecked() {
        return !contrast.isEmpty();
    }

    /** Whether every declared pair meets WCAG 2.1 AA (false when none is declared). */
    public boolean contrastPasses() {
        return contrastChecked() && contrast.stream().allMatch(ContrastResult::passes);
    }

    /** The pairs below AA. */
    public List<ContrastResult> failures() {
        return contrast.stream().filter(r -> !r.passes()).toList();
    }

    /** One warning per pair below AA, at the line that declares it. */
    public List<Problem> warnings() {
        return failures().stream().map(r -> Problem.warning(r.line().file(), r.line().line(), r.message()
                + " (until then the e-book claims no WCAG conformance)")).toList();
    }
}
