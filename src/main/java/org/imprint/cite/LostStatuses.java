package org.imprint.cite;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.imprint.Problem;
import org.imprint.article.Article;
import org.jsoup.Jsoup;

import de.undercouch.citeproc.csl.CSLItemData;

/**
 * A source's publication status that its reference-list entry does not print. A style may print
 * a status only under conditions of its own: IEEE's CSL prints it only for a work without a
 * volume, issue or pages (its guide cites a paper "to be published" without them, and one that
 * has them as published). An article in press with a volume lost "in press" and the build said
 * nothing. The style is followed, not overruled, and the author is told, at the entry.
 */
final class LostStatuses {

    private LostStatuses() {
    }

    /**
     * Warns, at the line of the bibliography file that defines it, of each source with a status
     * that its entry in the reference list does not hold.
     *
     * @param cited   the cited sources by key, their statuses as given to the style
     * @param keys    the reference list's keys, in its order (empty when unknown)
     * @param entries the reference list's entries, HTML, in the same order
     */
    static void warn(Article article, StyleSource style, Map<String, CSLItemData> cited, List<String> keys, List<String> entries,
            Consumer<Problem> warnings) {
        Map<String, CSLItemData> withStatus = new java.util.LinkedHashMap<>();
        cited.forEach((key, item) -> {
            if (item.getStatus() != null && !item.getStatus().isBlank()) {
                withStatus.put(key, item);
            }
        });
        if (withStatus.isEmpty()) {
            return;
        }
        // the status as the style was given it, in the article's words
        Map<String, CSLItemData> worded = StatusTerms.worded(withStatus, article.language(), style.xml());
        for (int i = 0; i < keys.size() && i < entries.size(); i++) {
            String key = keys.get(i);
            CSLItemData item = withStatus.get(key);
            if (item == null) {
                continue;
            }
            String written = plain(item.getStatus());
            String printed = plain(worded.get(key).getStatus());
            String entry = plain(entries.get(i));
            if (written.isEmpty() || entry.contains(written) || entry.contains(printed)) {
                continue;
            }
            Path file = null;
            int line = 0;
            for (String name : article.bibliography()) {
                Path path = article.folder().resolve(name).normalize();
                int at = BibliographyFiles.lineOfKey(path, key);
                if (file == null || at > 0) {
                    file = path;
                    line = at;
                }
                if (at > 0) {
                    break;
                }
            }
            warnings.accept(Problem.warning(file == null ? article.source() : file, line, "the status \"" + written + "\" of @"
                    + key + " is not printed: the style \"" + style.name() + "\" leaves it out of this entry (a style may print a status for some works only: IEEE"
                    + "'s for a work with no volume, issue or pages); if the work is still unpublished, take out what the style"
                    + " reads as published (volume, issue, pages), or cite with a copy of the style that prints the status"));
        }
    }

    /** Text without markup, entities or case, its spaces collapsed. */
    private static String plain(String html) {
        // entities decoded: the processor writes "&#246;" for the "ö" of a brand's "vorveröffentlicht"
        return html == null ? "" : Jsoup.parseBodyFragment(html).body().text()
                .replace('\u00A0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
