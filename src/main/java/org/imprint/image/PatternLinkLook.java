package org.imprint.image;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Keeps the look of a pattern's tile when {@link SvgEditorForms#resolvePatternLinks} copies it
 * into a pattern that links to it ({@code href="#base"}). SVG draws the linked content as it is
 * written where it is written: style rules that pick it by id ({@code #star{fill:gold}}) or
 * through its pattern still apply, and it inherits from the pattern it is written in, not from
 * the one that links to it (Inkscape gives the linking pattern a fill of its own). A copy has no
 * ids and another parent, so the rules that select the original are written into each copy's
 * style, and the copies sit in a group that sets what the original's pattern passes down.
 */
final class PatternLinkLook {

    /** The properties SVG 1.1 lists as inherited that shape, paint or set a tile's content. */
    private static final Map<String, String> INHERITED = initial();
    private static final Pattern RULE = Pattern.compile("([^{}]*)\\{([^{}]*)\\}");
    private static final Pattern COMPOUND = Pattern.compile("([a-zA-Z][\\w-]*|\\*)?((?:[#.][\\w-]+)*)");
    private static final Pattern ID_IN = Pattern.compile("#([\\w-]+)");

    private final List<Rule> rules;

    /** One selector of a style rule, with its declarations and its place in the cascade. */
    private record Rule(String selector, List<String> compounds, List<Character> combinators, int[] specificity, int order,
                        Map<String, String> normal, Map<String, String> important) {
    }

    private PatternLinkLook(List<Rule> rules) {
        this.rules = rules;
    }

    /** The drawing's style sheets, read for the rules a copy of a tile must carry. */
    static PatternLinkLook of(Element root) {
        List<Rule> rules = new ArrayList<>();
        NodeList sheets = root.getElementsByTagNameNS(SafeSvg.SVG_NS, "style");
        for (int i = 0; i < sheets.getLength(); i++) {
            Matcher m = RULE.matcher(SvgCss.uncommented(sheets.item(i).getTextContent()));
            while (m.find()) {
                Map<String, String> normal = new LinkedHashMap<>();
                Map<String, String> important = new LinkedHashMap<>();
                for (String declaration : m.group(2).split(";")) {
                    int colon = declaration.indexOf(':');
                    if (colon > 0) {
                        String value = declaration.substring(colon + 1).strip();
                        boolean bang = value.matches("(?is).*!\\s*important");
                        (bang ? important : normal).put(declaration.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                                bang ? value.replaceAll("(?is)\\s*!\\s*important$", "") : value);
                    }
                }
                for (String selector : m.group(1).split(",")) {
                    if (!selector.isBlank() && !selector.strip().startsWith("@")) {
                        rules.add(rule(selector.strip(), rules.size(), normal, important));
                    }
                }
            }
        }
        return new PatternLinkLook(rules);
    }

    /** A selector split into compounds and combinators; compounds {@code null} when it has parts not read here. */
    private static Rule rule(String selector, int order, Map<String, String> normal, Map<String, String> important) {
        List<String> compounds = new ArrayList<>();
        List<Character> combinators = new ArrayList<>();
        int[] specificity = new int[3];
        String spaced = selector.replaceAll("\\s*>\\s*", " > ").strip();
        char next = ' ';
        for (String token : spaced.split("\\s+")) {
            if (token.equals(">")) {
                next = '>';
                continue;
            }
            Matcher m = COMPOUND.matcher(token);
            if (token.isEmpty() || !m.matches()) {
                return new Rule(selector, null, null, specificity, order, normal, important);
            }
            if (!compounds.isEmpty()) {
                combinators.add(next);
            }
            next = ' ';
            compounds.add(token);
            specificity[2] += m.group(1) != null && !m.group(1).equals("*") ? 1 : 0;
            for (char c : m.group(2).toCharArray()) {
                specificity[0] += c == '#' ? 1 : 0;
                specificity[1] += c == '.' ? 1 : 0;
            }
        }
        return new Rule(selector, compounds.isEmpty() ? null : compounds, combinators, specificity, order, normal, important);
    }

    /**
     * Writes into a copy's style (and its descendants') what the rules selecting the original
     * give it: the copy has no ids and another pattern around it, so rules by id or by its
     * pattern no longer reach it. Its own style still wins; a rule's {@code !important} too.
     *
     * @throws SafeSvg.RefusedException when a rule names one of the original's ids (or its
     *                                  pattern's) in a selector not read here, so its effect cannot be carried over
     */
    void carry(Element original, Element copy, Element sourcePattern) throws SafeSvg.RefusedException {
        List<Element> originals = withDescendants(original);
        List<Element> copies = withDescendants(copy);
        // the ids a copy loses or leaves behind: what holds the pattern holds the copy too
        java.util.Set<String> ids = new java.util.HashSet<>();
        ids.add(sourcePattern.getAttribute("id"));
        originals.forEach(e -> ids.add(e.getAttribute("id")));
        ids.remove("");
        for (Rule rule : rules) {
            if (rule.compounds() == null) {
                Matcher id = ID_IN.matcher(rule.selector());
                while (id.find()) {
                    if (ids.contains(id.group(1))) {
                        throw new SafeSvg.RefusedException("its pattern \"" + sourcePattern.getAttribute("id")
                                + "\" lends its tile to another pattern (href), and the style rule \""
                                + shorten(rule.selector()) + "\" picks that tile's parts in a way Imprint cannot carry over to the copy",
                                "write the style on the tile's elements (style=\"...\"), or give each pattern its own tile");
                    }
                }
            }
        }
        for (int i = 0; i < originals.size() && i < copies.size(); i++) {
            Element o = originals.get(i);
            Map<String, String> normal = new LinkedHashMap<>();
            Map<String, String> important = new LinkedHashMap<>();
            for (Rule rule : matching(o)) {
                normal.putAll(rule.normal());
                important.putAll(rule.important());
            }
            if (normal.isEmpty() && important.isEmpty()) {
                continue;
            }
            Element c = copies.get(i);
            StringBuilder style = new StringBuilder(declarations(normal));
            String own = c.getAttribute("style").strip();
            if (!own.isEmpty()) {
                style.append(style.length() > 0 ? ";" : "").append(own);
            }
            important.forEach((k, v) -> style.append(style.length() > 0 ? ";" : "").append(k).append(':').append(v).append(" !important"));
            c.setAttribute("style", style.toString());
        }
    }

    /**
     * Where the copies of {@code source}'s content go in {@code linking}: the pattern itself, or a
     * group in it that sets each inherited property the source pattern (and what holds it) passes
     * down and the linking one would pass differently.
     */
    Element holder(Element source, Element linking) {
        StringBuilder style = new StringBuilder();
        for (var entry : INHERITED.entrySet()) {
            String given = inherited(source, entry.getKey());
            String around = inherited(linking, entry.getKey());
            String value = given != null ? given : entry.getValue();
            if (!java.util.Objects.equals(given, around) && value != null) {
                style.append(style.length() > 0 ? ";" : "").append(entry.getKey()).append(':').append(value);
            }
        }
        if (style.length() == 0) {
            return linking;
        }
        Element group = linking.getOwnerDocument().createElementNS(SafeSvg.SVG_NS, "g");
        group.setAttribute("style", style.toString());
        linking.appendChild(group);
        return group;
    }

    /** The property as the element or its nearest ancestor sets it (style, rules, attribute), or {@code null}. */
    private String inherited(Element e, String property) {
        for (Node n = e; n instanceof Element a; n = a.getParentNode()) {
            String value = specified(a, property);
            if (value != null && !value.equalsIgnoreCase("inherit")) {
                return value;
            }
        }
        return null;
    }

    private String specified(Element e, String property) {
        String important = null;
        String normal = null;
        for (Rule rule : matching(e)) {
            important = rule.important().getOrDefault(property, important);
            normal = rule.normal().getOrDefault(property, normal);
        }
        if (important != null) {
            return important;
        }
        Matcher own = Pattern.compile("(?i)(?:^|;)\\s*" + Pattern.quote(property) + "\\s*:\\s*([^;]*)").matcher(e.getAttribute("style"));
        String inline = null;
        while (own.find()) {
            inline = own.group(1).replaceAll("(?is)\\s*!\\s*important$", "").strip();
        }
        if (inline != null) {
            return inline;
        }
        if (normal != null) {
            return normal;
        }
        return e.hasAttribute(property) ? e.getAttribute(property).strip() : null;
    }

    /** The rules whose selectors match the element, in cascade order (the last wins). */
    private List<Rule> matching(Element e) {
        return rules.stream().filter(r -> r.compounds() != null && matches(r, r.compounds().size() - 1, e))
                .sorted(Comparator.<Rule>comparingInt(r -> r.specificity()[0]).thenComparingInt(r -> r.specificity()[1])
                        .thenComparingInt(r -> r.specificity()[2]).thenComparingInt(Rule::order))
                .toList();
    }

    private static boolean matches(Rule rule, int i, Element e) {
        if (!compoundMatches(rule.compounds().get(i), e)) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        Node parent = e.getParentNode();
        if (rule.combinators().get(i - 1) == '>') {
            return parent instanceof Element p && matches(rule, i - 1, p);
        }
        for (Node n = parent; n instanceof Element a; n = a.getParentNode()) {
            if (matches(rule, i - 1, a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean compoundMatches(String compound, Element e) {
        Matcher m = COMPOUND.matcher(compound);
        if (!m.matches()) {
            return false;
        }
        if (m.group(1) != null && !m.group(1).equals("*") && !m.group(1).equals(e.getLocalName())) {
            return false;
        }
        List<String> classes = List.of(e.getAttribute("class").strip().split("\\s+"));
        Matcher part = Pattern.compile("([#.])([\\w-]+)").matcher(m.group(2));
        while (part.find()) {
            boolean ok = part.group(1).equals("#") ? part.group(2).equals(e.getAttribute("id")) : classes.contains(part.group(2));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String declarations(Map<String, String> map) {
        StringBuilder out = new StringBuilder();
        map.forEach((k, v) -> out.append(out.length() > 0 ? ";" : "").append(k).append(':').append(v));
        return out.toString();
    }

    private static List<Element> withDescendants(Element e) {
        List<Element> all = new ArrayList<>(List.of(e));
        NodeList list = e.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < list.getLength(); i++) {
            all.add((Element) list.item(i));
        }
        return all;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** Each inherited property with its initial value; {@code null} where it depends on the reader (the font). */
    private static Map<String, String> initial() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("fill", "black");
        m.put("fill-opacity", "1");
        m.put("fill-rule", "nonzero");
        m.put("stroke", "none");
        m.put("stroke-width", "1");
        m.put("stroke-opacity", "1");
        m.put("stroke-linecap", "butt");
        m.put("stroke-linejoin", "miter");
        m.put("stroke-miterlimit", "4");
        m.put("stroke-dasharray", "none");
        m.put("stroke-dashoffset", "0");
        m.put("color", "black");
        m.put("visibility", "visible");
        m.put("clip-rule", "nonzero");
        m.put("marker-start", "none");
        m.put("marker-mid", "none");
        m.put("marker-end", "none");
        m.put("font-family", null);
        m.put("font-size", "medium");
        m.put("font-style", "normal");
        m.put("font-weight", "normal");
        m.put("font-variant", "normal");
        m.put("text-anchor", "start");
        m.put("letter-spacing", "normal");
        m.put("word-spacing", "normal");
        return java.util.Collections.unmodifiableMap(m);
    }
}
