package org.imprint.image;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What drawing programs write that a figure can do without, rewritten into plain SVG that every
 * output draws alike: draw.io's {@code switch} between an HTML label and its fallback text, its
 * help link to the web, Excalidraw's embedded fonts, Inkscape's {@code auto-start-reverse} markers
 * and SVG 2's text on a circle or rectangle (the PDF's SVG drawer, Batik, knows neither of the last
 * two and would give up on the whole drawing).
 */
final class SvgEditorForms {

    private static final String SVG_NS = SafeSvg.SVG_NS;
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    private static final Pattern FONT_FACE = Pattern.compile("(?is)@font-face\\s*\\{[^}]*}");
    private static final Pattern FAMILY = Pattern.compile("(?i)font-family\\s*:\\s*(['\"]?)([^;'\"}]+)\\1");
    private static final Set<String> SHAPES = Set.of("circle", "ellipse", "rect", "line", "polyline", "polygon");

    private SvgEditorForms() {
    }

    /**
     * Each {@code switch} becomes the one child it shows, in a group with the switch's attributes:
     * an HTML label ({@code foreignObject}) is never shown, so its fallback is (as draw.io writes
     * it); {@code requiredFeatures} counts as met (as SVG 2 and browsers have it) and
     * {@code requiredExtensions} as not. A switch between languages ({@code systemLanguage}) is
     * left to the reader, without its HTML labels.
     */
    static void resolveSwitches(Element root) {
        for (Element sw : elements(root, "switch")) {
            List<Element> children = new ArrayList<>();
            for (Node n = sw.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    children.add(e);
                }
            }
            children.stream().filter(e -> "foreignObject".equals(e.getLocalName())).forEach(sw::removeChild);
            children.removeIf(e -> "foreignObject".equals(e.getLocalName()));
            if (children.stream().anyMatch(e -> e.hasAttribute("systemLanguage"))) {
                continue;
            }
            Element shown = children.stream().filter(e -> e.getAttribute("requiredExtensions").isBlank()).findFirst().orElse(null);
            Element group = sw.getOwnerDocument().createElementNS(SVG_NS, "g");
            for (int i = 0; i < sw.getAttributes().getLength(); i++) {
                group.setAttributeNode((org.w3c.dom.Attr) sw.getAttributes().item(i).cloneNode(true));
            }
            if (shown != null) {
                shown.removeAttribute("requiredFeatures");
                group.appendChild(shown);
            }
            sw.getParentNode().replaceChild(group, sw);
        }
    }

    /**
     * A link out of the drawing ({@code <a href="https://...">}, as draw.io writes for its help
     * page) keeps what it holds as a group, without the link: nothing is ever fetched, and a
     * figure's words are not a place to follow a link from.
     */
    static void dropOutsideLinks(Element root) {
        for (Element a : elements(root, "a")) {
            for (String ns : new String[] {XLINK_NS, null}) {
                String href = ns == null ? a.getAttribute("href") : a.getAttributeNS(ns, "href");
                if (!href.isBlank() && !href.strip().startsWith("#")) {
                    if (ns == null) {
                        a.removeAttribute("href");
                    } else {
                        a.removeAttributeNS(ns, "href");
                    }
                }
            }
            a.removeAttribute("target");
        }
    }

    /**
     * Drops the fonts a drawing embeds ({@code @font-face} in its style sheets, as Excalidraw
     * writes its hand-drawn face): a font is a program the outputs do not load from a figure; its
     * words are set in the brand's faces.
     *
     * @return a note per family dropped
     */
    static List<String> dropEmbeddedFonts(Element root) {
        Set<String> families = new LinkedHashSet<>();
        for (Element style : elements(root, "style")) {
            String css = style.getTextContent();
            Matcher m = FONT_FACE.matcher(css);
            boolean found = false;
            while (m.find()) {
                found = true;
                Matcher family = FAMILY.matcher(m.group());
                families.add(family.find() ? family.group(2).strip() : "unnamed");
            }
            if (found) {
                style.setTextContent(FONT_FACE.matcher(css).replaceAll(""));
            }
        }
        return families.stream().map(f -> "its embedded font \"" + f + "\" (@font-face) is not used: its words are set in the"
                + " brand's faces").toList();
    }

    /**
     * A {@code use} of a text (or of a group holding text) becomes a copy of it, in a group that
     * places it as the {@code use} did: the PDF's drawer sets only words that no {@code use}
     * refers to as text (taking one out would blank its copies), so a reused text and its original
     * both came out as outlines. The copy loses its ids, which stay the original's. A {@code use}
     * of such a {@code use} (a chain) is a group by then, so the chain is inlined a link a pass.
     */
    static void inlineReusedText(Element root) {
        // a chain longer than this is not an editor's: its last links are left to the drawer (outlines)
        for (int pass = 0; pass < 8 && inlineReusedTextOnce(root); pass++) {
            // each pass turns the uses of the groups the one before made into groups
        }
    }

    /** One pass of {@link #inlineReusedText}: whether it inlined any {@code use}. */
    private static boolean inlineReusedTextOnce(Element root) {
        boolean inlined = false;
        java.util.Map<String, Element> byId = new java.util.HashMap<>();
        for (Element e : elements(root, null)) {
            if (!e.getAttribute("id").isBlank()) {
                byId.putIfAbsent(e.getAttribute("id"), e);
            }
        }
        for (Element use : elements(root, "use")) {
            if (!isAncestor(root, use)) {
                // inside a copy this pass made: the next pass sees it
                continue;
            }
            String href = use.getAttributeNS(XLINK_NS, "href");
            href = href.isBlank() ? use.getAttribute("href") : href;
            Element target = href.strip().startsWith("#") ? byId.get(href.strip().substring(1)) : null;
            if (target == null || !("text".equals(target.getLocalName()) || "g".equals(target.getLocalName()))
                    || !"text".equals(target.getLocalName()) && elements(target, "text").isEmpty()
                    || !elements(target, "use").isEmpty() || isAncestor(target, use)) {
                continue;
            }
            Element group = use.getOwnerDocument().createElementNS(SVG_NS, "g");
            for (int i = 0; i < use.getAttributes().getLength(); i++) {
                org.w3c.dom.Attr a = (org.w3c.dom.Attr) use.getAttributes().item(i);
                String local = a.getLocalName() != null ? a.getLocalName() : a.getName();
                if (!Set.of("href", "x", "y", "width", "height", "transform").contains(local)) {
                    group.setAttributeNode((org.w3c.dom.Attr) a.cloneNode(true));
                }
            }
            String transform = use.getAttribute("transform").strip();
            double x = number(use.getAttribute("x"));
            double y = number(use.getAttribute("y"));
            String move = x != 0 || y != 0 ? "translate(" + f(x) + " " + f(y) + ")" : "";
            String all = (transform + " " + move).strip();
            if (!all.isEmpty()) {
                group.setAttribute("transform", all);
            }
            Element copy = (Element) target.cloneNode(true);
            for (Element e : withDescendants(copy)) {
                e.removeAttribute("id");
            }
            group.appendChild(copy);
            use.getParentNode().replaceChild(group, use);
            inlined = true;
        }
        return inlined;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Node n = e; n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * A clip of a whole frame (Figma wraps every frame in {@code <g clip-path="url(#c0)">} whose
     * clip is the drawing's own rectangle) is dropped: the drawing's edge cuts the same, and the
     * PDF's drawer outlines every clipped word.
     */
    static void dropFrameClips(Element root) {
        double[] box = frame(root);
        if (box == null) {
            return;
        }
        for (Element g : elements(root, "g")) {
            Matcher m = MARKER_REF.matcher(g.getAttribute("clip-path"));
            if (!m.find() || g.hasAttribute("transform")) {
                continue;
            }
            boolean top = true;
            for (Node n = g.getParentNode(); n != root && n instanceof Element p; n = p.getParentNode()) {
                top &= "g".equals(p.getLocalName()) && !p.hasAttribute("transform");
            }
            Element clip = null;
            for (Element c : elements(root, "clipPath")) {
                if (m.group(1).equals(c.getAttribute("id"))) {
                    clip = c;
                }
            }
            if (!top || clip == null || clip.hasAttribute("transform") || "objectBoundingBox".equals(clip.getAttribute("clipPathUnits"))) {
                continue;
            }
            List<Element> shapes = drawnChildren(clip);
            if (shapes.size() != 1 || !"rect".equals(shapes.get(0).getLocalName()) || shapes.get(0).hasAttribute("transform")) {
                continue;
            }
            Element r = shapes.get(0);
            double rx = number(r.getAttribute("x"));
            double ry = number(r.getAttribute("y"));
            double rw = number(r.getAttribute("width"));
            double rh = number(r.getAttribute("height"));
            if (rx <= box[0] && ry <= box[1] && rx + rw >= box[0] + box[2] && ry + rh >= box[1] + box[3]) {
                g.removeAttribute("clip-path");
            }
        }
    }

    /** The drawing's visible rectangle in its own coordinates: the viewBox, else 0 0 width height; null when unknown. */
    private static double[] frame(Element root) {
        String[] v = root.getAttribute("viewBox").strip().split("[\\s,]+");
        try {
            if (v.length == 4) {
                return new double[] {Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]), Double.parseDouble(v[3])};
            }
            String w = root.getAttribute("width").strip().replaceAll("px$", "");
            String h = root.getAttribute("height").strip().replaceAll("px$", "");
            return new double[] {0, 0, Double.parseDouble(w), Double.parseDouble(h)};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final Pattern CONTEXT_PAINT = Pattern.compile("context-(stroke|fill)");
    private static final Pattern MARKER_REF = Pattern.compile("url\\(\\s*['\"]?#([^'\")\\s]+)['\"]?\\s*\\)");

    /**
     * A marker painted in {@code context-stroke} or {@code context-fill} (SVG 2, as Inkscape 1's
     * stock arrows and Figma write them) becomes a copy per colour, painted in the stroke or fill
     * of the line that uses it: what the values mean, in SVG 1.1 that Batik and every e-book
     * reader draw (Batik leaves such arrowheads out).
     */
    static void resolveContextPaint(Element root) {
        java.util.Map<String, Element> markers = new java.util.HashMap<>();
        for (Element marker : elements(root, "marker")) {
            if (!marker.getAttribute("id").isBlank() && usesContextPaint(marker)) {
                markers.put(marker.getAttribute("id"), marker);
            }
        }
        if (markers.isEmpty()) {
            return;
        }
        java.util.Map<String, String> copies = new java.util.HashMap<>();
        for (Element e : elements(root, null)) {
            if (inDefinitions(e)) {
                continue;
            }
            for (String property : List.of("marker-start", "marker-mid", "marker-end", "marker")) {
                String value = styleValue(e, property);
                Matcher m = value == null ? null : MARKER_REF.matcher(value);
                if (m == null || !m.find() || !markers.containsKey(m.group(1))) {
                    continue;
                }
                String stroke = paint(e, "stroke", "none");
                String fill = paint(e, "fill", "black");
                // currentColor in a marker would take the marker's colour, not the line's
                stroke = stroke.equalsIgnoreCase("currentColor") ? paint(e, "color", "black") : stroke;
                fill = fill.equalsIgnoreCase("currentColor") ? paint(e, "color", "black") : fill;
                String key = m.group(1) + "\u0000" + stroke + "\u0000" + fill;
                String lineStroke = stroke;
                String lineFill = fill;
                String id = copies.computeIfAbsent(key, k -> {
                    Element marker = markers.get(m.group(1));
                    Element copy = (Element) marker.cloneNode(true);
                    String copyId = marker.getAttribute("id") + "-c" + copies.size();
                    copy.setAttribute("id", copyId);
                    for (Element part : withDescendants(copy)) {
                        for (String attribute : List.of("fill", "stroke", "style")) {
                            if (part.hasAttribute(attribute)) {
                                part.setAttribute(attribute, part.getAttribute(attribute).replace("context-stroke", lineStroke)
                                        .replace("context-fill", lineFill));
                            }
                        }
                    }
                    marker.getParentNode().insertBefore(copy, marker.getNextSibling());
                    return copyId;
                });
                setProperty(e, property, "url(#" + id + ")");
            }
        }
        // the originals, now used by no line, go: their SVG 2 paint is for no reader
        for (Element marker : markers.values()) {
            String ref = "#" + marker.getAttribute("id");
            boolean used = elements(root, null).stream().anyMatch(e -> {
                for (String property : List.of("marker-start", "marker-mid", "marker-end", "marker")) {
                    String v = styleValue(e, property);
                    Matcher m = v == null ? null : MARKER_REF.matcher(v);
                    if (m != null && m.find() && ref.equals("#" + m.group(1))) {
                        return true;
                    }
                }
                return ref.equals(e.getAttributeNS(XLINK_NS, "href").strip()) || ref.equals(e.getAttribute("href").strip());
            });
            if (!used) {
                marker.getParentNode().removeChild(marker);
            }
        }
    }

    private static boolean usesContextPaint(Element marker) {
        for (Element part : withDescendants(marker)) {
            for (String attribute : List.of("fill", "stroke", "style")) {
                if (CONTEXT_PAINT.matcher(part.getAttribute(attribute)).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Element> withDescendants(Element e) {
        List<Element> all = new ArrayList<>(List.of(e));
        all.addAll(elements(e, null));
        return all;
    }

    /** A property as the element's style or attribute gives it, or null. */
    private static String styleValue(Element e, String property) {
        Matcher m = Pattern.compile("(?i)(?:^|;)\\s*" + Pattern.quote(property) + "\\s*:\\s*([^;]*)").matcher(e.getAttribute("style"));
        if (m.find()) {
            return m.group(1).strip();
        }
        return e.hasAttribute(property) ? e.getAttribute(property).strip() : null;
    }

    /** An inherited paint as the element has it (its own or its nearest ancestor's), else the initial value. */
    private static String paint(Element e, String property, String initial) {
        for (Node n = e; n instanceof Element a; n = a.getParentNode()) {
            String value = styleValue(a, property);
            if (value != null && !value.equals("inherit")) {
                return value.startsWith("context-") ? initial : value;
            }
        }
        return initial;
    }

    /** A rule of a style sheet: its selectors and its declarations. */
    private static final Pattern CSS_RULE = Pattern.compile("([^{}]*)\\{([^{}]*)\\}");
    private static final Pattern CLASS_SELECTOR = Pattern.compile("\\s*\\.([A-Za-z_][\\w-]*)\\s*");
    private static final Pattern PAINT_OPACITY = Pattern.compile("(?i)(fill|stroke)-opacity");
    private static final Pattern ANY_OPACITY = Pattern.compile("(?i)(^|[^\\w-])opacity");
    private static final Pattern OPACITY_DECLARATION = Pattern.compile("(?i)(^|;)\\s*opacity\\s*:\\s*([^;!]*?)\\s*(?=;|$)");

    /**
     * Moves {@code opacity} set by class rules in a style sheet (Illustrator's {@code .st4{opacity:0.6}})
     * into the style attribute of each element of that class, where {@link #foldOpacity} finds it:
     * left in the sheet it reaches the PDF's drawer, which draws the shape as pixels. Only where the
     * outcome cannot depend on the cascade: one style sheet; every rule that sets opacity has plain
     * class selectors and sets it once; each such class in one rule only; no element with two such
     * classes; and no {@code fill-opacity} or {@code stroke-opacity} in the sheet (it would beat
     * the attributes the fold writes). Otherwise the sheet is left whole, and the build warns
     * ({@link SvgWords#rasterised}). An element's own style keeps its opacity, as it wins over a rule.
     */
    static void inlineClassOpacity(Element root) {
        List<Element> sheets = elements(root, "style");
        if (sheets.size() != 1) {
            return; // none, or several: their order would matter
        }
        Element sheet = sheets.get(0);
        String css = sheet.getTextContent();
        if (css.contains("@") || css.contains("/*") || css.contains("\\")
                || PAINT_OPACITY.matcher(css).find()) {
            return; // media rules, comments, escapes, or paint opacities the fold would lose to
        }
        java.util.Map<String, String> byClass = new java.util.LinkedHashMap<>();
        Matcher rule = CSS_RULE.matcher(css);
        while (rule.find()) {
            String declarations = rule.group(2);
            Matcher opacity = OPACITY_DECLARATION.matcher(declarations);
            if (!opacity.find()) {
                if (ANY_OPACITY.matcher(declarations).find()) {
                    return; // opacity written in a way not read here (!important, ...)
                }
                continue;
            }
            String value = opacity.group(2).strip();
            if (ANY_OPACITY.matcher(OPACITY_DECLARATION.matcher(declarations).replaceFirst("$1")).find()) {
                return; // set twice in the rule, or also in a form not read here
            }
            for (String selector : rule.group(1).split(",")) {
                Matcher m = CLASS_SELECTOR.matcher(selector);
                if (!m.matches()) {
                    return; // opacity by element, id or compound selector: left to the sheet
                }
                if (byClass.put(m.group(1), value) != null) {
                    return; // a class in two rules: their order would matter
                }
            }
        }
        if (byClass.isEmpty()) {
            return;
        }
        java.util.Map<Element, String> folds = new java.util.LinkedHashMap<>();
        for (Element e : elements(root, null)) {
            if (!e.hasAttribute("class")) {
                continue;
            }
            List<String> classes = List.of(e.getAttribute("class").strip().split("\\s+")).stream()
                    .filter(byClass::containsKey).distinct().toList();
            if (classes.size() > 1) {
                return; // two classes setting opacity on one element: their rules' order would matter
            }
            if (classes.size() == 1 && !OPACITY_STYLE.matcher(e.getAttribute("style")).find()) {
                folds.put(e, byClass.get(classes.get(0)));
            }
        }
        folds.forEach((e, value) -> {
            String style = e.getAttribute("style").strip();
            e.setAttribute("style", "opacity:" + value + (style.isEmpty() ? "" : ";" + style));
            e.removeAttribute("opacity"); // a rule wins over the attribute
        });
        Matcher strip = CSS_RULE.matcher(css);
        StringBuilder out = new StringBuilder();
        while (strip.find()) {
            String declarations = OPACITY_DECLARATION.matcher(strip.group(2)).replaceAll("$1").replaceAll("^\\s*;+", "");
            strip.appendReplacement(out, Matcher.quoteReplacement(strip.group(1) + "{" + declarations + "}"));
        }
        strip.appendTail(out);
        while (sheet.getFirstChild() != null) {
            sheet.removeChild(sheet.getFirstChild());
        }
        sheet.appendChild(sheet.getOwnerDocument().createTextNode(out.toString()));
    }

    /**
     * Moves {@code opacity} from groups and shapes onto what they paint, where that looks the same:
     * the PDF's SVG drawer (Batik) draws anything with an {@code opacity} into a 96 dpi picture with
     * a soft mask, its words outlined, where {@code fill-opacity} and {@code stroke-opacity} stay
     * vector and a text's own opacity stays text. A group's opacity goes to its children when it
     * has one, or when all it holds is text (labels do not overlap); a shape's becomes its fill's
     * and stroke's (the same unless it has both, where the stroke's inner half shows the fill a
     * little more). A group with overlapping shapes, or a shape with markers, keeps it (and the
     * build names it: {@link SvgWords#rasterised}).
     */
    static void foldOpacity(Element root) {
        for (Element e : elements(root, null)) {
            if (e == root || !SVG_NS.equals(e.getNamespaceURI()) || inDefinitions(e)) {
                continue;
            }
            double opacity = ownOpacity(e);
            if (Double.isNaN(opacity)) {
                continue;
            }
            String name = e.getLocalName();
            if (opacity >= 1) {
                removeOpacity(e);
            } else if ("g".equals(name) || "a".equals(name)) {
                List<Element> children = drawnChildren(e);
                if (children.size() <= 1 || children.stream().allMatch(SvgEditorForms::onlyText)) {
                    removeOpacity(e);
                    for (Element child : children) {
                        double own = ownOpacity(child);
                        removeOpacity(child);
                        child.setAttribute("opacity", f4((Double.isNaN(own) ? 1 : own) * opacity));
                    }
                }
            } else if (SHAPES.contains(name) || "path".equals(name)) {
                if (e.hasAttribute("marker-start") || e.hasAttribute("marker-mid") || e.hasAttribute("marker-end")
                        || e.hasAttribute("marker") || e.getAttribute("style").contains("marker")) {
                    continue;
                }
                removeOpacity(e);
                for (String paint : new String[] {"fill-opacity", "stroke-opacity"}) {
                    double inherited = inherited(e, paint);
                    setProperty(e, paint, f4(inherited * opacity));
                }
            }
        }
    }

    private static boolean inDefinitions(Element e) {
        for (Node n = e.getParentNode(); n instanceof Element p; n = p.getParentNode()) {
            String name = p.getLocalName();
            if ("defs".equals(name) || "marker".equals(name) || "clipPath".equals(name) || "mask".equals(name)
                    || "pattern".equals(name) || "symbol".equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The element's children that draw something (not a title, description or definitions). */
    private static List<Element> drawnChildren(Element group) {
        List<Element> children = new ArrayList<>();
        for (Node n = group.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && !Set.of("title", "desc", "defs", "metadata", "style").contains(c.getLocalName())) {
                children.add(c);
            }
        }
        return children;
    }

    /** Whether the element is a text, or a group of groups of texts. */
    private static boolean onlyText(Element e) {
        if ("text".equals(e.getLocalName())) {
            return true;
        }
        if (!"g".equals(e.getLocalName())) {
            return false;
        }
        List<Element> children = drawnChildren(e);
        return !children.isEmpty() && children.stream().allMatch(SvgEditorForms::onlyText);
    }

    private static final Pattern OPACITY_STYLE = Pattern.compile("(?i)(^|;)\\s*opacity\\s*:\\s*([^;]*)");

    /** The element's own {@code opacity} (its style's, else its attribute's), or NaN when it has none or it is not a number. */
    private static double ownOpacity(Element e) {
        Matcher m = OPACITY_STYLE.matcher(e.getAttribute("style"));
        String value = m.find() ? m.group(2) : e.getAttribute("opacity");
        return opacityValue(value);
    }

    private static double opacityValue(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Double.NaN;
        }
        try {
            double d = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1)) / 100 : Double.parseDouble(v);
            return Math.max(0, Math.min(1, d));
        } catch (NumberFormatException ex) {
            return Double.NaN;
        }
    }

    private static void removeOpacity(Element e) {
        e.removeAttribute("opacity");
        String style = e.getAttribute("style");
        if (!style.isEmpty()) {
            String rest = OPACITY_STYLE.matcher(style).replaceAll("$1").replaceAll("^;+", "");
            if (rest.isBlank()) {
                e.removeAttribute("style");
            } else {
                e.setAttribute("style", rest);
            }
        }
    }

    /** An inherited opacity property ({@code fill-opacity}, {@code stroke-opacity}) as the element has it: its own or its nearest ancestor's. */
    private static double inherited(Element e, String property) {
        Pattern p = Pattern.compile("(?i)(^|;)\\s*" + Pattern.quote(property) + "\\s*:\\s*([^;]*)");
        for (Node n = e; n instanceof Element a; n = a.getParentNode()) {
            Matcher m = p.matcher(a.getAttribute("style"));
            double v = opacityValue(m.find() ? m.group(2) : a.getAttribute(property));
            if (!Double.isNaN(v)) {
                return v;
            }
        }
        return 1;
    }

    /** Sets a property where it wins: in the style when the style names it, else as an attribute. */
    private static void setProperty(Element e, String property, String value) {
        Pattern p = Pattern.compile("(?i)((?:^|;)\\s*" + Pattern.quote(property) + "\\s*:\\s*)([^;]*)");
        String style = e.getAttribute("style");
        if (p.matcher(style).find()) {
            e.setAttribute("style", p.matcher(style).replaceAll("$1" + value));
        } else {
            e.setAttribute(property, value);
        }
    }

    private static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** What a pattern takes from the pattern its {@code href} names, when it does not give it itself (SVG 1.1, 13.3). */
    private static final List<String> PATTERN_INHERITED = List.of("patternUnits", "patternContentUnits", "patternTransform", "x", "y",
            "width", "height", "viewBox", "preserveAspectRatio");

    /**
     * A pattern that takes its tile from another ({@code xlink:href="#base"}, legal SVG) is given
     * what it takes: the attributes it does not set itself, and, when it has no content, the content
     * of the first pattern along its links that has some; its link is then removed. The PDF's SVG
     * drawer (Batik) follows no such link in a drawing without an address of its own, and would
     * give up on the whole figure. A link to a part that is not a pattern is dropped, as SVG ignores
     * it; one to a missing part is left for the reference check to name.
     *
     * @throws SafeSvg.RefusedException when the copied contents would exceed the element limit
     */
    static void resolvePatternLinks(Element root) throws SafeSvg.RefusedException {
        List<Element> patterns = elements(root, "pattern");
        java.util.Map<String, Element> ids = new java.util.HashMap<>();
        for (Element e : elements(root, null)) {
            if (e.hasAttribute("id")) {
                ids.putIfAbsent(e.getAttribute("id"), e);
            }
        }
        // every pattern's links are followed in the file as written, before any is changed
        java.util.Map<Element, List<Element>> chains = new java.util.LinkedHashMap<>();
        for (Element pattern : patterns) {
            if (!link(pattern).isEmpty()) {
                List<Element> chain = new ArrayList<>();
                java.util.Set<Element> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                seen.add(pattern);
                for (Element next = ids.get(link(pattern)); next != null && "pattern".equals(next.getLocalName()) && seen.add(next);
                     next = link(next).isEmpty() ? null : ids.get(link(next))) {
                    chain.add(next);
                }
                chains.put(pattern, chain);
            }
        }
        long elements = root.getElementsByTagNameNS("*", "*").getLength();
        java.util.Map<Element, Element> contentOf = new java.util.IdentityHashMap<>();
        for (var entry : chains.entrySet()) {
            if (!hasElementChildren(entry.getKey())) {
                entry.getValue().stream().filter(SvgEditorForms::hasElementChildren).findFirst()
                        .ifPresent(source -> contentOf.put(entry.getKey(), source));
            }
        }
        for (var entry : chains.entrySet()) {
            Element pattern = entry.getKey();
            Element target = ids.get(link(pattern));
            if (target == null) {
                continue; // a missing part: named by the reference check
            }
            for (String name : PATTERN_INHERITED) {
                if (!pattern.hasAttribute(name)) {
                    entry.getValue().stream().filter(p -> p.hasAttribute(name)).findFirst()
                            .ifPresent(p -> pattern.setAttribute(name, p.getAttribute(name)));
                }
            }
            Element source = contentOf.get(pattern);
            if (source != null) {
                // the copies look as the original does where it is written: its style rules are in its style
                // attribute already (SheetRulesInline), what its pattern passes down is set on a group around them
                Element holder = PatternLinkLook.holder(source, pattern);
                elements += holder == pattern ? 0 : 1;
                for (Node n = source.getFirstChild(); n != null; n = n.getNextSibling()) {
                    Node copy = n.cloneNode(true);
                    if (copy instanceof Element c) {
                        elements += c.getElementsByTagNameNS("*", "*").getLength() + 1;
                        if (elements > SafeSvg.MAX_ELEMENTS) {
                            throw new SafeSvg.RefusedException("it has more than " + SafeSvg.MAX_ELEMENTS
                                    + " elements once the tiles its patterns take from each other (href) are counted",
                                    "simplify the drawing (give each pattern its own small tile), or export it as PNG");
                        }
                        withoutIds(c);
                    }
                    holder.appendChild(copy);
                }
            }
            pattern.removeAttributeNS(XLINK_NS, "href");
            pattern.removeAttribute("href");
        }
    }

    /**
     * A pattern whose tile is in the filled shape's bounding-box units (the default) and whose
     * content is too ({@code patternContentUnits="objectBoundingBox"}, no viewBox) gets the
     * content units as a viewBox instead: {@code viewBox="0 0 w h"} with
     * {@code preserveAspectRatio="none"} on a tile w by h of the box maps the content's (u, v) to
     * the tile's corner plus (u times the box's width, v times its height), what the content units
     * mean (SVG 1.1, 13.3; as browsers draw it), whatever the tile's x and y. The PDF's SVG drawer
     * (Batik) shifts such content by the shape's corner a second time, out of its tile: blank. A
     * tile of no size draws nothing either way and just loses the content units. A tile in user
     * units ({@code patternUnits="userSpaceOnUse"}) is left: its content's scale differs per shape,
     * which no viewBox gives, and it is refused ({@link PatternTiles}).
     */
    static void boundingBoxContentAsViewBox(Element root) {
        for (Element pattern : elements(root, "pattern")) {
            if (!"objectBoundingBox".equals(pattern.getAttribute("patternContentUnits").strip())
                    || !pattern.getAttribute("viewBox").isBlank()
                    || "userSpaceOnUse".equals(pattern.getAttribute("patternUnits").strip())) {
                continue;
            }
            double w = fraction(pattern.getAttribute("width"));
            double h = fraction(pattern.getAttribute("height"));
            if (Double.isNaN(w) || Double.isNaN(h)) {
                continue; // a length this does not read: refused as before
            }
            if (w > 0 && h > 0) {
                pattern.setAttribute("viewBox", "0 0 " + exact(w) + " " + exact(h));
                pattern.setAttribute("preserveAspectRatio", "none");
            }
            pattern.removeAttribute("patternContentUnits");
        }
    }

    private static String exact(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A bounding-box length: a plain number or a percentage, as a fraction of the box; 0 when absent; NaN when other. */
    private static double fraction(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return 0;
        }
        try {
            double d = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1)) / 100 : Double.parseDouble(v);
            return Double.isFinite(d) ? d : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * A pattern whose link names no part of the file ({@code xlink:href="#nope"}) loses the link:
     * SVG 2 (5.6.1) ignores an invalid reference, so the pattern draws with what it gives itself.
     *
     * A link to another file ({@code other.svg#p}, {@code file:...}) is refused, as a
     * {@code url()} to one is: a figure may refer only to its own parts.
     *
     * @return a note per dropped link, for the build to warn of
     * @throws SafeSvg.RefusedException when a pattern links to another file
     */
    static List<String> dropDanglingPatternLinks(Element root) throws SafeSvg.RefusedException {
        Set<String> ids = new java.util.HashSet<>();
        for (Element e : elements(root, null)) {
            if (e.hasAttribute("id")) {
                ids.add(e.getAttribute("id"));
            }
        }
        List<String> notes = new ArrayList<>();
        for (Element pattern : elements(root, "pattern")) {
            String raw = pattern.hasAttribute("href") ? pattern.getAttribute("href") : pattern.getAttributeNS(XLINK_NS, "href");
            String target = link(pattern);
            String name = pattern.hasAttribute("id") ? " \"" + pattern.getAttribute("id") + "\"" : "";
            if (!raw.isBlank() && !raw.strip().startsWith("#")) {
                String shown = raw.strip().length() > 60 ? raw.strip().substring(0, 57) + "..." : raw.strip();
                throw new SafeSvg.RefusedException("its pattern" + name + " takes its tile from \"" + shown + "\" (href), outside the"
                        + " file; a figure may refer only to its own parts", "copy that pattern into the SVG file and refer to it"
                        + " as href=\"#id\"");
            }
            if (!raw.isBlank() && (target.isEmpty() || !ids.contains(target))) {
                notes.add("its pattern" + name + " refers to \"" + raw.strip() + "\", which is not in the file: the reference is"
                        + " ignored (as SVG 2 does) and the pattern draws with its own tile");
                pattern.removeAttribute("href");
                pattern.removeAttributeNS(XLINK_NS, "href");
            }
        }
        return notes;
    }

    /** SVG 2 (5.6.1): a plain {@code href} wins over {@code xlink:href} when an element has both. */
    private static String link(Element e) {
        String href = e.getAttribute("href").strip();
        if (href.isEmpty()) {
            href = e.getAttributeNS(XLINK_NS, "href").strip();
        }
        return href.startsWith("#") ? href.substring(1) : "";
    }

    private static boolean hasElementChildren(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return true;
            }
        }
        return false;
    }

    /** A copy's ids go: the original keeps them, and an id names one element. */
    private static void withoutIds(Element copy) {
        copy.removeAttribute("id");
        NodeList all = copy.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            ((Element) all.item(i)).removeAttribute("id");
        }
    }

    /**
     * A marker with {@code orient="auto-start-reverse"} (Inkscape 1.2's arrows) becomes
     * {@code orient="auto"}, and where it starts a line, a copy turned half round its reference
     * point: what the value means, in SVG 1.1 that every drawer knows.
     */
    static void reverseStartMarkers(Element root) {
        for (Element marker : elements(root, "marker")) {
            if (!"auto-start-reverse".equals(marker.getAttribute("orient").strip())) {
                continue;
            }
            marker.setAttribute("orient", "auto");
            String id = marker.getAttribute("id");
            if (id.isBlank()) {
                continue;
            }
            String reversedId = id + "-start";
            Element reversed = (Element) marker.cloneNode(false);
            reversed.setAttribute("id", reversedId);
            Element turn = marker.getOwnerDocument().createElementNS(SVG_NS, "g");
            turn.setAttribute("transform", "rotate(180 " + number(marker.getAttribute("refX")) + " " + number(marker.getAttribute("refY")) + ")");
            for (Node n = marker.getFirstChild(); n != null; n = n.getNextSibling()) {
                turn.appendChild(n.cloneNode(true));
            }
            reversed.appendChild(turn);
            marker.getParentNode().insertBefore(reversed, marker.getNextSibling());
            String ref = "url\\(\\s*['\"]?#" + Pattern.quote(id) + "['\"]?\\s*\\)";
            String url = "url(#" + reversedId + ")";
            for (Element e : elements(root, null)) {
                if (e.getAttribute("marker-start").matches("\\s*" + ref + "\\s*")) {
                    e.setAttribute("marker-start", url);
                }
                if (e.getAttribute("marker").matches("\\s*" + ref + "\\s*") && !e.hasAttribute("marker-start")) {
                    e.setAttribute("marker-start", url);
                }
                String style = e.getAttribute("style");
                if (!style.isEmpty()) {
                    String changed = style.replaceAll("(?i)(marker-start\\s*:\\s*)" + ref, "$1" + Matcher.quoteReplacement(url));
                    if (changed.matches("(?is).*(^|;)\\s*marker\\s*:\\s*" + ref + ".*")) {
                        changed = changed + ";marker-start:" + url;
                    }
                    if (!changed.equals(style)) {
                        e.setAttribute("style", changed);
                    }
                }
            }
        }
    }

    /**
     * Text on a basic shape ({@code <textPath href="#circle">}, which SVG 2 allows) gets a path of
     * the same outline, starting where SVG 2 starts it, to run along: Batik follows only a path.
     */
    static void pathsForTextOnShapes(Element root) {
        java.util.Map<String, Element> ids = new java.util.HashMap<>();
        for (Element e : elements(root, null)) {
            if (e.hasAttribute("id")) {
                ids.putIfAbsent(e.getAttribute("id"), e);
            }
        }
        for (Element textPath : elements(root, "textPath")) {
            String href = textPath.getAttributeNS(XLINK_NS, "href").strip();
            Element shape = href.startsWith("#") ? ids.get(href.substring(1)) : null;
            if (shape == null || !SHAPES.contains(shape.getLocalName())) {
                continue;
            }
            String pathId = shape.getAttribute("id") + "-path";
            if (!ids.containsKey(pathId)) {
                Element path = root.getOwnerDocument().createElementNS(SVG_NS, "path");
                path.setAttribute("id", pathId);
                path.setAttribute("d", outline(shape));
                if (shape.hasAttribute("transform")) {
                    path.setAttribute("transform", shape.getAttribute("transform"));
                }
                Element defs = root.getOwnerDocument().createElementNS(SVG_NS, "defs");
                defs.appendChild(path);
                root.insertBefore(defs, root.getFirstChild());
                ids.put(pathId, path);
            }
            textPath.setAttributeNS(XLINK_NS, "xlink:href", "#" + pathId);
        }
    }

    /** The shape's outline as path data, as SVG 2 defines it for text along it. */
    private static String outline(Element shape) {
        double x = number(shape.getAttribute("x"));
        double y = number(shape.getAttribute("y"));
        return switch (shape.getLocalName()) {
            case "circle", "ellipse" -> {
                double cx = number(shape.getAttribute("cx"));
                double cy = number(shape.getAttribute("cy"));
                double rx = number(shape.getAttribute(shape.hasAttribute("r") ? "r" : "rx"));
                double ry = shape.hasAttribute("r") ? rx : number(shape.getAttribute("ry"));
                yield String.format(Locale.ROOT, "M%s,%s A%s,%s 0 1 1 %s,%s A%s,%s 0 1 1 %s,%s Z", f(cx + rx), f(cy), f(rx), f(ry),
                        f(cx - rx), f(cy), f(rx), f(ry), f(cx + rx), f(cy));
            }
            case "rect" -> String.format(Locale.ROOT, "M%s,%s H%s V%s H%s Z", f(x), f(y), f(x + number(shape.getAttribute("width"))),
                    f(y + number(shape.getAttribute("height"))), f(x));
            case "line" -> "M" + f(number(shape.getAttribute("x1"))) + "," + f(number(shape.getAttribute("y1"))) + " L"
                    + f(number(shape.getAttribute("x2"))) + "," + f(number(shape.getAttribute("y2")));
            default -> {
                String points = shape.getAttribute("points").strip();
                yield points.isEmpty() ? "M0,0" : "M" + points + ("polygon".equals(shape.getLocalName()) ? " Z" : "");
            }
        };
    }

    private static String f(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value.strip().replaceAll("px$", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The SVG elements of a name (all when null) under the root, in document order, as a list that edits do not change. */
    static List<Element> elements(Element root, String name) {
        NodeList list = root.getElementsByTagNameNS(SVG_NS, name == null ? "*" : name);
        List<Element> found = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }
}
