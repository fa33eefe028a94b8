package org.imprint.cite;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A term a style prints in a text element with an attribute citeproc-java ignores there:
 * <ul>
 * <li>without its full stops ({@code <text term="ibid" strip-periods="true"/>}): OSCOLA printed
 * "ibid." and "Ibid. 4." for its "ibid" and "Ibid 4", and styles their "ed." and "vol." for "ed"
 * and "vol";</li>
 * <li>in its plural ({@code <text term="volume" form="short" plural="true"/>}, 455 bundled
 * styles, most for a number of volumes): Chicago and IEEE printed "4 vol." for "4 vols.".</li>
 * </ul>
 * Such an element is given the term's text, looked up as citeproc-java looks it up (the style's
 * locales for the article's language, then the CSL locale files), in the form it asks for, as its value.
 */
final class TermValues {

    /** A text element printing a term without its full stops or in its plural. */
    private static final Pattern TEXT = Pattern.compile(
            "<text\\b(?=[^>]*\\b(?:strip-periods|plural)=\"true\")(?=[^>]*\\bterm=\")([^>]*?)(/?)>");
    /** A term and its text (or single and multiple forms). */
    private static final Pattern TERM = Pattern.compile("(?s)<term\\b([^>]*?)(?:/>|>(.*?)</term>)");

    private TermValues() {
    }

    /**
     * The style with each term it strips of full stops or prints in its plural written as a value.
     *
     * @param xml the style as {@link StyleLocales#forLanguage} leaves it: the locales that apply
     *            to the language without their language tag
     */
    static String apply(String xml, String language) {
        if (!TEXT.matcher(xml).find()) {
            return xml;
        }
        List<String> locales = CslLocaleFiles.termSources(xml, language);
        return TEXT.matcher(xml).replaceAll(m -> {
            String attributes = m.group(1);
            String form = StyleAttributes.value(attributes, "form");
            String text = term(locales, StyleAttributes.value(attributes, "term"), form.isEmpty() ? "long" : form,
                    StyleAttributes.value(attributes, "plural").equals("true"));
            if (text == null) {
                return Matcher.quoteReplacement(m.group());
            }
            String rest = attributes.replaceAll("\\s+(?:term|form|plural|strip-periods)=\"[^\"]*\"", "");
            if (StyleAttributes.value(attributes, "strip-periods").equals("true")) {
                text = text.replace(".", "");
            }
            return Matcher.quoteReplacement("<text" + rest + " value=\"" + text.replace("\"", "&quot;")
                    + "\"" + m.group(2) + ">");
        });
    }

    /** A term's text in a form, single or plural, from the first locale that has it; {@code null} for none. */
    static String term(List<String> locales, String name, String form, boolean plural) {
        for (String locale : locales) {
            Matcher m = TERM.matcher(locale);
            while (m.find()) {
                String attributes = m.group(1);
                String termForm = StyleAttributes.value(attributes, "form");
                if (!StyleAttributes.value(attributes, "name").equals(name) || !(termForm.isEmpty() ? "long" : termForm).equals(form)
                        || !StyleAttributes.value(attributes, "gender-form").isEmpty()) {
                    continue;
                }
                // an empty term ("author" in en-US) written <term name="author"/>: read, it ran on into the next, "chairs"
                String content = m.group(2) == null ? "" : m.group(2);
                Matcher number = Pattern.compile("(?s)<" + (plural ? "multiple" : "single") + ">(.*?)</").matcher(content);
                String text = number.find() ? number.group(1) : content.contains("<") ? null : content;
                if (text != null && !text.isBlank()) {
                    return text;
                }
            }
        }
        return null;
    }
}
