package org.imprint.cite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The name options CSL lets {@code <style>}, {@code <citation>} and {@code <bibliography>} pass
 * down and citeproc-java 3.5 does not: {@code name-delimiter} (a name's {@code delimiter}) and
 * {@code name-form} (its {@code form}). citeproc-java inherits the other name options, but read
 * the names of comparative-population-studies, which sets {@code name-delimiter="/"} on its
 * citation and "; " on its reference list, as "(Smith, Lee 2002)" and "Smith, John, Lee, Anna
 * 2002" (four people, it seems), where citeproc-js gives "(Smith/Lee 2002)" and "Smith, John;
 * Lee, Anna 2002" (h15aa). Each {@code <name>} printed in the citation or the reference list that
 * sets no such option is given the one it inherits there, and a {@code <names>} with no
 * {@code <name>} (outside a substitute, whose names take their parent's) is given one. A macro
 * both print, where the two pass down different options, is printed by the reference list as a
 * copy.
 */
final class InheritedNameOptions {

    /** The inheritable options citeproc-java ignores, and the attribute of {@code <name>} each stands for. */
    private static final Map<String, String> OPTIONS = Map.of("name-delimiter", "delimiter", "name-form", "form");
    /** A name's delimiter and form where it sets none, in citeproc-java as in CSL. */
    private static final Map<String, String> DEFAULTS = Map.of("delimiter", ", ", "form", "long");
    private static final Pattern ANY = Pattern.compile("<(?:style|citation|bibliography)\\b[^>]*\\bname-(?:delimiter|form)=\"");
    /** Ends the name of the reference list's copy of a macro. */
    private static final String LISTED = " (listed names)";

    private InheritedNameOptions() {
    }

    /** The style with its names given the options they inherit; the style itself where it passes none down. */
    static String apply(String xml) {
        if (!ANY.matcher(xml).find()) {
            return xml;
        }
        Document doc = StaticConditions.parse(xml);
        Element style = doc.getDocumentElement();
        StyleMacros macros = new StyleMacros(doc);
        Element citation = StyleMacros.child(style, "citation");
        Element bibliography = StyleMacros.child(style, "bibliography");
        Map<String, String> cited = options(style, citation);
        Map<String, String> listed = options(style, bibliography);
        if (cited.isEmpty() && listed.isEmpty()) {
            return xml;
        }
        if (citation != null && bibliography != null && !cited.equals(listed)) {
            Set<String> inList = macros.called(bibliography);
            Set<String> shared = macros.called(citation);
            shared.retainAll(inList);
            List<Element> callers = new java.util.ArrayList<>(List.of(bibliography));
            for (String name : inList) {
                callers.add(shared.contains(name) ? macros.copy(name, name + LISTED) : macros.get(name));
            }
            for (Element caller : callers) {
                for (Element e : StyleMacros.within(caller, "*")) {
                    call(e, shared);
                }
            }
        }
        if (citation != null) {
            give(citation, macros, cited);
        }
        if (bibliography != null) {
            give(bibliography, macros, listed);
        }
        return StaticConditions.serialise(doc);
    }

    /** Makes an element that calls one of the shared macros call its listed copy. */
    private static void call(Element e, Set<String> shared) {
        if (shared.contains(e.getAttribute("macro"))) {
            e.setAttribute("macro", e.getAttribute("macro") + LISTED);
        }
    }

    /** The options an element passes down: its own, else the style's. */
    private static Map<String, String> options(Element style, Element context) {
        Map<String, String> out = new LinkedHashMap<>();
        OPTIONS.forEach((option, attribute) -> {
            if (context != null && context.hasAttribute(option)) {
                out.put(attribute, context.getAttribute(option));
            } else if (style.hasAttribute(option)) {
                out.put(attribute, style.getAttribute(option));
            }
        });
        // citeproc-java's own defaults need not be written (nor the style be rewritten for them)
        DEFAULTS.forEach((attribute, value) -> out.remove(attribute, value));
        return out;
    }

    /** Gives the names an element prints, itself or through its macros, the options it passes down. */
    private static void give(Element context, StyleMacros macros, Map<String, String> options) {
        if (options.isEmpty()) {
            return;
        }
        List<Element> tops = new java.util.ArrayList<>(List.of(context));
        macros.called(context).forEach(name -> tops.add(macros.get(name)));
        for (Element top : tops) {
            for (Element names : StyleMacros.within(top, "names")) {
                Element name = StyleMacros.child(names, "name");
                if (name == null && !StyleMacros.substituted(names, top)) {
                    name = names.getOwnerDocument().createElementNS(names.getNamespaceURI(), "name");
                    names.insertBefore(name, names.getFirstChild());
                }
                if (name != null) {
                    for (var option : options.entrySet()) {
                        if (!name.hasAttribute(option.getKey())) {
                            name.setAttribute(option.getKey(), option.getValue());
                        }
                    }
                }
            }
        }
    }
}
