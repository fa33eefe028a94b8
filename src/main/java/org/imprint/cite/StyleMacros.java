package org.imprint.cite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A parsed style's macros by name, and which of them an element calls, itself or through the
 * macros it calls: for the rewrites that give a {@code <citation>} or {@code <bibliography>}
 * what CSL lets it pass down to the names of the macros it prints.
 */
final class StyleMacros {

    private final Map<String, Element> macros = new LinkedHashMap<>();

    StyleMacros(Document doc) {
        NodeList all = doc.getElementsByTagNameNS("*", "macro");
        for (int i = 0; i < all.getLength(); i++) {
            Element macro = (Element) all.item(i);
            macros.put(macro.getAttribute("name"), macro);
        }
    }

    /** The macro of this name, or null. */
    Element get(String name) {
        return macros.get(name);
    }

    /** Whether the style has a macro of this name. */
    boolean has(String name) {
        return macros.containsKey(name);
    }

    /** A copy of a macro under another name, placed after it. */
    Element copy(String name, String copyName) {
        Element original = macros.get(name);
        Element copy = (Element) original.cloneNode(true);
        copy.setAttribute("name", copyName);
        original.getParentNode().insertBefore(copy, original.getNextSibling());
        macros.put(copyName, copy);
        return copy;
    }

    /** The names of the macros an element calls, itself or through the macros it calls, in the order met. */
    Set<String> called(Element element) {
        Set<String> out = new LinkedHashSet<>();
        List<Element> todo = new ArrayList<>(List.of(element));
        while (!todo.isEmpty()) {
            Element e = todo.remove(todo.size() - 1);
            NodeList all = e.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                String macro = ((Element) all.item(i)).getAttribute("macro");
                if (!macro.isEmpty() && macros.containsKey(macro) && out.add(macro)) {
                    todo.add(macros.get(macro));
                }
            }
        }
        return out;
    }

    /** The elements of a local name within an element, itself included. */
    static List<Element> within(Element element, String localName) {
        List<Element> out = new ArrayList<>();
        if (element.getLocalName().equals(localName)) {
            out.add(element);
        }
        NodeList all = element.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    /** The first child element of a local name, or null. */
    static Element child(Element parent, String localName) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(localName)) {
                return e;
            }
        }
        return null;
    }

    /** Whether an element stands within a {@code <substitute>} below {@code top}. */
    static boolean substituted(Element element, Element top) {
        for (var n = element.getParentNode(); n instanceof Element e && e != top; n = n.getParentNode()) {
            if (e.getLocalName().equals("substitute")) {
                return true;
            }
        }
        return false;
    }
}
