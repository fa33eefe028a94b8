package org.imprint.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imprint.brand.FontFace;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.lowagie.text.pdf.BaseFont;

/**
 * Per-glyph font fallback for Flying Saucer, which picks one font per run of text: the first
 * family of the font stack it has, even when that font lacks some of the run's glyphs. Text the
 * brand's first font cannot show (Chinese in an English report, say) is wrapped in a span naming
 * the first of the brand's families that can, as the PDFBox engine does by itself.
 */
final class GlyphFallback {

    private final OpenPdfFonts fonts;

    /** @param fonts the fonts the document is set in: their character maps tell who has a glyph */
    GlyphFallback(OpenPdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Wraps the runs of text the first family cannot show, in place. */
    void apply(Document dom, List<FontFace> faces) {
        if (faces.isEmpty()) {
            return;
        }
        // one regular face per family, in the brand's order: the first is the main font
        Map<String, BaseFont> families = new LinkedHashMap<>();
        for (FontFace face : faces) {
            if (!face.italic() && (face.weight() == 400 || !families.containsKey(face.family()))) {
                families.put(face.family(), font(face));
            }
        }
        List<Map.Entry<String, BaseFont>> order = new ArrayList<>(families.entrySet());
        wrap(dom.getDocumentElement(), order);
    }

    private void wrap(Node node, List<Map.Entry<String, BaseFont>> order) {
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                String name = child.getLocalName() != null ? child.getLocalName() : child.getNodeName();
                if (!name.equals("style") && !name.equals("head")) {
                    wrap(child, order);
                }
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                split(child, order);
            }
            child = next;
        }
    }

    /** Replaces a text node by runs: as they are, or in a span naming the family that has their glyphs. */
    private static void split(Node text, List<Map.Entry<String, BaseFont>> order) {
        String s = text.getNodeValue();
        BaseFont main = order.get(0).getValue();
        if (s.chars().allMatch(c -> c < 0x250 || main.charExists(c))) {
            return;
        }
        Document doc = text.getOwnerDocument();
        Node parent = text.getParentNode();
        StringBuilder run = new StringBuilder();
        String runFamily = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String family = familyFor(cp, order);
            if (!java.util.Objects.equals(family, runFamily) && !Character.isWhitespace(cp)) {
                flush(doc, parent, text, run, runFamily);
                runFamily = family;
            }
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        flush(doc, parent, text, run, runFamily);
        parent.removeChild(text);
    }

    /** Null when the main font has the glyph (or nothing has it), else the first family that has it. */
    private static String familyFor(int cp, List<Map.Entry<String, BaseFont>> order) {
        if (cp < 0x250 || order.get(0).getValue().charExists(cp)) {
            return null;
        }
        for (int i = 1; i < order.size(); i++) {
            if (order.get(i).getValue().charExists(cp)) {
                return order.get(i).getKey();
            }
        }
        return null;
    }

    private static void flush(Document doc, Node parent, Node before, StringBuilder run, String family) {
        if (run.isEmpty()) {
            return;
        }
        Node content = doc.createTextNode(run.toString());
        if (family != null) {
            Element span = doc.createElementNS(parent.getNamespaceURI(), "span");
            span.setAttribute("style", "font-family: \"" + family + "\"");
            span.appendChild(content);
            content = span;
        }
        parent.insertBefore(content, before);
        run.setLength(0);
    }

    private BaseFont font(FontFace face) {
        return fonts.get(face.file());
    }
}
