package org.imprint.verify;

import java.util.List;

/**
 * veraPDF's verdict on one standard.
 *
 * @param standard the flavour validated, e.g. "PDF/A-2U" or "PDF/UA-1"
 * @param claimed  whether the file's XMP claims it
 * @param compliant whether no rule failed
 * @param failures the rules that failed, in rule order
 */
public record Conformance(String standard, boolean claimed, boolean compliant, List<FailedRule> failures) {

    public Conformance {
        failures = List.copyOf(failures);
    }

    /**
     * One rule of a validation profile that the file breaks.
     *
     * @param rule        its clause and test number, e.g. {@code 6.2.11.4.1-1}
     * @param description what the rule asks
     * @param checks      how many objects failed it
     */
    public record FailedRule(String rule, String description, int checks) {
        @Override
        public String toString() {
            return rule + " (" + checks + "×): " + description;
        }
    }
}
