package org.imprint.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;

/**
 * Page ranges that are not plain numbers ("xii–xv", "e1234–e1240", "A3–A9", "3.1–3.9") kept as
 * written. citeproc-java's page-range formatting collapses them as if they were numbers
 * ("xii–xxv", "e1234–e40") or cuts them ("3.1-3.9" printed "3"); their dash and full stops are
 * hidden from it behind marks, which {@link #restore} turns into an en dash and full stops in its
 * output. Ranges of numbers are left to the style. A number with letters ("TR-7") keeps its hyphen.
 */
final class WrittenPages {

    /** Stands for the en dash of a range citeproc-java must not read as one. */
    static final String DASH = "\uE022";
    /** Stands for the hyphen of a report's number ("TR-7"), which citeproc-java printed as a range's en dash ("TR–7"). */
    private static final String HYPHEN = "\uE051";
    /** Stands for a full stop in a marked range's page ("3.1–3.9"), which citeproc-java cut the range at ("3"). */
    private static final String POINT = "\uE079";
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern RANGE = Pattern.compile("^(\\s*)(\\S+?)\\s*(?:--?|\u2013|\u2014)\\s*(\\S+?)(\\s*)$");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    private WrittenPages() {
    }

    /** The source with each non-numeric range of its pages marked; the same source when it has none. */
    static CSLItemData mark(CSLItemData item) {
        String number = item.getNumber();
        if (number != null && number.contains("-") && LETTER.matcher(number).find()) {
            // an identifier with letters is no range of numbers
            item = new CSLItemDataBuilder(item).number(number.replace("-", HYPHEN)).build();
        }
        String page = item.getPage();
        if (page == null || page.isEmpty()) {
            return item;
        }
        List<String> parts = new ArrayList<>();
        boolean changed = false;
        for (String part : page.split(",", -1)) {
            Matcher m = RANGE.matcher(part);
            if (m.matches() && !(NUMBER.matcher(m.group(2)).matches() && NUMBER.matcher(m.group(3)).matches())) {
                parts.add(m.group(1) + points(m.group(2)) + DASH + points(m.group(3)) + m.group(4));
                changed = true;
            } else {
                parts.add(part);
            }
        }
        return changed ? new CSLItemDataBuilder(item).page(String.join(",", parts)).build() : item;
    }

    /** citeproc-java's output with the marked ranges' en dashes. */
    static String restore(String html) {
        return html.replace(DASH, "\u2013").replace(HYPHEN, "-").replace(POINT, ".");
    }

    private static String points(String page) {
        return page.replace(".", POINT);
    }
}
