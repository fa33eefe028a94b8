package org.imprint.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import org.imprint.markdown.Citation;
import org.imprint.markdown.CiteItem;

/**
 * CSL's {@code disambiguate-add-givenname}, which citeproc-java 3.5 does not apply: when the
 * first authors of two cited sources share a surname but not their given names, each such
 * source is cited with its first author's initials, "(J. Smith, 2020; A. Smith, 2019)", never
 * two "(Smith, ...)" a reader cannot tell apart. Where initials do not tell them apart (Jane and
 * John Smith) the full given name is added, as CSL expands a name, unless the style's
 * {@code givenname-disambiguation-rule} stops at initials (APA's primary-name-with-initials):
 * chicago-author-date's primary-name cites "(Jane Smith 2020; John Smith 2020)", not
 * "(J. Smith 2020a, 2020b)" with year letters for two people.
 */
final class GivenNames {

    private GivenNames() {
    }

    /** A style's rule for adding given names (CSL's default: by-cite). */
    private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile(
            "<citation\\b[^>]*\\bgivenname-disambiguation-rule=\"([^\"]*)\"");

    /**
     * The cited sources whose first author needs initials (or the full given name), by key, each
     * as a copy whose first author carries them.
     *
     * @param style the style's CSL, which says whether a name is expanded beyond its initials
     */
    static Map<String, CSLItemData> initialled(List<Citation> citations, Map<String, CSLItemData> items, String style) {
        java.util.regex.Matcher rule = RULE.matcher(style);
        boolean initialsOnly = rule.find() && rule.group(1).endsWith("-with-initials");
        Map<String, Set<String>> givenBySurname = new HashMap<>();
        Map<String, CSLItemData> cited = new LinkedHashMap<>();
        for (Citation citation : citations) {
            for (CiteItem item : citation.items()) {
                CSLItemData data = items.get(item.key());
                CSLName first = first(data);
                if (first != null && first.getFamily() != null && first.getGiven() != null) {
                    cited.put(item.key(), data);
                    givenBySurname.computeIfAbsent(first.getFamily().strip().toLowerCase(Locale.ROOT), k -> new HashSet<>())
                            .add(first.getGiven().strip());
                }
            }
        }
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        cited.forEach((key, data) -> {
            CSLName first = first(data);
            Set<String> given = givenBySurname.get(first.getFamily().strip().toLowerCase(Locale.ROOT));
            if (given.size() > 1) {
                CSLName[] authors = data.getAuthor().clone();
                String family = join(first.getNonDroppingParticle(), first.getFamily());
                String initials = initials(first.getGiven());
                // initials shared with another given name of the surname tell no one apart
                boolean shared = given.stream().filter(g -> !g.equals(first.getGiven().strip())).anyMatch(g -> initials(g).equals(initials));
                String shown = shared && !initialsOnly ? RichText.plain(first.getGiven()).strip() : initials;
                authors[0] = new CSLNameBuilder().literal(shown + " " + join(first.getDroppingParticle(), family))
                        .build();
                out.put(key, new CSLItemDataBuilder(data).author(authors).build());
            }
        });
        return out;
    }

    private static CSLName first(CSLItemData data) {
        return data == null || data.getAuthor() == null || data.getAuthor().length == 0 ? null : data.getAuthor()[0];
    }

    private static String join(String particle, String name) {
        return particle == null || particle.isBlank() ? name : particle.strip() + " " + name;
    }

    /** "John Paul" as "J. P.", "Min-jun" as "M.-j.", as CSL's initialize-with=". " sets them. */
    static String initials(String given) {
        List<String> words = new ArrayList<>();
        for (String word : RichText.plain(given).strip().split("\\s+")) {
            List<String> parts = new ArrayList<>();
            for (String part : word.split("-")) {
                if (!part.isEmpty()) {
                    parts.add(part.endsWith(".") && part.length() <= 3 ? part : part.substring(0, part.offsetByCodePoints(0, 1)) + ".");
                }
            }
            words.add(String.join("-", parts));
        }
        return String.join(" ", words);
    }
}
