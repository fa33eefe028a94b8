package org.imprint.brand;

/**
 * A translation a brand inherits no more: it words {@code labels.<label>} differently from the
 * brand it extends, so that brand's {@code languages.<language>.labels.<label>}, written for the
 * old words, is dropped ({@link ProfileMerge#withoutStaleTranslations}) and an article in that
 * language prints the label in the brand's own (English) words.
 *
 * @param language the language subtag that lost the translation ("ar")
 * @param label    the label's key ("byline_and")
 * @param parent   the brand whose translation is dropped
 * @param reworded where the child brand words the label anew
 */
public record LostTranslation(String language, String label, String parent, ProfileLines.Line reworded) {

    /** The build's warning for an article in {@link #language}, at the line that rewords the label. */
    public org.imprint.Problem warning() {
        String name = com.ibm.icu.util.ULocale.forLanguageTag(language).getDisplayLanguage(com.ibm.icu.util.ULocale.ENGLISH);
        return org.imprint.Problem.warning(reworded.file(), reworded.line(), "labels." + label
                + " words the label anew, so brand \"" + parent + "\"'s " + name + " translation of it is dropped and this "
                + name + " article prints labels." + label + " in the brand's own words; give languages." + language
                + ".labels." + label + " in this brand.yaml to print it in " + name);
    }
}
