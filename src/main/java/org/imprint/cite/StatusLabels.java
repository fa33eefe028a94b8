package org.imprint.cite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;

/**
 * BibLaTeX's publication states that CSL has no term for ("submitted", "in preparation",
 * "prepublished"), in the brand's words for the article's language. A status is a variable,
 * printed as written, and {@link DateWords} words those states in English: a German article
 * printed "(Novak, submitted)". CSL's locales word only "in press" and "forthcoming"
 * ({@link StatusTerms}); no other locale term means these states ("preprint" is a kind of work,
 * not a state of one), so the words are the brand's labels {@code status_submitted},
 * {@code status_in_preparation} and {@code status_prepublished}, per language in
 * {@code brand.yaml}; a brand without such a label leaves the status as written.
 */
final class StatusLabels {

    /** A word with a capital letter in it. */
    private static final Pattern CAPITALISED = Pattern.compile("\\S*\\p{Lu}\\S*");

    private StatusLabels() {
    }

    /**
     * The sources, each whose status is one of those states (in any case, or as BibLaTeX's key,
     * "inpreparation") worded by {@code label}, which gives a label's words for its key, or the
     * key itself where the brand has no such label.
     */
    static Map<String, CSLItemData> labelled(Map<String, CSLItemData> sources, UnaryOperator<String> label) {
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        sources.forEach((id, item) -> {
            String words = words(item.getStatus(), label);
            // a word the brand writes with a capital keeps it (German "in Vorbereitung", though APA
            // lowercases the status); the others take the style's case ("Eingereicht" in IEEE)
            out.put(id, words == null ? item : new CSLItemDataBuilder(item)
                    .status(RichText.fromCsl(CAPITALISED.matcher(words).replaceAll("<span class=\"nocase\">$0</span>"))).build());
        });
        return out;
    }

    /** The brand's words for a status without a CSL term; null for another status, or none. */
    private static String words(String status, UnaryOperator<String> label) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String state = DateWords.known(status);
        if (!DateWords.withoutTerm(state)) {
            return null;
        }
        String key = "status_" + state.replace(' ', '_');
        String words = label.apply(key);
        return words == null || words.isBlank() || words.equals(key) ? null : words;
    }
}
