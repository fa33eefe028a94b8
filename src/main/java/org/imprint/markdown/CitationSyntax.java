package org.imprint.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.imprint.ReservedMarks;

/**
 * Finds pandoc's citation syntax in the text of a parsed body and puts {@link Citation} nodes in
 * its place: {@code [@key]}, {@code [@key, p. 33]}, {@code [see @a, pp. 3–5; @b]},
 * {@code [-@key]}, and the narrative {@code @key} and {@code @key [p. 4]}, also in a link's
 * words ({@code [see @lee2019](https://...)}, as pandoc reads them). Code is never text here,
 * nor an address written as a link (an e-mail address); a narrative {@code @} after a letter or
 * digit ({@code a@b}) is not a citation. An inline image's text alternative cannot carry one:
 * a citation there is refused.
 */
final class CitationSyntax {

    /** A key as pandoc reads it: inner punctuation only between letters or digits. */
    private static final String KEY = "(?:\\{([^{}]+)\\}|([\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_]|[:.#$%&+?<>~/-](?=[\\p{L}\\p{N}_]))*))";
    /** An {@code @key} anywhere, for the stages that must leave keys as written. */
    static final Pattern CITED_KEY = Pattern.compile("@" + KEY);
    /** An {@code @key} in the text after a citation's key, where it would print as written. */
    private static final Pattern KEY_IN_TEXT = Pattern.compile("(?<![\\p{L}\\p{N}_@.+'!#$%&*/=?^`{|}~-])@" + KEY);
    private static final Pattern ITEM = Pattern.compile("(?s)^(.*?)(-?)@" + KEY + "(.*)$");
    private static final Pattern NARRATIVE = Pattern.compile("(?<![\\p{L}\\p{N}_@.+'!#$%&*/=?^`{|}~-])@" + KEY + "(?: \\[([^\\[\\]@]*)\\])?");
    /**
     * A page, chapter, ... number: digits with perhaps a letter (33a, 33f), a section number
     * (2.1, 3:14: a dot or colon runs on between digits, as in pandoc's locators), or a roman numeral.
     */
    private static final String NUMBER = "(?:[0-9]+(?:[.:][0-9]+)*[\\p{L}]{0,2}|[ivxlcdmIVXLCDM]+)(?![\\p{L}\\p{N}])";
    /**
     * A locator: a term ("p.", "§", "chapter") and numbers. The term is a word of its own (ends
     * with its dot or sign, or a space follows it), so that a roman numeral is never split into a
     * term and a number ("xi" + "v"); a number joined to the term's dot ("p.xiv") is no word
     * with a dot of its own, so "s.v. harbour" is no page "v" after a term "s.". Without a term
     * the numbers must begin with a digit, as pandoc reads them:
     * {@code [@key, xiv]} is a suffix, {@code [@key, p. xiv]} a page.
     */
    private static final Pattern LOCATOR = Pattern.compile(
            "(?sU)^\\s*(?:([\\p{L}\\p{M}.§¶'\u2019\u05F3\u0640]+)(?:(?<=[.§¶])(?!\\p{L}+\\.)\\s*|\\s+))?(" + NUMBER + "(?:\\s*[-–—,&]\\s*" + NUMBER + ")*)(.*)$");
    /**
     * A locator whose term is of several words ("ghi chú 4", "رسم توضيحي 3", "صفحہ نمبر 20"),
     * which only the terms of the article's language ({@link #withTerms}) name: up to four words
     * before the numbers. Read after {@link #LOCATOR}, so a term whose second word is a roman
     * numeral ("s. v. 12": page "v") is read as that.
     */
    private static final Pattern WORDS_LOCATOR = Pattern.compile(
            "(?sU)^\\s*((?:[\\p{L}\\p{M}.'\u2019\u05F3\u0640\u200C]+[\\s\u00A0]+){1,3}[\\p{L}\\p{M}.'\u2019\u05F3\u0640\u200C]+)"
                    + "(?:(?<=[.])\\s*|\\s+)(" + NUMBER + "(?:\\s*[-–—,&]\\s*" + NUMBER + ")*)(.*)$");
    /** Locator terms authors write, by the CSL locator they stand for. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("p.", "page"), Map.entry("pp.", "page"), Map.entry("page", "page"), Map.entry("pages", "page"),
            Map.entry("chap.", "chapter"), Map.entry("ch.", "chapter"), Map.entry("chapter", "chapter"),
            Map.entry("sec.", "section"), Map.entry("§", "section"), Map.entry("§§", "section"), Map.entry("section", "section"),
            Map.entry("fig.", "figure"), Map.entry("figs.", "figure"), Map.entry("figure", "figure"),
            Map.entry("para.", "paragraph"), Map.entry("¶", "paragraph"), Map.entry("paragraph", "paragraph"),
            Map.entry("vol.", "volume"), Map.entry("vols.", "volume"), Map.entry("n.", "note"), Map.entry("nn.", "note"),
            Map.entry("l.", "line"), Map.entry("ll.", "line"), Map.entry("col.", "column"), Map.entry("bk.", "book"),
            Map.entry("pt.", "part"), Map.entry("v.", "verse"), Map.entry("vv.", "verse"), Map.entry("no.", "issue"),
            // the common ones of German, French, Spanish and Italian, as their authors write them
            Map.entry("s.", "page"), Map.entry("seite", "page"), Map.entry("kap.", "chapter"), Map.entry("abschn.", "section"),
            Map.entry("abb.", "figure"), Map.entry("bd.", "volume"), Map.entry("anm.", "note"), Map.entry("z.", "line"),
            Map.entry("sp.", "column"), Map.entry("t.", "volume"), Map.entry("pág.", "page"), Map.entry("págs.", "page"),
            Map.entry("cap.", "chapter"), Map.entry("pag.", "page"));

    /**
     * Stands for an escaped {@code \@} between parsing and {@link #apply}: an {@code @} that cites
     * nothing. The first of these the text does not hold, so an author's own character (a
     * private-use icon in code) is never taken for one.
     */
    private static final String ESCAPE_MARKS = "\uE0FF\uE0FE\uE0FD\uE0FC\uE0FB\uE0FA\uE0F9\uE0F8\uE0F7";
    private static final Pattern ESCAPE = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\@");

    private CitationSyntax() {
    }

    /**
     * The character that stands for {@code \@} in {@code markdown}: one it does not hold, from the
     * end of the marks' range down, then down from U+F8FF (outside every mark of the pipeline).
     */
    static char escapeMark(String markdown) {
        for (int i = 0; i < ESCAPE_MARKS.length(); i++) {
            if (markdown.indexOf(ESCAPE_MARKS.charAt(i)) < 0) {
                return ESCAPE_MARKS.charAt(i);
            }
        }
        java.util.BitSet held = new java.util.BitSet();
        markdown.chars().filter(c -> c > 0xE0FF && c <= 0xF8FF).forEach(held::set);
        return (char) held.previousClearBit(0xF8FF);
    }

    /**
     * The body with each {@code \@} (pandoc's escape: {@code \@handle} is text) written as
     * {@code mark} ({@link #escapeMark}), since the Markdown parser drops the backslash;
     * {@link #apply} puts the {@code @} back.
     */
    static String markEscapes(String markdown, char mark) {
        return markdown.indexOf("\\@") < 0 ? markdown : ESCAPE.matcher(markdown).replaceAll("$1" + mark);
    }

    /** Replaces the citations in a body's text by nodes, and returns them in reading order. */
    static List<Citation> apply(Node document, char escapeMark, List<Refused> refused) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                // a link's words may cite, as pandoc reads them ("[see @lee2019](https://...)"): the
                // citation is set inside the link, without a link of its own (LinkedCitations);
                // an address written as the link (an autolink, an e-mail address) is no sentence,
                // nor a handle that is all the link's words ("[@jane](https://example.social/@jane)")
                if (!autolink(link) && !handle(link)) {
                    visitChildren(link);
                }
            }

            @Override
            public void visit(Image image) {
                // a figure's caption is text a reader sees: it may cite ("Source: [@who2021]");
                // an image inside a sentence keeps its words as its text alternative, plain words
                // that cannot carry a citation: one written there is refused, not read out as a key
                if (image.getParent() instanceof org.commonmark.node.Paragraph p && MarkdownRenderer.loneImage(p) == image) {
                    visitChildren(image);
                } else {
                    citedInAlternative(image).ifPresent(written -> refused.add(new Refused(line(image, 0), "the text alternative of the image \""
                            + image.getDestination() + "\" holds the citation " + written + ", which a text alternative cannot carry (it is"
                            + " plain words: the key would be read out as written and its source left out of the reference list); cite the"
                            + " source in the sentence beside the image, or write \\@ for an @ that cites nothing")));
                }
            }

            @Override
            public void visit(Text text) {
                texts.add(text);
            }
        });
        for (Text text : texts) {
            joinAcrossInlines(text, escapeMark, refused);
        }
        for (Text text : texts) {
            if (text.getParent() != null && attached(text, document)) {
                split(text, escapeMark, refused);
            }
        }
        unmarkEscapes(document, escapeMark);
        List<Citation> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                if (node instanceof Citation citation) {
                    found.add(citation);
                }
                visitChildren(node);
            }
        });
        return found;
    }

    /** Whether a link is an address written as its own text ({@code <https://...>}, {@code jo@example.org}): its "@" is no citation. */
    private static boolean autolink(Link link) {
        String text = TextContent.of(link);
        String destination = link.getDestination();
        return text.equals(destination) || ("mailto:" + text).equals(destination) || destination.endsWith("://" + text);
    }

    /** Whether a link's words are one {@code @name} and nothing else: a handle linked to its page, as pandoc's users write one. */
    private static boolean handle(Link link) {
        return link.getFirstChild() instanceof Text only && only.getNext() == null && NARRATIVE.matcher(only.getLiteral()).matches()
                && only.getLiteral().indexOf('[') < 0;
    }

    /** The first citation an inline image's text alternative holds, as written: a bracketed one, or a narrative {@code @key}. */
    private static java.util.Optional<String> citedInAlternative(Image image) {
        String alt = TextContent.of(image);
        for (int open = alt.indexOf('['); open >= 0; open = alt.indexOf('[', open + 1)) {
            int close = matching(alt, open);
            if (close > 0 && bracketed(alt.substring(open + 1, close)) != null) {
                return java.util.Optional.of(alt.substring(open, close + 1));
            }
        }
        Matcher m = NARRATIVE.matcher(alt);
        return m.find() ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
    }

    /** Puts back the escaped {@code @}s: in text and addresses as {@code @}, in code and raw HTML as written ({@code \@}). */
    private static void unmarkEscapes(Node document, char escapeMark) {
        String mark = String.valueOf(escapeMark);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                text.setLiteral(text.getLiteral().replace(mark, "@"));
            }

            @Override
            public void visit(Code code) {
                code.setLiteral(code.getLiteral().replace(mark, "\\@"));
            }

            @Override
            public void visit(FencedCodeBlock block) {
                block.setLiteral(block.getLiteral().replace(mark, "\\@"));
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                block.setLiteral(block.getLiteral().replace(mark, "\\@"));
            }

            @Override
            public void visit(HtmlInline html) {
                html.setLiteral(html.getLiteral().replace(mark, "\\@"));
            }

            @Override
            public void visit(HtmlBlock html) {
                html.setLiteral(html.getLiteral().replace(mark, "\\@"));
            }

            @Override
            public void visit(Link link) {
                link.setDestination(link.getDestination().replace(mark, "@"));
                if (link.getTitle() != null) {
                    link.setTitle(link.getTitle().replace(mark, "@"));
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                image.setDestination(image.getDestination().replace(mark, "@"));
                if (image.getTitle() != null) {
                    image.setTitle(image.getTitle().replace(mark, "@"));
                }
                visitChildren(image);
            }
        });
    }

    /** Sets each citation's index and line, the body starting at {@code firstLine}. */
    static void place(List<Citation> citations, int firstLine) {
        for (int i = 0; i < citations.size(); i++) {
            citations.get(i).place(i, line(citations.get(i), firstLine));
        }
    }

    /** The line of the article an inline node is on: its block's, and a line for each break before it. */
    static int line(Node node, int firstLine) {
        int breaks = 0;
        for (Node n = node.getPrevious(); n != null; n = n.getPrevious()) {
            breaks += n instanceof SoftLineBreak || n instanceof HardLineBreak ? 1 : 0;
        }
        return MarkdownRenderer.lineOf(node, firstLine) + breaks;
    }

    private static boolean attached(Node node, Node document) {
        Node n = node;
        while (n.getParent() != null) {
            n = n.getParent();
        }
        return n == document;
    }

    /**
     * A bracketed citation whose suffix or prefix holds emphasis, a link or code
     * ({@code [@a, *after* Smith; @b]}), and a narrative one whose bracket does
     * ({@code @a [*p. 4*]}): commonmark has cut its text into several inline nodes, which
     * {@link #split} alone never sees as one. When a text leaves a {@code [} open, its siblings up
     * to the text that closes it are read as one citation; if they make one, they become a single
     * {@link Citation} whose affixes keep their words and their emphasis (a link or code is
     * carried as its words only: the citation is a link itself). What an inline node holds never separates sources nor opens or
     * closes the bracket ({@code [@a, see [x; y](#annex); @b]} cites two); a line break in
     * between is a space. What an affix cannot carry (struck text, raw HTML, an image, a note's
     * call) is refused where the bracket would otherwise make a citation.
     */
    private static void joinAcrossInlines(Text text, char escapeMark, List<Refused> refused) {
        if (text.getParent() == null) {
            return;
        }
        String s = text.getLiteral();
        int open = openBracket(s);
        if (open < 0) {
            return;
        }
        StringBuilder source = new StringBuilder(s.substring(open));
        // the same as written, without the marks this class puts in: what the author wrote is looked at for reserved marks
        StringBuilder raw = new StringBuilder(s.substring(open));
        List<Node> between = new ArrayList<>();
        String uncarried = null;
        for (Node n = text.getNext(); n != null; n = n.getNext()) {
            if (n instanceof Text closing) {
                int close = closingBracket(source, closing.getLiteral());
                if (close < 0) {
                    source.append(closing.getLiteral());
                    raw.append(closing.getLiteral());
                    between.add(n);
                    continue;
                }
                String literal = source + closing.getLiteral().substring(0, close + 1);
                String content = literal.substring(1, literal.length() - 1);
                List<CiteItem> items = bracketed(content);
                Matcher narrative = items == null && content.matches("[^\\[\\]@]*") ? NARRATIVE_BEFORE.matcher(s.substring(0, open + 1)) : null;
                boolean cites = items != null || (narrative != null && narrative.find());
                if (!cites || between.isEmpty()) {
                    return;
                }
                String written = unmask(narrative != null ? s.substring(narrative.start(), open) + literal : literal).replaceAll(EMPHASIS_MARKS, "");
                if (uncarried == null && written.contains("^[")) {
                    uncarried = INLINE_NOTE;
                }
                if (uncarried != null) {
                    refused.add(new Refused(line(text, 0), "the citation " + written + " holds " + uncarried));
                    return;
                }
                Refused mark = Refused.reservedMark(line(text, 0), ((narrative != null ? s.substring(narrative.start(), open) : "")
                        + raw + closing.getLiteral().substring(0, close + 1)).replace(String.valueOf(escapeMark), "\\@"));
                if (mark != null) {
                    refused.add(mark);
                    return;
                }
                String asWritten = written.replace(escapeMark, '@');
                Citation citation = narrative != null
                        ? new Citation(List.of(escaped(unmasked(item("", key(narrative, 1), ", " + content, false)), escapeMark)), true, asWritten)
                        : new Citation(items.stream().map(item -> escaped(unmasked(item), escapeMark)).toList(), false, asWritten);
                text.setLiteral(s.substring(0, narrative != null ? narrative.start() : open));
                text.insertAfter(citation);
                between.forEach(Node::unlink);
                closing.setLiteral(closing.getLiteral().substring(close + 1));
                if (closing.getLiteral().isEmpty()) {
                    closing.unlink();
                }
                if (text.getLiteral().isEmpty()) {
                    text.unlink();
                }
                return;
            } else if (n instanceof org.commonmark.node.Emphasis || n instanceof org.commonmark.node.StrongEmphasis) {
                // emphasis keeps its marks in the affixes the processor is given (CiteItem.ITALIC)
                boolean italic = n instanceof org.commonmark.node.Emphasis;
                source.append(italic ? CiteItem.ITALIC : CiteItem.BOLD).append(mask(TextContent.of(n), false))
                        .append(italic ? CiteItem.ITALIC_END : CiteItem.BOLD_END);
                raw.append(TextContent.of(n));
                between.add(n);
            } else if (n instanceof Link || n instanceof Code) {
                // code and a link's text are never citations: their "@" is text
                source.append(mask(n instanceof Code code ? code.getLiteral() : TextContent.of(n), true));
                raw.append(n instanceof Code code ? code.getLiteral() : TextContent.of(n));
                between.add(n);
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                source.append(' ');
                raw.append(' ');
                between.add(n);
            } else {
                // read on, to tell whether the bracket is a citation at all
                uncarried = uncarried != null ? uncarried : uncarried(n);
                // the message quotes the citation as written: a note's call and a tag with it
                String written = n instanceof org.commonmark.ext.footnotes.FootnoteReference call ? "[^" + call.getLabel() + "]"
                        : n instanceof HtmlInline html ? html.getLiteral()
                        : n instanceof org.commonmark.ext.gfm.strikethrough.Strikethrough ? "~~" + TextContent.of(n) + "~~" : TextContent.of(n);
                source.append(mask(written, false));
                raw.append(written);
                between.add(n);
            }
        }
    }

    /** A narrative {@code @key} right before a bracket: "@lee2019 [". */
    private static final String EMPHASIS_MARKS = "[" + CiteItem.ITALIC + CiteItem.ITALIC_END + CiteItem.BOLD + CiteItem.BOLD_END + "]";
    private static final Pattern NARRATIVE_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}_@.+'!#$%&*/=?^`{|}~-])@" + KEY + " \\[$");
    private static final String INLINE_NOTE = "an inline note (^[...]), which Imprint does not read (it would print as written); "
            + "write the note as a footnote, [^1] after the citation with its text below";

    /** What an inline node holds that a citation's prefix or suffix cannot carry, and the fix. */
    private static String uncarried(Node n) {
        if (n instanceof org.commonmark.ext.gfm.strikethrough.Strikethrough) {
            return "struck text (~~...~~), which a citation's prefix or suffix cannot carry (its words would print as if meant); "
                    + "take the struck words out of the brackets";
        } else if (n instanceof HtmlInline html) {
            return "raw HTML (" + html.getLiteral() + "), which a citation's prefix or suffix cannot carry; write the words "
                    + "without the tag, or put them outside the brackets";
        } else if (n instanceof Image) {
            return "an image, which a citation's prefix or suffix cannot carry; put the image outside the brackets";
        } else if (n instanceof org.commonmark.ext.footnotes.FootnoteReference) {
            return "a note's call, which a citation's prefix or suffix cannot carry; put the call after the citation's closing bracket";
        }
        return "markup a citation's prefix or suffix cannot carry; write its words plainly, or put it outside the brackets";
    }

    /**
     * A citation the article writes that Imprint cannot carry, refused rather than printed as a
     * literal bracket.
     *
     * @param line    the line of the body it starts on, from 0 (the body's first)
     * @param message what it holds, and the fix
     */
    record Refused(int line, String message, char mark, String written) {

        Refused(int line, String message) {
            this(line, message, '\0', null);
        }

        /**
         * A citation whose text, as written, holds one of the pipeline's own marks ({@link
         * ReservedMarks}); {@code null} when it holds none.
         */
        static Refused reservedMark(int line, String written) {
            int at = ReservedMarks.indexIn(written);
            if (at < 0) {
                return null;
            }
            char mark = written.charAt(at);
            return new Refused(line, ReservedMarks.message(mark, "in the citation " + written), mark, written);
        }

        /** The message; for a reserved mark, with its column on {@code sourceLine} where it stands there as written (not as an entity). */
        String message(String sourceLine) {
            int column = mark == '\0' ? -1 : sourceLine.indexOf(mark);
            return column < 0 ? message : ReservedMarks.message(mark, "at column " + (column + 1) + ", in the citation " + written);
        }
    }

    /** The separators and brackets a citation is read by, and the "@" of a key; masked inside an inline node. */
    private static final String SYNTAX = ";\u061B\u037E\uFF1B[]@";
    private static final char MASKED = '\uE0F0';

    /** The text of an inline node with the characters that would cut or close a citation masked; "@" too in code and links. */
    private static String mask(String text, boolean at) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = SYNTAX.indexOf(c);
            out.append(k >= 0 && (c != '@' || at) ? (char) (MASKED + k) : c);
        }
        return out.toString();
    }

    private static String unmask(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= MASKED && c < MASKED + SYNTAX.length() ? SYNTAX.charAt(c - MASKED) : c);
        }
        return out.toString();
    }

    /** The item with each escaped {@code \@} in its affixes an {@code @} again: the escape marks are put back only in the text. */
    private static CiteItem escaped(CiteItem item, char escapeMark) {
        java.util.function.UnaryOperator<String> at = t -> t == null ? null : t.replace(escapeMark, '@');
        return new CiteItem(item.key(), at.apply(item.prefix()), item.label(), at.apply(item.locator()), at.apply(item.suffix()),
                item.suppressAuthor());
    }

    private static CiteItem unmasked(CiteItem item) {
        return new CiteItem(item.key(), unmask(item.prefix()), item.label(), item.locator() == null ? null : unmask(item.locator()),
                unmask(item.suffix()), item.suppressAuthor());
    }

    /** Where the outermost {@code [} a text leaves open begins; -1 when it leaves none open. */
    private static int openBracket(String s) {
        List<Integer> opens = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '[') {
                opens.add(i);
            } else if (s.charAt(i) == ']' && !opens.isEmpty()) {
                opens.remove(opens.size() - 1);
            }
        }
        return opens.isEmpty() ? -1 : opens.get(0);
    }

    /** Where in {@code next} the bracket {@code source} opens (with its inner brackets) closes; -1 when it stays open. */
    private static int closingBracket(CharSequence source, String next) {
        int depth = 0;
        for (int i = 0; i < source.length(); i++) {
            depth += source.charAt(i) == '[' ? 1 : source.charAt(i) == ']' ? -1 : 0;
        }
        for (int i = 0; i < next.length(); i++) {
            depth += next.charAt(i) == '[' ? 1 : next.charAt(i) == ']' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where the {@code ]} closing the {@code [} at {@code open} stands, inner pairs ({@code [2]}) skipped; -1 when none does. */
    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            depth += s.charAt(i) == '[' ? 1 : s.charAt(i) == ']' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void split(Text text, char escapeMark, List<Refused> refused) {
        String s = text.getLiteral();
        if (s.indexOf('@') < 0) {
            return;
        }
        List<Node> parts = new ArrayList<>();
        int done = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '[') {
                // inner brackets belong to an affix ("[@a, after [2]; @b]"), as pandoc reads them
                int close = matching(s, i);
                if (close > 0) {
                    List<CiteItem> items = bracketed(s.substring(i + 1, close));
                    if (items != null && s.substring(i, close).contains("^[")) {
                        refused.add(new Refused(line(text, 0), "the citation " + s.substring(i, close + 1) + " holds " + INLINE_NOTE));
                    }
                    Refused mark = items == null ? null
                            : Refused.reservedMark(line(text, 0), s.substring(i, close + 1).replace(String.valueOf(escapeMark), "\\@"));
                    if (mark != null) {
                        refused.add(mark);
                    }
                    if (items != null) {
                        addText(parts, s.substring(done, i));
                        parts.add(new Citation(items.stream().map(item -> escaped(item, escapeMark)).toList(), false,
                                s.substring(i, close + 1).replace(escapeMark, '@')));
                        i = close + 1;
                        done = i;
                        continue;
                    }
                }
            } else if (c == '@') {
                Matcher m = NARRATIVE.matcher(s);
                if (m.find(i) && m.start() == i) {
                    CiteItem item = escaped(item("", key(m, 1), m.group(3) == null ? "" : ", " + m.group(3), false), escapeMark);
                    Refused mark = Refused.reservedMark(line(text, 0), m.group().replace(String.valueOf(escapeMark), "\\@"));
                    if (mark != null) {
                        refused.add(mark);
                    }
                    addText(parts, s.substring(done, i));
                    parts.add(new Citation(List.of(item), true, m.group()));
                    i = m.end();
                    done = i;
                    continue;
                }
            }
            i++;
        }
        if (parts.isEmpty()) {
            return;
        }
        addText(parts, s.substring(done));
        for (Node part : parts) {
            text.insertBefore(part);
        }
        text.unlink();
    }

    private static void addText(List<Node> parts, String literal) {
        if (!literal.isEmpty()) {
            parts.add(new Text(literal));
        }
    }

    /** The items of a bracketed citation, or {@code null} when the brackets hold something else. */
    private static List<CiteItem> bracketed(String content) {
        List<CiteItem> items = new ArrayList<>();
        // the Arabic semicolon (؛), the Greek question mark (;, a semicolon by sight) and the
        // fullwidth one (；) separate citations as ";" does: an author writes their language's own
        for (String part : content.split("[;\u061B\u037E\uFF1B]", -1)) {
            Matcher m = ITEM.matcher(part);
            if (!m.matches()) {
                return null;
            }
            String prefix = m.group(1);
            if (!prefix.isEmpty() && !space(prefix.charAt(prefix.length() - 1))) {
                return null;   // "a@b": not a citation
            }
            items.add(item(trim(prefix), key(m, 3), m.group(5), !m.group(2).isEmpty()));
        }
        return items;
    }

    /**
     * The first {@code @key} written in a cited source's locator or suffix
     * ({@code [@a, p. 3 and @b]}), where it would print as written, never checked; empty when
     * there is none. An e-mail address ({@code x@y.org}) is no key.
     */
    static java.util.Optional<String> keyInText(CiteItem item) {
        Matcher m = KEY_IN_TEXT.matcher(item.suffix() + " " + (item.locator() == null ? "" : item.locator()));
        return m.find() ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
    }

    /** The key, in braces ({@code @{key}}) at group {@code first}, else bare at the next. */
    private static String key(Matcher m, int first) {
        return m.group(first) != null ? m.group(first) : m.group(first + 1);
    }

    /**
     * An item without a locator read again with the locator terms of the article's language as
     * well ("עמ' 12" in Hebrew), which the Markdown is parsed without; the item itself when its
     * suffix begins with no such term.
     *
     * @param terms the CSL label of a term of the language ("page"), {@code null} for none
     */
    static CiteItem withTerms(CiteItem item, java.util.function.Function<String, String> terms) {
        if (item.locator() != null || item.suffix().isEmpty()) {
            return item;
        }
        CiteItem again = item(item.prefix(), item.key(), item.suffix(), item.suppressAuthor(), terms);
        return again.locator() == null ? item : again;
    }

    /** An item with its locator read from the text after the key (", p. 33, and passim"). */
    private static CiteItem item(String prefix, String key, String rest, boolean suppressAuthor) {
        return item(prefix, key, rest, suppressAuthor, term -> null);
    }

    private static CiteItem item(String prefix, String key, String rest, boolean suppressAuthor,
                                 java.util.function.Function<String, String> terms) {
        String after = rest.startsWith(",") ? rest.substring(1) : rest;
        if (rest.startsWith(",") && trim(after).isEmpty()) {
            // "[@kant, ]": a locator left out; the lone comma is no suffix ("Ibid.,.")
            return new CiteItem(key, prefix, null, null, "", suppressAuthor);
        }
        Matcher m = LOCATOR.matcher(after);
        if (m.matches() && (rest.startsWith(",") || m.group(1) == null) && (m.group(1) != null || Character.isDigit(m.group(2).charAt(0)))) {
            String term = m.group(1);
            String label = term == null ? "page" : LABELS.getOrDefault(term.toLowerCase(Locale.ROOT), terms.apply(term));
            if (label != null) {
                return new CiteItem(key, prefix, label, trim(m.group(2)), trim(m.group(3)), suppressAuthor);
            }
        }
        Matcher words = WORDS_LOCATOR.matcher(after);
        String label = rest.startsWith(",") && words.matches() ? terms.apply(words.group(1)) : null;
        if (label != null) {
            return new CiteItem(key, prefix, label, trim(words.group(2)), trim(words.group(3)), suppressAuthor);
        }
        return new CiteItem(key, prefix, null, null, trim(rest), suppressAuthor);
    }

    /**
     * Whether a character is a space, no-break ones included: French typography puts a narrow
     * no-break space before "; : ! ?", also inside a citation's brackets.
     */
    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && space(s.charAt(start))) {
            start++;
        }
        while (end > start && space(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }
}
