package org.imprint.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What CSL's {@code collapse="year"} and {@code "year-suffix"} put between the works of one
 * author and after them, from the style's {@code <citation>}: {@code cite-group-delimiter}
 * (", " by default) between a group's cites, {@code after-collapse-delimiter} (the layout's
 * delimiter by default) after a group, and for {@code collapse="year-suffix"} the year letter
 * alone for a work of the same year as the one before it, joined by {@code year-suffix-delimiter}
 * (the layout's delimiter by default): "(Kim, 2019a; b)". A fixed ", " printed
 * zeitschrift-fur-internationale-beziehungen's "(Kim 2019a, 2019b)" for "(Kim 2019a; 2019b)".
 *
 * @param citeGroup   between the cites of one group
 * @param afterGroup  after a group of two or more cites
 * @param yearSuffix  before a year letter printed alone
 * @param bySuffix    whether a repeated year is left out ({@code collapse="year-suffix"})
 */
record CollapseDelimiters(String citeGroup, String afterGroup, String yearSuffix, boolean bySuffix) {

    private static final Pattern CITATION = Pattern.compile("<citation\\b([^>]*)>");

    /** The delimiters of a style's citation, whose layout is joined by {@code delimiter}. */
    static CollapseDelimiters of(String xml, String delimiter) {
        Matcher citation = CITATION.matcher(xml);
        String attributes = citation.find() ? citation.group(1) : "";
        return new CollapseDelimiters(attribute(attributes, "cite-group-delimiter", ", "),
                attribute(attributes, "after-collapse-delimiter", delimiter),
                attribute(attributes, "year-suffix-delimiter", delimiter),
                attributes.matches("(?s).*\\bcollapse=\"year-suffix(-ranged)?\".*"));
    }

    private static String attribute(String attributes, String name, String otherwise) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1).replace("&#160;", "\u00A0").replace("&amp;", "&").replace("&lt;", "<") : otherwise;
    }

    /** A year's letters after the same year ("b" of "2019b" after "2019a"); null where the years differ or have none. */
    static String letters(String previous, String year) {
        Matcher p = SUFFIXED.matcher(previous == null ? "" : previous);
        Matcher y = SUFFIXED.matcher(year == null ? "" : year);
        return p.matches() && y.matches() && p.group(1).equals(y.group(1)) ? y.group(2) : null;
    }

    /** A year and its letters, nothing after them ("2019b"; "n.d.-b"). */
    private static final Pattern SUFFIXED = Pattern.compile("(.*\\d|.*\\.-?)([a-z]{1,3})");
}
