package org.imprint.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.imprint.cite.CitationParts.Plain;
import org.imprint.cite.CitationParts.Span;

/**
 * An author-date citation of several sources cut into each source's part by the order the
 * processor printed them in, not by what a part's words may have in common with another's: the
 * style's delimiter stands between the groups of the printed order, and a group of one author's
 * works that CSL's collapse joined ("B. Brown, 2011, 2010") is cut at its last separators, one
 * per work after the first. Read from the words alone, parts that differ only by what the style
 * adds to tell them apart (MLA's "Novak, Mangroves; Novak, Sinking Deltas", "A. Brown; B. Brown,
 * Beta", "van Dam; Van Dam") or a year order the style sorts newest first could not be told, and
 * the whole citation was one link to the first source.
 */
final class CitationOrder {

    private CitationOrder() {
    }

    /**
     * The citation with each source's part linked to its entry, or {@code null} when its text
     * does not cut into as many parts as the printed order has sources (a delimiter in a title,
     * a locator's comma in a collapsed group), a later work of a group does not print its year
     * where the cut puts it, or a part is not a whole element.
     *
     * @param html      the citation as one text
     * @param delimiter the style's delimiter between the groups
     * @param groups    the sources' keys as printed, in groups ({@link Processor.Formatted#printedGroups})
     * @param years     each source's year as its part prints it ("2020a", "2010"), by key, where it has one
     * @param affixes   the citation's prefixes and suffixes, where no cut is made
     * @param linker    links a part's HTML to an id
     * @param ids       each key's id in the reference list
     */
    static String link(String html, String delimiter, List<List<String>> groups, Map<String, String> years, Affixes affixes,
                       BiFunction<String, String, String> linker, Map<String, String> ids) {
        if (groups == null || delimiter.isEmpty() || groups.stream().mapToInt(List::size).sum() < 2) {
            return null;
        }
        Plain plain = Plain.of(html).masked(affixes, delimiter);
        String text = plain.text();
        List<Span> cuts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int from = 0;
        for (int g = 0; g < groups.size(); g++) {
            int at = g == groups.size() - 1 ? text.length() : text.indexOf(delimiter, from);
            if (at < 0) {
                return null;
            }
            // the group's later works, each after a separator, from its end: "B. Brown, 2011" | "2010"
            List<String> group = groups.get(g);
            List<Span> inner = new ArrayList<>();
            int end = at;
            for (int w = group.size() - 1; w > 0; w--) {
                int sep = text.lastIndexOf(Processor.GROUP_DELIMITER, end - 1);
                if (sep < from) {
                    return null;
                }
                String year = years.get(group.get(w));
                String part = text.substring(sep + Processor.GROUP_DELIMITER.length(), end);
                if (year == null || !part.strip().startsWith(year)) {
                    return null;   // not where this work's year stands: a locator's comma, or a year not printed
                }
                inner.add(0, new Span(sep, sep + Processor.GROUP_DELIMITER.length()));
                end = sep;
            }
            keys.addAll(group);
            cuts.addAll(inner);
            if (g < groups.size() - 1) {
                cuts.add(new Span(at, at + delimiter.length()));
                from = at + delimiter.length();
            }
        }
        if (text.indexOf(delimiter, from) >= 0) {
            return null;   // more delimiters than groups: a title or an affix holds one
        }
        StringBuilder out = new StringBuilder();
        int start = 0;
        for (int p = 0; p < keys.size(); p++) {
            int stop = p < cuts.size() ? plain.htmlStart(cuts.get(p).start()) : html.length();
            String piece = html.substring(start, stop);
            String id = ids.get(keys.get(p));
            if (id == null || !CitationParts.whole(piece)) {
                return null;
            }
            out.append(linker.apply(piece, id));
            if (p < cuts.size()) {
                int after = plain.htmlEnd(cuts.get(p).end() - 1);
                out.append(html, stop, after);
                start = after;
            }
        }
        return out.toString();
    }
}
