package org.imprint.cite;

import java.util.ArrayList;
import java.util.List;

import org.imprint.markdown.ParagraphDirections;
import org.imprint.markdown.StrongDirection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;

/**
 * Sets apart, with Unicode's directional isolates, each run of a citation's or entry's text
 * written against the article's direction (an Arabic name in an English reference): without
 * them the punctuation and numbers after the run join it and move ("(1984 ,الجابري, p. 12)"),
 * and an entry that starts with the run is set as a right-to-left line. A field the style
 * printed (a title, {@link FieldBounds}) is one isolate, however its own punctuation parts it. Isolates are plain
 * text, so the e-book and the PDF's bidirectional splitter (ICU) read them alike.
 */
final class Isolates {

    private static final char LRI = '\u2066';
    private static final char RLI = '\u2067';
    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';

    private Isolates() {
    }

    /**
     * Isolates the runs against the direction around them in every text of the fragment: the
     * article's ({@code rightToLeft}), or inside an isolate already in the text ({@link #whole})
     * that isolate's own.
     */
    static void apply(Document doc, boolean rightToLeft) {
        fields(doc, rightToLeft);
        List<TextNode> texts = textNodes(doc);
        java.util.ArrayDeque<Boolean> context = new java.util.ArrayDeque<>();
        context.push(rightToLeft);
        for (TextNode text : texts) {
            String whole = text.getWholeText();
            StringBuilder isolated = new StringBuilder(whole.length() + 8);
            int from = 0;
            for (int i = 0; i <= whole.length(); i++) {
                char c = i < whole.length() ? whole.charAt(i) : 0;
                if (i == whole.length() || c == LRI || c == RLI || c == PDI) {
                    isolated.append(isolate(whole.substring(from, i), context.peek()));
                    if (i < whole.length()) {
                        isolated.append(c);
                        if (c == PDI) {
                            if (context.size() > 1) {
                                context.pop();
                            }
                        } else {
                            context.push(c == RLI);
                        }
                    }
                    from = i + 1;
                }
            }
            if (!isolated.toString().equals(whole)) {
                text.text(isolated.toString());
            }
        }
    }

    /**
     * Isolates each field the style printed ({@link FieldBounds}) that is written against the
     * direction it stands in as a whole, its own colon and quotation inside: the runs between its
     * punctuation, isolated each on its own, read the phrases of an Urdu title in an English entry
     * left to right ("“⁧ایران اور پاکستان⁩: ⁧ایک جائزہ⁩.”"). A field of the direction it stands
     * in has each run against it isolated with the field's own punctuation between its words.
     * The field's direction is decided as a paragraph's, its colon no label ({@link ParagraphDirections#titleDirection}).
     * The fields' marks are dropped; a field that crosses an isolate's edge is left to the runs.
     */
    private static void fields(Document doc, boolean rightToLeft) {
        List<TextNode> texts = textNodes(doc);
        StringBuilder all = new StringBuilder();
        texts.forEach(t -> all.append(t.getWholeText()));
        String text = all.toString();
        if (text.indexOf(FieldBounds.START) < 0 && text.indexOf(FieldBounds.END) < 0) {
            return;
        }
        // what goes before each character of the joined texts
        String[] before = new String[text.length()];
        java.util.ArrayDeque<Boolean> context = new java.util.ArrayDeque<>();
        context.push(rightToLeft);
        int start = -1;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == LRI || c == RLI || c == FSI) {
                context.push(c == FSI ? context.peek() : c == RLI);
            } else if (c == PDI) {
                if (context.size() > 1) {
                    context.pop();
                }
            } else if (c == FieldBounds.START) {
                start = i;
                depth = context.size();
            } else if (c == FieldBounds.END && start >= 0) {
                if (depth == context.size()) {
                    field(text, start, i, context.peek(), before);
                }
                start = -1;
            }
        }
        int at = 0;
        for (TextNode node : texts) {
            String whole = node.getWholeText();
            StringBuilder out = new StringBuilder(whole.length() + 4);
            for (int k = 0; k < whole.length(); k++) {
                if (before[at + k] != null) {
                    out.append(before[at + k]);
                }
                if (!FieldBounds.isMark(whole.charAt(k))) {
                    out.append(whole.charAt(k));
                }
            }
            at += whole.length();
            if (!out.toString().equals(whole)) {
                node.text(out.toString());
            }
        }
    }

    /** Sets the isolates of the field between the marks at {@code start} and {@code end} in {@code before}. */
    private static void field(String text, int start, int end, boolean rightToLeft, String[] before) {
        String own = text.substring(start + 1, end);
        if (own.chars().anyMatch(c -> isMark((char) c) || c == FSI || FieldBounds.isMark((char) c))) {
            return;
        }
        int direction = ParagraphDirections.titleDirection(own, rightToLeft);
        if (direction != 0 && direction > 0 != rightToLeft) {
            put(before, start, String.valueOf(rightToLeft ? LRI : RLI));
            put(before, end, String.valueOf(PDI));
            return;
        }
        for (int[] run : runs(own, rightToLeft, true)) {
            put(before, start + 1 + run[0], String.valueOf(rightToLeft ? LRI : RLI));
            put(before, start + 1 + run[1], String.valueOf(PDI));
        }
    }

    private static void put(String[] before, int at, String mark) {
        before[at] = before[at] == null ? mark : before[at] + mark;
    }

    private static List<TextNode> textNodes(Document doc) {
        List<TextNode> texts = new ArrayList<>();
        doc.body().traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                texts.add(t);
            }
        });
        return texts;
    }

    /**
     * One source's citation, written against the article's direction (an English reference in an
     * Arabic article), as one isolate of its own direction: from its first letter (or from its
     * start, when nothing of the article's direction comes before) to its end, with its page and
     * full stop ("p. 33."), so that they stay where the style put them. A prefix of the article's
     * direction ("انظر") stays outside, before it, and so, after such a prefix, does the closing
     * bracket that pairs with an opening one before it. Unchanged when
     * the citation starts in the article's direction or has no letter against it.
     */
    static String whole(String html, boolean rightToLeft) {
        Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        List<TextNode> texts = textNodes(doc);
        StringBuilder all = new StringBuilder();
        texts.forEach(t -> all.append(t.getWholeText()));
        String text = all.toString();
        int first = -1;
        boolean ownBefore = false;
        for (int i = 0; i < text.length() && first < 0; ) {
            int cp = text.codePointAt(i);
            Boolean rtl = strong(cp);
            if (rtl != null && rtl == rightToLeft) {
                ownBefore = true;
            } else if (rtl != null) {
                first = i;
            }
            i += Character.charCount(cp);
        }
        if (first < 0) {
            return html;
        }
        int start = ownBefore ? first : 0;
        // the word the letter is in, with the number it starts with: "2th ed.", not "2" left
        // outside, joining the number the isolate ends with ("1984), 122")
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && strong(text.charAt(start - 1)) == null
                && !isMark(text.charAt(start - 1))) {
            start--;
        }
        // to the end: the style's own terms of the article's language ("עמ׳ 33") belong to the
        // source's citation and are isolated inside it by apply()
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (ownBefore && end == text.length() && end > start
                && Character.getType(text.charAt(end - 1)) == Character.END_PUNCTUATION
                && text.substring(0, start).chars().anyMatch(c -> Character.getType(c) == Character.START_PUNCTUATION)) {
            end--;
        }
        insert(texts, end, String.valueOf(PDI));
        insert(texts, start, String.valueOf(rightToLeft ? LRI : RLI));
        return doc.body().html();
    }

    /** Where the text's first isolate opens, or -1. */
    static int openingIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == LRI || c == RLI || c == '\u2068') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isMark(char c) {
        return c >= LRI && c <= PDI;
    }

    /**
     * Makes every isolate open and end in one element: an isolate opened inside one link and
     * ended inside the next (a source's citation, and its DOI link) is moved out of the elements
     * it began or ended in, splitting an element when the mark stands inside its text. The PDF
     * sets an isolate apart only when it does not cross an element's edge
     * (pdf/IsolateSpans); it was set as if the note were left to right after its first line.
     */
    static void nest(Document doc) {
        for (int guard = 0; guard < 64; guard++) {
            TextNode[] pair = crossing(doc);
            if (pair == null) {
                return;
            }
            org.jsoup.nodes.Element common = commonParent(pair[0], pair[1]);
            lift(pair[0], common, true);
            lift(pair[1], common, false);
        }
    }

    /**
     * The first isolate whose marks have different parents, each mark split into a text of its
     * own; null when there is none.
     */
    private static TextNode[] crossing(Document doc) {
        java.util.ArrayDeque<TextNode> open = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> at = new java.util.ArrayDeque<>();
        for (TextNode text : textNodes(doc)) {
            String whole = text.getWholeText();
            for (int i = 0; i < whole.length(); i++) {
                char c = whole.charAt(i);
                if (c == LRI || c == RLI || c == '\u2068') {
                    open.push(text);
                    at.push(i);
                } else if (c == PDI && !open.isEmpty()) {
                    TextNode opening = open.pop();
                    int from = at.pop();
                    if (opening.parent() != text.parent()) {
                        TextNode end = alone(text, i);
                        TextNode start = alone(opening, from);
                        return new TextNode[] {start, end};
                    }
                }
            }
        }
        return null;
    }

    /** The mark at {@code i} split from the text into a text of its own. */
    private static TextNode alone(TextNode text, int i) {
        if (i + 1 < text.getWholeText().length()) {
            text.splitText(i + 1);
        }
        return i > 0 ? text.splitText(i) : text;
    }

    private static org.jsoup.nodes.Element commonParent(TextNode a, TextNode b) {
        java.util.Set<org.jsoup.nodes.Node> above = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (org.jsoup.nodes.Node n = a.parent(); n != null; n = n.parent()) {
            above.add(n);
        }
        for (org.jsoup.nodes.Node n = b.parent(); n != null; n = n.parent()) {
            if (above.contains(n) && n instanceof org.jsoup.nodes.Element e) {
                return e;
            }
        }
        return b.ownerDocument().body();
    }

    /**
     * Moves a mark out of its elements up to {@code common}: an opening goes before its element
     * (the text before it staying in a copy of the element), an end after it.
     */
    private static void lift(TextNode mark, org.jsoup.nodes.Element common, boolean opening) {
        while (mark.parent() != null && mark.parent() != common) {
            org.jsoup.nodes.Element parent = (org.jsoup.nodes.Element) mark.parent();
            List<org.jsoup.nodes.Node> moved = new ArrayList<>(opening
                    ? parent.childNodes().subList(0, mark.siblingIndex())
                    : parent.childNodes().subList(mark.siblingIndex() + 1, parent.childNodeSize()));
            if (moved.stream().anyMatch(n -> !(n instanceof TextNode t) || !t.getWholeText().isEmpty())) {
                org.jsoup.nodes.Element copy = parent.shallowClone().removeAttr("id");
                moved.forEach(copy::appendChild);
                if (opening) {
                    parent.before(copy);
                } else {
                    parent.after(copy);
                }
            }
            mark.remove();
            if (opening) {
                parent.before(mark);
            } else {
                parent.after(mark);
            }
            if (parent.childNodeSize() == 0) {
                parent.remove();
            }
        }
    }

    /** Inserts a mark at an offset of the texts' joined characters (at the end of the text it ends, for an end). */
    private static void insert(List<TextNode> texts, int offset, String mark) {
        int at = 0;
        for (TextNode text : texts) {
            String whole = text.getWholeText();
            if (offset <= at + whole.length() && (offset < at + whole.length() || mark.charAt(0) == PDI)) {
                int local = offset - at;
                text.text(whole.substring(0, local) + mark + whole.substring(local));
                return;
            }
            at += whole.length();
        }
    }

    /** The text with each run against the direction between an isolate and its end. */
    static String isolate(String s, boolean rightToLeft) {
        List<int[]> runs = runs(s, rightToLeft, false);
        if (runs.isEmpty()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 2 * runs.size());
        int done = 0;
        for (int[] run : runs) {
            out.append(s, done, run[0]).append(rightToLeft ? LRI : RLI).append(s, run[0], run[1]).append(PDI);
            done = run[1];
        }
        return out.append(s, done, s.length()).toString();
    }

    /**
     * The runs of the text against the direction, each from its first index to after its last.
     * Outside a field, two right-to-left words in a left-to-right text are parted by punctuation or
     * a number between them ({@link #sameField}); inside one ({@code field}), the punctuation is the
     * field's own and they are one run.
     */
    private static List<int[]> runs(String s, boolean rightToLeft, boolean field) {
        List<int[]> runs = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        int done = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            Boolean rtl = strong(cp);
            if (rtl != null && rtl != rightToLeft) {
                if (runStart >= 0 && !rightToLeft && !field && !sameField(s.substring(runEnd, i))) {
                    // the style's own punctuation or number between two right-to-left words
                    runs.add(new int[] {runStart, runEnd});
                    done = runEnd;
                    runStart = -1;
                }
                if (runStart < 0) {
                    runStart = i;
                    // with the number the word starts with: "2⁦th ed.⁩" was drawn "th ed.2"
                    while (runStart > done && Character.isDigit(s.charAt(runStart - 1))) {
                        runStart--;
                    }
                }
                runEnd = next;
            } else if (rtl != null && runStart >= 0) {
                runEnd = withFullStop(s, runStart, runEnd);
                runs.add(new int[] {runStart, runEnd});
                done = runEnd;
                runStart = -1;
            }
            i = next;
        }
        if (runStart >= 0) {
            runs.add(new int[] {runStart, withFullStop(s, runStart, runEnd)});
        }
        return runs;
    }

    /**
     * Latin abbreviations of CSL's terms and names whose full stop is theirs ("et al.", "ed.",
     * "pp.", an organisation's "Inc."), lower case, without it.
     */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("et al", "ed", "eds", "trans", "p", "pp", "vol",
            "vols", "no", "nos", "chap", "sec", "fig", "figs", "col", "para", "n.d", "s.v", "s.vv", "ibid", "cf", "ca", "jr", "sr",
            "repr", "suppl", "ser", "esp", "inc", "ltd", "co", "corp", "plc", "llc", "bros", "dept", "univ", "assn", "st", "dr",
            "prof");
    private static final java.util.regex.Pattern LAST_WORD = java.util.regex.Pattern.compile(
            "(?:^|[^\\p{L}.])((?:et\\s+)?[\\p{L}.]*\\p{L})$");
    /** An initial after a comma ("Smith, J") or another initial ("J. R"): its full stop is its own. */
    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("(?:,\\s|\\p{Lu}\\.\\s?)\\p{Lu}$");

    /**
     * The end of a run against the direction, with the full stop after it when that is the
     * abbreviation's the run ends with ("Kim et al."): left outside, the stop was set by the
     * article's direction, on the far side of the Latin names ("⁦Kim et al⁩." drawn ".Kim et al").
     * A stop after any other word is the sentence's or the style's, and stays outside.
     */
    private static int withFullStop(String s, int start, int end) {
        return end < s.length() && s.charAt(end) == '.' && abbreviated(s, start, end) ? end + 1 : end;
    }

    /** Whether the run's text from {@code start} to {@code end} ends with an abbreviation ({@link #ABBREVIATIONS}, an initial). */
    private static boolean abbreviated(String s, int start, int end) {
        String run = s.substring(start, end);
        java.util.regex.Matcher word = LAST_WORD.matcher(run);
        return word.find() && ABBREVIATIONS.contains(word.group(1).replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT))
                || INITIAL.matcher(run).find();
    }

    /**
     * Whether the characters between two right-to-left words in a left-to-right frame leave them
     * in one isolate: spaces, the words' own script's marks (an Arabic comma, a Hebrew geresh, an
     * Arabic-Indic digit), or a mark inside a word (no space about it: "צה\"ל"). The frame's
     * punctuation and digits part them: a CSL style's ", " between family and given name, the
     * ". (2018). " between names and title, the "12, " between "כרך" and "עמ׳" are the style's,
     * not the Arabic or Hebrew text's, and inside one isolate they read right to left with it
     * ("(5 وآخرون, 2019, ص Lee)"). So each name or term is isolated on its own; a title or
     * other field the style marks is isolated whole before ({@link #fields}), its own comma and
     * colon inside.
     */
    private static boolean sameField(String gap) {
        boolean spaced = gap.chars().anyMatch(Character::isWhitespace);
        for (int i = 0; i < gap.length(); ) {
            int cp = gap.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            if (rightToLeftScript(cp)) {
                continue;
            }
            if (spaced || Character.isDigit(cp)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the character is of a right-to-left script's blocks: its letters, and its own
     * punctuation and digits, which Unicode's script property calls common (the Arabic comma).
     */
    private static boolean rightToLeftScript(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.INHERITED
                || block == Character.UnicodeBlock.ARABIC || block == Character.UnicodeBlock.ARABIC_SUPPLEMENT
                || block == Character.UnicodeBlock.ARABIC_EXTENDED_A || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B || block == Character.UnicodeBlock.HEBREW
                || block == Character.UnicodeBlock.SYRIAC || block == Character.UnicodeBlock.THAANA;
    }

    /**
     * The direction of a text's first strong letter (the bidirectional algorithm's rule for a
     * paragraph of its own): true right to left, false left to right, null when it has none.
     */
    static Boolean firstStrong(String text) {
        return rightToLeft(StrongDirection.first(FieldBounds.without(text)));
    }

    /** Whether a character is strongly right to left, left to right, or neither ({@code null}). */
    private static Boolean strong(int cp) {
        // a field's mark, a private-use character, is strong left to right to Unicode, and no letter
        return cp == FieldBounds.START || cp == FieldBounds.END ? null : rightToLeft(StrongDirection.of(cp));
    }

    private static Boolean rightToLeft(int direction) {
        return direction == 0 ? null : direction > 0;
    }
}
