package org.imprint.cite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.imprint.cite.CitationParts.Mark;
import org.imprint.cite.CitationParts.Plain;
import org.imprint.cite.CitationParts.Span;

/**
 * An author-date citation whose parts {@link CitationParts} cannot all tell apart, linked stretch
 * by stretch: cut at the style's delimiter ("(A. Brown, 2010; B. Brown, 2010; Evans, 2001)"),
 * each stretch that only one source's mark fits links to that source's entry (a stretch of one
 * author's works, "Kim, 2019a, 2019b", is cut further by {@link CitationParts}), and only the
 * stretches whose source cannot be told (with the undecided stretches next to them that share a
 * mark) are left without a link: a link to one of them would take the others' words to its
 * entry. Without this the whole citation was one link.
 */
final class CitationSpans {

    private CitationSpans() {
    }

    /**
     * The citation with each stretch linked, or {@code null} when the delimiter cuts no stretch
     * off, a stretch fits no mark or a mark no stretch, a stretch is no whole element, or no
     * stretch can be told.
     *
     * @param html       the citation as one text
     * @param delimiter  the style's delimiter between the sources of a citation
     * @param marks      the cited sources' marks, one per source
     * @param affixes    the citation's prefixes and suffixes, where no mark is read and no cut made
     * @param once       whether each source is cited once (then a stretch taken by a source is
     *                   no other's: a source cited twice may stand in two stretches)
     * @param linker     links a part's HTML to an id
     * @param ids        each key's id in the reference list
     */
    static String link(String html, String delimiter, List<Mark> marks, Affixes affixes, boolean once,
                       BiFunction<String, String, String> linker, Map<String, String> ids) {
        if (delimiter.isBlank() || marks.size() < 2) {
            return null;
        }
        Plain plain = Plain.of(html).masked(affixes, delimiter);
        String text = plain.text();
        List<Span> stretches = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(delimiter); at >= 0; at = text.indexOf(delimiter, from)) {
            stretches.add(new Span(from, at));
            from = at + delimiter.length();
        }
        stretches.add(new Span(from, text.length()));
        int n = stretches.size();
        if (n < 2) {
            return null;
        }
        // the HTML of each stretch, and of the delimiter after it
        int[] htmlStart = new int[n];
        int[] htmlEnd = new int[n];
        for (int s = 0; s < n; s++) {
            htmlStart[s] = s == 0 ? 0 : plain.htmlEnd(stretches.get(s).start() - 1);
            htmlEnd[s] = s == n - 1 ? html.length() : plain.htmlStart(stretches.get(s).end());
        }
        List<Set<Integer>> fits = new ArrayList<>();
        Set<Integer> found = new HashSet<>();
        for (Span stretch : stretches) {
            Set<Integer> fit = new LinkedHashSet<>();
            for (int i = 0; i < marks.size(); i++) {
                if (marks.get(i).pattern().matcher(text.substring(stretch.start(), stretch.end())).find()) {
                    fit.add(i);
                }
            }
            if (fit.isEmpty()) {
                return null;
            }
            fits.add(fit);
            found.addAll(fit);
        }
        if (found.size() < marks.size()) {
            return null;
        }
        String[] linked = new String[n];
        Set<Integer> taken = new HashSet<>();
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int s = 0; s < n; s++) {
                if (linked[s] != null) {
                    continue;
                }
                Set<Integer> left = new LinkedHashSet<>(fits.get(s));
                if (once) {
                    left.removeAll(taken);
                }
                String piece = html.substring(htmlStart[s], htmlEnd[s]);
                if (!CitationParts.whole(piece)) {
                    return null;
                }
                // a mark that fits no other undecided stretch ("Kim, Park, & Choi, 2019") tells
                // this one, whatever weaker marks ("Kim … 2019") fit it and others too
                Set<Integer> own = new LinkedHashSet<>(left);
                for (int t = 0; t < n; t++) {
                    if (t != s && linked[t] == null) {
                        own.removeAll(fits.get(t));
                    }
                }
                if (once && left.size() > 1 && !own.isEmpty()) {
                    left = own;
                }
                if (left.size() == 1) {
                    linked[s] = linker.apply(piece, ids.get(marks.get(left.iterator().next()).key()));
                } else if (left.size() > 1) {
                    // one author's works collapsed into one stretch: "Kim, Park, & Lee, 2019a, 2019b"
                    linked[s] = CitationParts.link(piece, delimiter, left.stream().map(marks::get).toList(), affixes, false, linker, ids);
                }
                if (linked[s] != null) {
                    taken.addAll(left);
                    changed = true;
                }
            }
        }
        // stretches left undecided, each with the undecided ones next to it that share a mark:
        // "A. Brown, 2010; B. Brown, 2010" is one link, and a stretch decided between two
        // undecided ones ("A. Brown 2010; Evans 2001; B. Brown 2010") keeps its own
        for (int s = 0; s < n; s++) {
            Set<Integer> left = new LinkedHashSet<>(fits.get(s));
            left.removeAll(once ? taken : Set.of());
            if (linked[s] == null && !left.isEmpty()) {
                fits.set(s, left);   // the sources it may be, without those found elsewhere
            }
        }
        List<int[]> spans = new ArrayList<>();
        Set<Integer> open = new HashSet<>();
        for (int s = 0; s < n; s++) {
            if (linked[s] == null && s > 0 && linked[s - 1] == null && fits.get(s).stream().anyMatch(open::contains)) {
                spans.get(spans.size() - 1)[1] = s;
                open.addAll(fits.get(s));
            } else if (linked[s] == null) {
                spans.add(new int[] {s, s});
                open = new HashSet<>(fits.get(s));
            }
        }
        if (spans.size() == 1 && spans.get(0)[0] == 0 && spans.get(0)[1] == n - 1) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < n; s++) {
            int[] span = null;
            for (int[] candidate : spans) {
                span = candidate[0] == s ? candidate : span;
            }
            if (span != null) {
                // no link: one to the source printed first would take the others' words to its entry
                out.append(html, htmlStart[span[0]], htmlEnd[span[1]]);
                s = span[1];
            } else {
                out.append(linked[s]);
            }
            if (s < n - 1) {
                out.append(html, htmlEnd[s], htmlStart[s + 1]);
            }
        }
        return out.toString();
    }

}
