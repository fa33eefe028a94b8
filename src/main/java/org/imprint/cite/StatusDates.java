package org.imprint.cite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
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
 * date, its year letter ({@link YearSuffixes}, given before) joined to it as the style joins the
 * letter to its own words for a date, its "no date" ({@link #join}): Harvard's "(Novak, in press
 * a)" as its "no date a", a style with APA's group delimiter "in press-a" as its "n.d.-a". A style
 * that prints the status keeps the source as it is, but for the kinds of work it prints no status
 * of ({@link StatusTypes}): IEEE prints an article's, never a book's.
 */
final class StatusDates {

    /** A rendering element of a style that prints the status variable. */
    private static final Pattern PRINTS_STATUS = Pattern.compile("<(?:text|choose|if|else-if)\\b[^>]*\\bvariable=\"(?:[^\"]*\\s)?status(?:\\s[^\"]*)?\"");
    /** A start, end or empty element tag, or a comment. */
    private static final Pattern TAG = Pattern.compile("(?s)<!--.*?-->|<(/?)([a-z-]+)\\b([^>]*?)(/?)>");
    /** Elements whose rendered children a group's delimiter still separates (CSL's choose is transparent). */
    private static final java.util.Set<String> TRANSPARENT = java.util.Set.of("choose", "if", "else-if", "else");
    /** How words and a letter are joined where the style shows no words with a year letter. */
    private static final String WORDS_AND_LETTER = " ";

    private StatusDates() {
    }

    /** Whether the style prints no status, so that a status stands as the date ({@link #dated}). */
    static boolean dates(String style) {
        return style != null && !PRINTS_STATUS.matcher(style).find();
    }

    /** The sources, each not yet published and undated given its status as its date where the style does not print statuses. */
    static Map<String, CSLItemData> dated(Map<String, CSLItemData> sources, String style) {
        java.util.function.Predicate<CSLItemData> dating = dating(style);
        if (style == null || dating == NONE) {
            return sources;
        }
        boolean prints = !dates(style);
        // the letter itself comes after the literal date: the style prints it there, or ImplicitYearSuffixes made it
        String join = join(style);
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        sources.forEach((id, item) -> out.put(id, dating.test(item)
                ? new CSLItemDataBuilder(item).issued(new CSLDateBuilder()
                        .literal(item.getStatus().strip() + (item.getYearSuffix() == null ? "" : join)).build())
                        // the status is the date now: a style that prints it beside a date (modern-phytomorphology) printed it twice
                        .status(prints ? null : item.getStatus()).build() : item));
        return out;
    }

    /** Dates no source. */
    private static final java.util.function.Predicate<CSLItemData> NONE = item -> false;

    /**
     * Which sources {@link #dated} gives their status as their date: undated works with a status
     * where the style prints no status, or none for their kind of work (IEEE's books), unless
     * dating costs what the style prints only for an undated work (MLA's access date). Year letters
     * ({@link YearSuffixes}) are given before, and must tell these apart by their status: a
     * style that prints an article's status nowhere lettered "en prensa a", "in press b" and
     * "forthcoming c" as one group.
     */
    static java.util.function.Predicate<CSLItemData> dating(String style) {
        if (style == null) {
            return NONE;
        }
        // a style that prints statuses dates only the kinds of work it prints none for (IEEE's books)
        StatusTypes types = dates(style) ? null : StatusTypes.of(style);
        if (!dates(style) && types == null) {
            return NONE;
        }
        // a status made the date must not cost what the style prints only for an undated work (MLA's access date)
        StatusTypes all = types != null ? types : StatusTypes.of(style);
        return item -> needsDate(item)
                && (types == null || !types.prints(item.getType() == null ? "" : item.getType().toString()))
                && (all == null || !all.datingLoses(item));
    }

    /**
     * What the style puts between a status standing as the date and its year letter: what it
     * puts between its "no date" and the letter (the year-suffix's prefix and the delimiter of the
     * group both are in), less what it puts between a year and the letter, which the style adds
     * itself after the literal date. A style that never prints a letter after its "no date" is
     * given a space, as words and a letter are set apart.
     */
    static String join(String style) {
        String words = null;
        String year = null;
        Deque<String[]> open = new ArrayDeque<>();   // name, attributes
        int noDateDepth = -1;
        Matcher tag = TAG.matcher(style);
        while (tag.find()) {
            if (tag.group(2) == null) {
                continue;   // a comment
            }
            String name = tag.group(2);
            String attributes = tag.group(3);
            if (!tag.group(1).isEmpty()) {
                if (!open.isEmpty()) {
                    open.pop();
                }
                if (open.size() < noDateDepth) {
                    noDateDepth = -1;   // the branch with the "no date" ended without a letter
                }
                continue;
            }
            if (name.equals("text") && attribute(attributes, "term").equals("no date") && words == null) {
                // the branch the term is in, out of the groups that only set it apart (Processor's unbreakable "n.d.")
                noDateDepth = open.size();
                for (String[] element : open) {
                    if (!element[0].equals("group") || !attribute(element[1], "delimiter").isEmpty()) {
                        break;
                    }
                    noDateDepth--;
                }
            } else if (name.equals("text") && attribute(attributes, "variable").equals("year-suffix")) {
                String joined = delimiter(open) + attribute(attributes, "prefix");
                if (noDateDepth >= 0 && open.size() >= noDateDepth && words == null) {
                    words = joined;
                } else if (year == null) {
                    year = joined;
                }
            }
            if (tag.group(4).isEmpty()) {
                open.push(new String[] {name, attributes});
            }
        }
        if (words == null) {
            words = WORDS_AND_LETTER;
        }
        String added = year == null ? "" : year;
        return words.startsWith(added) ? words.substring(added.length()) : words;
    }

    /** The delimiter of the nearest group an element's output is set in, through choose's branches; "" for none. */
    private static String delimiter(Deque<String[]> open) {
        for (String[] element : open) {
            if (element[0].equals("group")) {
                return attribute(element[1], "delimiter");
            }
            if (!TRANSPARENT.contains(element[0])) {
                return "";
            }
        }
        return "";
    }

    private static boolean needsDate(CSLItemData item) {
        return item.getStatus() != null && !item.getStatus().isBlank() && item.getIssued() == null;
    }

    /** The attribute's value with the entities the styles write in affixes decoded. */
    private static String attribute(String attributes, String name) {
        return StyleAttributes.value(attributes, name).replace("&#160;", "\u00A0").replace("&amp;", "&");
    }
}
