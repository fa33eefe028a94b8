package org.imprint.cite;

import java.util.LinkedHashMap;
import java.util.Map;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;

/**
 * A status written as the date (BibTeX's {@code year = {in press}}, CSL JSON's {@code "issued":
 * {"literal": "in press"}}), which citeproc-js prints as written, wherever the date goes. It is
 * read as CSL's status ({@link DateWords}), so that APA prints and letters it as one ("in
 * press-a"); but a style that prints a status only under conditions of its own printed less than
 * the date: biological-psychiatry "(n.d.)", modern-phytomorphology no date at all,
 * journal-of-agricultural-and-resource-economics "(Lee,)". Where the style does not print the
 * status wherever it prints the date ({@link StatusTypes#printsInPlace}), the words stay the
 * literal date they were written as.
 */
final class LiteralStatuses {

    private LiteralStatuses() {
    }

    /**
     * The sources, each whose status was written as its date ({@code datedStatuses}: its words by
     * key) given that date back where the style cannot print the status in its place.
     */
    static Map<String, CSLItemData> settle(Map<String, CSLItemData> sources, Map<String, String> datedStatuses, String style) {
        if (datedStatuses.isEmpty() || style == null) {
            return sources;
        }
        StatusTypes types = StatusTypes.of(style);
        if (types == null) {
            return sources;
        }
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        sources.forEach((id, item) -> {
            String words = datedStatuses.get(id);
            out.put(id, words == null || item.getIssued() != null || item.getStatus() == null || !staysDate(types, style, item)
                    ? item : asDate(item, words));
        });
        return out;
    }

    /**
     * Whether an undated work's status, written as its date, stays that date: the style prints
     * statuses of its kind, but not wherever it prints the date. Where it prints none of its kind
     * the status stands as the date all the same, lettered ({@link StatusDates}), unless that
     * costs something else (MLA's access date): then the words stay the date, as citeproc-js has it.
     */
    static boolean staysDate(StatusTypes types, String style, CSLItemData undated) {
        if (types.printsInPlace(undated)) {
            return false;
        }
        boolean dated = StatusDates.dates(style) || !types.prints(undated.getType() == null ? "" : undated.getType().toString());
        return !dated || types.datingLoses(undated);
    }

    /** The source with the words as its literal date and no status, as citeproc-js reads it. */
    static CSLItemData asDate(CSLItemData item, String words) {
        return new CSLItemDataBuilder(item).status(null).issued(new CSLDateBuilder().literal(words).build()).build();
    }
}
