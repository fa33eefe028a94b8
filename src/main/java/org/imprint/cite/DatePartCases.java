package org.imprint.cite;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month a style sets in its own case ({@code <date-part name="month" text-case="lowercase"/>},
 * 140 bundled styles, every ABNT among them): citeproc-java 3.5 applies text-case to text,
 * labels and names only, so ABNT printed "Acesso em: 2 Jan. 2024" for "2 jan. 2024". The month
 * is marked in the style, inside the date part's affixes, and set in its case once rendered.
 */
final class DatePartCases {

    static final String LOWER = "\uE072";
    static final String UPPER = "\uE073";
    static final String CAPITAL = "\uE074";
    static final String END = "\uE075";

    private static final Pattern PART = Pattern.compile("<date-part\\b(?=[^>]*\\bname=\"month\")([^>]*?)\\s+text-case=\""
            + "(lowercase|uppercase|capitalize-first|capitalize-all|sentence|title)\"([^>]*?)/>");
    private static final Pattern MARKED = Pattern.compile("([" + LOWER + UPPER + CAPITAL + "])([^" + END + "]*)" + END);

    private DatePartCases() {
    }

    /** The style with each month that sets its own case marked for {@link #write}. */
    static String mark(String xml) {
        return PART.matcher(xml).replaceAll(m -> {
            String attributes = m.group(1) + m.group(3);
            String open = switch (m.group(2)) {
                case "lowercase" -> LOWER;
                case "uppercase" -> UPPER;
                default -> CAPITAL;
            };
            String prefix = StyleAttributes.value(attributes, "prefix") + open;
            String suffix = END + StyleAttributes.value(attributes, "suffix");
            String rest = attributes.replaceAll("\\s+(?:prefix|suffix)=\"[^\"]*\"", "");
            return Matcher.quoteReplacement("<date-part" + rest + " prefix=\"" + prefix + "\" suffix=\"" + suffix + "\"/>");
        });
    }

    /** The rendered text with each marked month in its case and the marks off. */
    static String write(String html, String language) {
        if (html.indexOf(END) < 0) {
            return html;
        }
        Locale locale = Locale.forLanguageTag(language);
        return MARKED.matcher(html).replaceAll(m -> {
            // citeproc-java writes "März" as "M&auml;rz": cased as written, the entity broke ("M&AUML;RZ")
            String month = org.jsoup.parser.Parser.unescapeEntities(m.group(2), false);
            String cased = switch (m.group(1)) {
                case LOWER -> month.toLowerCase(locale);
                case UPPER -> month.toUpperCase(locale);
                default -> month.isEmpty() ? month : month.substring(0, 1).toUpperCase(locale) + month.substring(1);
            };
            return Matcher.quoteReplacement(org.jsoup.nodes.Entities.escape(cased));
        });
    }
}
