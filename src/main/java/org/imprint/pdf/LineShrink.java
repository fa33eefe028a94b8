package org.imprint.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Lines that {@link ParagraphBreaking} chose a little wider than their measure, set tighter:
 * openhtmltopdf only stretches a justified line (and ignores CSS word-spacing), so a shrunk line
 * is realised as its words in two spans of their own, which the line breaker may not break
 * ({@link SteeredBreaks#unbreakable}; {@code white-space: nowrap} would take openhtmltopdf's path
 * that leaves the line before unjustified): the first words with a slight negative
 * {@code letter-spacing}, so that the line fits, the rest as they are. openhtmltopdf rounds letter
 * spacing to whole layout units and does not justify letter-spaced text; the untracked rest is
 * justified and takes up what the rounding left. The tracked words' letters and spaces come
 * closer by at most {@link TotalFit#SHRINK_EM} (tracking -12/1000 em, as a typesetter tracks a
 * line to pull a word back). The characters are the same (less soft hyphens that cannot break
 * there), so extracted text and tags keep the words.
 */
final class LineShrink {

    private static final char SOFT_HYPHEN = '\u00ad';

    /**
     * The tracked words of one shrunk line: those of {@code text} (a DOM text's text as the layout
     * read it) from {@code start} to {@code end}, tracked by {@code trackingEm}.
     */
    record Line(Text node, String text, int start, int end, double trackingEm) {
    }

    private LineShrink() {
    }

    /**
     * The child text of {@code element} the layout read as {@code master}, or null when none or
     * more than one is: its characters must be the master's one for one (line ends read as spaces).
     */
    static Text textNode(Element element, String master) {
        if (element == null) {
            return null;
        }
        Text found = null;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Text t && child.getNodeType() == Node.TEXT_NODE
                    && t.getData().replace('\n', ' ').replace('\t', ' ').replace('\r', ' ').equals(master)) {
                if (found != null) {
                    return null;
                }
                found = t;
            }
        }
        return found;
    }

    static String withoutSoftHyphens(String text) {
        return text.indexOf(SOFT_HYPHEN) < 0 ? text : text.replace(String.valueOf(SOFT_HYPHEN), "");
    }

    /**
     * Puts each line's words in a span of their own in the DOM, and tells {@code steered} how the
     * texts are cut, so that the opportunities taken from them still apply.
     */
    static void apply(List<Line> lines, SteeredBreaks steered) {
        Map<Text, List<Line>> byNode = new IdentityHashMap<>();
        for (Line line : lines) {
            byNode.computeIfAbsent(line.node(), k -> new ArrayList<>()).add(line);
        }
        for (Map.Entry<Text, List<Line>> e : byNode.entrySet()) {
            List<Line> inNode = new ArrayList<>(e.getValue());
            inNode.sort(Comparator.comparingInt(Line::start));
            split(e.getKey(), inNode, steered);
        }
    }

    private static void split(Text node, List<Line> lines, SteeredBreaks steered) {
        String data = node.getData();
        String master = lines.get(0).text();
        Node parent = node.getParentNode();
        List<String> parts = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Set<Integer> unbreakable = new HashSet<>();
        int from = 0;
        for (Line line : lines) {
            if (line.start() > from) {
                parent.insertBefore(node.getOwnerDocument().createTextNode(data.substring(from, line.start())), node);
                parts.add(master.substring(from, line.start()));
                starts.add(from);
            }
            parent.insertBefore(span(node, parent, data.substring(line.start(), line.end()), String.format(Locale.ROOT,
                    "letter-spacing: %.6fem", line.trackingEm())), node);
            unbreakable.add(parts.size());
            parts.add(withoutSoftHyphens(master.substring(line.start(), line.end())));
            starts.add(line.start());
            from = line.end();
        }
        node.setData(data.substring(from));
        parts.add(master.substring(from));
        starts.add(from);
        steered.split(master, parts, starts, unbreakable);
    }

    private static Element span(Text node, Node parent, String words, String style) {
        Element span = parent.getNamespaceURI() == null
                ? node.getOwnerDocument().createElement("span")
                : node.getOwnerDocument().createElementNS(parent.getNamespaceURI(), "span");
        span.setAttribute("style", style);
        span.appendChild(node.getOwnerDocument().createTextNode(withoutSoftHyphens(words)));
        return span;
    }
}
