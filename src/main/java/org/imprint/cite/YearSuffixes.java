package org.imprint.cite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;

/**
 * CSL's {@code disambiguate-add-year-suffix}, which citeproc-java 3.5 does not implement: two
 * sources by the same authors in the same year are "2020a" and "2020b", in the citation and in
 * the reference list, instead of two identical "(Smith, 2020)". The letters follow the titles,
 * as the reference list of an author-date style orders such sources, by the collation of the
 * article's language ("Économie" before "Zebra", which a comparison of code points reverses).
 * Undated works of the same authors are told apart alike ("n.d.-a", "n.d.-b"), where the style
 * prints the suffix after "n.d." (APA); a style that prints none there leaves them alike.
 */
final class YearSuffixes {

    private YearSuffixes() {
    }

    /** The items, those that share authors and year given a year suffix (a copy without its author keeps its source's). */
    static Map<String, CSLItemData> add(Map<String, CSLItemData> items, Locale language) {
        return add(items, language, List.of(), null, item -> false);
    }

    /**
     * The items with year suffixes where they share authors and year, and where their cites read
     * the same though their authors differ (the sets of {@code alike}: Jane and John Smith, both
     * "J. Smith, 2020" in APA, which adds initials only). The letters of a group follow the
     * reference list's order where it is known ({@code list}, CSL's rule), else the authors'
     * names, then the titles.
     * <p>
     * A work with a status whose cite reads as another's is dated alike: a style that prints the
     * status only in the reference list cites a work in press and an undated one of one author
     * both "n.d.", and gave both "n.d.-a" (CSL's letters go to the cites that read the same, as
     * citeproc-js gives them), unless its status will stand as the date ({@code statusDated},
     * {@link StatusDates#dating}), which the cites read before do not show yet: then works are
     * lettered with those of the same status only, as they will read ("in press a", "in press
     * b"), never a work "en prensa" or "forthcoming" with them.
     *
     * @param list the reference list's sort, or {@code null}
     */
    static Map<String, CSLItemData> add(Map<String, CSLItemData> items, Locale language, List<java.util.Set<String>> alike,
                                        Comparator<CSLItemData> list, java.util.function.Predicate<CSLItemData> statusDated) {
        Map<String, String> citedAlike = new java.util.HashMap<>();
        for (int i = 0; i < alike.size(); i++) {
            for (String id : alike.get(i)) {
                citedAlike.put(id, "\u0001" + i);
            }
        }
        // ICU's collation, as the reference list's (CollatedSort); accents and case tell titles
        // apart only where the letters are the same
        Collator collator = Collator.getInstance(ULocale.forLocale(language));
        collator.setStrength(Collator.TERTIARY);
        Map<String, List<CSLItemData>> groups = new LinkedHashMap<>();
        for (CSLItemData item : items.values()) {
            String names = names(item.getAuthor() != null && item.getAuthor().length > 0 ? item.getAuthor() : item.getEditor());
            // two undated works of one author are "n.d.-a" and "n.d.-b" (APA 7, 8.19), as citeproc-js sets them
            // works "in press" are told apart among themselves, not with the undated ones
            // two works of one author dated by the same words ("Spring 2019", "circa 1999") are lettered, as citeproc-js letters them
            String when = year(item) != null ? String.valueOf(year(item)) : item.getIssued() != null ? literal(item)
                    : citedAlike.containsKey(item.getId()) && !statusDated.test(item) ? UNDATED : undatedAs(item);
            if (!item.getId().contains(Processor.SYNTHETIC) && !names.isEmpty() && when != null) {
                groups.computeIfAbsent(citedAlike.getOrDefault(item.getId(), names) + "\u0000" + when, k -> new ArrayList<>()).add(item);
            }
        }
        Map<String, String> suffixes = new LinkedHashMap<>();
        for (List<CSLItemData> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            group.sort((list == null ? Comparator.<CSLItemData>comparingInt(i -> 0) : list).thenComparing((CSLItemData i) -> names(i.getAuthor() != null && i.getAuthor().length > 0 ? i.getAuthor() : i.getEditor()), collator)
                    .thenComparing((CSLItemData i) -> i.getTitle() == null ? "" : RichText.plain(i.getTitle()), collator)
                    .thenComparing(CSLItemData::getId));
            for (int i = 0; i < group.size(); i++) {
                suffixes.put(group.get(i).getId(), letters(i));
            }
        }
        if (suffixes.isEmpty()) {
            return items;
        }
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        items.forEach((id, item) -> {
            String suffix = suffixes.get(id.contains(Processor.SYNTHETIC) ? id.substring(0, id.indexOf(Processor.SYNTHETIC)) : id);
            out.put(id, suffix == null ? item : new CSLItemDataBuilder(item).yearSuffix(suffix).build());
        });
        return out;
    }

    /**
     * What an undated work's cite prints for its date: {@link #STATUS} and its status ("in press"),
     * in any case (a style prints "In press" and "in press" alike, lower case in APA's citation),
     * else the style's "no date" ({@link #UNDATED}).
     */
    static String undatedAs(CSLItemData item) {
        String status = item.getStatus() == null ? "" : item.getStatus().strip().toLowerCase(Locale.ROOT);
        return status.isEmpty() ? UNDATED : STATUS + status;
    }

    /**
     * {@link #LITERAL} and a date's words where it has no date parts ("Spring 2019"), as written
     * (citeproc-js letters cites that read the same: "BASIMDA" and "Basımda" are told apart by
     * their case); null for none.
     */
    private static String literal(CSLItemData item) {
        var issued = item.getIssued();
        if (issued.getDateParts() != null && issued.getDateParts().length > 0) {
            return null;
        }
        String words = issued.getLiteral() != null ? issued.getLiteral() : issued.getRaw();
        return words == null || words.isBlank() ? null : LITERAL + RichText.plain(words).replaceAll("\\s+", " ").strip();
    }

    /** Before a literal date's words in a group's key. */
    private static final String LITERAL = "literal ";

    /** {@link #undatedAs} of an undated work with no status. */
    static final String UNDATED = "undated";
    /** Before the status in {@link #undatedAs}. */
    static final String STATUS = "status ";

    /** a, b, ..., z, aa, ab, ... */
    private static String letters(int n) {
        return (n >= 26 ? letters(n / 26 - 1) : "") + (char) ('a' + n % 26);
    }

    private static String names(CSLName[] names) {
        if (names == null) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        for (CSLName name : names) {
            // the non-dropping particle too: a cite prints it, so Jan van der Berg's "(van der Berg,
            // 2019)" is no Jan Berg's "(Berg, 2019)", and citeproc-js letters neither
            key.append(name.getNonDroppingParticle() == null ? "" : name.getNonDroppingParticle().strip()).append('|')
                    .append(name.getFamily()).append('|').append(name.getGiven()).append('|').append(name.getLiteral()).append(';');
        }
        return key.toString();
    }

    /** The year a source was issued, or null. */
    static Integer year(CSLItemData item) {
        var issued = item.getIssued();
        if (issued == null) {
            return null;
        }
        if (issued.getDateParts() != null && issued.getDateParts().length > 0 && issued.getDateParts()[0].length > 0) {
            return issued.getDateParts()[0][0];
        }
        // BibLaTeX's date = {2020} (as Better BibTeX exports it) comes as a raw or literal date
        String text = issued.getRaw() != null ? issued.getRaw() : issued.getLiteral();
        java.util.regex.Matcher year = text == null ? null : java.util.regex.Pattern.compile("^\\s*(\\d{4})(?!\\d)").matcher(text);
        return year != null && year.find() ? Integer.valueOf(year.group(1)) : null;
    }
}
