package org.imprint.cite;

/** DOIs as CSL wants them; hrefs are encoded by {@link org.imprint.markdown.Hrefs}. */
final class Hrefs {

    private Hrefs() {
    }

    /**
     * A DOI as CSL wants it, without the resolver ("https://doi.org/10.1/x" or "doi:10.1/x" →
     * "10.1/x"): styles print their own "https://doi.org/" or "doi:" before it.
     */
    static String bareDoi(String doi) {
        return doi.strip().replaceFirst("(?i)^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)", "");
    }
}
