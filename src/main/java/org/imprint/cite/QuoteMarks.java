package org.imprint.cite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quotation marks of citations and reference entries as CSL 1.0.2 sets them.
 *
 * <p>citeproc-java turns straight quotes into curly ones token by token, so a style that
 * writes its own straight quotes round a title ({@code <text value="&quot;"/>}, or
 * {@code prefix="&quot;" suffix="&quot;"}) had each alone made an opening mark:
 * "“On fake news“". Such a mark is marked in the style ({@link #mark}) and made here, in the
 * text of the whole entry or citation, the locale's opening and closing marks in turn.
 *
 * <p>A quotation inside a quotation takes the locale's inner marks (CSL's {@code quotes="true"}
 * flips the marks of the quoted text): citeproc-java left the title's own double marks inside
 * the style's, "“On “Fake News” and Facts.”", „On „Fake News“ and Facts“; now "“On ‘Fake
 * News’ and Facts.”", „On ‚Fake News‘ and Facts“, « On “fake news” and facts ».
 */
final class QuoteMarks {

    /** Stands in the style for a straight double quote of its own (a private-use character). */
    static final char STRAIGHT = '\uE01D';
    /** Stands in the style for the locale's opening inner mark written as text of its own ({@link #markInnerOpen}). */
    static final char INNER_OPEN = '\uE016';
    /** An affix, value or delimiter, whose text citeproc-java passes through its smart quotes. */
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile("\\b(prefix|suffix|value|delimiter)=\"([^\"]*)\"");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));");

    /** An element's prefix, suffix or value holding a straight quote and no raw HTML. */
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(prefix|suffix|value)=\"((?:(?!&lt;)[^\"])*&quot;(?:(?!&lt;)[^\"])*)\"");
    /** An element that prints text or affixes, but not a layout (whose affixes frame the whole citation). */
    private static final Pattern ELEMENT = Pattern.compile("<(?:text|group|names|name|date|date-part|number|label|name-part)\\b[^>]*>");
    private static final String[] ENTITIES = {"&ldquo;", "\u201C", "&rdquo;", "\u201D", "&lsquo;", "\u2018", "&rsquo;", "\u2019",
        "&bdquo;", "\u201E", "&sbquo;", "\u201A", "&laquo;", "\u00AB", "&raquo;", "\u00BB", "&lsaquo;", "\u2039", "&rsaquo;", "\u203A"};
    private static final String SPACES = " \u00A0\u202F\u2009";
    private static final String NBSP = "&nbsp;";

    private final String open;
    private final String close;
    private final String innerOpen;
    private final String innerClose;
    /** CSL's punctuation-in-quote (American English): a full stop or comma after a field's closing mark goes inside it. */
    private final boolean punctuationInQuote;

    /** A full stop or comma after a field's closing marks (and the field's end, {@link FieldBounds}), which then come after it. */
    private static final Pattern INTO_FIELD_QUOTE = Pattern.compile("([" + FieldQuotes.CLOSE + "]+" + FieldBounds.END + "?)([.,])");

    private QuoteMarks(String open, String close, String innerOpen, String innerClose, boolean punctuationInQuote) {
        this.punctuationInQuote = punctuationInQuote;
        this.open = open;
        this.close = close;
        this.innerOpen = innerOpen;
        this.innerClose = innerClose;
    }

    /** The style with each straight double quote it prints itself (affixes, values) marked as {@link #STRAIGHT}. */
    static String mark(String xml) {
        if (!xml.contains("&quot;")) {
            return xml;
        }
        return ELEMENT.matcher(xml).replaceAll(e -> Matcher.quoteReplacement(ATTRIBUTE.matcher(e.group()).replaceAll(a ->
                Matcher.quoteReplacement(a.group(1) + "=\"" + a.group(2).replace("&quot;", "&#x" + Integer.toHexString(STRAIGHT) + ";") + "\""))));
    }

    /**
     * The style with each opening inner mark of the locale (‘ in English, ‚ in German, “ in
     * French) that it writes as text of its own, in an affix, a value or a delimiter, marked as
     * {@link #INNER_OPEN}, which {@link #write} gives back. citeproc-java's smart quotes, run on each
     * affix alone, take that mark with no closing one after it in the same affix for an
     * apostrophe written backwards and turn it round: the prefix="‘" suffix="’" of art-history,
     * de-buck and eight other bundled styles printed "’Six Hands’" where citeproc-js prints "‘Six
     * Hands’". Quotation marks the style asks for ({@code quotes="true"}) are terms, not text, and untouched.
     */
    static String markInnerOpen(String xml, String language) {
        char mark = markOf(of(xml, language, false).innerOpen);
        if (mark == 0 || xml.indexOf(mark) < 0 && !xml.contains("&#")) {
            return xml;
        }
        return TEXT_ATTRIBUTE.matcher(xml).replaceAll(a -> {
            String value = CHARACTER_REFERENCE.matcher(a.group(2)).replaceAll(r -> {
                int code = r.group(1) != null ? Integer.parseInt(r.group(1), 16) : Integer.parseInt(r.group(2));
                return code == mark ? String.valueOf(INNER_OPEN) : Matcher.quoteReplacement(r.group());
            });
            return Matcher.quoteReplacement(a.group(1) + "=\"" + value.replace(mark, INNER_OPEN) + "\"");
        });
    }

    /**
     * The marks of the language: the style's own locale's terms (as {@link StyleLocales#forLanguage}
     * leaves the locales that apply, without their language tag), else the CSL locale files'.
     */
    static QuoteMarks of(String xml, String language, boolean punctuationInQuote) {
        List<String> locales = CslLocaleFiles.termSources(xml, language);
        return new QuoteMarks(term(locales, "open-quote", "\u201C"), term(locales, "close-quote", "\u201D"),
                term(locales, "open-inner-quote", "\u2018"), term(locales, "close-inner-quote", "\u2019"), punctuationInQuote);
    }

    private static String term(List<String> locales, String name, String otherwise) {
        Pattern term = Pattern.compile("<term\\s+name=\"" + name + "\"\\s*>([^<]*)</term>");
        for (String locale : locales) {
            Matcher m = term.matcher(locale);
            if (m.find() && !m.group(1).isBlank()) {
                return decode(m.group(1));
            }
        }
        return otherwise;
    }

    private static String decode(String text) {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(
                    Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16)))));
        }
        m.appendTail(out);
        return out.toString().replace("&amp;", "&");
    }

    /** The locale's opening mark. */
    String open() {
        return open;
    }

    /** The locale's closing mark. */
    String close() {
        return close;
    }

    /** The locale's inner closing mark. */
    String innerClose() {
        return innerClose;
    }

    /** A term's marks as citeproc-java's HTML writes them ("&ldquo;", "&laquo;&nbsp;", "&quot;"). */
    static String asHtml(String term) {
        String html = term.replace("\u00A0", NBSP).replace("\"", "&quot;");
        for (int i = 0; i < ENTITIES.length; i += 2) {
            html = html.replace(ENTITIES[i + 1], ENTITIES[i]);
        }
        return html;
    }

    /** The HTML of one entry or citation with the style's straight quotes paired and quotations in quotations given the inner marks. */
    String write(String html) {
        if (html == null) {
            return null;
        }
        String text = html;
        if (text.indexOf(STRAIGHT) >= 0) {
            text = paired(text);
        }
        if (!text.contains("&") && text.chars().noneMatch(c -> c == markOf(open) || c == markOf(close) || c == markOf(innerOpen)
                || c == FieldQuotes.OPEN || c == FieldQuotes.CLOSE || c == FieldQuotes.APOSTROPHE)) {
            return literalInnerOpens(text);
        }
        for (int i = 0; i < ENTITIES.length; i += 2) {
            text = text.replace(ENTITIES[i], ENTITIES[i + 1]);
        }
        if (punctuationInQuote) {
            // CSL's punctuation-in-quote, which citeproc-java applies to the style's marks only: "“‘Quoted Title.’”"
            text = INTO_FIELD_QUOTE.matcher(text).replaceAll("$2$1");
        }
        // the style's own opening inner marks after the quotations are nested, as citeproc-js
        // leaves them: as written, not taken for the opening of a quotation
        return literalInnerOpens(nested(text).replace(FieldQuotes.APOSTROPHE, '\u2019'));
    }

    /** The text with each {@link #INNER_OPEN} the style's mark again. */
    private String literalInnerOpens(String text) {
        return text.indexOf(INNER_OPEN) < 0 ? text : text.replace(String.valueOf(INNER_OPEN), String.valueOf(markOf(innerOpen)));
    }

    /** The style's straight quotes as the locale's marks, opening and closing in turn; an odd one left straight. */
    private String paired(String html) {
        long count = html.chars().filter(c -> c == STRAIGHT).count();
        StringBuilder out = new StringBuilder();
        int seen = 0;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c != STRAIGHT) {
                out.append(c);
            } else if (count % 2 == 1 && seen == count - 1) {
                out.append("&quot;");
            } else {
                out.append(seen++ % 2 == 0 ? open : close);
            }
        }
        return out.toString();
    }

    /**
     * Each quotation in the marks of its depth, the locale's outer marks, then its inner marks,
     * then outer again: the style's quotes, a field's own quotations ({@link FieldQuotes}) and
     * the author's curly marks where they are the locale's (as citeproc-js takes them).
     */
    private String nested(String html) {
        char o = markOf(open);
        char c = markOf(close);
        char io = markOf(innerOpen);
        char ic = markOf(innerClose);
        boolean styleMarks = o != c && o != 0 && c != 0;   // Swedish ”…”, Hebrew "…": which mark opens cannot be told
        boolean innerMarks = styleMarks && io != ic && io != 0 && ic != 0 && io != o && ic != c;
        // the same mark opening and closing (Hebrew "…"): the style's own quotes, taken in turn; a
        // field's are marked apart, and a mark between letters is an abbreviation's (ע"י)
        boolean sameMarks = o == c && o != 0;
        if (sameMarks && o == '"') {
            html = unescapedQuotes(html);   // citeproc-java's HTML writes the style's straight marks "&quot;"
        }
        StringBuilder out = new StringBuilder();
        Deque<Character> depth = new ArrayDeque<>();
        boolean tag = false;
        for (int i = 0; i < html.length(); i++) {
            char ch = html.charAt(i);
            if (ch == '<') {
                tag = true;
            } else if (ch == '>') {
                tag = false;
            }
            boolean turn = sameMarks && ch == o && !(i > 0 && Character.isLetter(html.charAt(i - 1)) && wordAfter(html, i));
            boolean opens = ch == FieldQuotes.OPEN || styleMarks && ch == o || innerMarks && ch == io
                    || turn && (depth.isEmpty() || depth.peek() != o);
            boolean closes = ch == FieldQuotes.CLOSE || styleMarks && ch == c && !depth.isEmpty() || turn && !opens
                    || innerMarks && ch == ic && !depth.isEmpty() && depth.peek() == io && !wordAfter(html, i);
            if (tag || !opens && !closes) {
                out.append(ch);
            } else if (opens) {
                depth.push(ch);
                if (depth.size() % 2 == 0) {
                    out.append(innerOpen);
                    // « fake news »: the outer marks' spaces, which the inner ones do not take
                    while (i + 1 < html.length() && (SPACES.indexOf(html.charAt(i + 1)) >= 0 || html.startsWith(NBSP, i + 1))) {
                        i += html.charAt(i + 1) == '&' ? NBSP.length() : 1;
                    }
                } else {
                    out.append(ch == o ? String.valueOf(ch) : open);
                }
            } else {
                if (depth.size() % 2 == 0) {
                    while (out.length() > 0 && (SPACES.indexOf(out.charAt(out.length() - 1)) >= 0 || out.toString().endsWith(NBSP))) {
                        out.setLength(out.length() - (out.charAt(out.length() - 1) == ';' ? NBSP.length() : 1));
                    }
                    out.append(innerClose);
                } else {
                    out.append(ch == c ? String.valueOf(ch) : close);
                }
                depth.poll();
            }
        }
        return out.toString();
    }

    /** The HTML with "&quot;" outside its tags written as the mark. */
    private static String unescapedQuotes(String html) {
        StringBuilder out = new StringBuilder(html.length());
        boolean tag = false;
        for (int i = 0; i < html.length(); i++) {
            char ch = html.charAt(i);
            tag = ch == '<' || tag && ch != '>';
            if (!tag && html.startsWith("&quot;", i)) {
                out.append('"');
                i += "&quot;".length() - 1;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static boolean wordAfter(String html, int at) {
        return at + 1 < html.length() && Character.isLetterOrDigit(html.charAt(at + 1));
    }

    /** The mark of a term, without the spaces it may carry ("«&#160;"); 0 for none. */
    private static char markOf(String term) {
        String mark = term.strip().replaceAll("[" + SPACES + "]", "");
        return mark.length() == 1 ? mark.charAt(0) : 0;
    }
}
