package org.imprint.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * CSL's {@code et-al-subsequent-min} and {@code et-al-subsequent-use-first}, which citeproc-java
 * 3.5 ignores: a source cited again was named in full, apa-6th-edition's "(Smith, Lee, &amp; Kim,
 * 2002, p. 4)" where citeproc-js gives "(Smith et al., 2002, p. 4)" (h15aa; 220 bundled styles set
 * them, most on {@code <citation>}). Each {@code <names>} the citation prints (in its layout or
 * a macro it calls) becomes a choice on the position: a subsequent cite prints a copy whose
 * names carry the subsequent values as their own {@code et-al-min} and {@code et-al-use-first},
 * a first cite the names as they were. The test is written as {@code position="subsequent"},
 * for {@link SubsequentPositions} to make it one citeproc-java evaluates and to decide it false
 * in the reference list (which in citeproc-js too knows no position). The names of the copy keep
 * their {@code et-al-subsequent-*}, the mark {@link AddedNames#showing} finds them by.
 */
final class SubsequentEtAl {

    private static final String MIN = "et-al-subsequent-min";
    private static final String USE_FIRST = "et-al-subsequent-use-first";
    private static final Pattern ANY = Pattern.compile("\\bet-al-subsequent-(?:min|use-first)=\"");

    private SubsequentEtAl() {
    }

    /** The style with its citations' subsequent name lists cut as it says; the style itself where it says nothing of them. */
    static String apply(String xml) {
        if (!ANY.matcher(xml).find()) {
            return xml;
        }
        Document doc = StaticConditions.parse(xml);
        Element style = doc.getDocumentElement();
        Element citation = StyleMacros.child(style, "citation");
        Element layout = citation == null ? null : StyleMacros.child(citation, "layout");
        if (layout == null) {
            return xml;
        }
        StyleMacros macros = new StyleMacros(doc);
        List<Element> printed = new ArrayList<>(List.of(layout));
        macros.called(layout).forEach(name -> printed.add(macros.get(name)));
        Inherited inherited = new Inherited(
                inherited(citation, style, "et-al-min"), inherited(citation, style, "et-al-use-first"),
                inherited(citation, style, MIN), inherited(citation, style, USE_FIRST));
        boolean changed = false;
        for (Element top : printed) {
            for (Element names : StyleMacros.within(top, "names")) {
                if (!StyleMacros.substituted(names, top)) {
                    changed |= split(names, inherited);
                }
            }
        }
        return changed ? StaticConditions.serialise(doc) : xml;
    }

    /** The et-al values a citation's names inherit ("" where none). */
    private record Inherited(String min, String useFirst, String subsequentMin, String subsequentUseFirst) {
    }

    private static String inherited(Element citation, Element style, String attribute) {
        return citation.hasAttribute(attribute) ? citation.getAttribute(attribute) : style.getAttribute(attribute);
    }

    /** Makes a names element a choice of its first and subsequent forms, where they differ. */
    private static boolean split(Element names, Inherited inherited) {
        Element name = StyleMacros.child(names, "name");
        String min = own(name, "et-al-min", inherited.min());
        String useFirst = own(name, "et-al-use-first", inherited.useFirst());
        String laterMin = own(name, MIN, inherited.subsequentMin());
        String laterUseFirst = own(name, USE_FIRST, inherited.subsequentUseFirst());
        if ((laterMin.isEmpty() || laterMin.equals(min)) && (laterUseFirst.isEmpty() || laterUseFirst.equals(useFirst))) {
            return false;
        }
        Document doc = names.getOwnerDocument();
        String ns = names.getNamespaceURI();
        Element later = (Element) names.cloneNode(true);
        if (StyleMacros.child(later, "name") == null) {
            later.insertBefore(doc.createElementNS(ns, "name"), later.getFirstChild());
        }
        for (Element each : StyleMacros.within(later, "name")) {
            // a substitute's own names are cut alike: they inherit the citation's values too
            String eachMin = own(each, MIN, laterMin);
            String eachUseFirst = own(each, USE_FIRST, laterUseFirst);
            if (!eachMin.isEmpty()) {
                each.setAttribute("et-al-min", eachMin);
                each.setAttribute(MIN, eachMin);
            }
            if (!eachUseFirst.isEmpty()) {
                each.setAttribute("et-al-use-first", eachUseFirst);
                each.setAttribute(USE_FIRST, eachUseFirst);
            }
        }
        for (Element each : StyleMacros.within(names, "name")) {
            each.removeAttribute(MIN);
            each.removeAttribute(USE_FIRST);
        }
        Element choose = doc.createElementNS(ns, "choose");
        Element subsequent = doc.createElementNS(ns, "if");
        subsequent.setAttribute("position", "subsequent");
        Element otherwise = doc.createElementNS(ns, "else");
        names.getParentNode().replaceChild(choose, names);
        subsequent.appendChild(later);
        otherwise.appendChild(names);
        choose.appendChild(subsequent);
        choose.appendChild(otherwise);
        return true;
    }

    /** A name's own value of an attribute, else the inherited one. */
    private static String own(Element name, String attribute, String inherited) {
        return name != null && name.hasAttribute(attribute) ? name.getAttribute(attribute) : inherited;
    }
}
