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
 *
 * <p>Emphasis in a prefix or suffix ({@code [see *Hamlet*, @key]}) is carried as marks around
 * its words, {@link #ITALIC} … {@link #ITALIC_END} and {@link #BOLD} … {@link #BOLD_END}, which
 * the citation processor passes through untouched and the citation stage turns back into
 * elements (they are the marks of its rich text).
 */
public record CiteItem(String key, String prefix, String label, String locator, String suffix, boolean suppressAuthor) {

    /** Where an affix's italics begin: a private-use character. */
    public static final char ITALIC = '\uE000';
    /** Where an affix's italics end. */
    public static final char ITALIC_END = '\uE001';
    /** Where an affix's bold begins. */
    public static final char BOLD = '\uE002';
    /** Where an affix's bold ends. */
    public static final char BOLD_END = '\uE003';

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
