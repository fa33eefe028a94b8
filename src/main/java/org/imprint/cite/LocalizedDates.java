package org.imprint.cite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A localized date whose parts the style overrides ({@code <date variable="issued" form="text">
 * <date-part name="month" form="short"/></date>}, 194 bundled styles), written out as the
 * locale's date format with the overrides applied. citeproc-java 3.5 prints the locale's format
 * and ignores the overrides: "March 1, 2024" for citeproc-js's "Mar. 1st, 2024", "01.03.2024"
 * for "01.03.24". As CSL says, an override may change a part's form, case, formatting, periods
 * and range delimiter but not its affixes, and {@code date-parts} chooses which parts print.
 */
final class LocalizedDates {

    private static final Pattern DATE = Pattern.compile("(?s)<date\\b([^>]*?)(?<!/)>(.*?)</date>");
    private static final Pattern FORM = Pattern.compile("\\s*\\bform=\"(text|numeric)\"");
    private static final Pattern PARTS = Pattern.compile("\\s*\\bdate-parts=\"([^\"]*)\"");
    private static final Pattern DATE_PART = Pattern.compile("<date-part\\b([^>]*?)\\s*/>");
    private static final Pattern AFFIX = Pattern.compile("\\s*\\b(?:prefix|suffix)=\"[^\"]*\"");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");
    /** A locale's date format of each form. */
    private static final Map<String, Pattern> LOCALE_FORMATS = Map.of(
            "text", Pattern.compile("(?s)<date\\b([^>]*\\bform=\"text\"[^>]*)>(.*?)</date>"),
            "numeric", Pattern.compile("(?s)<date\\b([^>]*\\bform=\"numeric\"[^>]*)>(.*?)</date>"));

    private LocalizedDates() {
    }

    /**
     * The style with its overridden localized dates written out.
     *
     * @param xml the style as {@link StyleLocales#forLanguage} leaves it: the locales that apply
     *            to the language without their language tag
     */
    static String apply(String xml, String language) {
        if (!xml.contains("<date-part")) {
            return xml;
        }
        List<String> locales = null;   // read only for a style that overrides a localized date
        Matcher date = DATE.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length() + 512);
        int copied = 0;
        while (date.find()) {
            Matcher form = FORM.matcher(date.group(1));
            String overrides = date.group(2);
            if (!date.group(1).contains("variable=") || !form.find() || !overrides.contains("<date-part")) {
                continue;   // a locale's own format, a date the style sets itself, or one with nothing to override
            }
            if (locales == null) {
                locales = CslLocaleFiles.termSources(xml, language);
            }
            Matcher localeDate = localeFormat(locales, form.group(1));
            if (localeDate == null) {
                continue;
            }
            String attributes = form.replaceFirst("");
            Matcher parts = PARTS.matcher(attributes);
            String chosen = parts.find() ? parts.group(1) : "year-month-day";
            attributes = parts.replaceFirst("");
            Map<String, String> overridden = new LinkedHashMap<>();
            Matcher part = DATE_PART.matcher(overrides);
            while (part.find()) {
                overridden.put(attribute(part.group(1), "name"), AFFIX.matcher(part.group(1)).replaceAll(""));
            }
            StringBuilder written = new StringBuilder("<date").append(attributes).append(localeDelimiter(localeDate.group(1))).append('>');
            Matcher localePart = DATE_PART.matcher(localeDate.group(2));
            while (localePart.find()) {
                String name = attribute(localePart.group(1), "name");
                if (chosen.contains(name)) {
                    written.append(merged(localePart.group(1), overridden.get(name), name));
                }
            }
            written.append("</date>");
            out.append(xml, copied, date.start()).append(written);
            copied = date.end();
        }
        return copied == 0 ? xml : out.append(xml, copied, xml.length()).toString();
    }

    /** The first of the locales' date formats of this form. */
    private static Matcher localeFormat(List<String> locales, String form) {
        Pattern format = LOCALE_FORMATS.get(form);
        for (String locale : locales) {
            Matcher m = format.matcher(locale);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    private static String localeDelimiter(String attributes) {
        String delimiter = attribute(attributes, "delimiter");
        return delimiter.isEmpty() ? "" : " delimiter=\"" + delimiter + "\"";
    }

    /**
     * The locale's part with the style's override: the override's attributes win but for the
     * affixes; a day given another form loses the locale's ordinal mark ({@link Ordinals#markDays}).
     */
    private static String merged(String locale, String override, String name) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(locale);
        while (a.find()) {
            attributes.put(a.group(1), a.group(2));
        }
        if (override != null) {
            Matcher o = ATTRIBUTE.matcher(override);
            while (o.find()) {
                attributes.put(o.group(1), o.group(2));
            }
            if (name.equals("day") && override.contains("form=") && attributes.containsKey("suffix")) {
                attributes.put("suffix", attributes.get("suffix").replace(Ordinals.DAY, ""));
            }
        }
        StringBuilder part = new StringBuilder("<date-part");
        attributes.forEach((key, value) -> part.append(' ').append(key).append("=\"").append(value).append('"'));
        return part.append("/>").toString();
    }

    private static String attribute(String attributes, String name) {
        return StyleAttributes.value(attributes, name);
    }
}
