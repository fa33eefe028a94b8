package org.imprint.markdown;

/**
 * One source cited in a citation, as pandoc writes it: {@code see @smith2002, pp. 3–5}.
 *
 * @param key            the key of the source in the bibliography
 * @param prefix         text before it ("see"), or empty
 * @param label          the locator's kind as CSL names it ("page", "chapter", ...), or {@code null}
 * @param locator        the locator ("3–5"), or {@code null}
 * @param suffix         text after the locator, or empty
 * @param suppressAuthor {@code [-@key]}: the author is named in the sentence already
 */
public record CiteItem(String key, String prefix, String label, String locator, String suffix, boolean suppressAuthor) {

    /**
     * The first {@code @key} written in the locator or the suffix ({@code [@a, p. 3 and @b]}),
     * which no stage would check and the style would print as written; empty when there is none.
     */
    public java.util.Optional<String> keyInText() {
        return CitationSyntax.keyInText(this);
    }

    /**
     * This item read again with the locator terms of the article's language too ("tr. 12" in
     * Vietnamese, "ص 50" in Arabic): a suffix that begins with such a term and a number is its
     * locator. Itself when it has a locator already or its suffix begins with no such term.
     *
     * @param terms the CSL label ("page", "chapter") a term stands for, {@code null} for none
     */
    public CiteItem withTerms(java.util.function.Function<String, String> terms) {
        return CitationSyntax.withTerms(this, terms);
    }
}
