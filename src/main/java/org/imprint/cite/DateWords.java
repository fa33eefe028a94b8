package org.imprint.cite;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;

/**
 * Words written where a source's date goes: words that say the work is undated ("n.d."), which
 * is no date, and words that say it is not yet published ("in press"), which are its status
 * (CSL's {@code status}) and no date. BibTeX's {@code year} and CSL JSON's and CSL YAML's
 * literal date are read alike: a CSL JSON {@code "issued": {"literal": "n.d."}} was printed as
 * written, "(Ode, n.d.)" beside APA's own "n.d." for the truly undated, told apart from it with
 * year letters and sorted apart; {@code {"literal": "in press"}} lost APA's status. Other
 * words ("Spring", "circa") are a literal date, printed as written.
 */
final class DateWords {

    /**
     * Words that say the work is undated ("n.d.", "n. d.", "no date", "undated", Latin "s.a.",
     * Spanish "s.f.", French "s.d.", German "o.J.", Polish "b.d.").
     */
    private static final Pattern UNDATED = Pattern.compile(
            "(?iu)n\\.?\\s*d\\.?|no\\s+date|undated|s\\.?\\s*[adf]\\.?|o\\.?\\s*j\\.?|b\\.?\\s*d\\.?|sine\\s+anno");

    /** BibLaTeX's publication states, as APA and pandoc print them. */
    private static final Map<String, String> PUBSTATES = Map.of("inpress", "in press", "forthcoming", "forthcoming",
            "submitted", "submitted", "inpreparation", "in preparation", "prepublished", "prepublished");

    private DateWords() {
    }

    /**
     * Whether a status, as {@link #known} gives it, is one of BibLaTeX's states CSL has no term
     * for ("submitted", "in preparation", "prepublished"), worded by the brand ({@link StatusLabels}).
     */
    static boolean withoutTerm(String status) {
        return PUBSTATES.containsValue(status) && !status.equals("in press") && !status.equals("forthcoming");
    }

    /** Whether the words say the work is undated ("n.d."). */
    static boolean undated(String words) {
        return words != null && UNDATED.matcher(plain(words)).matches();
    }

    /**
     * The status the words written for a date give: only BibLaTeX's publication states as APA
     * words them or as their keys ("in press", "In Press", "inpress", "forthcoming"), compared
     * without case; {@code null} for any other words. Words with no digit are no status for that
     * alone: "Spring", "circa", "Antiquity", "清代" are a literal date, printed as written (read as
     * statuses, APA lowercased them, "(Novak, spring)", and IEEE, which prints a book's status
     * nowhere, dropped them). A status in the article's language ("im Druck") is read where the
     * language is known ({@link StatusTerms}).
     */
    static String status(String words) {
        String key = plain(words).toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return PUBSTATES.get(key);
    }

    /**
     * A status as BibLaTeX's key or APA's words for it ("inpress", "In press"): APA's words, in
     * lower case, so that "in press" and "In press" read, sort and take year letters alike; another as written.
     */
    static String known(String status) {
        String words = PUBSTATES.get(plain(status).toLowerCase(Locale.ROOT).replace(" ", ""));
        return words != null ? words : plain(status);
    }

    /**
     * A CSL JSON or CSL YAML source whose issued date is only words (CSL's literal, or raw),
     * read as BibTeX's year is: undated for "n.d.", a status for "in press"; other sources as they are.
     */
    static CSLItemData read(CSLItemData item) {
        return read(item, new java.util.HashMap<>());
    }

    /** {@link #read(CSLItemData)}, putting the words of a date read as a status in {@code datedStatuses} by the item's id. */
    static CSLItemData read(CSLItemData item, Map<String, String> datedStatuses) {
        CSLDate issued = item.getIssued();
        if (issued == null || (issued.getDateParts() != null && issued.getDateParts().length > 0)) {
            return item;
        }
        String words = issued.getLiteral() != null ? issued.getLiteral() : issued.getRaw();
        // an empty date ("issued": {}) is no date: citeproc-java took it for one and printed neither
        // a date nor the style's "n.d." nor the status in its place: APA's "(Kim)"
        if (words == null || words.isBlank() || undated(words)) {
            return new CSLItemDataBuilder(item).issued((CSLDate) null).build();
        }
        String status = status(words);
        if (status == null) {
            return item;
        }
        CSLItemDataBuilder b = new CSLItemDataBuilder(item).issued((CSLDate) null);
        if (item.getStatus() == null || item.getStatus().isBlank()) {
            b.status(status);
            datedStatuses.put(item.getId(), plain(words));
        }
        return b.build();
    }

    /** Words without BibTeX's case-keeping braces, their spaces collapsed. */
    static String plain(String words) {
        return words == null ? "" : words.replace("{", "").replace("}", "").replaceAll("\\s+", " ").strip();
    }
}
