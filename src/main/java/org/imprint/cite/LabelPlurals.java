package org.imprint.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label a style sets always singular or always plural ({@code <label variable="page"
 * plural="never"/>}, 498 bundled styles): citeproc-java 3.5 ignores the attribute and chooses by
 * the number, so colombian-journal-of-anesthesiology printed "pp. 3–9" for its "p. 3–9". Such a
 * label of a variable that has a term of its own name becomes that term, singular or plural
 * ({@link TermValues} then gives a plural term its text), printed only where the variable is, as
 * a label is. A locator's label, whose term depends on the locator's kind, stays as it is.
 */
final class LabelPlurals {

    private static final Pattern LABEL = Pattern.compile("<label\\b(?=[^>]*\\bplural=\"(never|always)\")"
            + "(?=[^>]*\\bvariable=\"(page|number|" + NumberPlurals.VARIABLES + ")\")([^>]*?)/>");

    private LabelPlurals() {
    }

    /** The style with each such label written as its term under a condition on its variable. */
    static String apply(String xml) {
        return LABEL.matcher(xml).replaceAll(m -> {
            String attributes = m.group(3).replaceAll("\\s+(?:plural|variable)=\"[^\"]*\"", "");
            String plural = m.group(1).equals("always") ? " plural=\"true\"" : "";
            return Matcher.quoteReplacement("<choose><if variable=\"" + m.group(2) + "\"><text term=\"" + m.group(2) + "\""
                    + attributes + plural + "/></if></choose>");
        });
    }
}
