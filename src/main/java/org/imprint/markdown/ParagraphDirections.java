package org.imprint.markdown;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imprint.fonts.ComplexScripts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Gives each paragraph of the article's markup the direction of its first and last letters
 * (outside quotations; where they differ, of most of its letters) where that is not the
 * direction it inherits: an English paragraph, heading, caption or table cell in an
 * Urdu article is marked {@code dir="ltr"}, a Hebrew paragraph or note in an English article
 * {@code dir="rtl"}. Made once for every output, so the PDF, the e-book and the web edition set
 * the same paragraphs the same way: a reading system or browser aligns and orders a paragraph by
 * its {@code dir} (without one an English paragraph of an Urdu e-book is right-aligned and its
 * full stop lands on the left), and the PDF engine by the CSS direction the PDF stage maps it to.
 *
 * <p>Letters inside paired quotation marks and brackets do not decide ({@link QuotePairs}): "He
 * heard “پاکستان زندہ باد” in 2024." is English however long the slogan. A quotation in the
 * article's own script does count: "”ہم امن چاہتے ہیں۔“ — PM" is Urdu. A page-foot note is
 * always marked, with its own direction or else the article's: it is set at the foot of the page,
 * not in the paragraph that calls it, and unmarked it would take that paragraph's direction.
 *
 * <p>A list, quotation or table whose paragraphs (items, cells) are all of the other direction is
 * marked itself, and its paragraphs then inherit it: an English list of an Urdu article has its
 * markers and indent on the left, an English table its first column on the left.
 */
public final class ParagraphDirections {

    /** Elements whose inline content is set as one paragraph. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "li", "dd", "dt", "td", "th", "figcaption",
            "caption", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div", "aside", "section");
    /** Paragraphs that hold what the author wrote even when they have a class. */
    private static final Set<String> AUTHORED = Set.of("li", "dd", "dt", "td", "th", "figcaption", "caption");
    /** Blocks that hold paragraphs of their own, not text of the paragraph around them. */
    private static final Set<String> CONTAINERS = Set.of("ul", "ol", "table", "figure");
    /**
     * Blocks that take the direction all their paragraphs share: a list's markers and indent, a
     * quotation's rule and a table's column order follow the block's direction, not its items'.
     */
    private static final Set<String> GROUPS = Set.of("ul", "ol", "blockquote", "table");

    private ParagraphDirections() {
    }

    /**
     * Marks the paragraphs of an HTML fragment (XHTML-compatible markup, as {@link HtmlSanitizer}
     * writes it) whose text is of the other direction than the article's.
     *
     * @param rightToLeft whether the article is written right to left (its language's direction)
     * @return the fragment, unchanged when it has no right-to-left letters in a left-to-right article
     */
    public static String mark(String html, boolean rightToLeft) {
        if (!rightToLeft && !ComplexScripts.hasRightToLeft(html)) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element child : doc.body().children()) {
            visit(child, rightToLeft, rightToLeft);
        }
        for (Element paragraph : doc.body().select("p, li, dd, dt, td, th, figcaption, caption, h1, h2, h3, h4, h5, h6")) {
            faceLetterless(paragraph, rightToLeft);
        }
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);
        return doc.body().html();
    }

    /**
     * The direction {@link #mark} gave each heading of marked markup, by the heading's id: for a
     * table of contents, whose entry of a heading of the other direction is set as the heading is.
     * Headings that inherit the article's direction are not in it.
     */
    public static Map<String, String> headings(String markedHtml) {
        Map<String, String> dirs = new HashMap<>();
        for (Element heading : Jsoup.parseBodyFragment(markedHtml).select("h1[id][dir], h2[id][dir], h3[id][dir], "
                + "h4[id][dir], h5[id][dir], h6[id][dir]")) {
            dirs.put(heading.id(), heading.attr("dir"));
        }
        return dirs;
    }

    /**
     * Whether an element with {@code dir} is one whose direction {@link #mark} decides or a
     * citation style sets (a paragraph, a note), not an inline isolate inside a paragraph.
     *
     * @param classes the element's class attribute
     */
    public static boolean isParagraph(String tagName, String classes) {
        return PARAGRAPHS.contains(tagName) || isFootnote(tagName, classes);
    }

    /**
     * Whether an element with {@code dir} is one whose direction {@link #mark} decides: a
     * paragraph ({@link #isParagraph}), or a list, quotation or table all of whose paragraphs are
     * of that direction.
     *
     * @param classes the element's class attribute
     */
    public static boolean isMarked(String tagName, String classes) {
        return isParagraph(tagName, classes) || GROUPS.contains(tagName);
    }

    private static void visit(Element element, boolean inheritedRtl, boolean pageRtl) {
        boolean footnote = isFootnote(element.tagName(), element.className());
        boolean rtl = footnote ? pageRtl : inheritedRtl;
        String dir = element.attr("dir");
        if (dir.equalsIgnoreCase("rtl") || dir.equalsIgnoreCase("ltr")) {
            rtl = dir.equalsIgnoreCase("rtl");
        } else if (dir.isEmpty() && authored(element) && ownText(element)) {
            int strong = firstStrong(element, rtl);
            // compared with the direction the markup gives it, not the one passed down: after a
            // loose item's first paragraph its blocks are passed that paragraph's direction, but the
            // item carries no dir, so an Urdu second paragraph of an Urdu item of an English list
            // went unmarked and was set left to right in the e-book and the web edition (its full
            // stop at the left, its lines ragged at the right, under a first paragraph set right)
            if (strong != 0 && ((strong > 0) != rtl || (strong > 0) != markedRtl(element, pageRtl)) || footnote) {
                rtl = strong == 0 ? rtl : strong > 0;
                element.attr("dir", rtl ? "rtl" : "ltr");
            }
        }
        // a citation style's text is isolated source by source already (cite/Isolates): its quotations
        // read in the direction of the source they belong to, not the paragraph's
        if (!element.tagName().equals("code") && !element.tagName().equals("pre")
                && element.closest(".citation, .bibliography-entry") == null) {
            for (TextNode text : element.textNodes()) {
                String isolated = isolateQuotations(text.getWholeText(), rtl);
                if (!isolated.equals(text.getWholeText())) {
                    text.text(isolated);
                }
            }
        }
        if (!element.tagName().equals("code") && !element.tagName().equals("pre")
                && element.closest(".citation, .bibliography-entry") == null) {
            isolateAcrossMarkup(element, rtl);
        }
        // a loose item (its text in paragraphs) has the direction of its first paragraph, as a tight one
        // has its text's: its dir is put on that paragraph, so without this an English loose item's
        // sublist of an Urdu list inherited the list's direction and took the Urdu side (h19o nest-ur)
        // The first paragraph, not the first block: an item opening with a code block or a
        // quotation, then an English paragraph, kept its sublist on the Urdu side (h19p loose-ur)
        boolean childRtl = rtl;
        boolean paragraphSeen = false;
        for (Element child : element.children()) {
            visit(child, childRtl, pageRtl);
            if (!paragraphSeen && element.tagName().equals("li") && dir.isEmpty() && child.tagName().equals("p")) {
                paragraphSeen = true;
                if (child.attr("dir").equals("rtl") || child.attr("dir").equals("ltr")) {
                    childRtl = child.attr("dir").equals("rtl");
                }
            }
        }
        if (element.attr("dir").isEmpty() && GROUPS.contains(element.tagName()) && element.className().isBlank()
                && !(element.parent() != null && element.parent().hasClass("endnotes"))) {
            markGroup(element, rtl);
        }
        // a list or quotation inside an item of the other direction than the article's (an English
        // list in a tight English item of an Urdu list): the brands' styles put a group's indent and
        // rule on its side by its own dir, and without one it took the article's side (the English
        // sublist's indent at the right, its Urdu item's text and bullet past the column's left edge)
        if (element.attr("dir").isEmpty() && GROUPS.contains(element.tagName()) && element.className().isBlank()
                && rtl != pageRtl && !footnote && element.closest(".endnotes, .citation, .bibliography-entry") == null) {
            element.attr("dir", rtl ? "rtl" : "ltr");
            // its paragraphs, marked before it was, now inherit that direction
            for (Element member : members(element)) {
                if (member.attr("dir").equals(element.attr("dir"))) {
                    member.removeAttr("dir");
                }
            }
        }
    }

    /**
     * The text with the inside of each quotation or bracketed aside written wholly in the other
     * direction than {@code rtl} (its letters all of it) set between a directional isolate and
     * its end (U+2066/U+2067 … U+2069): without one, the numbers and punctuation after it join it
     * ("“ہم امن چاہتے ہیں” — 3 times." set the 3 on the quotation's side), and the marks pair
     * wrongly. Isolates are plain text, so the PDF's bidi splitter (ICU), the e-book and the web
     * edition read them alike. Of two nested pairs of the other direction the outer is isolated,
     * and a pair that spans markup (a quotation in italics) is not seen.
     *
     * @param rtl the direction of the paragraph the text is in
     */
    public static String isolateQuotations(String text, boolean rtl) {
        List<Isolate> chosen = isolates(text, rtl);
        if (chosen.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 2 * chosen.size());
        int done = 0;
        for (Isolate isolate : chosen) {
            out.append(text, done, isolate.start()).append(rtl ? '\u2066' : '\u2067')
                    .append(text, isolate.start(), isolate.end()).append('\u2069');
            done = isolate.end();
        }
        return out.append(text.substring(done)).toString();
    }

    /**
     * Isolates, as {@link #isolateQuotations} does within one text, the quotations of the other
     * direction whose marks stand in two of the element's own texts with markup between them: a
     * quotation in italics ("said “<em>ہم امن چاہتے ہیں</em>” — 3 times") is set apart as a plain
     * one is, so the number after it stays outside it. The quotation is read with the text of the
     * inline elements between its marks, as {@link SmartPunctuation} read it when it faced them.
     */
    private static void isolateAcrossMarkup(Element element, boolean rtl) {
        StringBuilder text = new StringBuilder();
        List<TextNode> owners = new java.util.ArrayList<>();
        List<Integer> offsets = new java.util.ArrayList<>();
        for (Node child : element.childNodes()) {
            String part;
            TextNode owner = null;
            if (child instanceof TextNode t) {
                part = t.getWholeText();
                owner = t;
            } else if (child instanceof Element e && !isParagraph(e.tagName(), e.className()) && !CONTAINERS.contains(e.tagName())) {
                part = e.text();
            } else {
                // a block ends the paragraph's run of inline text: no quotation spans it
                part = "\u2029";
            }
            for (int i = 0; i < part.length(); i++) {
                owners.add(owner);
                offsets.add(i);
            }
            text.append(part);
        }
        // each isolate's ends, in the order of the text: the text node each goes in and the offset in it
        List<Insert> inserts = new java.util.ArrayList<>();
        for (Isolate isolate : isolates(text.toString(), rtl)) {
            // the isolate opens after the opening mark (in the mark's text) or before a prefix
            // (in the prefix's text), and ends before the closing mark or after it
            boolean prefixed = isolate.prefixed();
            TextNode open = prefixed ? owners.get(isolate.start()) : owners.get(isolate.start() - 1);
            TextNode close = prefixed ? owners.get(isolate.end() - 1) : owners.get(isolate.end());
            if (open == null || close == null || open == close) {
                continue; // within one text: done; a mark inside an element: that element's text
            }
            inserts.add(new Insert(open, prefixed ? offsets.get(isolate.start()) : offsets.get(isolate.start() - 1) + 1,
                    rtl ? '\u2066' : '\u2067'));
            inserts.add(new Insert(close, prefixed ? offsets.get(isolate.end() - 1) + 1 : offsets.get(isolate.end()), '\u2069'));
        }
        // from the end, so the offsets of the inserts before hold
        for (int k = inserts.size() - 1; k >= 0; k--) {
            Insert insert = inserts.get(k);
            String whole = insert.owner().getWholeText();
            insert.owner().text(whole.substring(0, insert.offset()) + insert.mark() + whole.substring(insert.offset()));
        }
    }

    /** An isolate's start or end to write into a text node, at an offset of its text. */
    private record Insert(TextNode owner, int offset, char mark) {
    }

    /**
     * Where {@link #isolateQuotations} sets a quotation apart: the isolate's start goes before
     * {@code start}, its end before {@code end}. A quotation's inside, its marks left in the
     * paragraph's direction; a quotation after a Hebrew prefix in a left-to-right paragraph
     * (ב"הארץ") with its prefix and marks, one right-to-left word: its marks and prefix left out,
     * the prefix, a strong letter, drew the neutrals and numbers after the quotation to its side
     * ("It ran in ב”הארץ” — 3 times" set "It ran in 3 — …").
     *
     * @param prefixed whether the isolate holds a prefix and the quotation's marks
     */
    record Isolate(int start, int end, boolean prefixed) {
    }

    /**
     * The isolates {@link #isolateQuotations} writes, in the order they open: each quotation or
     * aside written wholly in the other direction, the outer of two nested.
     *
     * @param rtl the direction of the paragraph the text is in
     */
    static List<Isolate> isolates(String text, boolean rtl) {
        // the letters of each direction before each index, so a pair's are two subtractions: counted
        // pair by pair, a long aside was walked again for each pair inside it
        int[] same = new int[text.length() + 1];
        int[] other = new int[text.length() + 1];
        // the letters inside an isolate already there count for neither: the isolate stands to
        // the text round it as a neutral does, so an APA citation of an Urdu source in an English
        // sentence, "(⁧احمد⁩, 2015)", is no aside in Urdu to set right to left ("(2015 ,احمد)")
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2066' || c == '\u2067' || c == '\u2068') {
                depth++;
            } else if (c == '\u2069' && depth > 0) {
                depth--;
            }
            int strong = depth > 0 || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))
                    ? 0 : StrongDirection.of(text.codePointAt(i));
            same[i + 1] = same[i] + (strong != 0 && (strong > 0) == rtl ? 1 : 0);
            other[i + 1] = other[i] + (strong != 0 && (strong > 0) != rtl ? 1 : 0);
        }
        List<QuotePairs.Pair> chosen = new java.util.ArrayList<>();
        for (QuotePairs.Pair pair : QuotePairs.pairs(text)) {
            if (other[pair.close()] - other[pair.open() + 1] > 0 && same[pair.close()] - same[pair.open() + 1] == 0) {
                // an outer pair holds this one only if it too is of the other direction: keep the
                // outer. The pairs come each inner before its outer, so the pairs it holds are the
                // last chosen
                while (!chosen.isEmpty() && chosen.get(chosen.size() - 1).open() > pair.open()) {
                    chosen.remove(chosen.size() - 1);
                }
                chosen.add(pair);
            }
        }
        chosen.sort(java.util.Comparator.comparingInt(QuotePairs.Pair::open));
        List<Isolate> isolates = new java.util.ArrayList<>();
        for (QuotePairs.Pair pair : chosen) {
            int prefix = rtl ? -1 : QuotePairs.prefixStart(text, pair.open());
            isolates.add(prefix >= 0 ? new Isolate(prefix, pair.close() + 1, true) : new Isolate(pair.open() + 1, pair.close(), false));
        }
        return isolates;
    }

    /**
     * Turns the quotation marks of a paragraph without letters (a list item or a table cell of
     * figures and quoted numbers) to the direction it is set in, where that is not the one
     * {@link SmartPunctuation} faced them by: that of its language, while the paragraph takes the
     * direction of the nearest element with one, the list or table {@link #markGroup} marked with
     * the other direction ("“12”" in a cell of an Urdu table in an English article is set right
     * to left, and faces as Urdu's marks do).
     */
    private static void faceLetterless(Element paragraph, boolean articleRtl) {
        if (!ownText(paragraph)) {
            return;
        }
        StringBuilder own = new StringBuilder();
        appendOwnText(paragraph, own);
        if (hasLetters(own.toString())) {
            return;
        }
        boolean set = articleRtl;
        for (Element e = paragraph; e != null; e = e.parent()) {
            if (e.attr("dir").equalsIgnoreCase("rtl") || e.attr("dir").equalsIgnoreCase("ltr")) {
                set = e.attr("dir").equalsIgnoreCase("rtl");
                break;
            }
        }
        boolean faced = articleRtl;
        for (Element e = paragraph; e != null; e = e.parent()) {
            if (e.hasAttr("lang")) {
                faced = LanguageRules.of(e.attr("lang")).rightToLeft();
                break;
            }
        }
        if (set == faced) {
            return;
        }
        for (TextNode text : paragraph.textNodes()) {
            String turned = turnPairs(text.getWholeText());
            if (!turned.equals(text.getWholeText())) {
                text.text(turned);
            }
        }
    }

    /** The text with the curly marks of each of its pairs turned: “ for ”, ‘ for ’ (a pair of ” stays). */
    private static String turnPairs(String text) {
        char[] chars = text.toCharArray();
        for (QuotePairs.Pair pair : QuotePairs.pairs(text)) {
            char open = chars[pair.open()];
            char close = chars[pair.close()];
            if (open == '\u201C' && close == '\u201D' || open == '\u201D' && close == '\u201C'
                    || open == '\u2018' && close == '\u2019' || open == '\u2019' && close == '\u2018') {
                chars[pair.open()] = close;
                chars[pair.close()] = open;
            }
        }
        return new String(chars);
    }

    /** How a paragraph, or a block of paragraphs, stands to the direction it inherits. */
    private enum Leaning { SAME, OTHER, NEITHER }

    /**
     * Marks a list, quotation or table with the other direction than the one it inherits when
     * every one of its paragraphs that has letters is marked with it, and takes the mark off them:
     * they inherit it. Paragraphs without letters (a column of figures) go either way. A group
     * with a class is the layout's or a citation style's (a reference list), and the list of
     * endnotes the article's, numbered on its side whatever the notes' language: left as they are.
     */
    private static void markGroup(Element group, boolean inheritedRtl) {
        String other = inheritedRtl ? "ltr" : "rtl";
        List<Element> members = members(group);
        if (leaning(members, other) != Leaning.OTHER) {
            return;
        }
        group.attr("dir", other);
        for (Element member : members) {
            member.removeAttr("dir");
        }
    }

    /** Other when some of the elements lean to {@code other} and the rest to neither side. */
    private static Leaning leaning(List<Element> elements, String other) {
        Leaning all = Leaning.NEITHER;
        for (Element element : elements) {
            Leaning one = leaning(element, other);
            if (one == Leaning.SAME) {
                return Leaning.SAME;
            }
            if (one == Leaning.OTHER) {
                all = Leaning.OTHER;
            }
        }
        return all;
    }

    /**
     * An element's leaning: its mark, else the same as its block's when it has letters of its own,
     * else that of the blocks it holds (the paragraphs of a list item set apart by blank lines).
     */
    private static Leaning leaning(Element element, String other) {
        String dir = element.attr("dir");
        if (!dir.isEmpty()) {
            return dir.equalsIgnoreCase(other) ? Leaning.OTHER : Leaning.SAME;
        }
        if (!hasLetters(element.text())) {
            return Leaning.NEITHER;
        }
        return ownText(element) ? Leaning.SAME : leaning(element.children(), other);
    }

    /** The direction the markup gives the element: its nearest ancestor's {@code dir}, else the article's. */
    private static boolean markedRtl(Element element, boolean pageRtl) {
        for (Element up = element.parent(); up != null; up = up.parent()) {
            String dir = up.attr("dir");
            if (dir.equalsIgnoreCase("rtl") || dir.equalsIgnoreCase("ltr")) {
                return dir.equalsIgnoreCase("rtl");
            }
        }
        return pageRtl;
    }

    /** A group's paragraphs: a list's items, a table's cells (not a nested table's), a quotation's blocks. */
    private static List<Element> members(Element group) {
        return switch (group.tagName()) {
            case "ul", "ol" -> group.children().stream().filter(e -> e.tagName().equals("li")).toList();
            case "table" -> group.select("th, td").stream().filter(cell -> cell.closest("table") == group).toList();
            default -> group.children();
        };
    }

    /** Whether the text has a letter of either direction. */
    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(cp -> StrongDirection.of(cp) != 0);
    }

    /**
     * Whether the element is a paragraph of the author's: the body's and the notes' (a page-foot
     * note is a span the PDF engine sets as a block), not one a citation style sets, whose order
     * and punctuation follow the article's language (cite/Isolates isolates each source's own runs).
     */
    private static boolean authored(Element element) {
        String tag = element.tagName();
        if (element.hasClass("citation") || element.hasClass("bibliography-entry")) {
            return false;
        }
        return isFootnote(tag, element.className()) || AUTHORED.contains(tag)
                || (PARAGRAPHS.contains(tag) && element.className().isBlank());
    }

    private static boolean isFootnote(String tagName, String classes) {
        return tagName.equals("span") && (" " + classes + " ").contains(" footnote ");
    }

    /** Whether the element holds text of its own (not only in nested blocks). */
    private static boolean ownText(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank()) {
                return true;
            }
            if (child instanceof Element e && !isParagraph(e.tagName(), e.className())
                    && !CONTAINERS.contains(e.tagName()) && !e.text().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The direction of the element's own text (code, which reads left to right anywhere, and
     * nested paragraphs left out): 1 right to left, -1 left to right, 0 without letters, as
     * {@link #direction(String, boolean)} decides it.
     *
     * @param inheritedRtl the direction the element takes without a {@code dir} of its own
     */
    private static int firstStrong(Element element, boolean inheritedRtl) {
        StringBuilder builder = new StringBuilder();
        appendOwnText(element, builder);
        return direction(builder.toString(), inheritedRtl);
    }

    /**
     * The {@code dir} a line of plain text set as a paragraph of its own (the title, the
     * subtitle) takes, decided as {@link #mark} decides a paragraph's: "rtl" or "ltr" where it is
     * of the other direction than the article's, {@code null} where it inherits the article's
     * (or has no letters). An Urdu title of an English article is "rtl", an English subtitle of an
     * Urdu one "ltr".
     *
     * @param articleRtl whether the article is written right to left
     */
    public static String otherDirection(String text, boolean articleRtl) {
        int strong = text == null ? 0 : direction(text, articleRtl);
        if (strong == 0 || (strong > 0) == articleRtl) {
            return null;
        }
        return strong > 0 ? "rtl" : "ltr";
    }

    /**
     * The direction of a paragraph, or of a line of plain text set as one (a title, a heading's
     * entry in a table of contents): 1 right to left, -1 left to right, 0 without letters. The one
     * rule every edition's markup is marked by ({@link #mark}), so the PDF, the e-book and the web
     * edition set a paragraph alike:
     * <ul>
     * <li>A paragraph that opens and closes with letters of one direction is of that direction
     * ("The words ہم، امن، … mean peace." is English however many Urdu words it lists), unless that
     * is the other direction than the one it inherits (its article's) and at least two thirds of
     * its letters are of the inherited one: "CPEC ایک منصوبہ ہے جسے BRI کا حصہ کہا جاتا ہے، اور اس
     * کا مرکز Gwadar" is Urdu in an Urdu article, where the first letter alone (as the Unicode
     * algorithm's P2 and a browser's {@code dir="auto"} decide) set it left to right.</li>
     * <li>One that opens in one direction and closes in the other ("NATO کے رکن ممالک …",
     * "شہباز شریف met Trump.") is of the inherited direction unless at least two thirds of its
     * letters are of the other one: a short Latin name or acronym opening an Urdu sentence of an
     * Urdu article, or an Urdu name opening an English sentence of an English article, does not
     * turn it; "RCAS کے ڈائریکٹر نے کہا کہ …" in an English article is Urdu. But one that opens
     * in the inherited direction with a label, whose colon (or spaced dash) comes before the first
     * letter of the other direction ("Translation: ہم امن چاہتے ہیں …", "In Urdu — پاکستان زندہ
     * باد"), is of the inherited direction: the label's language introduces the quotation.</li>
     * </ul>
     * Letters of web addresses, inside paired quotation marks and brackets, and inside directional isolates,
     * embeddings and overrides, are passed over where the text has letters outside them: a
     * quotation or an aside is the other language's, the sentence around it the paragraph's. A
     * closer that pairs with nothing (the list markers of "a) … b) …") is left alone.
     * <p>But a quotation in the inherited direction's script keeps a paragraph the rules above
     * would turn in that direction: where its letters (of that direction) outnumber all the
     * letters outside quotations, or where it opens the paragraph and the other direction's
     * letters come only after a label's mark, an attribution ("”ہم امن چاہتے ہیں۔“ — PM" in an
     * Urdu article, "“We want peace.” — شہباز شریف" in an English one). A quotation of the other
     * direction never turns one: "He heard “پاکستان زندہ باد” in 2024." in an English article.
     *
     * @param inheritedRtl the direction the text takes without a {@code dir} of its own: its
     *                     article's, or that of the list, table or quotation it stands in
     */
    public static int direction(String text, boolean inheritedRtl) {
        return direction(text, inheritedRtl, true);
    }

    /**
     * The direction of a title set inside a line of its own direction (a reference entry's), as
     * {@link #direction} decides a paragraph's, but with no label: a title's colon is its own, not
     * a line's label before a quotation. "CPEC: چین اور پاکستان کا راہداری منصوبہ" in an English
     * entry was kept left to right by the label rule, its Urdu read before "CPEC:".
     *
     * @param inheritedRtl the direction of the line the title stands in
     */
    public static int titleDirection(String text, boolean inheritedRtl) {
        return direction(text, inheritedRtl, false);
    }

    private static int direction(String text, boolean inheritedRtl, boolean labels) {
        boolean[] quoted = QuotePairs.inside(text);
        // an address's letters are no language's ("… دستیاب ہے https://www.example.org/reports/…")
        boolean[] address = new boolean[text.length()];
        Matcher found = ADDRESS.matcher(text);
        while (found.find()) {
            java.util.Arrays.fill(address, found.start(), found.end(), true);
        }
        int inherited = inheritedRtl ? 1 : -1;
        // first, last, right-to-left letters, left-to-right letters, a label's mark since the last
        // letter, the first letter of the other direction came after one (1) or not (0): of the
        // letters outside quotations, of all, and of those outside with the quotations' letters of
        // the inherited direction (the paragraph's own matter, not an aside)
        int[] outside = new int[6];
        int[] all = new int[6];
        int[] kept = new int[6];
        int quotedSame = 0;
        SetApart apart = new SetApart();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            apart.step(cp);
            int strong = StrongDirection.of(cp);
            boolean free = !quoted[i] && !address[i] && !apart.inside();
            boolean own = free || quoted[i] && !address[i] && !apart.inside() && strong == inherited;
            if (strong != 0) {
                count(all, strong);
                if (free) {
                    count(outside, strong);
                }
                if (own) {
                    count(kept, strong);
                    quotedSame += free ? 0 : 1;
                }
            } else if (labelMark(text, i, cp)) {
                all[4] = 1;
                outside[4] = free ? 1 : outside[4];
                kept[4] = free ? 1 : kept[4];
            }
            i += Character.charCount(cp);
        }
        int[] letters = outside[0] != 0 ? outside : all;
        if (letters[0] == 0) {
            return 0;
        }
        int decided = decide(letters, inherited, labels);
        if (decided == inherited || outside[0] == 0) {
            return decided;
        }
        // a quotation in the inherited direction's script is the paragraph's matter: one that holds
        // more letters than the text around it ("Q1 ”ہم امن چاہتے ہیں، جنگ نہیں۔“ — Shehbaz Sharif,
        // 2024" in an Urdu article), or opens the paragraph before an attribution ("”ہم امن چاہتے
        // ہیں۔“ — PM"), keeps the paragraph in that direction. Passed over, "PM" decided (h19ab H3)
        boolean mostlyQuoted = quotedSame > outside[2] + outside[3];
        boolean attributed = labels && kept[0] == inherited && kept[5] == 1;
        return mostlyQuoted || attributed ? inherited : decided;
    }

    /**
     * The direction counted letters give, by the rules of {@link #direction(String, boolean)}.
     *
     * @param letters   the counts {@link #count} keeps
     * @param inherited 1 right to left, -1 left to right
     * @param labels    whether a label before the other script keeps the inherited direction
     */
    private static int decide(int[] letters, int inherited, boolean labels) {
        int total = letters[2] + letters[3];
        int same = inherited > 0 ? letters[2] : letters[3];
        if (letters[0] == letters[1]) {
            return letters[0] != inherited && 3 * same >= 2 * total ? inherited : letters[0];
        }
        if (labels && letters[0] == inherited && letters[5] == 1) {
            return inherited;
        }
        return 3 * (total - same) >= 2 * total ? -inherited : inherited;
    }

    /** A web address as written in text: its letters are passed over when a paragraph's direction is decided. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s\\u00A0]+");

    /**
     * Whether the character at {@code i} ends a label ("Translation:", "In Urdu —"): a colon not
     * between digits (a time, "10:30", or a score, "3:1", is no label), or a dash with a space
     * before it.
     */
    private static boolean labelMark(String text, int i, int cp) {
        if (cp == ':' || cp == '\uFF1A') {
            return !(i > 0 && Character.isDigit(text.charAt(i - 1)) && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)));
        }
        return (cp == '\u2014' || cp == '\u2013') && i > 0 && Character.isWhitespace(text.charAt(i - 1));
    }

    /**
     * Whether the text read so far is inside a run the author set apart with directional
     * controls: an isolate (U+2066, U+2067, U+2068 … U+2069) or an embedding or override (U+202A,
     * U+202B, U+202D, U+202E … U+202C). Nested as the Unicode Bidirectional Algorithm nests them
     * (X6a, X7): U+202C closes only an embedding opened inside the innermost open isolate, U+2069
     * closes the innermost isolate and the embeddings opened inside it, and a closer that closes
     * nothing is passed over.
     */
    private static final class SetApart {
        /** The open runs, innermost last: 'I' an isolate, 'E' an embedding or override. */
        private final StringBuilder open = new StringBuilder();

        void step(int cp) {
            if (cp >= 0x2066 && cp <= 0x2068) {
                open.append('I');
            } else if (cp == 0x202A || cp == 0x202B || cp == 0x202D || cp == 0x202E) {
                open.append('E');
            } else if (cp == 0x202C && !open.isEmpty() && open.charAt(open.length() - 1) == 'E') {
                open.setLength(open.length() - 1);
            } else if (cp == 0x2069 && open.indexOf("I") >= 0) {
                open.setLength(open.lastIndexOf("I"));
            }
        }

        boolean inside() {
            return !open.isEmpty();
        }
    }

    private static void count(int[] letters, int strong) {
        if (letters[0] == 0) {
            letters[0] = strong;
        } else if (strong != letters[0] && letters[strong > 0 ? 2 : 3] == 0) {
            letters[5] = letters[4];
        }
        letters[1] = strong;
        letters[strong > 0 ? 2 : 3]++;
        letters[4] = 0;
    }

    /** Appends the element's own text: not that of nested paragraphs, notes or code. */
    private static void appendOwnText(Element element, StringBuilder text) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (child instanceof Element e && !isParagraph(e.tagName(), e.className())
                    && !e.tagName().equals("code") && !e.tagName().equals("pre")) {
                appendOwnText(e, text);
            }
        }
    }
}
