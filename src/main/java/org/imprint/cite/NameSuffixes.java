package org.imprint.cite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.helper.StringHelper;

/**
 * Generation suffixes ("Jr.", "III") where CSL puts them. citeproc-java 3.5 sets a name's suffix
 * after its family name in either order, and has no option for it: "Martin Luther King Jr." is
 * right, but inverted it gives "King Jr., Martin Luther" where CSL (and Chicago, APA, MLA) give
 * "King, Martin Luther, Jr." ("King, M. L., Jr."). The suffix is marked in the sources it is
 * given; {@link #text} moves each marked suffix that stands before an inverted name's given
 * names to after them, and takes the marks out.
 *
 * @param givens by family name, every form the given names of a suffixed name may take in the
 *               style (in full, as initials), longest first
 */
record NameSuffixes(Map<String, List<String>> givens) {

    /** Before a name's suffix. */
    private static final String MARK = "\uE033";
    private static final Pattern INITIALIZE_WITH = Pattern.compile("\\binitialize-with=\"([^\"]*)\"");
    /** A marked suffix, the tags after it, and an inverted name's sort separator. */
    private static final Pattern INVERTED = Pattern.compile(" ?" + MARK + "([^<,]*?)((?:</[^>]+>)*), ((?:<[^>]+>)*)");

    /** The forms of the given names of the sources' suffixed names, as the style may set them. */
    static NameSuffixes of(Collection<CSLItemData> sources, String xml) {
        Set<String> withs = new LinkedHashSet<>();
        Matcher m = INITIALIZE_WITH.matcher(xml);
        while (m.find()) {
            withs.add(m.group(1).replace("&#160;", "\u00A0"));
        }
        Map<String, Set<String>> givens = new LinkedHashMap<>();
        for (CSLItemData source : sources) {
            for (NameVariables variable : NameVariables.ALL) {
                CSLName[] names = variable.get().apply(source);
                for (CSLName name : names == null ? new CSLName[0] : names) {
                    if (name.getSuffix() == null || name.getFamily() == null || name.getGiven() == null || name.getGiven().isBlank()) {
                        continue;
                    }
                    Set<String> forms = givens.computeIfAbsent(name.getFamily(), f -> new LinkedHashSet<>());
                    forms.add(name.getGiven());
                    for (String with : withs) {
                        forms.add(StringHelper.initializeName(name.getGiven(), with).strip());
                        forms.add(StringHelper.initializeName(name.getGiven(), with, true).strip());
                    }
                }
            }
        }
        Map<String, List<String>> sorted = new LinkedHashMap<>();
        givens.forEach((family, forms) -> {
            List<String> list = new ArrayList<>(forms);
            list.removeIf(String::isEmpty);
            list.sort(Comparator.comparingInt(String::length).reversed());
            sorted.put(family, list);
        });
        return new NameSuffixes(sorted);
    }

    /** The sources with each name's suffix marked. */
    static Map<String, CSLItemData> mark(Map<String, CSLItemData> items) {
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        items.forEach((id, item) -> {
            CSLItemDataBuilder b = null;
            for (NameVariables variable : NameVariables.ALL) {
                CSLName[] names = variable.get().apply(item);
                if (names == null || java.util.Arrays.stream(names).noneMatch(n -> n.getSuffix() != null && !n.getSuffix().isBlank())) {
                    continue;
                }
                CSLName[] marked = java.util.Arrays.stream(names).map(n -> n.getSuffix() == null || n.getSuffix().isBlank() ? n
                        : new CSLNameBuilder(n).suffix(MARK + n.getSuffix().strip()).build()).toArray(CSLName[]::new);
                b = variable.set().apply(b == null ? new CSLItemDataBuilder(item) : b, marked);
            }
            out.put(id, b == null ? item : b.build());
        });
        return out;
    }

    /**
     * A formatted text with each inverted name's suffix after its given names ("King, Martin
     * Luther, Jr."), without the marks; a name in display order keeps its suffix after the
     * family name ("Martin Luther King Jr.", CMOS 17 without the comma).
     */
    String text(String html) {
        if (!html.contains(MARK)) {
            return html;
        }
        Matcher m = INVERTED.matcher(html);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (m.find()) {
            if (m.start() < at) {
                continue;
            }
            // the given names of the name whose family name stands right before the suffix
            String before = html.substring(Math.max(at, m.start() - 300), m.start()).replaceAll("<[^>]*>", "");
            String after = html.substring(m.end());
            String given = givens.entrySet().stream().filter(e -> before.endsWith(e.getKey())).flatMap(e -> e.getValue().stream())
                    .filter(after::startsWith).findFirst().orElse(null);
            if (given == null) {
                continue;
            }
            String suffix = m.group(1);
            int end = m.end() + given.length();
            // "Jr." before the name's own closing full stop: one stop
            boolean stop = suffix.endsWith(".") && end < html.length() && html.charAt(end) == '.';
            out.append(html, at, m.start()).append(m.group(2)).append(", ").append(m.group(3)).append(given)
                    .append(", ").append(suffix);
            at = stop ? end + 1 : end;
        }
        out.append(html.substring(at));
        return out.toString().replace(MARK, "");
    }
}
