package org.imprint.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year a style prints in two digits ({@code <date-part name="year" form="short"/>}, 55
 * bundled styles): citeproc-java 3.5 ignores the form, so accident-analysis-and-prevention
 * printed "(accessed 3.1.2024)" for citeproc-js's "(accessed 3.1.24)". The year is marked in
 * the style, inside the date part's affixes, and shortened once rendered, as {@link DatePartCases}
 * sets a month's case.
 */
final class ShortYears {

    static final String START = "\uE080";
    static final String END = "\uE081";

    private static final Pattern PART = Pattern.compile("<date-part\\b(?=[^>]*\\bname=\"year\")([^>]*?)\\s+form=\"short\"([^>]*?)/>");
    private static final Pattern MARKED = Pattern.compile(START + "([^" + END + "]*)" + END);
    /** A year of four digits, of which the short form keeps the last two. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d\\d(\\d\\d)(?!\\d)");

    private ShortYears() {
    }

    /** The style with each short year marked for {@link #write}. */
    static String mark(String xml) {
        return PART.matcher(xml).replaceAll(m -> {
            String attributes = m.group(1) + m.group(2);
            String prefix = StyleAttributes.value(attributes, "prefix") + START;
            String suffix = END + StyleAttributes.value(attributes, "suffix");
            String rest = attributes.replaceAll("\\s+(?:prefix|suffix)=\"[^\"]*\"", "");
            return Matcher.quoteReplacement("<date-part" + rest + " prefix=\"" + prefix + "\" suffix=\"" + suffix + "\"/>");
        });
    }

    /** The rendered text with each marked year in two digits ("24" for 2024, "19–24" for a range) and the marks off. */
    static String write(String html) {
        if (html.indexOf(END) < 0) {
            return html;
        }
        return MARKED.matcher(html).replaceAll(m -> Matcher.quoteReplacement(YEAR.matcher(m.group(1)).replaceAll("$1")));
    }
}
