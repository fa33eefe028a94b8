package org.imprint.cite;

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

    private NameAffixes() {
    }

    /** The style with each name element's affixes on its names or label element, where they print the same. */
    static String apply(String xml) {
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
            if (substitute >= 0) {
                int substituteEnd = xml.indexOf("</substitute>", afterEnd);
                if (substituteEnd < 0 || !only(xml.substring(xml.indexOf('>', afterEnd) + 1, substituteEnd), "names")) {
                    continue;
                }
            }
            String after = xml.substring(nameEnd, afterEnd);
            String variable = StyleAttributes.value(namesTag, "variable");
            if (variable.isBlank() || variable.strip().contains(" ") || !only(before, "label") || !only(after, "label|et-al")) {
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
                if (label.find()) {
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
