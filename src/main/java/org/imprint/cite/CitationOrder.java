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
 * works that CSL's collapse joined ("B. Brown, 2011, 2010", "Wolf, BASIMDA, İstanbul") is cut
 * before each later work where exactly what the collapse printed for it stands. Read from the words alone, parts that differ only by what the style
 * adds to tell them apart (MLA's "Novak, Mangroves; Novak, Sinking Deltas", "A. Brown; B. Brown,
 * Beta", "van Dam; Van Dam") or a year order the style sorts newest first could not be told, and
 * the whole citation was one link to the first source.
 */
final class CitationOrder {

    private CitationOrder() {
    }

    /**
     * The citation with each source's part linked to its entry, or {@code null} when its text
     * does not cut into as many parts as the printed order has sources (a delimiter in a title
     * or an affix), a later work of a group does not stand where the cut puts it as the
     * collapse printed it, or a part is not a whole element.
     *
     * @param html      the citation as one text
     * @param delimiter the style's delimiter between the groups
     * @param groups    the sources as printed, in groups ({@link Processor.Formatted#printedGroups})
     * @param affixes   the citation's prefixes and suffixes, where no cut is made
     * @param linker    links a part's HTML to an id
     * @param ids       each key's id in the reference list
     */
    static String link(String html, String delimiter, List<List<PrintedSource>> groups, Affixes affixes,
                       BiFunction<String, String, String> linker, Map<String, String> ids) {
        if (groups == null || delimiter.isEmpty() || groups.stream().mapToInt(List::size).sum() < 2) {
            return null;
        }
        Plain raw = Plain.of(html);
        Plain plain = raw.masked(affixes, delimiter);
        String text = plain.text();
        List<Span> cuts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int from = 0;
        for (int g = 0; g < groups.size(); g++) {
            List<PrintedSource> group = groups.get(g);
            String next = g == groups.size() - 1 ? null : separatorBefore(groups.get(g + 1), delimiter);
            int at = next == null ? text.length() : end(text, raw.text(), group, from, next);
            if (at < 0) {
                return null;
            }
            // the group's later works from its end, each where the collapse printed it after its
            // separator: "B. Brown, 2011" | "2010", "Wolf, BASIMDA" | "İstanbul" | "in press-b", "2019a; " | "b"
            // (a work's year alone would not do: a literal date or a status has none)
            List<Span> inner = new ArrayList<>();
            int end = at;
            for (int w = group.size() - 1; w > 0; w--) {
                int sep = later(raw.text(), group.get(w), from, end);
                if (sep < 0) {
                    return null;
                }
                inner.add(0, new Span(sep, sep + separator(group.get(w)).length()));
                end = sep;
            }
            group.forEach(source -> keys.add(source.key()));
            cuts.addAll(inner);
            if (next != null) {
                cuts.add(new Span(at, at + next.length()));
                from = at + next.length();
            } else if (text.substring(from, end).contains(delimiter)) {
                return null;   // more delimiters than groups: a title or an affix holds one
            }
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

    /**
     * Where the separator before a group's later work stands in {@code text} between {@code from}
     * and {@code end}: the last separator followed by exactly what the collapse printed for the
     * work, with nothing after it but the layout's closing punctuation; -1 where there is none, or
     * nothing of the group's first work would be left before it.
     */
    private static int later(String text, PrintedSource source, int from, int end) {
        String printed = source.html() == null ? "" : Plain.of(source.html()).text();
        if (printed.isBlank()) {
            return -1;
        }
        String separator = separator(source);
        for (int sep = text.lastIndexOf(separator, end - 1); sep > from; sep = text.lastIndexOf(separator, sep - 1)) {
            int after = sep + separator.length();
            if (after + printed.length() <= end && text.startsWith(printed, after)
                    && text.substring(after + printed.length(), end).codePoints().noneMatch(Character::isLetterOrDigit)) {
                return sep;
            }
        }
        return -1;
    }

    /** What stands before a group's later work: its own separator, else CSL's default ", ". */
    private static String separator(PrintedSource source) {
        return source.separator() != null ? source.separator() : Processor.GROUP_DELIMITER;
    }

    /** What stands before a group: the separator its first source was printed after, else the layout's delimiter. */
    private static String separatorBefore(List<PrintedSource> group, String delimiter) {
        return group.get(0).separator() != null ? group.get(0).separator() : delimiter;
    }

    /**
     * Where the separator {@code next} after a group stands in {@code text} from {@code from}:
     * the first one for a group of one work; for a collapsed group the first one after its last
     * work as the collapse printed it (the group's own joiner may be the same "; "); -1 for none.
     */
    private static int end(String text, String raw, List<PrintedSource> group, int from, String next) {
        PrintedSource last = group.get(group.size() - 1);
        String tail = group.size() == 1 || last.html() == null ? null
                : trimmed(separator(last) + Plain.of(last.html()).text());
        for (int at = text.indexOf(next, from); at >= 0; at = text.indexOf(next, at + 1)) {
            if (tail == null || trimmed(raw.substring(from, at)).endsWith(tail)) {
                return at;
            }
        }
        return -1;
    }

    /** Text without the spaces and punctuation at its end. */
    private static String trimmed(String text) {
        int end = text.length();
        while (end > 0 && !Character.isLetterOrDigit(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(0, end);
    }
}
