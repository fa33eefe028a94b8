package org.imprint.cite;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date element of a style that prints no year (Chicago's month and day after a journal's
 * title) and a literal date ("Winter 2019", "circa 1999"). CSL's literal date stands for the
 * whole date, printed where the year is; citeproc-java prints it wherever a date element is, so
 * chicago-author-date printed it twice: "Lee, Bo. Winter 2019. “An Article.” Journal of Things,
 * Winter 2019, 3–9." (citeproc-js: once). Such elements are marked in the style; a literal date
 * inside the marks is taken out with the delimiter before it, and the marks are taken off
 * whatever else they hold.
 */
final class MonthDayDates {

    static final String START = "\uE070";
    static final String END = "\uE071";

    /** A date element, empty or with its date-parts. */
    private static final Pattern DATE = Pattern.compile("(?s)<date\\b([^>]*?)(/>|>(.*?)</date>)");
    /** A marked date, with the delimiter before it ("Things, "). */
    private static final Pattern MARKED = Pattern.compile("(?:[,;:.]?[ \\u00A0]*)?" + START + "([^" + END + "]*)" + END);

    private MonthDayDates() {
    }

    /** The style with each date element that prints no year (no year date-part, not localized) marked. */
    static String mark(String xml) {
        return DATE.matcher(xml).replaceAll(m -> {
            String attributes = m.group(1);
            String parts = m.group(3);
            boolean localized = attributes.contains("form=");
            boolean year = parts != null && parts.contains("name=\"year\"");
            if (localized || year || parts == null || !parts.contains("date-part")) {
                return Matcher.quoteReplacement(m.group());
            }
            return Matcher.quoteReplacement("<group prefix=\"" + START + "\" suffix=\"" + END + "\">" + m.group() + "</group>");
        });
    }

    /** The text with each marked date that is one of the literal dates taken out, with its delimiter, and the marks off. */
    static String clean(String html, Set<String> literals) {
        if (!html.contains(START)) {
            return html;
        }
        Matcher m = MARKED.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inside = m.group(1);
            boolean literal = literals.contains(inside.replaceAll("<[^>]*>", "").strip());
            String delimiter = m.group().substring(0, m.group().indexOf(START));
            m.appendReplacement(out, Matcher.quoteReplacement(literal ? "" : delimiter + inside));
        }
        m.appendTail(out);
        return out.toString();
    }
}
