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

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;

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

    /** Whether the style can print the status of a work of this CSL type, undated (its tests of the date do not hold). */
    boolean prints(String type) {
        return known.computeIfAbsent(type, t -> layouts.stream().anyMatch(layout -> prints(layout, new Work(t, null), STATUS, new HashSet<>())));
    }

    /**
     * Whether the style prints the status of this work, undated, wherever it prints the date of
     * the same work dated: in every layout (citation, reference list) that can print its date, a
     * branch that can print its status, its tests of the type and of its variables taken as they
     * are for it. A work whose status was written as its date ({@link LiteralStatuses}) is
     * printed no less than as that date: biological-psychiatry prints a status only without
     * pages, journal-of-agricultural-and-resource-economics never in a citation, "(Lee,)".
     */
    boolean printsInPlace(CSLItemData undated) {
        String type = undated.getType() == null ? "" : undated.getType().toString();
        Work without = new Work(type, undated);
        Work with = new Work(type, new CSLItemDataBuilder(undated).issued(2000).build());
        for (Element layout : layouts) {
            if (prints(layout, with, DATE, new HashSet<>()) && !prints(layout, without, STATUS, new HashSet<>())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether giving the undated work its status as the date would lose something else it has:
     * a variable a layout prints for it undated and cannot print dated (MLA prints a web page's
     * access date only when it has no date, so "Site, forthcoming, https://example.org." lost
     * "Accessed 2 Jan. 2024."; citeproc-js prints the access date).
     */
    boolean datingLoses(CSLItemData undated) {
        String type = undated.getType() == null ? "" : undated.getType().toString();
        Work without = new Work(type, undated);
        Work with = new Work(type, new CSLItemDataBuilder(undated).issued(2000).build());
        for (String variable : GUARDED) {
            if (!Variables.has(undated, variable)) {
                continue;
            }
            java.util.function.Predicate<Element> target = e -> java.util.Arrays.asList(e.getAttribute("variable").split("\\s+"))
                    .contains(variable) && !e.getTagName().equals("if") && !e.getTagName().equals("else-if") && !e.getTagName().equals("key");
            for (Element layout : layouts) {
                if (prints(layout, without, target, new HashSet<>()) && !prints(layout, with, target, new HashSet<>())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Variables a style may print only for an undated work. */
    private static final List<String> GUARDED = List.of("accessed", "URL", "DOI", "page", "volume", "issue", "publisher",
            "publisher-place", "container-title", "edition", "genre", "medium", "number", "collection-title");

    /** A work as tests see it: its type, and its variables where known ({@code null}: only that it is undated). */
    private record Work(String type, CSLItemData item) {
        /** Whether a variable test holds: true, false, or null when not known. */
        Boolean has(String variable) {
            if (item == null) {
                return DATES.contains(variable) ? Boolean.FALSE : null;
            }
            if (UNKNOWN.contains(variable)) {
                return null;
            }
            return Boolean.valueOf(Variables.has(item, variable));
        }
    }

    /** CSL's date variables: an undated work has none of them. */
    private static final Set<String> DATES = Set.of("issued");
    /** Variables a citation gives, not the work. */
    private static final Set<String> UNKNOWN = Set.of("locator", "citation-number", "first-reference-note-number",
            "year-suffix", "citation-label", "position");

    private static final java.util.function.Predicate<Element> STATUS = e -> e.getTagName().equals("text")
            && e.getAttribute("variable").equals("status");
    private static final java.util.function.Predicate<Element> DATE = e -> (e.getTagName().equals("date") || e.getTagName().equals("text"))
            && e.getAttribute("variable").equals("issued");

    private boolean prints(Element element, Work work, java.util.function.Predicate<Element> target, Set<String> macrosIn) {
        String name = element.getTagName();
        if (target.test(element)) {
            return true;
        }
        if (name.equals("text") && !element.getAttribute("macro").isEmpty()) {
            String macro = element.getAttribute("macro");
            Element body = macros.get(macro);
            if (body == null || !macrosIn.add(macro)) {
                return false;
            }
            boolean prints = prints(body, work, target, macrosIn);
            macrosIn.remove(macro);
            return prints;
        }
        if (name.equals("choose")) {
            for (Element branch : children(element)) {
                Boolean holds = branch.getTagName().equals("else") ? Boolean.TRUE : holds(branch, work);
                if (holds == Boolean.FALSE) {
                    continue;
                }
                if (childrenPrint(branch, work, target, macrosIn)) {
                    return true;
                }
                if (holds == Boolean.TRUE) {
                    return false;   // a branch sure to hold: the later ones are never taken
                }
            }
            return false;
        }
        return childrenPrint(element, work, target, macrosIn);
    }

    private boolean childrenPrint(Element element, Work work, java.util.function.Predicate<Element> target, Set<String> macrosIn) {
        for (Element child : children(element)) {
            if (prints(child, work, target, macrosIn)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a branch's tests hold for the work: true, false, or null when a test cannot be known. */
    private static Boolean holds(Element branch, Work work) {
        List<Boolean> tests = new java.util.ArrayList<>();
        for (int i = 0; i < branch.getAttributes().getLength(); i++) {
            String attribute = branch.getAttributes().item(i).getNodeName();
            String value = branch.getAttributes().item(i).getNodeValue().trim();
            if (attribute.equals("match") || value.isEmpty()) {
                continue;
            }
            for (String one : value.split("\\s+")) {
                tests.add(switch (attribute) {
                    case "type" -> Boolean.valueOf(one.equals(work.type()));
                    case "variable" -> work.has(one);
                    default -> null;
                });
            }
        }
        String match = branch.getAttribute("match").isEmpty() ? "all" : branch.getAttribute("match");
        boolean anyTrue = tests.contains(Boolean.TRUE);
        boolean anyFalse = tests.contains(Boolean.FALSE);
        boolean anyUnknown = tests.contains(null);
        return switch (match) {
            case "any" -> anyTrue ? Boolean.TRUE : anyUnknown ? null : Boolean.FALSE;
            case "none" -> anyTrue ? Boolean.FALSE : anyUnknown ? null : Boolean.TRUE;
            default -> anyFalse ? Boolean.FALSE : anyUnknown ? null : Boolean.TRUE;
        };
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
