package org.imprint.cite;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label of a name list that a style sets always singular or always plural ({@code <names
 * variable="editor"><label form="short" plural="never"/>}, 91 bundled styles): citeproc-java 3.5
 * ignores the attribute and chooses by the number of names, so
 * interdisziplinare-zeitschrift-fur-technologie-und-lernen printed "eds. von Di Ed and Al Eddy"
 * for its "ed. von". CSL allows no other element in a {@code <names>}, and citeproc-java takes a
 * names label's term from the variable and the label's form alone; so the style's own locale (the
 * first without a language, which citeproc-java merges) is given that term in that form with the
 * chosen number as both its singular and its plural. Where the style prints the same term in the
 * same form otherwise elsewhere (a label that follows the number of names, a text of the term in
 * the other number), the label takes a form of the term the style prints nowhere ("symbol",
 * "verb-short"...) and the term is given in that form instead. A {@code <names>} directly in a
 * {@code <substitute>} takes the label of the names it stands in for, in citeproc-java as in CSL
 * ({@link SubstituteNames}), so its variables are given the term too.
 */
final class NameLabelPlurals {

    /** A style's locale without a language (as {@link StyleLocales#forLanguage} leaves those that apply). */
    private static final Pattern LANGUAGELESS = Pattern.compile("<locale\\b(?![^>]*\\bxml:lang=)[^>]*?(/?)>");

    private NameLabelPlurals() {
    }

    /**
     * The style with each names label that sets its number printing that number.
     *
     * @param xml the style as {@link StyleLocales#forLanguage} leaves it: the locales that apply
     *            to the language without their language tag
     */
    static String apply(String xml, String language) {
        if (!xml.contains("plural=\"never\"") && !xml.contains("plural=\"always\"")) {
            return xml;
        }
        StyleNames style = StyleNames.read(xml);
        // how each term is printed in each form: "never" singular, "always" plural, "contextual" by the number of names
        Map<String, Set<String>> uses = new HashMap<>();
        for (StyleNames.TermUse use : style.uses()) {
            if (!use.label()) {
                uses.computeIfAbsent(use.name() + " " + use.form(), k -> new LinkedHashSet<>())
                        .add(StyleAttributes.value(use.attributes(), "plural").equals("true") ? "always" : "never");
            }
        }
        for (StyleNames.Names n : style.names()) {
            if (n.label() != null && !n.substituted()) {
                for (String variable : n.labelled()) {
                    uses.computeIfAbsent(variable + " " + form(n.label()), k -> new LinkedHashSet<>()).add(number(n.label()));
                }
            }
        }
        List<String> locales = CslLocaleFiles.termSources(xml, language);
        Map<String, String> terms = new LinkedHashMap<>();   // "variable form" → the term's text
        Map<StyleNames.Label, String> labels = new HashMap<>();
        for (StyleNames.Names n : style.names()) {
            if (n.label() == null || n.substituted() || number(n.label()).equals("contextual")) {
                continue;
            }
            String form = form(n.label());
            String number = number(n.label());
            Map<String, String> texts = new LinkedHashMap<>();
            for (String variable : n.labelled()) {
                String text = TermValues.term(locales, variable, form, number.equals("always"));
                if (text != null) {
                    texts.put(variable, text);
                }
            }
            if (texts.isEmpty()) {
                continue;   // a term the locale leaves empty ("author"): nothing to print either way
            }
            String target = texts.keySet().stream().allMatch(v -> uses.get(v + " " + form).equals(Set.of(number)))
                    ? form : StyleNames.spareForm(texts, uses.keySet(), terms);
            if (target == null) {
                continue;   // the style prints every form of the term: the number of names decides, as before
            }
            for (Map.Entry<String, String> t : texts.entrySet()) {
                terms.put(t.getKey() + " " + target, t.getValue());
            }
            String rest = n.label().attributes().replaceAll("\\s+(?:plural|form)=\"[^\"]*\"", "");
            labels.put(n.label(), "<label" + rest + " form=\"" + target + "\"/>");
        }
        if (terms.isEmpty()) {
            return xml;
        }
        String out = StyleNames.relabelled(xml, labels);
        Map<String, List<String>> numbers = new LinkedHashMap<>();
        terms.forEach((key, text) -> numbers.put(key, List.of(text, text)));
        return withTerms(out, numbers);
    }

    /**
     * The style with these terms, "name form" → its singular and its plural text, last in its
     * first locale without a language (made where it has none), which citeproc-java merges.
     */
    static String withTerms(String xml, Map<String, List<String>> terms) {
        StringBuilder written = new StringBuilder();
        terms.forEach((key, text) -> {
            String[] nameAndForm = key.split(" ");
            written.append("<term name=\"").append(nameAndForm[0]).append("\" form=\"").append(nameAndForm[1]).append("\"><single>")
                    .append(text.get(0)).append("</single><multiple>").append(text.get(1)).append("</multiple></term>");
        });
        Matcher locale = LANGUAGELESS.matcher(xml);
        if (locale.find()) {
            if (!locale.group(1).isEmpty()) {
                String tag = locale.group();
                return xml.substring(0, locale.start()) + tag.substring(0, tag.length() - 2) + "><terms>" + written + "</terms></locale>"
                        + xml.substring(locale.end());
            }
            int close = xml.indexOf("</locale>", locale.end());
            int end = xml.lastIndexOf("</terms>", close);
            if (end > locale.end()) {
                return xml.substring(0, end) + written + xml.substring(end);
            }
            return xml.substring(0, locale.end()) + "<terms>" + written + "</terms>" + xml.substring(locale.end());
        }
        int info = xml.indexOf("</info>");
        int at = info >= 0 ? info + "</info>".length() : xml.indexOf('>', xml.indexOf("<style")) + 1;
        return xml.substring(0, at) + "<locale><terms>" + written + "</terms></locale>" + xml.substring(at);
    }

    /** A names label's form: "long" where it sets none or is written with an end tag (left as it is). */
    private static String form(StyleNames.Label label) {
        return label.closed() ? label.form() : "long";
    }

    /** A names label's number: "never", "always", or "contextual" (also where it is written with an end tag). */
    private static String number(StyleNames.Label label) {
        String plural = label.closed() ? StyleAttributes.value(label.attributes(), "plural") : "";
        return plural.equals("never") || plural.equals("always") ? plural : "contextual";
    }
}
