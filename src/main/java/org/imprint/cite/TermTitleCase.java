package org.imprint.cite;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role label or term a style sets in title case ({@code <label form="short" text-case="title"/>},
 * 189 bundled styles, and {@code <text term="in" text-case="title"/>}, 17): citeproc-java 3.5
 * applies title case only when the item's language, or failing one the article's, is English, so
 * APA in Spanish printed "(eds.)" and "trad." where citeproc-js, which sets a term in title case
 * in every language, prints "(Eds.)" and "Trad."; and its capitalize-all, used instead before,
 * printed Italian "A C. Di" and Spanish "Ed. Y Trad." for citeproc-js's "A c. Di" and "Ed. y Trad.".
 *
 * <p>So the words are set here, in citeproc-js's title case ({@link TitleCase}), in every language:
 * a text of a term (or a style's value) is given the title-cased words as its value; a names
 * label has its terms, singular and plural, written title-cased into the style's own locale (which
 * citeproc-java merges), in the label's form where the style prints the term in that form nowhere
 * else, otherwise in a form it prints nowhere ("symbol", "verb-short"...), as
 * {@link NameLabelPlurals} does. A label outside names (a locator's, whose term the cite decides)
 * is set with capitalize-all outside English, the same for its one-word terms.
 */
final class TermTitleCase {

    /** A label, or a text printing a term, with title case. */
    private static final Pattern TITLE_TERM = Pattern.compile(
            "<(?:label\\b|text\\b(?=[^>]*\\bterm=\"))[^>]*?\\btext-case=\"title\"[^>]*>");
    /** A text of a term or a value, in title case. */
    private static final Pattern TITLE_TEXT = Pattern.compile(
            "<text\\b(?=[^>]*\\b(?:term|value)=\")(?=[^>]*\\btext-case=\"title\")([^>]*?)(/?)>");
    private TermTitleCase() {
    }

    /**
     * The style with its title-cased labels and terms written in citeproc-js's title case.
     *
     * @param xml the style as {@link StyleLocales#forLanguage} leaves it: the locales that apply
     *            to the language without their language tag
     */
    static String apply(String xml, String language) {
        List<String> locales = CslLocaleFiles.termSources(xml, language);
        xml = texts(xml, locales, language);
        xml = labels(xml, locales, language);
        if (Locale.forLanguageTag(language).getLanguage().equals("en")) {
            return xml;
        }
        return TITLE_TERM.matcher(xml).replaceAll(m -> Matcher.quoteReplacement(
                m.group().replace("text-case=\"title\"", "text-case=\"capitalize-all\"")));
    }

    /** Each text of a term or value in title case given its words title-cased as its value. */
    private static String texts(String xml, List<String> locales, String language) {
        return TITLE_TEXT.matcher(xml).replaceAll(m -> {
            String attributes = m.group(1);
            String text = StyleAttributes.value(attributes, "value");
            if (text.isEmpty()) {
                text = TermValues.term(locales, StyleAttributes.value(attributes, "term"), StyleNames.form(attributes), false);
                if (text == null) {
                    return Matcher.quoteReplacement(m.group());
                }
                text = text.replace("\"", "&quot;");
            }
            String rest = attributes.replaceAll("\\s+(?:term|form|value|text-case)=\"[^\"]*\"", "");
            return Matcher.quoteReplacement("<text" + rest + " value=\"" + TitleCase.of(text, language) + "\"" + m.group(2) + ">");
        });
    }

    /** Each names label in title case printing its terms, written title-cased into the style's locale. */
    private static String labels(String xml, List<String> locales, String language) {
        StyleNames style = StyleNames.read(xml);
        Map<String, Set<Boolean>> uses = new HashMap<>();   // "term form" → whether each use of it is title-cased
        for (StyleNames.TermUse use : style.uses()) {
            uses.computeIfAbsent(use.name() + " " + use.form(), k -> new LinkedHashSet<>()).add(false);
        }
        for (StyleNames.Names n : style.names()) {
            if (n.label() != null && !n.substituted()) {
                for (String variable : n.labelled()) {
                    uses.computeIfAbsent(variable + " " + n.label().form(), k -> new LinkedHashSet<>()).add(titled(n));
                }
            }
        }
        Map<String, List<String>> terms = new LinkedHashMap<>();   // "variable form" → its singular and plural, title-cased
        Map<StyleNames.Label, String> labels = new HashMap<>();
        for (StyleNames.Names n : style.names()) {
            if (!titled(n)) {
                continue;
            }
            String form = n.label().form();
            Map<String, List<String>> texts = new LinkedHashMap<>();
            for (String variable : n.labelled()) {
                String single = TermValues.term(locales, variable, form, false);
                String plural = TermValues.term(locales, variable, form, true);
                if (single != null || plural != null) {
                    texts.put(variable, List.of(TitleCase.of(single == null ? plural : single, language),
                            TitleCase.of(plural == null ? single : plural, language)));
                }
            }
            String target = texts.keySet().stream().allMatch(v -> uses.get(v + " " + form).equals(Set.of(true))
                    && texts.get(v).equals(terms.getOrDefault(v + " " + form, texts.get(v))))
                    ? form : StyleNames.spareForm(texts, uses.keySet(), terms);
            if (target == null) {
                continue;   // every form printed otherwise: capitalize-all, outside English
            }
            for (Map.Entry<String, List<String>> t : texts.entrySet()) {
                terms.put(t.getKey() + " " + target, t.getValue());
            }
            String rest = n.label().attributes().replaceAll("\\s+(?:text-case|form)=\"[^\"]*\"", "");
            labels.put(n.label(), "<label" + rest + " form=\"" + target + "\"/>");
        }
        if (labels.isEmpty()) {
            return xml;
        }
        String out = StyleNames.relabelled(xml, labels);
        return terms.isEmpty() ? out : NameLabelPlurals.withTerms(out, terms);
    }

    /** Whether a names' own label sets its terms in title case (one written with an end tag is left as it is). */
    private static boolean titled(StyleNames.Names n) {
        return n.label() != null && n.label().closed() && !n.substituted()
                && StyleAttributes.value(n.label().attributes(), "text-case").equals("title");
    }
}
