package org.imprint.cite;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    /** A comment, or a tag: "/" if closing, its name, its attributes, "/" if it closes itself. */
    private static final Pattern TAG = Pattern.compile("(?s)<!--.*?-->|<(/?)([A-Za-z][\\w:.-]*)([^>]*?)(/?)>");
    /** A label, or a text printing a term, with title case. */
    private static final Pattern TITLE_TERM = Pattern.compile(
            "<(?:label\\b|text\\b(?=[^>]*\\bterm=\"))[^>]*?\\btext-case=\"title\"[^>]*>");
    /** A text of a term or a value, in title case. */
    private static final Pattern TITLE_TEXT = Pattern.compile(
            "<text\\b(?=[^>]*\\b(?:term|value)=\")(?=[^>]*\\btext-case=\"title\")([^>]*?)(/?)>");
    /** The forms a spare one is chosen from, the least printed first. */
    private static final List<String> FORMS = List.of("symbol", "verb-short", "verb", "short", "long");

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
                String form = StyleAttributes.value(attributes, "form");
                text = TermValues.term(locales, StyleAttributes.value(attributes, "term"), form.isEmpty() ? "long" : form, false);
                if (text == null) {
                    return Matcher.quoteReplacement(m.group());
                }
                text = text.replace("\"", "&quot;");
            }
            String rest = attributes.replaceAll("\\s+(?:term|form|value|text-case)=\"[^\"]*\"", "");
            return Matcher.quoteReplacement("<text" + rest + " value=\"" + TitleCase.of(text, language) + "\"" + m.group(2) + ">");
        });
    }

    /** A {@code <names>} of the style: its variables, its first label, and the variables of the names of its substitute. */
    private static final class Names {
        final List<String> variables;
        final List<String> inheriting = new ArrayList<>();
        final boolean substituted;
        int start = -1;
        int end;
        String label;

        Names(List<String> variables, boolean substituted) {
            this.variables = variables;
            this.substituted = substituted;
        }

        /** The variables that print with this names' label. */
        Set<String> labelled() {
            Set<String> all = new LinkedHashSet<>(variables);
            all.addAll(inheriting);
            return all;
        }

        boolean titled() {
            return label != null && !substituted && StyleAttributes.value(label, "text-case").equals("title");
        }
    }

    /** Each names label in title case printing its terms, written title-cased into the style's locale. */
    private static String labels(String xml, List<String> locales, String language) {
        List<Names> names = new ArrayList<>();
        Map<String, Set<Boolean>> uses = new HashMap<>();   // "term form" → whether each use of it is title-cased
        Deque<Object> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(xml);
        while (tag.find()) {
            if (tag.group(2) == null) {
                continue;   // a comment
            }
            if (!tag.group(1).isEmpty()) {
                if (!open.isEmpty()) {
                    open.pop();
                }
                continue;
            }
            String element = tag.group(2);
            String attributes = tag.group(3);
            boolean closed = !tag.group(4).isEmpty();
            Object parent = open.peek();
            if (element.equals("names")) {
                Object grandparent = open.size() > 1 ? new ArrayList<>(open).get(1) : null;
                boolean substituted = "substitute".equals(parent) && grandparent instanceof Names;
                Names n = new Names(List.of(StyleAttributes.value(attributes, "variable").trim().split("\\s+")), substituted);
                if (substituted) {
                    ((Names) grandparent).inheriting.addAll(n.variables);
                }
                names.add(n);
                if (!closed) {
                    open.push(n);
                }
                continue;
            }
            if (element.equals("label") && parent instanceof Names n && n.label == null && closed) {
                n.label = attributes;
                n.start = tag.start();
                n.end = tag.end();
            } else if (element.equals("text") && !StyleAttributes.value(attributes, "term").isEmpty()) {
                uses.computeIfAbsent(StyleAttributes.value(attributes, "term") + " " + form(attributes), k -> new LinkedHashSet<>()).add(false);
            } else if (element.equals("label") && !StyleAttributes.value(attributes, "variable").isEmpty()) {
                for (String variable : StyleAttributes.value(attributes, "variable").split("\\s+")) {
                    uses.computeIfAbsent(variable + " " + form(attributes), k -> new LinkedHashSet<>()).add(false);
                }
            }
            if (!closed) {
                open.push(element);
            }
        }
        for (Names n : names) {
            if (n.label != null && !n.substituted) {
                for (String variable : n.labelled()) {
                    uses.computeIfAbsent(variable + " " + form(n.label), k -> new LinkedHashSet<>()).add(n.titled());
                }
            }
        }
        Map<String, List<String>> terms = new LinkedHashMap<>();   // "variable form" → its singular and plural, title-cased
        Map<Integer, Names> rewritten = new TreeMap<>();
        Map<Integer, String> targets = new HashMap<>();
        for (Names n : names) {
            if (!n.titled()) {
                continue;
            }
            String form = form(n.label);
            Map<String, List<String>> texts = new LinkedHashMap<>();
            for (String variable : n.labelled()) {
                String single = TermValues.term(locales, variable, form, false);
                String plural = TermValues.term(locales, variable, form, true);
                if (single != null || plural != null) {
                    texts.put(variable, List.of(TitleCase.of(single == null ? plural : single, language),
                            TitleCase.of(plural == null ? single : plural, language)));
                }
            }
            String target = null;
            if (texts.keySet().stream().allMatch(v -> uses.get(v + " " + form).equals(Set.of(true))
                    && texts.get(v).equals(terms.getOrDefault(v + " " + form, texts.get(v))))) {
                target = form;
            } else {
                for (String spare : FORMS) {
                    if (texts.keySet().stream().allMatch(v -> !uses.containsKey(v + " " + spare)
                            && texts.get(v).equals(terms.getOrDefault(v + " " + spare, texts.get(v))))) {
                        target = spare;
                        break;
                    }
                }
            }
            if (target == null) {
                continue;   // every form printed otherwise: capitalize-all, outside English
            }
            for (Map.Entry<String, List<String>> t : texts.entrySet()) {
                terms.put(t.getKey() + " " + target, t.getValue());
            }
            rewritten.put(n.start, n);
            targets.put(n.start, target);
        }
        if (rewritten.isEmpty()) {
            return xml;
        }
        StringBuilder out = new StringBuilder(xml.length() + 256);
        int copied = 0;
        for (Map.Entry<Integer, Names> r : rewritten.entrySet()) {
            String rest = r.getValue().label.replaceAll("\\s+(?:text-case|form)=\"[^\"]*\"", "");
            out.append(xml, copied, r.getKey()).append("<label").append(rest).append(" form=\"").append(targets.get(r.getKey())).append("\"/>");
            copied = r.getValue().end;
        }
        out.append(xml, copied, xml.length());
        return terms.isEmpty() ? out.toString() : NameLabelPlurals.withTerms(out.toString(), terms);
    }

    /** A label's or text's form, "long" where it sets none. */
    private static String form(String attributes) {
        String form = StyleAttributes.value(attributes, "form");
        return form.isEmpty() ? "long" : form;
    }
}
