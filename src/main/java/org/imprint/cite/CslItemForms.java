package org.imprint.cite;

import java.util.function.BiFunction;
import java.util.function.Function;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;

/**
 * Forms of a source that CSL allows and citeproc-java 3.5 does not print, rewritten into the form
 * it does, so no style loses them:
 * <ul>
 * <li>A season: CSL JSON's {@code "season": 1} to {@code 4} beside a date of a year only becomes
 * that date's month 13 to 16, CSL's months for the seasons; {@link LocalePatch} gives citeproc-java
 * the words for those months (it looks a month's word up as {@code month-13}, which no locale
 * has). Chicago printed "Review 3: 1–2." for citeproc-js's "Review 3 (Spring): 1–2.", and lost the
 * season given as month 13 the same way.</li>
 * <li>An event's name: CSL 1.0.2 calls it {@code event-title}, CSL 1.0.1 {@code event}; styles
 * and files use both, and citeproc-java reads each only under its own name, so a speech's "Conf,
 * Oslo" was lost from Chicago. The one given is copied to the other.</li>
 * </ul>
 */
final class CslItemForms {

    private CslItemForms() {
    }

    /** The item with its seasons as months and its event's name under both names; the item itself when nothing changes. */
    static CSLItemData readable(CSLItemData item) {
        CSLItemData out = item;
        out = season(out, CSLItemData::getIssued, CSLItemDataBuilder::issued);
        out = season(out, CSLItemData::getAccessed, CSLItemDataBuilder::accessed);
        out = season(out, CSLItemData::getEventDate, CSLItemDataBuilder::eventDate);
        out = season(out, CSLItemData::getOriginalDate, CSLItemDataBuilder::originalDate);
        out = season(out, CSLItemData::getSubmitted, CSLItemDataBuilder::submitted);
        out = season(out, CSLItemData::getAvailableDate, CSLItemDataBuilder::availableDate);
        if (blank(out.getEventTitle()) && !blank(out.getEvent())) {
            out = new CSLItemDataBuilder(out).eventTitle(out.getEvent()).build();
        } else if (blank(out.getEvent()) && !blank(out.getEventTitle())) {
            out = new CSLItemDataBuilder(out).event(out.getEventTitle()).build();
        }
        return out;
    }

    private static CSLItemData season(CSLItemData item, Function<CSLItemData, CSLDate> get,
            BiFunction<CSLItemDataBuilder, CSLDate, CSLItemDataBuilder> set) {
        CSLDate date = get.apply(item);
        if (date == null || date.getSeason() == null || date.getDateParts() == null || date.getDateParts().length != 1
                || date.getDateParts()[0].length != 1 || !date.getSeason().strip().matches("[1-4]")) {
            return item;
        }
        int month = 12 + Integer.parseInt(date.getSeason().strip());
        CSLDate asMonth = new CSLDateBuilder(date).dateParts(date.getDateParts()[0][0], month).season((String) null).build();
        return set.apply(new CSLItemDataBuilder(item), asMonth).build();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
