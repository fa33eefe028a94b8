package org.imprint.cite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;

/**
 * A work not yet published (CSL's {@code status}: BibTeX {@code year = {in press}}, BibLaTeX
 * {@code pubstate}, CSL JSON's {@code status}) cited with a style that prints no status. Such a
 * work has no date, so the style printed its "no date": harvard-cite-them-right's "(Novak, no
 * date a)" for a book in press, the status lost and the reader told the work is undated. Where
 * the style never prints the status, the status stands in the date's place as CSL's literal
 * date: "(Novak, in press-a)", the year letter ({@link YearSuffixes}, given before) after a
 * hyphen, as APA sets it. A style that prints the status keeps the source as it is.
 */
final class StatusDates {

    /** A rendering element of a style that prints the status variable. */
    private static final Pattern PRINTS_STATUS = Pattern.compile("<(?:text|choose|if|else-if)\\b[^>]*\\bvariable=\"(?:[^\"]*\\s)?status(?:\\s[^\"]*)?\"");

    private StatusDates() {
    }

    /** Whether the style prints no status, so that a status stands as the date ({@link #dated}). */
    static boolean dates(String style) {
        return style != null && !PRINTS_STATUS.matcher(style).find();
    }

    /** The sources, each not yet published and undated given its status as its date where the style does not print statuses. */
    static Map<String, CSLItemData> dated(Map<String, CSLItemData> sources, String style) {
        if (!dates(style)) {
            return sources;
        }
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        sources.forEach((id, item) -> out.put(id, needsDate(item)
                ? new CSLItemDataBuilder(item).issued(new CSLDateBuilder()
                        .literal(item.getStatus().strip() + (item.getYearSuffix() == null ? "" : "-")).build()).build() : item));
        return out;
    }

    private static boolean needsDate(CSLItemData item) {
        return item.getStatus() != null && !item.getStatus().isBlank() && item.getIssued() == null;
    }
}
