package org.imprint.image;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Selector;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes a drawing's style-sheet rules into the style attribute of each element they select, with
 * the CSS cascade (importance, then a style attribute over sheet rules, then specificity, then
 * source order), and drops those rules from the sheets; at-rules ({@code @media}, {@code @font-face}
 * and others) stay as written. Two reasons: a pattern that lends its tile to another is copied
 * into it afterwards ({@link SvgEditorForms#resolvePatternLinks}), and a copy must look as its
 * original, not be picked by rules aimed at the linking pattern, which picked nothing in the file
 * as written; and the PDF's SVG drawer (Batik) reads only CSS 2 selectors, so {@code ~},
 * {@code :nth-child()}, {@code :not()} or {@code [a^=b]} would be dropped there while the EPUB's
 * reader applies them. Selectors are matched by jsoup, which reads CSS 3.
 */
final class SheetRulesInline {

    /** Pseudo-classes and -elements of the screen (pointer, focus, links, generated text): they select nothing on paper. */
    private static final Pattern INTERACTIVE = Pattern.compile("(?i)::?(hover|focus|focus-within|focus-visible|active|visited|link|any-link"
            + "|target|before|after|first-line|first-letter|selection|placeholder|marker|backdrop)(?![\\w-])");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\[[^\\]]*\\]");
    private static final Pattern PSEUDO_ELEMENT = Pattern.compile("::[\\w-]+");
    private static final Pattern PSEUDO_CLASS = Pattern.compile(":[\\w-]+(\\([^()]*\\))?");
    private static final Pattern ID = Pattern.compile("#[\\w-]+");
    private static final Pattern CLASS = Pattern.compile("\\.[\\w-]+");
    private static final Pattern TYPE = Pattern.compile("(?:^|[\\s>+~(,|])([a-zA-Z][\\w-]*)");
    private static final Pattern IMPORTANT = Pattern.compile("(?is)\\s*!\\s*important\\s*$");

    /** A declaration as the cascade ranks it: importance, from the style attribute, specificity, order. */
    private record Ranked(String value, boolean important, boolean own, int a, int b, int c, int order) {
        boolean beats(Ranked o) {
            if (important != o.important) {
                return important;
            }
            if (own != o.own) {
                return own;
            }
            if (a != o.a) {
                return a > o.a;
            }
            if (b != o.b) {
                return b > o.b;
            }
            if (c != o.c) {
                return c > o.c;
            }
            return order > o.order;
        }
    }

    private SheetRulesInline() {
    }

    /**
     * Inlines the rules of every {@code <style>} in the drawing.
     *
     * @throws SafeSvg.RefusedException when a rule's selector is not CSS that can be read
     */
    static void inline(Element root) throws SafeSvg.RefusedException {
        List<Element> sheets = SvgEditorForms.elements(root, "style");
        if (sheets.isEmpty()) {
            return;
        }
        Map<org.jsoup.nodes.Element, Element> mirrorOf = new IdentityHashMap<>();
        Document mirror = new Document("");
        mirror.appendChild(mirrored(root, mirrorOf));
        Map<Element, Map<String, Ranked>> given = new LinkedHashMap<>();
        int order = 0;
        for (Element sheet : sheets) {
            StringBuilder kept = new StringBuilder();
            String css = SvgCss.uncommented(sheet.getTextContent());
            int i = 0;
            while (i < css.length()) {
                char ch = css.charAt(i);
                if (Character.isWhitespace(ch)) {
                    i++;
                } else if (css.startsWith("<!--", i) || css.startsWith("-->", i)) {
                    i += css.startsWith("<!--", i) ? 4 : 3;
                } else if (ch == '@') {
                    int semi = css.indexOf(';', i);
                    int open = css.indexOf('{', i);
                    int end = open >= 0 && (semi < 0 || open < semi) ? blockEnd(css, open) : (semi < 0 ? css.length() : semi + 1);
                    kept.append(css, i, end).append('\n');
                    i = end;
                } else {
                    int open = css.indexOf('{', i);
                    if (open < 0) {
                        break; // a rule without a body: CSS ignores it
                    }
                    int end = blockEnd(css, open);
                    String body = css.substring(open + 1, Math.max(open + 1, end - 1));
                    for (String selector : css.substring(i, open).split(",")) {
                        order++;
                        apply(selector.strip(), body, order, mirror, mirrorOf, given);
                    }
                    i = end;
                }
            }
            if (kept.toString().isBlank()) {
                sheet.getParentNode().removeChild(sheet);
            } else {
                while (sheet.getFirstChild() != null) {
                    sheet.removeChild(sheet.getFirstChild());
                }
                sheet.appendChild(sheet.getOwnerDocument().createTextNode(kept.toString()));
            }
        }
        for (var entry : given.entrySet()) {
            Element e = entry.getKey();
            Map<String, Ranked> winners = entry.getValue();
            for (String declaration : declarations(e.getAttribute("style"))) {
                Ranked own = ranked(declaration, true, 0, 0, 0, Integer.MAX_VALUE);
                if (own != null) {
                    String property = property(declaration);
                    Ranked sheetRule = winners.get(property);
                    if (sheetRule == null || own.beats(sheetRule)) {
                        winners.put(property, own);
                    }
                }
            }
            StringBuilder style = new StringBuilder();
            winners.forEach((property, r) -> style.append(style.length() > 0 ? ";" : "").append(property).append(':')
                    .append(r.value()).append(r.important() ? " !important" : ""));
            e.setAttribute("style", style.toString());
        }
    }

    private static void apply(String selector, String body, int order, Document mirror,
                              Map<org.jsoup.nodes.Element, Element> mirrorOf, Map<Element, Map<String, Ranked>> given)
            throws SafeSvg.RefusedException {
        if (selector.isEmpty() || INTERACTIVE.matcher(selector).find()) {
            return;
        }
        List<org.jsoup.nodes.Element> picked;
        try {
            picked = mirror.select(selector);
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw new SafeSvg.RefusedException("its style rule \"" + (selector.length() > 60 ? selector.substring(0, 57) + "..." : selector)
                    + "\" has a selector Imprint cannot read",
                    "write the rule with plain CSS selectors (element, #id, .class, [attribute], :nth-child()), or the style on the elements (style=\"...\")");
        }
        int[] specificity = specificity(selector);
        for (org.jsoup.nodes.Element p : picked) {
            Element e = mirrorOf.get(p);
            if (e == null) {
                continue;
            }
            Map<String, Ranked> winners = given.computeIfAbsent(e, k -> new LinkedHashMap<>());
            for (String declaration : declarations(body)) {
                Ranked r = ranked(declaration, false, specificity[0], specificity[1], specificity[2], order);
                if (r != null) {
                    String property = property(declaration);
                    Ranked before = winners.get(property);
                    if (before == null || r.beats(before)) {
                        winners.put(property, r);
                    }
                }
            }
        }
    }

    private static Ranked ranked(String declaration, boolean own, int a, int b, int c, int order) {
        int colon = declaration.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String value = declaration.substring(colon + 1).strip();
        Matcher bang = IMPORTANT.matcher(value);
        boolean important = bang.find();
        value = important ? value.substring(0, bang.start()).strip() : value;
        return value.isEmpty() ? null : new Ranked(value, important, own, a, b, c, order);
    }

    private static String property(String declaration) {
        return declaration.substring(0, declaration.indexOf(':')).strip().toLowerCase(Locale.ROOT);
    }

    /** Specificity (ids, classes/attributes/pseudo-classes, types/pseudo-elements) of one selector; a {@code :not()}'s argument counts, not the :not. */
    static int[] specificity(String selector) {
        String s = selector.replaceAll("(?i):(not|is|has)\\(", " ").replace(")", " ");
        int[] abc = new int[3];
        Matcher m = ATTRIBUTE.matcher(s);
        abc[1] += count(m);
        s = ATTRIBUTE.matcher(s).replaceAll(" ");
        abc[2] += count(PSEUDO_ELEMENT.matcher(s));
        s = PSEUDO_ELEMENT.matcher(s).replaceAll(" ");
        abc[1] += count(PSEUDO_CLASS.matcher(s));
        s = PSEUDO_CLASS.matcher(s).replaceAll(" ");
        abc[0] += count(ID.matcher(s));
        s = ID.matcher(s).replaceAll(" ");
        abc[1] += count(CLASS.matcher(s));
        s = CLASS.matcher(s).replaceAll(" ");
        abc[2] += count(TYPE.matcher(s));
        return abc;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The declarations of a style: split at semicolons outside brackets and quotes (a data: URL has semicolons). */
    private static List<String> declarations(String style) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < style.length(); i++) {
            char c = style.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ';' && depth == 0) {
                out.add(style.substring(start, i));
                start = i + 1;
            }
        }
        out.add(style.substring(start));
        out.removeIf(String::isBlank);
        return out;
    }

    /** Where the block opened at {@code open} ends (after its closing brace), nested blocks counted. */
    private static int blockEnd(String css, int open) {
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            if (css.charAt(i) == '{') {
                depth++;
            } else if (css.charAt(i) == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return css.length();
    }

    /** A jsoup copy of the element tree (names, attributes, text), for jsoup's selectors to match. */
    private static org.jsoup.nodes.Element mirrored(Element e, Map<org.jsoup.nodes.Element, Element> mirrorOf) {
        org.jsoup.nodes.Element m = new org.jsoup.nodes.Element(e.getLocalName() != null ? e.getLocalName() : e.getTagName());
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            m.attr(a.getName(), a.getValue());
        }
        mirrorOf.put(m, e);
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                m.appendChild(mirrored(c, mirrorOf));
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                m.appendChild(new TextNode(n.getNodeValue()));
            }
        }
        return m;
    }
}
