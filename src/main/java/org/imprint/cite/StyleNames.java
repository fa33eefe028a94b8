package org.imprint.cite;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A style's {@code <names>} with their labels, and the other places it prints a term in a form
 * (a text of a term, a label of a variable), read once for the corrections that give a names
 * label's terms their own text ({@link NameLabelPlurals}, {@link TermTitleCase}). citeproc-java
 * takes a names label's term from the variable and the label's form alone, so such a correction
 * writes the term into the style's locale, in the label's form where the style prints that term
 * in that form nowhere else, otherwise in a form it prints nowhere ({@link #spareForm}).
 *
 * @param names the names, in the style's order
 * @param uses  every text of a term and every label of a variable
 */
record StyleNames(List<Names> names, List<TermUse> uses) {

    /** A comment, or a tag: "/" if closing, its name, its attributes, "/" if it closes itself. */
    private static final Pattern TAG = Pattern.compile("(?s)<!--.*?-->|<(/?)([A-Za-z][\\w:.-]*)([^>]*?)(/?)>");
    /** The forms a spare one is chosen from, the least printed first. */
    private static final List<String> FORMS = List.of("symbol", "verb-short", "verb", "short", "long");

    /**
     * A {@code <names>} of the style: its variables, its first label, and the variables of the
     * names of its substitute, which print with its label (in citeproc-java as in CSL).
     */
    static final class Names {
        private final List<String> variables;
        private final List<String> inheriting = new ArrayList<>();
        private final boolean substituted;
        private Label label;

        private Names(List<String> variables, boolean substituted) {
            this.variables = variables;
            this.substituted = substituted;
        }

        /** Whether it stands directly in another names' substitute, and so prints with that one's label. */
        boolean substituted() {
            return substituted;
        }

        /** Its first label, or {@code null}. */
        Label label() {
            return label;
        }

        /** The variables that print with this names' label. */
        Set<String> labelled() {
            Set<String> all = new LinkedHashSet<>(variables);
            all.addAll(inheriting);
            return all;
        }
    }

    /**
     * A names' label: where its tag starts and ends, its attributes, and whether it closes itself
     * (one written with an end tag is left as it is).
     */
    record Label(int start, int end, String attributes, boolean closed) {

        /** Its form, "long" where it sets none. */
        String form() {
            return StyleNames.form(attributes);
        }
    }

    /**
     * A term printed outside a names label: a text of a term ({@code name} the term), or a label
     * of a variable ({@code name} the variable).
     */
    record TermUse(String name, String attributes, boolean label) {

        /** Its form, "long" where it sets none. */
        String form() {
            return StyleNames.form(attributes);
        }
    }

    /** The names and term uses of a style. */
    static StyleNames read(String xml) {
        List<Names> names = new ArrayList<>();
        List<TermUse> uses = new ArrayList<>();
        Deque<Object> open = new ArrayDeque<>();   // the open elements: a Names, or an element's name
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
            Object pushed = element;
            if (element.equals("names")) {
                Object grandparent = open.size() > 1 ? new ArrayList<>(open).get(1) : null;
                boolean substituted = "substitute".equals(parent) && grandparent instanceof Names;
                Names n = new Names(words(StyleAttributes.value(attributes, "variable")), substituted);
                if (substituted) {
                    ((Names) grandparent).inheriting.addAll(n.variables);
                }
                names.add(n);
                pushed = n;
            } else if (element.equals("label") && parent instanceof Names n) {
                if (n.label == null) {
                    n.label = new Label(tag.start(), tag.end(), attributes, closed);
                }
            } else if (element.equals("text") && !StyleAttributes.value(attributes, "term").isEmpty()) {
                uses.add(new TermUse(StyleAttributes.value(attributes, "term"), attributes, false));
            } else if (element.equals("label")) {
                for (String variable : words(StyleAttributes.value(attributes, "variable"))) {
                    uses.add(new TermUse(variable, attributes, true));
                }
            }
            if (!closed) {
                open.push(pushed);
            }
        }
        return new StyleNames(List.copyOf(names), List.copyOf(uses));
    }

    /**
     * The form, of those the style prints nowhere ({@code used}: "term form" keys), in which each
     * variable's text can be written: one no other label has been given another text in
     * ({@code written}); {@code null} when there is none.
     */
    static <T> String spareForm(Map<String, T> texts, Set<String> used, Map<String, T> written) {
        for (String spare : FORMS) {
            if (texts.keySet().stream().allMatch(v -> !used.contains(v + " " + spare)
                    && texts.get(v).equals(written.getOrDefault(v + " " + spare, texts.get(v))))) {
                return spare;
            }
        }
        return null;
    }

    /** The style with each of these labels replaced by its new tag. */
    static String relabelled(String xml, Map<Label, String> labels) {
        StringBuilder out = new StringBuilder(xml.length() + 256);
        int copied = 0;
        for (Map.Entry<Label, String> label : labels.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(Label::start))).toList()) {
            out.append(xml, copied, label.getKey().start()).append(label.getValue());
            copied = label.getKey().end();
        }
        return out.append(xml, copied, xml.length()).toString();
    }

    /** A label's or text's form, "long" where it sets none. */
    static String form(String attributes) {
        String form = StyleAttributes.value(attributes, "form");
        return form.isEmpty() ? "long" : form;
    }

    private static List<String> words(String value) {
        return Arrays.stream(value.split("\\s+")).filter(v -> !v.isEmpty()).toList();
    }
}
