package org.imprint.cite;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each field a style prints as words (a title, a container's title, a publisher) starts
 * and ends in the rendered text, so that one written against the direction it stands in is
 * isolated whole ({@link Isolates}): the rendered text alone cannot tell a title's own colon or
 * quotation from the style's punctuation between fields, and an Urdu title with a colon was
 * isolated phrase by phrase ("“⁧ایران اور پاکستان⁩: ⁧ایک جائزہ⁩.”"), its phrases read left to
 * right. The field is marked in the style, inside its affixes, as {@link TextStrips} marks a
 * stripped text; the marks of a quoted field are moved inside the style's quotation marks once
 * rendered ({@link #settled}), so that the marks stay outside the isolate.
 */
final class FieldBounds {

    /** Where a field's text starts (a private-use character). */
    static final char START = '\uE07A';
    /** Where a field's text ends. */
    static final char END = '\uE07B';
    /** Where a quoted field starts, before its opening mark: {@link #settled} moves it after the mark. */
    private static final char QUOTED_START = '\uE07C';
    /** Where a quoted field ends, after its closing mark. */
    private static final char QUOTED_END = '\uE07D';

    /** A text element that prints a variable. */
    private static final Pattern TEXT = Pattern.compile("<text\\b(?=[^>]*\\bvariable=\"([^\"]*)\")([^>]*?)/>");
    private static final Pattern QUOTED = Pattern.compile("(?<![\\w-])quotes=\"true\"");

    /** Variables that are numbers, identifiers or addresses: no words of a language to read in a direction. */
    private static final Set<String> NUMBERS = Set.of("citation-number", "citation-label", "year-suffix", "locator",
            "first-reference-note-number", "page", "page-first", "number-of-pages", "number-of-volumes", "volume", "issue",
            "number", "edition", "chapter-number", "collection-number", "part-number", "supplement-number", "printing-number",
            "DOI", "URL", "ISBN", "ISSN", "PMID", "PMCID", "citation-key");

    /** Markup and other private-use marks, which stand between a field's mark and what it is moved over. */
    private static final String BETWEEN = "(?:<[^>]*>|[\\uE000-\\uE079\\uE07E-\\uE0FF])*";

    /**
     * citeproc-java's merging of a field's last mark with the style's punctuation after it
     * ("Why?" and "." make "Why?"), which the field's end mark kept it from.
     */
    private static final Map<String, String> MERGED = Map.ofEntries(Map.entry("!.", "!"), Map.entry("!:", "!"),
            Map.entry("?.", "?"), Map.entry("?:", "?"), Map.entry(":!", "!"), Map.entry(":?", "?"), Map.entry(":.", ":"),
            Map.entry(";!", "!"), Map.entry(";?", "?"), Map.entry(";:", ";"), Map.entry(";.", ";"));
    /** A mark, not an entity's semicolon ("&quot;"), then the field's end and the style's punctuation. */
    private static final Pattern MERGING = Pattern.compile("(?<!&#?[a-zA-Z0-9]{1,10})([!?:;])(" + BETWEEN + END + BETWEEN + ")([.:!?])");

    private FieldBounds() {
    }

    /** The style with the text of each variable of words it prints marked between {@link #START} and {@link #END}. */
    static String mark(String xml) {
        return TEXT.matcher(xml).replaceAll(m -> {
            if (NUMBERS.contains(m.group(1))) {
                return Matcher.quoteReplacement(m.group());
            }
            String attributes = m.group(2);
            boolean quoted = QUOTED.matcher(attributes).find();
            String rest = attributes.replaceAll("(?<![\\w-])(?:prefix|suffix)=\"[^\"]*\"", "");
            return Matcher.quoteReplacement("<text" + rest + " prefix=\"" + StyleAttributes.value(attributes, "prefix")
                    + (quoted ? QUOTED_START : START) + "\" suffix=\"" + (quoted ? QUOTED_END : END)
                    + StyleAttributes.value(attributes, "suffix") + "\"/>");
        });
    }

    /**
     * The rendered HTML of an entry or citation with each quoted field's marks inside the style's
     * quotation marks, and the punctuation citeproc-java did not move or merge across a field's
     * end mark moved and merged as it would have: a full stop or comma after a quoted field
     * inside its closing mark where the language sets it there ({@code punctuationInQuote}),
     * before the field's own curly closing marks too ("“On ‘Peace.’”"), and "?" with a following "."
     * one mark.
     */
    static String settled(String html, QuoteMarks marks, boolean punctuationInQuote) {
        if (html == null || html.indexOf(END) < 0 && html.indexOf(QUOTED_END) < 0) {
            return html;
        }
        String open = either(marks.open());
        String close = either(marks.close());
        String text = Pattern.compile(QUOTED_START + "(" + BETWEEN + "(?:" + open + "))").matcher(html).replaceAll("$1" + START);
        text = Pattern.compile("((?:" + close + ")" + BETWEEN + ")" + QUOTED_END).matcher(text).replaceAll(END + "$1");
        text = text.replace(QUOTED_START, START).replace(QUOTED_END, END);
        if (punctuationInQuote) {
            // the field's own closing marks at its end take the stop inside them, as citeproc-java's do
            // (those of a typewriter's quotation, FieldQuotes, are QuoteMarks')
            String closing = "(?:" + close + "|" + either(marks.innerClose()) + ")";
            text = Pattern.compile("((?:" + closing + ")*)(" + END + ")((?:" + close + ")" + BETWEEN + ")([.,])").matcher(text)
                    .replaceAll(m -> Matcher.quoteReplacement(m.group(1).isEmpty() ? m.group(2) + m.group(4) + m.group(3)
                            : m.group(4) + m.group(1) + m.group(2) + m.group(3)));
        }
        return MERGING.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                MERGED.containsKey(m.group(1) + m.group(3)) ? MERGED.get(m.group(1) + m.group(3)) + m.group(2) : m.group()));
    }

    /** A pattern for a mark as text and as citeproc-java's HTML writes it ("&ldquo;"). */
    private static String either(String mark) {
        String escaped = QuoteMarks.asHtml(mark);
        return escaped.equals(mark) ? Pattern.quote(mark) : Pattern.quote(mark) + "|" + Pattern.quote(escaped);
    }

    /** Whether the character is a field's mark. */
    static boolean isMark(char c) {
        return c == START || c == END;
    }

    /** The text without the marks. */
    static String without(String text) {
        return text.indexOf(START) < 0 && text.indexOf(END) < 0 ? text : text.replace(String.valueOf(START), "").replace(String.valueOf(END), "");
    }
}
