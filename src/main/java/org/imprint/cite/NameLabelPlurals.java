package org.imprint.cite;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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

    /** A comment, or a tag: "/" if closing, its name, its attributes, "/" if it closes itself. */
    private static final Pattern TAG = Pattern.compile("(?s)<!--.*?-->|<(/?)([A-Za-z][\\w:.-]*)([^>]*?)(/?)>");
    /** The forms a spare one is chosen from, the least printed first. */
    private static final List<String> FORMS = List.of("symbol", "verb-short", "verb", "short", "long");
    /** A style's locale without a language (as {@link StyleLocales#forLanguage} leaves those that apply). */
    private static final Pattern LANGUAGELESS = Pattern.compile("<locale\\b(?![^>]*\\bxml:lang=)[^>]*?(/?)>");

    private NameLabelPlurals() {
    }

    /** A {@code <names>} of the style: its variables, its first label, and the variables of the names of its substitute. */
    private static final class Names {
        final List<String> variables;
        final List<String> inheriting = new ArrayList<>();
        final boolean substituted;
        Label label;

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
    }

    /** A names' label: where its tag starts and ends, and its attributes. */
    private record Label(int start, int end, String attributes) {
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
        List<Names> names = new ArrayList<>();
        // how each term is printed in each form: "never" singular, "always" plural, "contextual" by the number of names
        Map<String, Set<String>> uses = new HashMap<>();
        Deque<Object> open = new ArrayDeque<>();   // the open elements: a Names, or an element's name
        Matcher tag = TAG.matcher(xml);
        while (tag.find()) {
            if (tag.group(2) == null) {
                continue;   // a comment
            }
            String element = tag.group(2);
            if (!tag.group(1).isEmpty()) {
                if (!open.isEmpty()) {
                    open.pop();
                }
                continue;
            }
            boolean closed = !tag.group(4).isEmpty();
            Object parent = open.peek();
            if (element.equals("names")) {
                Object grandparent = open.size() > 1 ? new ArrayList<>(open).get(1) : null;
                boolean substituted = "substitute".equals(parent) && grandparent instanceof Names;
                Names n = new Names(java.util.Arrays.stream(StyleAttributes.value(tag.group(3), "variable").split("\\s+")).filter(v -> !v.isEmpty()).toList(),
                        substituted);
                if (substituted) {
                    ((Names) grandparent).inheriting.addAll(n.variables);
                }
                names.add(n);
                if (!closed) {
                    open.push(n);
                }
            } else {
                if (element.equals("label") && parent instanceof Names n && n.label == null) {
                    // one written with an end tag is left as it is
                    n.label = closed ? new Label(tag.start(), tag.end(), tag.group(3)) : new Label(tag.start(), tag.start(), "");
                } else if (element.equals("text") && !StyleAttributes.value(tag.group(3), "term").isEmpty()) {
                    uses.computeIfAbsent(StyleAttributes.value(tag.group(3), "term") + " " + form(tag.group(3)), k -> new LinkedHashSet<>())
                            .add(StyleAttributes.value(tag.group(3), "plural").equals("true") ? "always" : "never");
                }
                if (!closed) {
                    open.push(element);
                }
            }
        }
        for (Names n : names) {
            if (n.label != null && !n.substituted) {
                for (String variable : n.labelled()) {
                    uses.computeIfAbsent(variable + " " + form(n.label.attributes()), k -> new LinkedHashSet<>()).add(number(n.label.attributes()));
                }
            }
        }
        List<String> locales = CslLocaleFiles.termSources(xml, language);
        Map<String, String> terms = new LinkedHashMap<>();   // "variable form" → the term's text
        Map<Integer, String> labels = new java.util.TreeMap<>();   // a label's start → the label as rewritten
        Map<Integer, Integer> ends = new HashMap<>();
        for (Names n : names) {
            if (n.label == null || n.substituted || number(n.label.attributes()).equals("contextual")) {
                continue;
            }
            String attributes = n.label.attributes();
            String form = form(attributes);
            String number = number(attributes);
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
            String target = null;
            if (texts.keySet().stream().allMatch(v -> uses.get(v + " " + form).equals(Set.of(number)))) {
                target = form;
            } else {
                for (String spare : FORMS) {
                    if (texts.entrySet().stream().allMatch(t -> !uses.containsKey(t.getKey() + " " + spare)
                            && texts.get(t.getKey()).equals(terms.getOrDefault(t.getKey() + " " + spare, t.getValue())))) {
                        target = spare;
                        break;
                    }
                }
            }
            if (target == null) {
                continue;   // the style prints every form of the term: the number of names decides, as before
            }
            for (Map.Entry<String, String> t : texts.entrySet()) {
                terms.put(t.getKey() + " " + target, t.getValue());
            }
            String rest = attributes.replaceAll("\\s+(?:plural|form)=\"[^\"]*\"", "");
            labels.put(n.label.start(), "<label" + rest + " form=\"" + target + "\"/>");
            ends.put(n.label.start(), n.label.end());
        }
        if (terms.isEmpty()) {
            return xml;
        }
        StringBuilder out = new StringBuilder(xml.length() + 256);
        int copied = 0;
        for (Map.Entry<Integer, String> label : labels.entrySet()) {
            out.append(xml, copied, label.getKey()).append(label.getValue());
            copied = ends.get(label.getKey());
        }
        out.append(xml, copied, xml.length());
        Map<String, List<String>> numbers = new LinkedHashMap<>();
        terms.forEach((key, text) -> numbers.put(key, List.of(text, text)));
        return withTerms(out.toString(), numbers);
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

    /** A label's or text's form, "long" where it sets none. */
    private static String form(String attributes) {
        String form = StyleAttributes.value(attributes, "form");
        return form.isEmpty() ? "long" : form;
    }

    /** A label's number: "never", "always" or "contextual". */
    private static String number(String attributes) {
        String plural = StyleAttributes.value(attributes, "plural");
        return plural.equals("never") || plural.equals("always") ? plural : "contextual";
    }
}
