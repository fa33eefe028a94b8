package org.imprint.cite;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.internal.helper.NumberElement;
import de.undercouch.citeproc.csl.internal.helper.NumberParser;

/**
 * The label of a number variable other than a page, a locator or "number" ({@code <label
 * variable="number-of-volumes" form="short"/>}, 170 bundled styles for the number of volumes
 * alone): CSL makes it plural where the variable holds more than one number ("vols. 2–3"), or, for
 * a number of pages or volumes, a number above 1 ("2 vols."); citeproc-java 3.5 prints it
 * singular whatever the number, so APA printed "Collected (Vol. 1–2)" and Chicago "2 vol." for
 * citeproc-js's "Vols. 1–2" and "2 vols.". CSL has no test of a number's size, so the label is
 * written as the variable, its term singular and its term plural between marks
 * ({@code <text variable>}, {@code <text term>}, {@code <text term plural="true">}, which
 * {@link TermValues} words), and {@link #write} keeps the term the variable's number asks for.
 * A label set always singular or plural is {@link LabelPlurals}'.
 */
final class NumberPlurals {

    /** Opens the variable's value, of a variable whose label is plural where it holds more than one number. */
    static final String NUMBERS = "\uE0B0";
    /** Opens the variable's value, of a count (pages, volumes), whose label is plural above 1. */
    static final String COUNT = "\uE0B1";
    /** Opens the singular term. */
    static final String SINGULAR = "\uE0B2";
    /** Opens the plural term. */
    static final String PLURAL = "\uE0B3";
    static final String END = "\uE0B4";

    /** The variables whose label citeproc-java 3.5 prints singular whatever their number. */
    static final String VARIABLES = "volume|issue|edition|number-of-pages|number-of-volumes|chapter-number|collection-number"
            + "|part-number|supplement-number|printing-number";

    private static final Pattern LABEL = Pattern.compile("<label\\b(?![^>]*\\bplural=\"(?:never|always)\")"
            + "(?=[^>]*\\bvariable=\"(" + VARIABLES + ")\")([^>]*?)/>");
    private static final Pattern MARKED = Pattern.compile("(?s)([" + NUMBERS + COUNT + "])(.*?)" + SINGULAR + "(.*?)" + PLURAL
            + "(.*?)" + END);
    private static final Pattern AFFIXES = Pattern.compile("\\s+(prefix|suffix)=\"[^\"]*\"");

    private NumberPlurals() {
    }

    /** The style with each such label written as its variable and its two terms, marked for {@link #write}. */
    static String mark(String xml) {
        return LABEL.matcher(xml).replaceAll(m -> {
            String variable = m.group(1);
            String attributes = m.group(2);
            StringBuilder affixes = new StringBuilder();
            AFFIXES.matcher(attributes).results().forEach(a -> affixes.append(a.group()));
            String rest = AFFIXES.matcher(attributes).replaceAll("").replaceAll("\\s+(?:plural|variable)=\"[^\"]*\"", "");
            String open = variable.startsWith("number-of-") ? COUNT : NUMBERS;
            return Matcher.quoteReplacement("<group" + affixes + "><text value=\"" + open + "\"/><text variable=\"" + variable
                    + "\"/><text value=\"" + SINGULAR + "\"/><text term=\"" + variable + "\"" + rest + "/><text value=\"" + PLURAL
                    + "\"/><text term=\"" + variable + "\"" + rest + " plural=\"true\"/><text value=\"" + END + "\"/></group>");
        });
    }

    /** The rendered text with each marked label in the number its variable asks for, the variable and the marks off. */
    static String write(String html) {
        if (html.indexOf(END) < 0) {
            return html;
        }
        return MARKED.matcher(html).replaceAll(m -> Matcher.quoteReplacement(
                plural(m.group(1).equals(COUNT), plain(m.group(2))) ? m.group(4) : m.group(3)));
    }

    /** Whether a value is plural as CSL reads it: more than one number, or for a count a number above 1. */
    private static boolean plural(boolean count, String value) {
        List<NumberElement> elements = NumberParser.parse(value.strip());
        if (elements.size() > 1 || elements.stream().anyMatch(NumberElement::isPlural)) {
            return true;
        }
        if (count) {
            Matcher number = Pattern.compile("\\d+").matcher(value);
            return number.find() && Long.parseLong(number.group().length() > 18 ? "2" : number.group()) > 1;
        }
        return false;
    }

    /** The rendered value as text: without markup, its commonest entities read. */
    private static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&amp;", "&").replace("&#38;", "&").replace("&ndash;", "–");
    }
}
