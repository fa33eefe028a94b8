package org.imprint.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * CSL's {@code position="subsequent"}, which citeproc-java 3.5 takes as a test no cite passes,
 * as the tests it does evaluate. A subsequent cite is one that is not the first of its source
 * (ibid, ibid-with-locator and near-note are subsequent cites too), so a condition testing the
 * position alone becomes {@code position="first"} negated. A condition with other tests beside it
 * cannot be negated whole: {@code <if position="subsequent" type="legislation">} read as "none of
 * first, legislation" printed an empty repeat cite (instituto-universitario-militar,
 * university-college-lillebaelt-apa), and one with its own {@code match} was refused as not
 * well-formed (journal-of-jewish-studies and four more). Such a condition keeps its other tests
 * and decides the position in a {@code <choose>} within its branch, the branches after it copied
 * where the position sends a cite on; with {@code match="any"} it is two branches alike, one for
 * the position and one for the other tests. In the reference list no position holds, as in
 * citeproc-js, so there its tests are decided before ({@link #inBibliography}).
 */
final class SubsequentPositions {

    private static final Pattern SUBSEQUENT = Pattern.compile("\\bposition=\"(?:[^\"]*\\s)?subsequent[\\s\"]");
    /** The tests of a condition besides the position. */
    private static final List<String> OTHERS = List.of("disambiguate", "is-numeric", "is-uncertain-date", "locator",
            "type", "variable", "number");
    /** Ends the name of the copy of a macro the reference list calls, its position tests decided. */
    private static final String LISTED = " (listed)";
    /** A test no item passes: no CSL type has this name. */
    private static final String NO_TYPE = "imprint-no-such-type";

    private SubsequentPositions() {
    }

    /** The style with each test of a subsequent position made one citeproc-java evaluates; the style itself where it has none. */
    static String apply(String xml) {
        if (!SUBSEQUENT.matcher(xml).find()) {
            return xml;
        }
        Document doc = StaticConditions.parse(xml);
        inBibliography(doc);
        List<Element> conditions = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if ((e.getLocalName().equals("if") || e.getLocalName().equals("else-if"))
                    && List.of(e.getAttribute("position").trim().split("\\s+")).contains("subsequent")) {
                conditions.add(e);
            }
        }
        // the last first: the branches a condition copies have had their own positions rewritten
        java.util.Collections.reverse(conditions);
        conditions.forEach(SubsequentPositions::rewrite);
        return StaticConditions.serialise(doc);
    }

    private static void rewrite(Element condition) {
        List<String> positions = new ArrayList<>(List.of(condition.getAttribute("position").trim().split("\\s+")));
        positions.remove("subsequent");
        String match = condition.getAttribute("match").isEmpty() ? "all" : condition.getAttribute("match");
        boolean others = OTHERS.stream().anyMatch(condition::hasAttribute);
        boolean first = positions.contains("first");
        switch (match) {
            case "any" -> {
                if (first) {
                    constant(condition, true);
                } else if (!others) {
                    // the other positions (ibid, near-note) are subsequent ones
                    notFirst(condition);
                } else {
                    // "not first, or the other tests": a branch for each, alike
                    Element twin = (Element) condition.cloneNode(true);
                    condition.getOwnerDocument().renameNode(twin, twin.getNamespaceURI(), "else-if");
                    twin.removeAttribute("position");
                    condition.getParentNode().insertBefore(twin, condition.getNextSibling());
                    OTHERS.forEach(condition::removeAttribute);
                    notFirst(condition);
                }
            }
            case "none" -> {
                if (first) {
                    constant(condition, false);
                } else if (!others) {
                    // not subsequent, so first, which none of the other positions is
                    condition.removeAttribute("match");
                    condition.setAttribute("position", "first");
                } else {
                    condition.removeAttribute("position");
                    nest(condition, true);
                }
            }
            default -> {
                if (first) {
                    constant(condition, false);
                } else if (!positions.isEmpty()) {
                    // ibid or near-note and subsequent: ibid or near-note
                    condition.setAttribute("position", String.join(" ", positions));
                } else if (!others) {
                    notFirst(condition);
                } else {
                    condition.removeAttribute("position");
                    nest(condition, false);
                }
            }
        }
    }

    /**
     * Decides the position tests of the reference list as citeproc-js does, every position false
     * (an entry is no cite): "not first" would hold there, and universite-catholique-de-louvain-fial
     * would print "cited" in every entry. A macro the list calls that tests a position (itself or
     * through its macros) is called as a copy with its tests so decided; the citations keep the macro.
     */
    private static void inBibliography(Document doc) {
        NodeList lists = doc.getElementsByTagNameNS("*", "bibliography");
        if (lists.getLength() == 0) {
            return;
        }
        Map<String, Element> macros = new HashMap<>();
        NodeList all = doc.getElementsByTagNameNS("*", "macro");
        for (int i = 0; i < all.getLength(); i++) {
            macros.put(((Element) all.item(i)).getAttribute("name"), (Element) all.item(i));
        }
        decide((Element) lists.item(0), macros, new HashMap<>());
    }

    /** Decides the position tests within an element of the reference list, calling copies of the macros that test one. */
    private static void decide(Element element, Map<String, Element> macros, Map<String, Boolean> positional) {
        String macro = element.getAttribute("macro");
        if (!macro.isEmpty() && macros.containsKey(macro) && tests(macro, macros, positional, new HashSet<>())) {
            String copyName = macro + LISTED;
            if (!macros.containsKey(copyName)) {
                Element original = macros.get(macro);
                Element copy = (Element) original.cloneNode(true);
                copy.setAttribute("name", copyName);
                original.getParentNode().insertBefore(copy, original.getNextSibling());
                macros.put(copyName, copy);
                positional.put(copyName, false);
                decide(copy, macros, positional);
            }
            element.setAttribute("macro", copyName);
        }
        if ((element.getLocalName().equals("if") || element.getLocalName().equals("else-if")) && element.hasAttribute("position")) {
            element.removeAttribute("position");
            boolean others = OTHERS.stream().anyMatch(element::hasAttribute);
            switch (element.getAttribute("match").isEmpty() ? "all" : element.getAttribute("match")) {
                case "any" -> {
                    if (!others) {
                        constant(element, false);
                    }
                }
                case "none" -> {
                    if (!others) {
                        constant(element, true);
                    }
                }
                default -> constant(element, false);
            }
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                decide(e, macros, positional);
            }
        }
    }

    /** Whether a macro tests a position, itself or through the macros it calls. */
    private static boolean tests(String name, Map<String, Element> macros, Map<String, Boolean> positional, Set<String> seen) {
        if (positional.containsKey(name)) {
            return positional.get(name);
        }
        if (!seen.add(name) || !macros.containsKey(name)) {
            return false;
        }
        boolean found = false;
        NodeList all = macros.get(name).getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength() && !found; i++) {
            Element e = (Element) all.item(i);
            found = e.hasAttribute("position") && (e.getLocalName().equals("if") || e.getLocalName().equals("else-if"))
                    || !e.getAttribute("macro").isEmpty() && tests(e.getAttribute("macro"), macros, positional, seen);
        }
        positional.put(name, found);
        return found;
    }

    private static void notFirst(Element condition) {
        condition.setAttribute("position", "first");
        condition.setAttribute("match", "none");
    }

    /** Makes a condition one every item passes, or none. */
    private static void constant(Element condition, boolean passes) {
        OTHERS.forEach(condition::removeAttribute);
        condition.removeAttribute("position");
        condition.setAttribute("type", NO_TYPE);
        condition.setAttribute("match", passes ? "none" : "any");
    }

    /**
     * Decides the position within the branch of a condition left with its other tests: a first
     * cite (or, with {@code match="none"}, a subsequent one) goes on to copies of the branches
     * after the condition, as it would have had the condition failed.
     */
    private static void nest(Element condition, boolean takenWhenFirst) {
        nest(condition, takenWhenFirst ? Map.of("position", "first") : Map.of("position", "first", "match", "none"), true);
    }

    /**
     * Decides a test within the branch of a condition: with {@code takenWhenTrue}, the branch's
     * own content where the {@code test} holds, else copies of the branches after the condition;
     * otherwise the reverse (a test citeproc-java cannot negate: "not ibid with a locator").
     */
    static void nest(Element condition, Map<String, String> test, boolean takenWhenTrue) {
        Document doc = condition.getOwnerDocument();
        String ns = condition.getNamespaceURI();
        Element choose = doc.createElementNS(ns, "choose");
        Element tested = doc.createElementNS(ns, "if");
        test.forEach(tested::setAttribute);
        Element own = takenWhenTrue ? tested : doc.createElementNS(ns, "else");
        while (condition.getFirstChild() != null) {
            own.appendChild(condition.getFirstChild());
        }
        choose.appendChild(tested);
        List<Element> rest = new ArrayList<>();
        for (Node n = condition.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                rest.add(e);
            }
        }
        if (!rest.isEmpty()) {
            Element otherwise = takenWhenTrue ? doc.createElementNS(ns, "else") : tested;
            if (rest.get(0).getLocalName().equals("else")) {
                for (Node n = rest.get(0).getFirstChild(); n != null; n = n.getNextSibling()) {
                    otherwise.appendChild(n.cloneNode(true));
                }
            } else {
                Element then = doc.createElementNS(ns, "choose");
                for (Element e : rest) {
                    Element copy = (Element) e.cloneNode(true);
                    if (then.getFirstChild() == null) {
                        doc.renameNode(copy, ns, "if");
                    }
                    then.appendChild(copy);
                }
                otherwise.appendChild(then);
            }
            if (takenWhenTrue) {
                choose.appendChild(otherwise);
            }
        }
        if (!takenWhenTrue) {
            choose.appendChild(own);
        }
        condition.appendChild(choose);
    }

    /**
     * CSL's {@code position="ibid-with-locator"} in a condition that negates it ({@code
     * match="none"}) or joins it with other tests by {@code match="any"}, as tests citeproc-java
     * evaluates. Elsewhere the test is made "ibid and a locator" ({@link Processor}); negated so,
     * "neither ibid nor a locator" was false on a plain "Ibid." (h15aa 10, a custom note style),
     * and "ibid with a locator, or a chapter" true on every cite with a locator. A negated one
     * keeps its other tests and decides the position within its branch ({@link #nest}, reversed);
     * one of several joined by "any" is a branch of its own before a twin for the other tests.
     */
    static String ibidWithLocator(String xml) {
        if (!xml.contains("ibid-with-locator")) {
            return xml;
        }
        Document doc = StaticConditions.parse(xml);
        List<Element> conditions = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String match = e.getAttribute("match");
            boolean others = OTHERS.stream().anyMatch(e::hasAttribute);
            if ((e.getLocalName().equals("if") || e.getLocalName().equals("else-if"))
                    && e.getAttribute("position").trim().equals("ibid-with-locator")
                    && (match.equals("none") || match.equals("any") && others)) {
                conditions.add(e);
            }
        }
        if (conditions.isEmpty()) {
            return xml;
        }
        // the last first: the branches a condition copies have had their own tests rewritten
        java.util.Collections.reverse(conditions);
        Map<String, String> ibidWithLocator = Map.of("position", "ibid", "variable", "locator", StaticConditions.NEW_LOCATOR, "true");
        for (Element condition : conditions) {
            condition.removeAttribute("position");
            if (condition.getAttribute("match").equals("any")) {
                Element twin = (Element) condition.cloneNode(true);
                condition.getOwnerDocument().renameNode(twin, twin.getNamespaceURI(), "else-if");
                condition.getParentNode().insertBefore(twin, condition.getNextSibling());
                OTHERS.forEach(condition::removeAttribute);
                condition.removeAttribute("match");
                ibidWithLocator.forEach(condition::setAttribute);
            } else {
                if (OTHERS.stream().noneMatch(condition::hasAttribute)) {
                    constant(condition, true);
                }
                nest(condition, ibidWithLocator, false);
            }
        }
        return StaticConditions.serialise(doc);
    }
}
