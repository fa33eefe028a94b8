package org.imprint.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code <name>} element's prefix and suffix, which CSL prints around the list of names and
 * citeproc-java 3.5 ignores: ABNT lost the "Tradução: " before every translator (238 bundled
 * styles word or punctuate a name list so: " traduit par ", " In: ", "Translated by ").
 * The affixes move where they print the same: to the enclosing {@code <names>}, inside its own,
 * or, where a {@code <label>} stands between the affix and the names (harvard-university-for-the-
 * creative-arts' "Translated by" then {@code prefix=" "}: "Translated byTra, E."), to the label's
 * side that faces the names. Only where the names element names one variable and substitutes
 * nothing but other names (which take the name's affixes in CSL too; a substituted title would not).
 */
final class NameAffixes {

    /** A name element with its attributes; group 2 is "/" when it closes itself. */
    private static final Pattern NAME = Pattern.compile("<name(?![\\w-])([^>]*?)(/?)>");
    private static final Pattern LABEL = Pattern.compile("<label\\b[^>]*/>");
    private static final Pattern SUBSTITUTED_NAMES = Pattern.compile("<names\\b[^>]*\\bvariable=\"([^\"]*)\"");

    private NameAffixes() {
    }

    /** The style with each name element's affixes on its names or label element, where they print the same in the language. */
    static String apply(String xml, String language) {
        List<String> locales = CslLocaleFiles.termSources(StyleLocales.forLanguage(xml, language), language);
        StringBuilder out = new StringBuilder(xml.length());
        int copied = 0;
        Matcher name = NAME.matcher(xml);
        while (name.find()) {
            String prefix = StyleAttributes.value(name.group(1), "prefix");
            String suffix = StyleAttributes.value(name.group(1), "suffix");
            int open = xml.lastIndexOf("<names", name.start());
            int openEnd = open < 0 ? -1 : xml.indexOf('>', open);
            int close = xml.indexOf("</names>", name.end());
            if (prefix.isEmpty() && suffix.isEmpty() || open < copied || openEnd < 0 || close < 0
                    || xml.charAt(openEnd - 1) == '/') {
                continue;
            }
            String namesTag = xml.substring(open, openEnd + 1);
            String before = xml.substring(openEnd + 1, name.start());
            int nameEnd = name.group(2).equals("/") ? name.end() : xml.indexOf("</name>", name.end()) + "</name>".length();
            int substitute = xml.substring(nameEnd, close).indexOf("<substitute");
            int afterEnd = substitute < 0 ? close : nameEnd + substitute;
            // a substitute of other than names (a title's macro): the affixes may move to the names
            // element only, whose affixes citeproc-java sets round its names and never round what a
            // substitute prints (a substituted names element takes them, as it takes the name's in CSL)
            boolean namesOnly = true;
            List<String> labelled = new ArrayList<>();
            if (substitute >= 0) {
                int substituteEnd = xml.indexOf("</substitute>", afterEnd);
                if (substituteEnd < 0) {
                    continue;
                }
                String substituted = xml.substring(xml.indexOf('>', afterEnd) + 1, substituteEnd);
                namesOnly = only(substituted, "names");
                Matcher names = SUBSTITUTED_NAMES.matcher(substituted);
                while (names.find()) {
                    labelled.addAll(List.of(names.group(1).trim().split("\\s+")));
                }
            }
            String after = xml.substring(nameEnd, afterEnd);
            String variable = StyleAttributes.value(namesTag, "variable");
            if (variable.isBlank() || variable.strip().contains(" ") || !only(before, "label") || !only(after, "label|et-al")) {
                continue;
            }
            labelled.add(variable.strip());
            Matcher following = LABEL.matcher(after);
            // a label after the names that prints nothing for any of them (English "author"): the suffix
            // set on it was lost with it (m801's "Bok, F. 2011" for "Bok, F., 2011"); it stays with the names
            boolean silent = following.find() && labelled.stream().allMatch(v -> emptyTerm(locales, v, following.group()));
            if (!namesOnly && (!prefix.isEmpty() && LABEL.matcher(before).find() || !suffix.isEmpty() && LABEL.matcher(after).find() && !silent)) {
                continue;
            }
            if (!prefix.isEmpty()) {
                Matcher label = LABEL.matcher(before);
                if (label.find()) {
                    before = before.substring(0, label.start())
                            + withAttribute(label.group(), "suffix", StyleAttributes.value(label.group(), "suffix") + prefix)
                            + before.substring(label.end());
                } else {
                    namesTag = withAttribute(namesTag, "prefix", StyleAttributes.value(namesTag, "prefix") + prefix);
                }
            }
            if (!suffix.isEmpty()) {
                Matcher label = LABEL.matcher(after);
                if (label.find() && !silent) {
                    after = after.substring(0, label.start())
                            + withAttribute(label.group(), "prefix", suffix + StyleAttributes.value(label.group(), "prefix"))
                            + after.substring(label.end());
                } else {
                    namesTag = withAttribute(namesTag, "suffix", suffix + StyleAttributes.value(namesTag, "suffix"));
                }
            }
            String nameTag = name.group().replaceAll("\\s+(?:prefix|suffix)=\"[^\"]*\"", "");
            out.append(xml, copied, open).append(namesTag).append(before).append(nameTag)
                    .append(xml, name.end(), nameEnd).append(after);
            copied = afterEnd;
        }
        return copied == 0 ? xml : out.append(xml, copied, xml.length()).toString();
    }

    /** Whether a label prints nothing for a variable in the language: its term is empty in the label's form, singular and plural. */
    private static boolean emptyTerm(List<String> locales, String variable, String label) {
        String form = StyleAttributes.value(label, "form");
        form = form.isEmpty() ? "long" : form;
        return TermValues.term(locales, variable, form, false) == null && TermValues.term(locales, variable, form, true) == null
                && TermValues.term(locales, variable, "long", false) == null;
    }

    /** Whether the text holds nothing but comments and the named self-closed elements. */
    private static boolean only(String text, String elements) {
        return text.replaceAll("(?s)<!--.*?-->|<(?:" + elements + ")\\b[^>]*/>", "").isBlank();
    }

    /** The tag with the attribute set to the value. */
    private static String withAttribute(String tag, String name, String value) {
        String without = tag.replaceFirst("\\s+" + name + "=\"[^\"]*\"", "");
        int at = without.indexOf(' ') < 0 ? without.indexOf('/') < 0 ? without.indexOf('>') : without.indexOf('/') : without.indexOf(' ');
        return without.substring(0, at) + " " + name + "=\"" + value + "\"" + without.substring(at);
    }
}
