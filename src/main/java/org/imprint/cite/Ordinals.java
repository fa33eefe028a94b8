package org.imprint.cite;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * CSL's ordinal numbers ({@code <number form="ordinal"/>}: "2nd ed.", German "2. Aufl.", French
 * "2ᵉ éd." and, for the feminine "édition", "1ʳᵉ éd."), which citeproc-java 3.5 prints as plain
 * numbers ("2 ed."). The style's number is given a mark after it that names the gender of the
 * term it counts, and the number before the mark is written with the locale's ordinal terms
 * ({@link OrdinalTerms}) once citeproc-java has made the text. The source's value stays a
 * number, so the style's {@code is-numeric} conditions read it as before.
 */
final class Ordinals {

    /** After a number to be written as an ordinal ("2nd"), neuter, feminine, masculine. */
    private static final String ORDINAL = "\uE040\uE042\uE043";
    /** After a number to be written as a long ordinal ("second"), neuter, feminine, masculine. */
    private static final String LONG_ORDINAL = "\uE041\uE044\uE045";
    /** After a day of the month to be written as an ordinal ("1st", "2."). */
    static final String DAY = "\uE046";
    private static final List<String> GENDERS = List.of("", "feminine", "masculine");
    private static final Pattern NUMBER = Pattern.compile("<number\\b([^>]*?)\\s*/>");
    private static final Pattern FORM = Pattern.compile("\\s*\\bform=\"(long-ordinal|ordinal)\"");
    private static final Pattern SUFFIX = Pattern.compile("\\s*\\bsuffix=\"([^\"]*)\"");
    private static final Pattern VARIABLE = Pattern.compile("\\bvariable=\"([^\"]*)\"");
    private static final Pattern MARKED = Pattern.compile("(\\d+)([" + ORDINAL + LONG_ORDINAL + DAY + "])");
    private static final Pattern ANY_MARK = Pattern.compile("[" + ORDINAL + LONG_ORDINAL + DAY + "]");
    /** A day date-part in the ordinal form. */
    private static final Pattern DAY_PART = Pattern.compile("<date-part\\b(?=[^>]*\\bname=\"day\")([^>]*?)\\s*/>");
    private static final Pattern ORDINAL_FORM = Pattern.compile("\\s*\\bform=\"(ordinal)\"");

    private final OrdinalTerms terms;

    private Ordinals(OrdinalTerms terms) {
        this.terms = terms;
    }

    /** The ordinals of a style in a language. */
    static Ordinals of(String styleXml, String language) {
        return new Ordinals(OrdinalTerms.of(styleXml, language));
    }

    /**
     * The style with each ordinal number marked: {@code <number variable="edition" form="ordinal"/>}
     * becomes a number followed by the mark (and then its own suffix); so does each ordinal day ({@link #markDays}).
     */
    String mark(String xml) {
        return markDays(markNumbers(xml));
    }

    private String markNumbers(String xml) {
        return NUMBER.matcher(xml).replaceAll(m -> {
            Attributes split = Attributes.split(m.group(1), FORM);
            if (split == null) {
                return Matcher.quoteReplacement(m.group());
            }
            Matcher variable = VARIABLE.matcher(split.rest());
            int gender = Math.max(0, GENDERS.indexOf(variable.find() ? terms.genderOf(variable.group(1)) : ""));
            char mark = (split.form().equals("ordinal") ? ORDINAL : LONG_ORDINAL).charAt(gender);
            // a group keeps the number's suffix after the mark and prints nothing without the number
            return Matcher.quoteReplacement("<group suffix=\"" + split.suffix() + "\"><number" + split.rest() + "/><text value=\"" + mark + "\"/></group>");
        });
    }

    /**
     * A style or CSL locale with each day date-part in the ordinal form ({@code <date-part
     * name="day" form="ordinal"/>}: "1st February", German "2. Februar", 47 bundled styles and
     * the German, Danish, Finnish, Norwegian and Brazilian locales' dates) marked: citeproc-java
     * 3.5 prints the day as a plain number. The part prints the mark right after the day, before
     * its suffix, and {@link #write} writes the day as an ordinal.
     */
    static String markDays(String xml) {
        return DAY_PART.matcher(xml).replaceAll(m -> {
            Attributes split = Attributes.split(m.group(1), ORDINAL_FORM);
            if (split == null) {
                return Matcher.quoteReplacement(m.group());
            }
            return Matcher.quoteReplacement("<date-part" + split.rest() + " suffix=\"" + DAY + split.suffix() + "\"/>");
        });
    }

    /** The text with each marked number as the locale's ordinal; a mark after anything else is dropped. */
    String write(String html) {
        if (html == null || !ANY_MARK.matcher(html).find()) {
            return html;
        }
        String written = MARKED.matcher(html).replaceAll(m -> {
            long n = Long.parseLong(m.group(1));
            char mark = m.group(2).charAt(0);
            if (DAY.indexOf(mark) >= 0) {
                return Matcher.quoteReplacement(terms.day(n));
            }
            boolean ordinal = ORDINAL.indexOf(mark) >= 0;
            String gender = GENDERS.get(ordinal ? ORDINAL.indexOf(mark) : LONG_ORDINAL.indexOf(mark));
            return Matcher.quoteReplacement(ordinal ? terms.ordinal(n, gender) : terms.longOrdinal(n, gender));
        });
        return ANY_MARK.matcher(written).replaceAll("");
    }

    /**
     * An element's attributes split for marking: the value of its ordinal form, its other
     * attributes but the suffix, and the suffix ({@code ""} without one), which the mark goes before.
     */
    private record Attributes(String form, String rest, String suffix) {

        /** The split, or {@code null} when the attributes have no such form. */
        static Attributes split(String attributes, Pattern form) {
            Matcher found = form.matcher(attributes);
            if (!found.find()) {
                return null;
            }
            Matcher suffix = SUFFIX.matcher(found.replaceFirst(""));
            String after = suffix.find() ? suffix.group(1) : "";
            return new Attributes(found.group(1), suffix.replaceFirst(""), after);
        }
    }
}
