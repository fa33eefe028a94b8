package org.imprint.cite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;

/**
 * A title written wholly in capitals keeps them under a style's title case, as citeproc-js keeps
 * them: its title case only capitalises words in lower case and lowers nothing. citeproc-java
 * 3.5 lowers a title all in capitals first (as CSL 1.0.2 reads "uppercase strings"), so every
 * style that title-cases container-title printed "Jama", "Plos One" and "Epa" for "JAMA",
 * "PLOS ONE" and "EPA" (found by h15y). Such a field is protected from case changes as a
 * {@code <span class="nocase">} ({@link RichText}) is; the title fields only, since styles set
 * others (genre, medium) in lower case, as citeproc-js does with capitals too.
 */
final class CapitalTitles {

    /** The fields the bundled styles title-case that hold titles or a publisher's name. */
    private static final Set<String> TITLES = Set.of("title", "title-short", "container-title", "container-title-short",
            "collection-title", "volume-title", "part-title", "reviewed-title", "original-title", "event", "event-title",
            "publisher");

    private CapitalTitles() {
    }

    /** The source with each title that has capitals and no small letters protected from case changes. */
    @SuppressWarnings("unchecked")
    static CSLItemData keep(CSLItemData item) {
        Map<String, Object> json = (Map<String, Object>) item.toJson(new MapJsonBuilderFactory().createJsonBuilder());
        Map<String, Object> kept = new LinkedHashMap<>(json);
        boolean changed = false;
        for (Map.Entry<String, Object> field : json.entrySet()) {
            if (TITLES.contains(field.getKey()) && field.getValue() instanceof String s && allCapitals(s)) {
                kept.put(field.getKey(), protect(s));
                changed = true;
            }
        }
        return changed ? CSLItemData.fromJson(kept) : item;
    }

    /** Marked text with a capital letter and no small one, and no protected part already. */
    private static boolean allCapitals(String marked) {
        if (marked.indexOf(RichText.NOCASE) >= 0) {
            return false;
        }
        boolean capital = false;
        for (int i = 0; i < marked.length(); ) {
            int c = marked.codePointAt(i);
            if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            capital |= Character.isUpperCase(c);
            i += Character.charCount(c);
        }
        return capital;
    }

    /** The text protected as {@link RichText.Builder#endProtect()} protects it: the case of each character after it. */
    private static String protect(String marked) {
        StringBuilder out = new StringBuilder(marked.length() * 2 + 2).append(RichText.NOCASE).append(marked)
                .append(RichText.NOCASE_END);
        for (int i = 0; i < marked.length(); i++) {
            out.append(Character.isUpperCase(marked.charAt(i)) ? RichText.UPPER : RichText.LOWER);
        }
        return out.toString();
    }
}
