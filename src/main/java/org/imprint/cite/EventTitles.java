package org.imprint.cite;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSL 1.0.2's {@code event-title}, which citeproc-java 3.5 neither prints nor tests (it knows
 * CSL 1.0.1's {@code event}), written as {@code event}; a source has both ({@link CslItemForms}).
 * chicago-author-date prints the publisher's place after a proceedings' title only "if none of
 * event-date event-title": the test failed for a conference with its title, and the place was
 * printed as if it were the event's ("Proceedings of the ACM Conference (New York)", found by
 * h15y); {@code <text variable="event-title"/>} printed nothing.
 */
final class EventTitles {

    /** A variable attribute naming event-title. */
    private static final Pattern VARIABLE = Pattern.compile("\\bvariable=\"([^\"]*\\bevent-title\\b[^\"]*)\"");

    private EventTitles() {
    }

    /** The style with every event-title read as event. */
    static String apply(String xml) {
        return VARIABLE.matcher(xml).replaceAll(m -> {
            LinkedHashSet<String> names = new LinkedHashSet<>();
            Arrays.stream(m.group(1).trim().split("\\s+")).map(v -> v.equals("event-title") ? "event" : v).forEach(names::add);
            return Matcher.quoteReplacement("variable=\"" + String.join(" ", names) + "\"");
        });
    }
}
