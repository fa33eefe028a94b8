package org.imprint.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Keeps an inline element and the text touching its edges on one line where the text allows no
 * break there: "(<a>Lee, 2019</a>)." must never end a line with "(" or start one with ")." Both
 * layout engines break a line at the edge of an inline box when the next box's first piece does
 * not fit, without asking the line breaker (openhtmltopdf's issues 39 and 864: the breaker sees one
 * box's text at a time), and neither a no-break character nor {@code white-space: nowrap} round the
 * pieces stops it. An atomic inline box does: the word or mark before the element (up to the space
 * before it), the element and the marks after it (up to the next space) are wrapped in a span set
 * {@code display: inline-block}, which a line takes whole or not at all.
 *
 * <p>For the PDF's HTML only (the e-book and web edition break as the text says). Links keep their
 * own box, target and text: nothing moves into or out of them. A long element (more than
 * {@value #LONGEST} characters with what joins it) is left alone, since an atomic box cannot break
 * within itself; so is one that holds a page-foot note (a float) or a block.
 */
final class EdgeJoins {

    /** The class of the joining span, which the PDF's stylesheet does not know: its style is inline. */
    static final String CLASS = "imprint-join";

    /** The most characters a joined run may hold: more would leave a wide gap at a line's end. */
    static final int LONGEST = 20;

    private static final Set<String> PHRASING = Set.of("a", "em", "i", "strong", "b", "cite", "dfn", "abbr", "mark",
            "small", "u", "s", "sup", "sub", "q", "span", "code", "kbd", "samp", "var", "time", "bdi", "bdo");
    private static final Set<String> VERBATIM = Set.of("pre", "script", "style", "head", "svg", "math", "title");
    /**
     * A reference list's entry, which the layouts set with a hanging indent: openhtmltopdf drops
     * the text indent of a line that holds an atomic box, and APA's "Review, <i>12</i>(3), 45."
     * stood 1.5 em in from the entries round it. Its marks stay as the engine breaks them.
     */
    private static final String HANGING = "bibliography-entry";

    private EdgeJoins() {
    }

    /** How a citation's link is joined to the marks round it. */
    enum Citations {
        /**
         * The marks move into the link (openhtmltopdf): a citation is set as the text round it, and
         * many atomic boxes on one justified line left its few other letters to take all the slack
         * ("E i n s (Evans 2005, 4; Brown 2010, Kap. 2)").
         */
        MARKS_INTO_LINK,
        /**
         * One atomic box where the run is short, else one for the marks and the link's first word
         * and one for its last word and the marks after it (Flying Saucer, which breaks a citation's
         * text after its "(" when the word after it does not fit, the line breaker not asked; a box
         * of the whole citation up to 40 characters left the line before it all the slack, wide
         * gaps; with the marks moved into the link it broke inside a word, "Worl" / "d Health").
         */
        IN_BOX_WHERE_SHORT
    }

    /** Joins each inline element to the unbreakable text at its edges, everywhere in {@code dom}. */
    static void apply(Document dom, Citations citations) {
        if (dom.getDocumentElement() == null) {
            return;
        }
        List<Element> outermost = new ArrayList<>();
        collect(dom.getDocumentElement(), outermost);
        for (Element element : outermost) {
            join(element, citations);
        }
    }

    private static String name(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    /** The outermost phrasing elements of each text (an element within one moves with it). */
    private static void collect(Element element, List<Element> into) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                String name = name(e);
                if (VERBATIM.contains(name) || HANGING.equals(e.getAttribute("class"))) {
                    continue;
                }
                if (PHRASING.contains(name) && !name.equals("span") || IsolateSpans.isIsolate(e) && marksTouch(e)) {
                    into.add(e);
                } else {
                    collect(e, into);
                }
            }
        }
    }

    private static void join(Element element, Citations citations) {
        if (IsolateSpans.isIsolate(element)) {
            joinIsolate(element);
            return;
        }
        if (!joinable(element)) {
            return;
        }
        Text before = element.getPreviousSibling() instanceof Text t ? t : null;
        Text after = element.getNextSibling() instanceof Text t ? t : null;
        int lead = before == null ? 0 : trailingRun(before.getData());
        int tail = after == null ? 0 : leadingRun(after.getData());
        // a word before a note call with nothing after it: the box set a wider gap after the call
        // ("another⁴  and"); a break before the call is left to the engine there
        if (tail == 0 && (lead == 0 || Character.isLetterOrDigit(before.getData().charAt(before.getData().length() - 1)))) {
            return;
        }
        int length = lead + tail + element.getTextContent().length();
        String joined = (before == null ? "" : before.getData().substring(before.getData().length() - lead))
                + element.getTextContent() + (after == null ? "" : after.getData().substring(0, tail));
        boolean rightToLeft = rightToLeft(element);
        if (citation(element) && citations == Citations.MARKS_INTO_LINK && rightToLeft && separatorBetweenSources(after, tail)) {
            // in right-to-left text only the separator between two sources ("Lee, 2019; Kon, 2020"),
            // which stands in their left-to-right run: without it a long citation broke before
            // "; Kon, 2020". A mark at the run's edge (a bracket, the sentence's full stop) is set
            // apart from the link in the line, and the link's box would reach across the run to it
            moveInto(element, before, 0, after, tail);
            return;
        }
        if (!alphabetic(joined) || rightToLeft) {
            return;
        }
        if (citation(element) && citations == Citations.MARKS_INTO_LINK) {
            moveInto(element, before, lead, after, tail);
            return;
        }
        if (citation(element) && length > LONGEST) {
            // a long citation's box left the line before it all the slack: only its edge words are boxed
            Element[] edges = edgeWords(element);
            if (edges == null) {
                moveInto(element, before, lead, after, tail);
                return;
            }
            box(edges[0], before, lead, null, 0);
            box(edges[1], null, 0, after, tail);
            return;
        }
        if (length > LONGEST) {
            return;
        }
        box(element, before, lead, after, tail);
    }

    /**
     * Boxes a bracketed aside of the other direction (an isolate, {@link IsolateSpans}) with the
     * brackets touching it (and the punctuation after the closing one), in text of either direction: the layout breaks a
     * line between the paragraph's run and the isolate's without asking the line breaker, so a
     * title's "Pakistan's Mediation (پاکستان کی ثالثی) between …" ended its line with "(" on the
     * cover and at the article's head. Up to {@value #LONGEST} characters the marks and the isolate
     * are one atomic box; a longer aside may still wrap inside, as a quotation does.
     */
    private static void joinIsolate(Element isolate) {
        Text before = edgeText(isolate.getPreviousSibling(), true);
        Text after = edgeText(isolate.getNextSibling(), false);
        int lead = before == null ? 0 : marks(before.getData().substring(before.getData().length() - trailingRun(before.getData())));
        int tail = after == null ? 0 : marks(after.getData().substring(0, leadingRun(after.getData())));
        long visible = isolate.getTextContent().chars().filter(c -> Character.getType(c) != Character.FORMAT).count();
        if (lead + tail == 0 || lead + tail + visible > LONGEST || !phrasingOnly(isolate)) {
            return;
        }
        box(isolate, before, lead, after, tail);
    }

    /**
     * Whether the element holds phrasing only and no page-foot note: a style of its own is allowed
     * (the font spans {@link GlyphFallback} sets another script's words in).
     */
    private static boolean phrasingOnly(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && (!PHRASING.contains(name(e)) || e.getAttribute("class").contains("footnote")
                    || !phrasingOnly(e))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The length of {@code run} when it holds a bracket and no letter, digit or quotation mark
     * (brackets and the punctuation after them), else 0. Quotation marks are {@link QuotationGlue}'s:
     * boxed with an isolate, "“⁧السلام عليكم⁩”، 3" and a running head's "“⁧12 مئی⁩”" lost their order.
     */
    private static int marks(String run) {
        boolean bracket = run.chars().anyMatch(c -> "()[]{}".indexOf(c) >= 0);
        boolean other = run.codePoints().anyMatch(c -> Character.isLetterOrDigit(c) || c == '"' || c == '\''
                || Character.getType(c) == Character.INITIAL_QUOTE_PUNCTUATION || Character.getType(c) == Character.FINAL_QUOTE_PUNCTUATION
                || "\u201E\u201A\u00AB\u00BB\u2039\u203A".indexOf(c) >= 0);
        return bracket && !other ? run.length() : 0;
    }

    /**
     * The text touching an isolate on one side: the sibling text, or the last (first) text of a
     * sibling span {@link GlyphFallback} set another script in, which holds the bracket after the
     * script's words ("… ثالثی (" in the Naskh face before an English aside).
     */
    private static Text edgeText(Node sibling, boolean last) {
        Node node = sibling;
        while (node instanceof Element e && name(e).equals("span") && e.getAttribute("class").isEmpty()) {
            node = last ? e.getLastChild() : e.getFirstChild();
        }
        return node instanceof Text t ? t : null;
    }

    /** Whether a bracket or mark touches the isolate on either side (no space between). */
    private static boolean marksTouch(Element isolate) {
        Text left = edgeText(isolate.getPreviousSibling(), true);
        Text right = edgeText(isolate.getNextSibling(), false);
        String before = left == null ? "" : left.getData();
        String after = right == null ? "" : right.getData();
        return marks(before.substring(before.length() - trailingRun(before))) > 0 || marks(after.substring(0, leadingRun(after))) > 0;
    }

    /**
     * Splits a citation's link of one text with spaces in it into three links to the same place:
     * its first word, the words between, its last word ("Smith", " & Jones, 2002, p. ", "40"), so
     * that each edge word can be boxed with the marks touching it. Flying Saucer writes no structure
     * tree, so the three are three annotations to one target and nothing else.
     *
     * @return the first and last word's links, or {@code null} where the link is not one text of several words
     */
    private static Element[] edgeWords(Element link) {
        if (link.getChildNodes().getLength() != 1 || !(link.getFirstChild() instanceof Text only)) {
            return null;
        }
        String text = only.getData();
        int first = 0;
        while (first < text.length() && !breakable(text.charAt(first))) {
            first++;
        }
        int last = text.length();
        while (last > 0 && !breakable(text.charAt(last - 1))) {
            last--;
        }
        if (first == 0 || first >= last || last == text.length()) {
            return null;
        }
        Element head = (Element) link.cloneNode(false);
        head.appendChild(link.getOwnerDocument().createTextNode(text.substring(0, first)));
        Element tail = (Element) link.cloneNode(false);
        tail.appendChild(link.getOwnerDocument().createTextNode(text.substring(last)));
        head.removeAttribute("id");
        tail.removeAttribute("id");
        only.setData(text.substring(first, last));
        link.getParentNode().insertBefore(head, link);
        link.getParentNode().insertBefore(tail, link.getNextSibling());
        return new Element[] {head, tail};
    }

    /** Wraps the element with the last {@code lead} characters before it and the first {@code tail} after it in one atomic box. */
    private static void box(Element element, Text before, int lead, Text after, int tail) {
        Document dom = element.getOwnerDocument();
        Element span = dom.createElementNS(element.getNamespaceURI(), element.getPrefix() == null ? "span" : element.getPrefix() + ":span");
        span.setAttribute("class", CLASS);
        // inline-block: one atomic box; no margin, no padding: it sits in the line as its text would
        span.setAttribute("style", "display: inline-block; text-indent: 0; margin: 0; padding: 0; border: 0");
        element.getParentNode().insertBefore(span, element);
        if (lead > 0) {
            String data = before.getData();
            before.setData(data.substring(0, data.length() - lead));
            span.appendChild(dom.createTextNode(data.substring(data.length() - lead)));
        }
        span.appendChild(element);
        if (tail > 0) {
            String data = after.getData();
            span.appendChild(dom.createTextNode(data.substring(0, tail)));
            after.setData(data.substring(tail));
        }
    }

    /** A citation's link, which the layouts set as the text round it (its colour, no underline). */
    private static boolean citation(Element element) {
        return name(element).equals("a") && (" " + element.getAttribute("class") + " ").contains(" citation ");
    }

    /**
     * Moves the marks touching a citation's link into it, so that its edges stand at spaces; the
     * text's look does not change. Its description ({@link LinkDescriptions#titleLinks}, taken
     * before) stays the source's, and {@link LinkAnnotationEdges} cuts the link's annotation back
     * to it after layout (in the untagged print PDF, which has no descriptions, the box keeps them).
     */
    private static void moveInto(Element link, Text before, int lead, Text after, int tail) {
        Document dom = link.getOwnerDocument();
        if (lead > 0) {
            String data = before.getData();
            String moved = data.substring(data.length() - lead);
            before.setData(data.substring(0, data.length() - lead));
            if (link.getFirstChild() instanceof Text first) {
                first.insertData(0, moved);
            } else {
                link.insertBefore(dom.createTextNode(moved), link.getFirstChild());
            }
        }
        if (tail > 0) {
            String data = after.getData();
            after.setData(data.substring(tail));
            if (link.getLastChild() instanceof Text last) {
                last.appendData(data.substring(0, tail));
            } else {
                link.appendChild(dom.createTextNode(data.substring(0, tail)));
            }
        }
    }

    /** Whether the marks after a link are a separator (";" or ",") and then only spaces before another citation's link. */
    private static boolean separatorBetweenSources(Text after, int tail) {
        if (after == null || tail == 0 || !after.getData().substring(0, tail).matches("[;,]")
                || !after.getData().substring(tail).isBlank()) {
            return false;
        }
        return after.getNextSibling() instanceof Element next && citation(next);
    }

    /** Whether the element can be one atomic box: short, inline, no note that floats to the page foot. */
    private static boolean joinable(Element element) {
        if (element.getParentNode() instanceof Element parent && CLASS.equals(parent.getAttribute("class"))) {
            return false;
        }
        return allInline(element);
    }

    private static boolean allInline(Element element) {
        String name = name(element);
        if (!PHRASING.contains(name) && !name.equals("br") && !name.equals("wbr")) {
            return false;
        }
        if (name.equals("br") || element.getAttribute("class").contains("footnote") || element.hasAttribute("style")) {
            return false;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && !allInline(e)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text is in scripts that separate words by spaces, set left to right (Latin, Greek,
     * Cyrillic, their punctuation and symbols). An atomic box is its own bidirectional paragraph,
     * and in a script that breaks between words without spaces (Thai, Chinese) the run would take
     * away breaks the text allows: those are left as they were.
     */
    private static boolean alphabetic(String text) {
        return text.codePoints().allMatch(c -> c < 0x0590 || c >= 0x1E00 && c < 0x2C00 || c >= 0xFB00 && c <= 0xFB06);
    }

    /** Whether the element stands in right-to-left text (its own dir, an ancestor's, or the document's language). */
    private static boolean rightToLeft(Element element) {
        for (Node node = element; node instanceof Element e; node = e.getParentNode()) {
            String dir = e.getAttribute("dir");
            if (dir.equalsIgnoreCase("rtl")) {
                return true;
            }
            if (dir.equalsIgnoreCase("ltr")) {
                return false;
            }
            if (e.getParentNode() instanceof Document && e.hasAttribute("lang")) {
                return com.ibm.icu.util.ULocale.forLanguageTag(e.getAttribute("lang")).isRightToLeft();
            }
        }
        return false;
    }

    /** The length of the run at the end of {@code text} that no space separates from what follows. */
    private static int trailingRun(String text) {
        int i = text.length();
        while (i > 0 && !breakable(text.charAt(i - 1))) {
            i--;
        }
        return text.length() - i;
    }

    /** The length of the run at the start of {@code text} that no space separates from what precedes it. */
    private static int leadingRun(String text) {
        int i = 0;
        while (i < text.length() && !breakable(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A space (not a no-break one) or a zero-width space: a line may break there. */
    private static boolean breakable(char c) {
        return Character.isWhitespace(c) && c != '\u00A0' && c != '\u2007' && c != '\u202F' || c == '\u200B'
                || c == '\u00AD' || c == '\u2014' || c == '\u2013' || c == '/';
    }
}
