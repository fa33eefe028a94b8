package org.imprint.cite;

import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Which kinds of work (CSL types) a style prints the status of. IEEE prints an article's status
 * ("in press") but never a book's, so a book in press lost its status and showed no date at all;
 * such a work takes its status as its date ({@link StatusDates}). The style's layouts are walked
 * through their macros; a branch is followed when its {@code type} test can hold for the kind,
 * and a test of anything else is taken as able to hold, so that a kind is said to lack the status
 * only where no branch for it can print one.
 */
final class StatusTypes {

    private final Map<String, Element> macros = new HashMap<>();
    private final List<Element> layouts;
    private final Map<String, Boolean> known = new HashMap<>();

    private StatusTypes(Document style) {
        layouts = new java.util.ArrayList<>();
        for (Element child : children(style.getDocumentElement())) {
            if (child.getTagName().equals("macro")) {
                macros.put(child.getAttribute("name"), child);
            } else if (child.getTagName().equals("citation") || child.getTagName().equals("bibliography")) {
                children(child).stream().filter(e -> e.getTagName().equals("layout")).forEach(layouts::add);
            }
        }
    }

    /** The kinds of the style; {@code null} when the style cannot be read, so that nothing is changed. */
    static StatusTypes of(String style) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new StatusTypes(factory.newDocumentBuilder().parse(new InputSource(new StringReader(style))));
        } catch (Exception e) {
            return null;
        }
    }

    /** Whether the style can print the status of a work of this CSL type. */
    boolean prints(String type) {
        return known.computeIfAbsent(type, t -> layouts.stream().anyMatch(layout -> prints(layout, t, new HashSet<>())));
    }

    private boolean prints(Element element, String type, Set<String> macrosIn) {
        String name = element.getTagName();
        if (name.equals("text") && element.getAttribute("variable").equals("status")) {
            return true;
        }
        if (name.equals("text") && !element.getAttribute("macro").isEmpty()) {
            String macro = element.getAttribute("macro");
            Element body = macros.get(macro);
            if (body == null || !macrosIn.add(macro)) {
                return false;
            }
            boolean prints = prints(body, type, macrosIn);
            macrosIn.remove(macro);
            return prints;
        }
        if (name.equals("choose")) {
            for (Element branch : children(element)) {
                Boolean holds = branch.getTagName().equals("else") ? Boolean.TRUE : holds(branch, type);
                if (holds == Boolean.FALSE) {
                    continue;
                }
                if (childrenPrint(branch, type, macrosIn)) {
                    return true;
                }
                if (holds == Boolean.TRUE) {
                    return false;   // a branch sure to hold: the later ones are never taken
                }
            }
            return false;
        }
        return childrenPrint(element, type, macrosIn);
    }

    private boolean childrenPrint(Element element, String type, Set<String> macrosIn) {
        for (Element child : children(element)) {
            if (prints(child, type, macrosIn)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a branch's test holds for the type: true, false, or null when it tests more than the type. */
    private static Boolean holds(Element branch, String type) {
        String types = branch.getAttribute("type");
        boolean others = false;
        for (int i = 0; i < branch.getAttributes().getLength(); i++) {
            String attribute = branch.getAttributes().item(i).getNodeName();
            others |= !attribute.equals("type") && !attribute.equals("match");
        }
        if (types.isEmpty()) {
            return null;
        }
        boolean anyOfType = List.of(types.trim().split("\\s+")).contains(type);
        boolean allOfType = List.of(types.trim().split("\\s+")).stream().allMatch(type::equals);
        switch (branch.getAttribute("match").isEmpty() ? "all" : branch.getAttribute("match")) {
            case "any":
                return anyOfType ? Boolean.TRUE : others ? null : Boolean.FALSE;
            case "none":
                return anyOfType ? Boolean.FALSE : others ? null : Boolean.TRUE;
            default:
                return !allOfType ? Boolean.FALSE : others ? null : Boolean.TRUE;
        }
    }

    private static List<Element> children(Node parent) {
        List<Element> out = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }
}
