package org.imprint.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;

/**
 * Typographic punctuation for one language, as a typesetter sets it: curly quotes of the
 * language (en “ ” ‘ ’, de „ “ ‚ ‘, fr « » with narrow no-break spaces), apostrophes ’, en and
 * em dashes from {@code --} and {@code ---}, ellipses from {@code ...}, and in French a narrow
 * no-break space before {@code ; : ! ?}.
 *
 * <p>{@link #markdown(String)} rewrites Markdown source into Markdown source, so every later
 * stage (HTML, EPUB, PDF metadata, headings in the outline) sees the same text. It parses the
 * source with inline source spans and edits only the characters that the parser turned into
 * {@link Text}, and the text nodes of raw HTML blocks: code, raw HTML tags and attributes, link
 * destinations and titles, and bare URLs and e-mail addresses in the text are never touched. A quotation split by emphasis or a link is read as
 * one: quote state is carried across the inline nodes of a paragraph, heading or table cell.
 *
 * <p>Escapes: the parsed tree has backslash escapes and entities already resolved, so a
 * {@code \"} looks like any {@code "} there. The source span of each {@code Text} node gives
 * its raw characters back; an escaped character ({@code \"}, {@code \'}, {@code \-},
 * {@code \.}) or an entity ({@code &quot;}) stays as the author wrote it. The spans are
 * exact for the core parser and the table, strikethrough and footnote extensions; the autolink
 * extension re-splits text after parsing with spans counted on the unescaped text, so it is
 * left out here and bare URLs are found with its own library instead.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class SmartPunctuation {

    static final String APOSTROPHE = "\u2019";
    /** Hebrew's geresh and gershayim, which typists write as ' and ". */
    private static final String GERESH = "\u05F3";
    private static final String GERSHAYIM = "\u05F4";
    static final String PRIME = "\u2032";
    static final String DOUBLE_PRIME = "\u2033";

    private static final List<Extension> EXTENSIONS = NoteDefinitions.after(TablesExtension.create(), StrikethroughExtension.create());
    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    /** Core CommonMark, whose parser does not recurse: for the depth check. */
    private static final Parser BARE_PARSER = Parser.builder().build();
    private static final LinkExtractor LINKS = LinkExtractor.builder().build();
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    /**
     * Characters after which a quote opens besides the Unicode classes {@link #opensAfter} takes:
     * Spanish inverted marks (¡"hola"!, ¿"qué"?) and the inverted interrobang, which are plain
     * "other punctuation" (Po) to Unicode, and the slash of "and/or"-style alternatives.
     */
    static final String OPENERS = "\u00A1\u00BF\u2E18/";
    /** Elements whose text is kept as written in raw HTML. */
    private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "var", "script", "style", "textarea", "math", "svg");
    /** English words that start with an apostrophe ('tis), not an opening quote. */
    private static final Set<String> ELISIONS = Set.of("tis", "twas", "em", "n", "cause", "til", "round", "bout");

    /** The rules of the article's language, where no {@code lang} inside it says otherwise. */
    private final LanguageRules base;

    /**
     * Punctuation for a BCP 47 language tag; CLDR's quotation marks for languages without a house rule. A
     * {@code lang} (or {@code xml:lang}) attribute of raw HTML around the text, such as
     * {@code <div lang="fr">} before Markdown paragraphs or {@code <span lang="de">} inside
     * one, sets that text's punctuation in its own language instead, as hyphenation does.
     */
    public SmartPunctuation(String languageTag) {
        this.base = LanguageRules.of(languageTag);
    }

    /** The Markdown source with typographic punctuation in its text; {@code null} stays {@code null}. */
    public String markdown(String source) {
        if (source == null || !needsWork(source) || (mayNestDeeply(source) && tooDeep(BARE_PARSER.parse(source)))) {
            // too deep a tree is refused with a message by the parse that follows this stage
            return source;
        }
        Node document = PARSER.parse(source);
        List<Edit> edits = new ArrayList<>();
        Set<Text> done = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // the lang of raw HTML blocks that open around Markdown (<div lang="fr">, blank line, text)
        LangScope blocks = new LangScope(base.tag());
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                run(paragraph);
            }

            @Override
            public void visit(Heading heading) {
                run(heading);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableCell) {
                    run(node);
                } else {
                    visitChildren(node);
                }
            }

            @Override
            public void visit(HtmlBlock html) {
                edits.addAll(rawBlock(html, source, blocks.current()));
                blocks.read(html.getLiteral());
            }

            @Override
            public void visit(Text text) {
                // text outside the containers above: a run of its own
                if (!done.contains(text)) {
                    Stream stream = new Stream(LanguageRules.of(blocks.current()));
                    addText(text, source, stream);
                    edits.addAll(stream.toSource(typeset(stream)));
                }
            }

            private void run(Node container) {
                Stream stream = new Stream(LanguageRules.of(blocks.current()));
                collect(container, source, stream, done, blocks.copy());
                edits.addAll(stream.toSource(typeset(stream)));
            }
        });
        return apply(source, edits);
    }

    /**
     * The edits that set the punctuation of the text of a raw HTML block, as the text around
     * inline raw HTML is set: only text nodes, never attributes, comments or the content of
     * code, pre, kbd, samp, script, style or textarea. A block inside a container (a list, a
     * quotation) whose source lines do not give its HTML back unchanged is left as it is.
     */
    private List<Edit> rawBlock(HtmlBlock html, String source, String outerLanguage) {
        String literal = html.getLiteral();
        List<SourceSpan> spans = html.getSourceSpans();
        if (literal == null || spans.isEmpty() || !needsWork(literal)) {
            return List.of();
        }
        int start = spans.get(0).getInputIndex();
        if (start < 0 || !source.startsWith(literal, start)) {
            return List.of();
        }
        org.jsoup.nodes.Document doc = org.jsoup.parser.Parser.htmlParser().setTrackPosition(true).parseInput(literal, "");
        Stream stream = new Stream(base);
        Matcher entity = ENTITY.matcher(literal);
        for (org.jsoup.nodes.TextNode node : allTextNodes(doc)) {
            org.jsoup.nodes.Range range = node.sourceRange();
            if (!range.isTracked() || verbatim(node)) {
                stream.opaque("a");
                continue;
            }
            stream.language(LanguageRules.of(language(node, outerLanguage)));
            for (int i = range.startPos(); i < range.endPos() && i < literal.length(); ) {
                char c = literal.charAt(i);
                if (c == '&' && entity.region(i, range.endPos()).lookingAt()) {
                    stream.opaque("a");
                    i = entity.end();
                } else {
                    stream.editable(c, start + i);
                    i++;
                }
            }
        }
        return stream.toSource(typeset(stream));
    }

    private static List<org.jsoup.nodes.TextNode> allTextNodes(org.jsoup.nodes.Document doc) {
        List<org.jsoup.nodes.TextNode> nodes = new ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode text) {
                nodes.add(text);
            }
        }, doc);
        return nodes;
    }

    /** The language of a raw HTML text node: its nearest {@code lang}, else the language around the block. */
    private static String language(org.jsoup.nodes.TextNode node, String outer) {
        for (org.jsoup.nodes.Element e = node.parent(); e != null; e = e.parent()) {
            String lang = e.hasAttr("lang") ? e.attr("lang") : e.attr("xml:lang");
            if (!lang.isBlank()) {
                return lang.strip();
            }
        }
        return outer;
    }

    /** Whether a text node stands inside an element whose text is code or data, kept as written. */
    private static boolean verbatim(org.jsoup.nodes.TextNode node) {
        for (org.jsoup.nodes.Element e = node.parent(); e != null; e = e.parent()) {
            if (VERBATIM.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** A plain text (a title, a subtitle) with typographic punctuation; {@code null} stays {@code null}. */
    public String plain(String text) {
        if (text == null || !needsWork(text)) {
            return text;
        }
        Stream stream = new Stream(base);
        for (int i = 0; i < text.length(); i++) {
            stream.editable(text.charAt(i), i);
        }
        return apply(text, stream.toSource(typeset(stream)));
    }

    private boolean needsWork(String text) {
        // typed curly marks: those after a one-letter prefix are set as straight ones
        return text.indexOf('"') >= 0 || text.indexOf('\'') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0
                || text.indexOf('\u2018') >= 0 || text.indexOf('\u2019') >= 0 || text.contains("--") || text.contains("...")
                || base.style().spaceBefore() != null || text.contains("lang");
    }

    /** The inline content of a container, in reading order, as one stream (walked without recursion). */
    private static void collect(Node container, String source, Stream stream, Set<Text> done, LangScope scope) {
        Node node = container.getFirstChild();
        while (node != null) {
            boolean descend = false;
            if (node instanceof Text text) {
                done.add(text);
                if (isUrlLink(text.getParent(), text)) {
                    stream.opaque(text.getLiteral());
                } else {
                    addText(text, source, stream);
                }
            } else if (node instanceof Code || node instanceof FootnoteReference) {
                stream.opaque("a");
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                stream.opaque(" ");
            } else if (node instanceof HtmlInline html) {
                // <span lang="de">…</span>: the text up to its end tag is set in its language
                scope.read(html.getLiteral());
                stream.language(LanguageRules.of(scope.current()));
            } else {
                descend = node.getFirstChild() != null;
            }
            if (descend) {
                node = node.getFirstChild();
                continue;
            }
            while (node != container && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == container ? null : node.getNext();
        }
    }

    /**
     * Whether a line starts with enough quote or list markers, or indentation, to nest blocks
     * near {@link MarkdownRenderer#MAX_NESTING} deep: only then is the tree's depth worth a parse.
     */
    private static boolean mayNestDeeply(String source) {
        int markers = 0;
        int indent = 0;
        boolean lineStart = true;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                markers = 0;
                indent = 0;
                lineStart = true;
            } else if (lineStart && (c == ' ' || c == '\t')) {
                if (++indent >= 64) {
                    return true;
                }
            } else if (lineStart && (c == '>' || c == '-' || c == '*' || c == '+' || Character.isDigit(c) || c == '.' || c == ')')) {
                // markers and the spaces between them still count as the line's start
                if (++markers >= 16) {
                    return true;
                }
            } else {
                lineStart = false;
            }
        }
        return false;
    }

    /** Whether blocks nest deeper than the renderer allows ({@link MarkdownRenderer#MAX_NESTING}). */
    private static boolean tooDeep(Node root) {
        int depth = 0;
        Node node = root;
        while (node != null) {
            if (depth > MarkdownRenderer.MAX_NESTING) {
                return true;
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == root ? null : node.getNext();
        }
        return false;
    }

    /** An autolink ({@code <https://…>}) shows its destination as its text. */
    private static boolean isUrlLink(Node parent, Text text) {
        if (!(parent instanceof Link link)) {
            return false;
        }
        String destination = link.getDestination();
        return destination.equals(text.getLiteral()) || destination.equals("mailto:" + text.getLiteral());
    }

    /**
     * Adds a text node's characters, taken from its source span: characters the author escaped
     * and entities are opaque, the others editable at their position in the source.
     */
    private static void addText(Text text, String source, Stream stream) {
        List<SourceSpan> spans = text.getSourceSpans();
        if (spans.size() != 1) {
            stream.opaque(text.getLiteral());
            return;
        }
        int start = spans.get(0).getInputIndex();
        int end = start + spans.get(0).getLength();
        if (start < 0 || end > source.length()) {
            stream.opaque(text.getLiteral());
            return;
        }
        // the spaces that end a line (a hard break's two) are dropped from the text, not from its span
        end -= Math.max(0, trailingBlanks(source.substring(start, end)) - trailingBlanks(text.getLiteral()));
        Stream own = new Stream(stream.current);
        StringBuilder unescaped = new StringBuilder();
        boolean entities = false;
        Matcher entity = ENTITY.matcher(source);
        for (int i = start; i < end; ) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < end && isAsciiPunctuation(source.charAt(i + 1))) {
                own.opaque(String.valueOf(source.charAt(i + 1)));
                unescaped.append(source.charAt(i + 1));
                i += 2;
            } else if (c == '&' && entity.region(i, end).lookingAt()) {
                String name = entity.group();
                own.opaque(name.equals("&nbsp;") || name.equals("&#160;") ? " " : "a");
                entities = true;
                i = entity.end();
            } else {
                own.editable(c, i);
                unescaped.append(c);
                i++;
            }
        }
        // The span must give the node's text back; if it does not, the node is left as it is.
        if (!entities && !unescaped.toString().equals(text.getLiteral())) {
            stream.opaque(text.getLiteral());
            return;
        }
        stream.append(own);
    }

    /**
     * Where a URL that the link finder ended at a straight quote really ends: a quote with a
     * letter or digit after it ({@code ?x="1";y=2}) is part of the URL as written, and the URL
     * runs on to the next space; nothing in it is set (no curled quotes, no French spaces).
     * A quote followed by a space or punctuation closes a quotation around the URL.
     */
    private static int urlRest(String text, int end) {
        if (end + 1 >= text.length() || (text.charAt(end) != '"' && text.charAt(end) != '\'')
                || !Character.isLetterOrDigit(text.charAt(end + 1))) {
            return end;
        }
        int rest = end;
        while (rest < text.length() && !Character.isWhitespace(text.charAt(rest))) {
            rest++;
        }
        return rest;
    }

    /** How many spaces and tabs end {@code text}. */
    private static int trailingBlanks(String text) {
        int n = 0;
        while (n < text.length() && (text.charAt(text.length() - 1 - n) == ' ' || text.charAt(text.length() - 1 - n) == '\t')) {
            n++;
        }
        return n;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    /** The edits that set a stream's punctuation, in stream positions. */
    private List<Edit> typeset(Stream stream) {
        boolean[] editable = stream.editableFlags();
        String text = straightenPrefixed(stream.text(), editable);
        for (LinkSpan link : LINKS.extractLinks(text)) {
            // the quotes around a URL are set like any others: the renderer's autolinker would
            // take them into the link, and QuotedAutolinks puts them back outside it
            Arrays.fill(editable, link.getBeginIndex(), link.getEndIndex(), false);
            int rest = urlRest(text, link.getEndIndex());
            Arrays.fill(editable, link.getEndIndex(), rest, false);
        }
        // a citation key is an identifier: "[@müller:2019]" in French keeps its colon bare
        java.util.regex.Matcher key = CitationSyntax.CITED_KEY.matcher(text);
        while (key.find()) {
            Arrays.fill(editable, key.start(), key.end(), false);
        }
        List<Edit> edits = new ArrayList<>();
        // the quotation marks set, whose picture is turned to the direction they stand in at the end
        List<QuoteMark> marks = new ArrayList<>();
        // the rules each open quotation was opened in: it closes with the same language's mark
        java.util.Deque<LanguageRules> doubles = new java.util.ArrayDeque<>();
        java.util.Deque<LanguageRules> singles = new java.util.ArrayDeque<>();
        // with Hebrew, the straight marks are read together: quotation, geresh or gershayim
        HebrewQuotations.Role[] roles = HebrewQuotations.read(text, editable);
        // what the quote before this one became, for "'…'" directly inside "…"
        boolean lastOpened = false;
        // whether the character before is an apostrophe after a letter: a quote after "l’" opens
        boolean afterElision = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!editable[i]) {
                lastOpened = false;
                continue;
            }
            LanguageRules rules = stream.rulesAt(i);
            QuoteStyle style = rules.style();
            boolean english = rules.english();
            int doublesOpen = doubles.size();
            int singlesOpen = singles.size();
            char prev = i > 0 ? text.charAt(i - 1) : ' ';
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            boolean afterOpening = opensAfter(text, i) || lastOpened || afterElision
                    || prev == '\u2019' && elided(text, i - 1);
            lastOpened = false;
            afterElision = false;
            HebrewQuotations.Role role = roles == null ? null : roles[i];
            if (role != null && role != HebrewQuotations.Role.KEEP) {
                boolean single = c == '\'';
                java.util.Deque<LanguageRules> open = single ? singles : doubles;
                if (role == HebrewQuotations.Role.GERESH) {
                    edits.add(new Edit(i, i + 1, single ? GERESH : GERSHAYIM));
                } else if (role == HebrewQuotations.Role.OPEN) {
                    edits.add(opening(text, editable, i, single ? style.openSingle() : style.open()));
                    marks.add(new QuoteMark(edits.size() - 1, i, rules, single, true));
                    open.push(rules);
                    lastOpened = true;
                } else {
                    LanguageRules opened = open.isEmpty() ? rules : open.pop();
                    edits.add(closing(text, editable, i, single ? opened.style().closeSingle() : opened.style().close()));
                    marks.add(new QuoteMark(edits.size() - 1, i, opened, single, false));
                }
                continue;
            }
            switch (c) {
                case '-', '.' -> {
                    int run = run(text, editable, i, c);
                    if (c == '-' && (run == 2 || run == 3)) {
                        edits.add(new Edit(i, i + run, run == 2 ? "\u2013" : "\u2014"));
                    } else if (c == '.' && run == 3) {
                        edits.add(new Edit(i, i + run, "\u2026"));
                    } else if (c == '.' && run == 4) {
                        // a sentence's period, then the ellipsis (Chicago 13.53), held together
                        edits.add(new Edit(i, i + run, ".\u00A0\u2026"));
                    }
                    i += run - 1;
                }
                case '"' -> {
                    // the letter before, through its points: רַשִׁ"י is רש"י
                    char letter = QuotePairs.letterBefore(text, i);
                    // ב"הארץ", בְּ"הָאָרֶץ", و"الأهرام": a quotation after a one-letter prefix
                    boolean prefixed = Character.isLetter(next) && QuotePairs.opensAfterPrefix(text, i);
                    if (hebrew(letter) && hebrew(next) && !prefixed) {
                        // צה"ל: an abbreviation's gershayim, not a quotation mark
                        edits.add(new Edit(i, i + 1, GERSHAYIM));
                        continue;
                    }
                    if (english && Character.isDigit(prev) && (doublesOpen == 0 || afterPrime(text, i))) {
                        // 5'10": inches, a double prime
                        edits.add(new Edit(i, i + 1, DOUBLE_PRIME));
                        continue;
                    }
                    // between spaces (French typists write " mot "), the count decides
                    boolean open = prefixed
                            || (isSpace(next) ? afterOpening && isSpace(prev) && doublesOpen == 0 : afterOpening);
                    if (open) {
                        edits.add(opening(text, editable, i, style.open()));
                        marks.add(new QuoteMark(edits.size() - 1, i, rules, false, true));
                        doubles.push(rules);
                        lastOpened = true;
                    } else {
                        LanguageRules opened = doubles.isEmpty() ? rules : doubles.pop();
                        edits.add(closing(text, editable, i, opened.style().close()));
                        marks.add(new QuoteMark(edits.size() - 1, i, opened, false, false));
                    }
                }
                case '\'' -> {
                    String mark;
                    char letter = QuotePairs.letterBefore(text, i);
                    if (hebrew(letter) && Character.isLetter(next) && QuotePairs.opensAfterPrefix(text, i)) {
                        // ל'שבת', ו'חג': a quotation after a one-letter prefix, as ב"הארץ" is
                        edits.add(opening(text, editable, i, style.openSingle()));
                        marks.add(new QuoteMark(edits.size() - 1, i, rules, true, true));
                        singles.push(rules);
                        lastOpened = true;
                        continue;
                    }
                    if (hebrew(letter) && !latin(next) && (hebrew(next) || singlesOpen == 0 || QuotePairs.wordFinalGeresh(text, i))) {
                        // צ'יפס, ג'ורג' : after a Hebrew letter, a geresh (a curled apostrophe is
                        // another sign), unless it closes a single quotation ('שלום'; in 'ג'ורג''
                        // the first ' after ג'ורג is a geresh still: the closing ' follows at once).
                        // Before a Latin letter it is English's apostrophe: ירושלים's mayor.
                        edits.add(new Edit(i, i + 1, GERESH));
                        continue;
                    }
                    if (shortened(text, editable, i)) {
                        // 'n' between spaces is "and" cut short in every language: two apostrophes, no quote
                        edits.add(new Edit(i, i + 1, APOSTROPHE));
                        edits.add(new Edit(i + 2, i + 3, APOSTROPHE));
                        i += 2;
                        continue;
                    }
                    if (english && isPrime(text, i, singlesOpen)) {
                        // 5'10", 6' tall: feet, a prime
                        mark = PRIME;
                    } else if (Character.isLetterOrDigit(letter) && Character.isLetterOrDigit(next)) {
                        mark = APOSTROPHE;
                    } else if (afterOpening) {
                        if (!isSpace(next) && !Character.isDigit(next) && !(english && elision(text, i + 1)) && closesLater(text, i)) {
                            edits.add(opening(text, editable, i, style.openSingle()));
                            marks.add(new QuoteMark(edits.size() - 1, i, rules, true, true));
                            singles.push(rules);
                            lastOpened = true;
                            continue;
                        }
                        mark = APOSTROPHE;
                    } else if (singlesOpen > 0 && !Character.isLetterOrDigit(next)) {
                        LanguageRules opened = singles.pop();
                        edits.add(closing(text, editable, i, opened.style().closeSingle()));
                        marks.add(new QuoteMark(edits.size() - 1, i, opened, true, false));
                        continue;
                    } else {
                        mark = APOSTROPHE;
                    }
                    edits.add(new Edit(i, i + 1, mark));
                    afterElision = elided(text, i);
                }
                case ';', ':', '!', '?' -> {
                    Edit space = spaceBefore(text, editable, i, style);
                    if (space != null) {
                        edits.add(space);
                    }
                }
                default -> {
                    // guillemets the author typed get the narrow spaces French wants
                    if (style.spaceBefore() != null && c == '\u00AB' && next == ' ' && i + 1 < text.length() && editable[i + 1]) {
                        edits.add(new Edit(i + 1, i + 2, QuoteStyle.NARROW_NBSP));
                    } else if (style.spaceBefore() != null && c == '\u00BB' && prev == ' ' && i > 0 && editable[i - 1]) {
                        edits.add(new Edit(i - 1, i, QuoteStyle.NARROW_NBSP));
                    }
                }
            }
        }
        faceMarks(stream, edits, marks);
        return edits;
    }

    /**
     * The text with the curly marks an author typed around a quotation after a one-letter prefix
     * (ב“הארץ”, ב”הארץ”, ל‘שבת’, و“الأهرام”) read as straight ones, so that they are set as
     * ב"הארץ" is: in the language's marks, faced to the direction they stand in. Kept as typed,
     * they faced the other way from the straight ones in a paragraph of the other direction.
     */
    private static String straightenPrefixed(String text, boolean[] editable) {
        char[] chars = null;
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            boolean doubled = c == '\u201C' || c == '\u201D';
            if (!editable[i] || !doubled && c != '\u2018' && c != '\u2019'
                    || !Character.isLetter(QuotePairs.letterBefore(text, i)) || !Character.isLetter(text.charAt(i + 1))) {
                continue;
            }
            int close = QuotePairs.prefixedClose(text, i);
            if (close >= 0 && editable[close]) {
                chars = chars == null ? text.toCharArray() : chars;
                chars[i] = doubled ? '"' : '\'';
                chars[close] = chars[i];
                i = close;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * A quotation mark set: the edit that sets it, where it stands in the stream, the rules of the
     * language its quotation was opened in, and which of the four marks it is.
     */
    private record QuoteMark(int edit, int at, LanguageRules rules, boolean single, boolean opens) {
    }

    /**
     * Turns each quotation mark to the direction of the text it stands in ({@link MarkDirections}):
     * English “ ” and Urdu ” “ are one picture, set left to right or right to left, so an English
     * quotation's marks in an Urdu paragraph are Urdu's, while those of a quotation inside it
     * ('A Turning Point', among English words) are English, and an English list item of an Urdu
     * list has English marks.
     */
    private static void faceMarks(Stream stream, List<Edit> edits, List<QuoteMark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        // the text with the marks as set, so that the quotations pair as they will in the markup
        char[] set = stream.text().toCharArray();
        int[] positions = new int[marks.size()];
        for (int k = 0; k < marks.size(); k++) {
            QuoteMark mark = marks.get(k);
            positions[k] = mark.at();
            String text = edits.get(mark.edit()).text().strip();
            set[mark.at()] = text.length() == 1 ? text.charAt(0) : set[mark.at()];
        }
        boolean[] rtl = MarkDirections.rightToLeft(new String(set), stream.rulesAt(0).rightToLeft(), positions);
        for (int k = 0; k < marks.size(); k++) {
            QuoteMark mark = marks.get(k);
            QuoteStyle faced = mark.rules().style().facing(rtl[k], mark.rules().rightToLeft());
            if (faced != mark.rules().style()) {
                Edit edit = edits.get(mark.edit());
                edits.set(mark.edit(), new Edit(edit.start(), edit.end(), faced.mark(mark.single(), mark.opens())));
            }
        }
    }

    /** An opening quote; a space the author typed after it is taken into the quote's own space (French). */
    /** Whether {@code c} is a Hebrew letter (א–ת). */
    private static boolean hebrew(char c) {
        return c >= '\u05D0' && c <= '\u05EA';
    }

    /** Whether {@code c} is a Latin letter: after one, a ' is English's apostrophe, never a geresh. */
    private static boolean latin(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static Edit opening(String text, boolean[] editable, int i, String mark) {
        if (mark.endsWith(QuoteStyle.NARROW_NBSP) && i + 1 < text.length() && text.charAt(i + 1) == ' ' && editable[i + 1]) {
            return new Edit(i, i + 2, mark);
        }
        return new Edit(i, i + 1, mark);
    }

    /** A closing quote; a space the author typed before it is taken into the quote's own space (French). */
    private static Edit closing(String text, boolean[] editable, int i, String mark) {
        if (mark.startsWith(QuoteStyle.NARROW_NBSP) && i > 0 && text.charAt(i - 1) == ' ' && editable[i - 1]) {
            return new Edit(i - 1, i + 1, mark);
        }
        return new Edit(i, i + 1, mark);
    }

    /** French: a narrow no-break space before ; : ! ? after a word, replacing a plain space there. */
    private static Edit spaceBefore(String text, boolean[] editable, int i, QuoteStyle style) {
        if (style.spaceBefore() == null || i == 0) {
            return null;
        }
        char prev = text.charAt(i - 1);
        if (prev == ' ' && editable[i - 1] && i >= 2 && !isSpace(text.charAt(i - 2))) {
            return new Edit(i - 1, i, style.spaceBefore());
        }
        boolean afterWord = Character.isLetter(prev) || prev == '\u00BB' || prev == ')' || prev == '"'
                || (Character.isDigit(prev) && text.charAt(i) != ':');
        return afterWord ? new Edit(i, i, style.spaceBefore()) : null;
    }

    /**
     * Whether the {@code '} at {@code i} is a prime (feet, minutes): after a number that no
     * apostrophe starts ('90), followed by a digit or by no letter, and not closing a single quote.
     */
    private static boolean isPrime(String text, int i, int singlesOpen) {
        int start = digitsBefore(text, i);
        if (start == i || start > 0 && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '\u2019'
                || Character.isLetter(text.charAt(start - 1)))) {
            return false;
        }
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return Character.isDigit(next) || !Character.isLetter(next) && singlesOpen == 0;
    }

    /** Whether the number before {@code i} follows a prime: the inches of 5'10". */
    private static boolean afterPrime(String text, int i) {
        int start = digitsBefore(text, i);
        return start > 0 && start < i && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == PRIME.charAt(0));
    }

    /** Where the run of digits that ends before {@code i} starts. */
    private static int digitsBefore(String text, int i) {
        int start = i;
        while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** The length of the run of editable {@code c} starting at {@code i}. */
    private static int run(String text, boolean[] editable, int i, char c) {
        int j = i;
        while (j < text.length() && text.charAt(j) == c && editable[j]) {
            j++;
        }
        return j - i;
    }

    /** Whether an English word starting at {@code from} is an elision such as 'tis or '90s. */
    private static boolean elision(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return ELISIONS.contains(text.substring(from, end).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the apostrophe at {@code i} ends a one-letter word (l', d', j'): a quote right after it opens. */
    private static boolean elided(String text, int i) {
        return i >= 1 && Character.isLetter(text.charAt(i - 1)) && (i == 1 || !Character.isLetter(text.charAt(i - 2)));
    }

    /**
     * Whether {@code i} starts {@code 'n'} between spaces: rock 'n' roll. Any other lone letter
     * between quotes ('B', 'x') is a quotation.
     */
    private static boolean shortened(String text, boolean[] editable, int i) {
        return i + 2 < text.length() && editable[i + 2] && text.charAt(i + 2) == '\''
                && Character.toLowerCase(text.charAt(i + 1)) == 'n'
                && (i == 0 || isSpace(text.charAt(i - 1)))
                && (i + 3 == text.length() || isSpace(text.charAt(i + 3)));
    }

    /** Whether a single quote opened at {@code i} is closed later in the stream. */
    private static boolean closesLater(String text, int i) {
        for (int k = i + 1; k < text.length(); k++) {
            if (text.charAt(k) == '\'') {
                char before = text.charAt(k - 1);
                char after = k + 1 < text.length() ? text.charAt(k + 1) : ' ';
                if (!isSpace(before) && !Character.isLetterOrDigit(after)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a quote at {@code i} stands where a quotation opens: at the start, after a space, an
     * opening bracket or quote (Unicode Ps, Pi: ( [ { „ “ « ‹ …), a dash of any kind (Pd), or one of
     * {@link #OPENERS}. Invisible format characters (bidi isolates and marks, joiners) in between
     * are looked through, so "⁦"word"" opens as it would without the isolate.
     */
    private static boolean opensAfter(String text, int i) {
        return opensAfter(text, i, OPENERS);
    }

    /** As {@link #opensAfter(String, int)}, with {@code openers} in place of {@link #OPENERS}. */
    static boolean opensAfter(String text, int i, String openers) {
        int j = i - 1;
        while (j >= 0 && Character.getType(text.charAt(j)) == Character.FORMAT && text.charAt(j) != '\u00AD') {
            j--;
        }
        if (j < 0) {
            return true;
        }
        char prev = text.charAt(j);
        if (isSpace(prev) || openers.indexOf(prev) >= 0) {
            return true;
        }
        int type = Character.getType(prev);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.DASH_PUNCTUATION;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Applies non-overlapping edits, given in source positions, to the source. */
    private static String apply(String source, List<Edit> edits) {
        if (edits.isEmpty()) {
            return source;
        }
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        StringBuilder out = new StringBuilder(source.length() + 16);
        int at = 0;
        for (Edit edit : sorted) {
            if (edit.start() < at) {
                continue;
            }
            out.append(source, at, edit.start()).append(edit.text());
            at = edit.end();
        }
        return out.append(source, at, source.length()).toString();
    }

    /** Replace {@code [start, end)} with {@code text}. */
    private record Edit(int start, int end, String text) {
    }

    /**
     * The characters of a run of inline text in reading order, each with its position in the
     * source, or -1 where it may not be edited.
     */
    private static final class Stream {
        private final StringBuilder text = new StringBuilder();
        private int[] positions = new int[64];
        private LanguageRules[] rules = new LanguageRules[64];
        private LanguageRules current;

        Stream(LanguageRules language) {
            this.current = language;
        }

        /** The language of the characters added from now on. */
        void language(LanguageRules language) {
            current = language;
        }

        LanguageRules rulesAt(int i) {
            return rules[i];
        }

        void editable(char c, int position) {
            add(c, position);
        }

        void opaque(String s) {
            for (int i = 0; i < s.length(); i++) {
                add(s.charAt(i), -1);
            }
        }

        void append(Stream other) {
            LanguageRules own = current;
            for (int i = 0; i < other.text.length(); i++) {
                current = other.rules[i];
                add(other.text.charAt(i), other.positions[i]);
            }
            current = own;
        }

        private void add(char c, int position) {
            if (text.length() == positions.length) {
                positions = Arrays.copyOf(positions, positions.length * 2);
                rules = Arrays.copyOf(rules, rules.length * 2);
            }
            positions[text.length()] = position;
            rules[text.length()] = current;
            text.append(c);
        }

        String text() {
            return text.toString();
        }

        boolean[] editableFlags() {
            boolean[] flags = new boolean[text.length()];
            for (int i = 0; i < flags.length; i++) {
                flags[i] = positions[i] >= 0;
            }
            return flags;
        }

        /**
         * Maps edits from stream to source positions. An edit spanning several characters needs
         * them next to each other in the source; one that does not is dropped.
         */
        List<Edit> toSource(List<Edit> edits) {
            List<Edit> mapped = new ArrayList<>();
            for (Edit edit : edits) {
                if (edit.start() == edit.end()) {
                    mapped.add(new Edit(positions[edit.start()], positions[edit.start()], edit.text()));
                    continue;
                }
                boolean contiguous = true;
                for (int k = edit.start(); k < edit.end(); k++) {
                    if (positions[k] < 0 || (k > edit.start() && positions[k] != positions[k - 1] + 1)) {
                        contiguous = false;
                    }
                }
                if (contiguous) {
                    mapped.add(new Edit(positions[edit.start()], positions[edit.end() - 1] + 1, edit.text()));
                }
            }
            return mapped;
        }
    }
}
