package org.imprint.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * CSL's ordinal numbers ({@code <number form="ordinal"/>}: "2nd ed.", German "2. Aufl.", French
 * "2e éd."), which citeproc-java 3.5 prints as plain numbers ("2 ed."). The style's number is
 * given a mark after it, and the number before the mark is written as the language's ordinal
 * (ICU's rules) once citeproc-java has made the text. The source's value stays a number, so the
 * style's {@code is-numeric} conditions read it as before.
 */
final class Ordinals {

    /** After a number to be written as an ordinal ("2nd"). */
    private static final String ORDINAL = "\uE040";
    /** After a number to be written as a long ordinal ("second"). */
    private static final String LONG_ORDINAL = "\uE041";
    private static final Pattern NUMBER = Pattern.compile("<number\\b([^>]*?)\\s*/>");
    private static final Pattern FORM = Pattern.compile("\\s*\\bform=\"(long-ordinal|ordinal)\"");
    private static final Pattern SUFFIX = Pattern.compile("\\s*\\bsuffix=\"([^\"]*)\"");
    private static final Pattern MARKED = Pattern.compile("(\\d+)([" + ORDINAL + LONG_ORDINAL + "])");

    private Ordinals() {
    }

    /**
     * The style with each ordinal number marked: {@code <number variable="edition" form="ordinal"/>}
     * becomes a number followed by the mark (and then its own suffix).
     */
    static String mark(String xml) {
        return NUMBER.matcher(xml).replaceAll(m -> {
            Matcher form = FORM.matcher(m.group(1));
            if (!form.find()) {
                return Matcher.quoteReplacement(m.group());
            }
            String attributes = form.replaceFirst("");
            Matcher suffix = SUFFIX.matcher(attributes);
            String after = suffix.find() ? suffix.group(1) : "";
            attributes = suffix.replaceFirst("");
            String mark = form.group(1).equals("ordinal") ? ORDINAL : LONG_ORDINAL;
            // a group keeps the number's suffix after the mark and prints nothing without the number
            return Matcher.quoteReplacement("<group suffix=\"" + after + "\"><number" + attributes + "/><text value=\"" + mark + "\"/></group>");
        });
    }

    /** The text with each marked number as the language's ordinal; a mark after anything else is dropped. */
    static String write(String html, String language) {
        if (html == null || (html.indexOf(ORDINAL.charAt(0)) < 0 && html.indexOf(LONG_ORDINAL.charAt(0)) < 0)) {
            return html;
        }
        ULocale locale = ULocale.forLanguageTag(language);
        String written = MARKED.matcher(html).replaceAll(m -> {
            long n = Long.parseLong(m.group(1));
            return Matcher.quoteReplacement(m.group(2).equals(ORDINAL) ? ordinal(locale, n) : longOrdinal(locale, n));
        });
        return written.replace(ORDINAL, "").replace(LONG_ORDINAL, "");
    }

    private static String ordinal(ULocale locale, long n) {
        return new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.ORDINAL).format(n);
    }

    /** CSL's long ordinals are words from one to ten ("second"), ordinals above. */
    private static String longOrdinal(ULocale locale, long n) {
        if (n < 1 || n > 10) {
            return ordinal(locale, n);
        }
        RuleBasedNumberFormat words = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        for (String rules : words.getRuleSetNames()) {
            if (rules.equals("%spellout-ordinal")) {
                return words.format(n, rules);
            }
        }
        return ordinal(locale, n);
    }
}
