package org.imprint.image;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Keeps the look of a pattern's tile when {@link SvgEditorForms#resolvePatternLinks} copies it
 * into a pattern that links to it ({@code href="#base"}). SVG draws the linked content as it is
 * written where it is written: it inherits from the pattern it is written in, not from the one
 * that links to it (Inkscape gives the linking pattern a fill of its own). The style rules that
 * select the original are already in its style attribute ({@link SheetRulesInline}), so a copy
 * carries them; the copies sit in a group that sets what the original's pattern passes down.
 */
final class PatternLinkLook {

    /** The properties SVG 1.1 lists as inherited that shape, paint or set a tile's content. */
    private static final Map<String, String> INHERITED = initial();

    private PatternLinkLook() {
    }

    /**
     * Where the copies of {@code source}'s content go in {@code linking}: the pattern itself, or a
     * group in it that sets each inherited property the source pattern (and what holds it) passes
     * down and the linking one would pass differently.
     */
    static Element holder(Element source, Element linking) {
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

    /** The property as the element or its nearest ancestor sets it (style, attribute), or {@code null}. */
    private static String inherited(Element e, String property) {
        for (Node n = e; n instanceof Element a; n = a.getParentNode()) {
            String value = specified(a, property);
            if (value != null && !value.equalsIgnoreCase("inherit")) {
                return value;
            }
        }
        return null;
    }

    /** The property as the element's style attribute or, failing that, its presentation attribute sets it. */
    private static String specified(Element e, String property) {
        Matcher own = Pattern.compile("(?i)(?:^|;)\\s*" + Pattern.quote(property) + "\\s*:\\s*([^;]*)").matcher(e.getAttribute("style"));
        String inline = null;
        while (own.find()) {
            inline = own.group(1).replaceAll("(?is)\\s*!\\s*important$", "").strip();
        }
        if (inline != null) {
            return inline;
        }
        return e.hasAttribute(property) ? e.getAttribute(property).strip() : null;
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
