package org.imprint.cite;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The self-check of a citation linked part by part ({@link CitationParts}, {@link CitationSpans}):
 * a part may link to a source only when its text names that source's first author as a whole word
 * ("Cho" is not in "Choi"), or when it names no cited author and is a year-only part (or a status,
 * "in press-a", or "n.d.-b") after a part of that same author ("Smith, 2020a, 2020b") or of a
 * source cited without its author; a source
 * without an author (cited by its title) may take a part that names no cited author. A citation
 * that fails is linked as one whole, to the source printed first: a wrong link is worse than a
 * coarse one.
 */
final class LinkedPartsCheck {

    private LinkedPartsCheck() {
    }

    /**
     * Whether every citation link in {@code linkedHtml} is borne out by its text.
     *
     * @param linkedHtml  the citation with its parts linked ({@code <a class="citation" href="#id">})
     * @param surnameById each cited source's id with its first author's family name, as printed (none for a source without an author)
     * @param suppressed  the ids of the sources cited without their author ("-@key")
     * @param affixes     the citation's prefixes and suffixes: a name in them is no evidence either way
     * @param delimiter   the style's delimiter between the sources of a citation
     */
    static boolean trusted(String linkedHtml, Map<String, String> surnameById, Set<String> suppressed, Affixes affixes,
                           String delimiter) {
        String lastNamed = null;
        for (Element link : Jsoup.parseBodyFragment(linkedHtml).select("a.citation[href^=#]")) {
            String id = link.attr("href").substring(1);
            String surname = surnameById.get(id);
            String text = affixes.mask(link.text(), delimiter);
            if (surname == null) {
                // a source without an author (cited by its title, which the style may shorten): its
                // part must at least name no cited author
                if (namesAny(text, surnameById.values())) {
                    return false;
                }
            } else if (names(text, surname)) {
                lastNamed = surname;
            } else if (namesAny(text, surnameById.values()) || !(suppressed.contains(id) || surname.equals(lastNamed))) {
                return false;
            }
        }
        return true;
    }

    private static boolean namesAny(String text, Collection<String> surnames) {
        return surnames.stream().anyMatch(surname -> names(text, surname));
    }

    /** Whether the text holds the name as whole words. */
    private static boolean names(String text, String name) {
        return Pattern.compile(CitationParts.Mark.word(name)).matcher(text).find();
    }
}
