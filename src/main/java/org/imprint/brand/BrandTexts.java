package org.imprint.brand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a brand profile that its layouts print in an article's PDF: the organisation's
 * texts (name, address, blurb, tagline...) and the labels in effect for the article's language
 * (those of {@code languages.<language>.labels} over {@code labels}), each with where it is set.
 * Their characters are checked against the brand's fonts as the article's are: a label or an
 * address in a script no font has would print as #, and the article's check does not see it.
 */
public final class BrandTexts {

    /** Labels only the e-book's package metadata says, never printed in the PDF. */
    private static final String EBOOK_ONLY = "accessibility_";

    private BrandTexts() {
    }

    /**
     * One text of the profile.
     *
     * @param path  its key in the profile ({@code labels.welcome}, {@code languages.ur.labels.welcome})
     * @param text  the text
     * @param where the file and line that set it
     */
    public record Text(String path, String text, ProfileLines.Line where) {
    }

    /** The brand's printed texts for an article in {@code language}, in profile order. */
    public static List<Text> of(Brand brand, String language) {
        List<Text> texts = new ArrayList<>();
        if (brand.profile().get("organisation") instanceof Map<?, ?> organisation) {
            organisation.forEach((key, value) -> add(texts, brand, "organisation." + key, value));
        }
        String primary = language.split("[-_]")[0].toLowerCase(Locale.ROOT);
        Map<?, ?> own = brand.profile().get("languages") instanceof Map<?, ?> languages
                && languages.get(primary) instanceof Map<?, ?> given && given.get("labels") instanceof Map<?, ?> labels
                ? labels : Map.of();
        if (brand.profile().get("labels") instanceof Map<?, ?> labels) {
            labels.forEach((key, value) -> {
                if (!String.valueOf(key).startsWith(EBOOK_ONLY) && !own.containsKey(key)) {
                    add(texts, brand, "labels." + key, value);
                }
            });
        }
        own.forEach((key, value) -> add(texts, brand, "languages." + primary + ".labels." + key, value));
        return texts;
    }

    private static void add(List<Text> texts, Brand brand, String path, Object value) {
        if (value instanceof String text) {
            texts.add(new Text(path, text, brand.lines().at(path)));
        }
    }
}
