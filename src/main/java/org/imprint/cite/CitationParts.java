package org.imprint.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imprint.markdown.NotePunctuation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * An in-text citation of several sources, which citeproc-java makes as one text ("[1, p. 33],
 * [2]", "(Smith, 2020a, 2020b)", "(Lee, 2019; WHO, 2021)"), cut into each source's part, so that
 * each part links to its own entry. A part is told by what surely belongs to its source alone:
 * its number in a numeric style, its year suffix, else its first author's name (or its title),
 * else its year, its status ("in press") or its "n.d.".
 * The cut between two parts is the style's delimiter between them, else the last comma or
 * semicolon (of any script) between them: the year suffixes of one author's works are joined
 * by a comma, not by the delimiter.
 */
final class CitationParts {

    private CitationParts() {
    }

    /**
     * What tells one source's part of a citation.
     *
     * @param key     the source's key
     * @param pattern what its part, and no other, holds
     * @param name    the name or title it is (which another part may hold too), or null for a number or suffix
     * @param twice   whether the source is cited more than once in the citation, so that its
     *                number may start two groups ("[1], [2, p. 1], [2, p. 2]")
     */
    record Mark(String key, Pattern pattern, String name, boolean twice) {

        Mark(String key, Pattern pattern, String name) {
            this(key, pattern, name, false);
        }

        /** A numeric style's number for the source: "3", not part of "13" or "31". */
        static Mark number(String key, int number, boolean twice) {
            return new Mark(key, Pattern.compile("(?<!\\p{Nd})" + number + "(?!\\p{Nd})"), null, twice);
        }

        /**
         * The year with its suffix, "2020b", as a word of its own: only for a year and suffix that
         * no other source of the citation has (another team's "2020b" is not this one's).
         */
        static Mark yearSuffix(String key, int year, String suffix) {
            return new Mark(key, Pattern.compile("(?<!\\p{Nd})" + year + Pattern.quote(suffix) + NOT_IN_WORD_AFTER), null);
        }

        /**
         * An undated work's suffix after the locale's "no date" term: "n.d.-c" (APA, Chicago),
         * "no date c" (Harvard), the letter a word of its own after the term's last letter or dot
         * and a hyphen or space. Only for a suffix no other undated source of the citation has.
         */
        static Mark undatedSuffix(String key, String suffix) {
            return new Mark(key, Pattern.compile("(?<=[\\p{L}.]" + Processor.NO_BREAK_END + "?[-\u2010\u2011 \u00A0])"
                    + Pattern.quote(suffix) + NOT_IN_WORD_AFTER), null);
        }

        /**
         * An undated work's suffix right after the style's "no date" term, which the processor
         * marks ({@link Processor#NO_BREAK_END}): for a citation that also cites works with a
         * status, whose "in press-a" the looser {@link #undatedSuffix(String, String)} takes too.
         */
        static Mark noDateSuffix(String key, String suffix) {
            return new Mark(key, Pattern.compile("(?<=" + Processor.NO_BREAK_END + "[-\u2010\u2011 \u00A0]?)"
                    + Pattern.quote(suffix) + NOT_IN_WORD_AFTER), null);
        }

        /**
         * The style's "no date" term, as the processor marks it ({@link Processor#NO_BREAK_START}),
         * with no letter after it: for the one undated work of a citation ("Novak, 2019, n.d.").
         */
        static Mark noDate(String key) {
            return new Mark(key, Pattern.compile(Processor.NO_BREAK_START + "[^" + Processor.NO_BREAK_START + Processor.NO_BREAK_END
                    + "]*" + Processor.NO_BREAK_END + "(?![-\u2010\u2011 \u00A0]?[\\p{L}\\p{Nd}])"), null);
        }

        /**
         * A work's publication status ("in press", "submitted"), in any case, as words of their
         * own, with its suffix when it has one ("in press-a", "in press b"): for a status (and
         * suffix) no other source of the citation has.
         */
        static Mark status(String key, String status, String suffix) {
            String words = Pattern.quote(status).replace(" ", "\\E[\\s\u00A0]+\\Q");
            return new Mark(key, Pattern.compile("(?<![\\p{L}\\p{M}\\p{Nd}])" + words
                    + (suffix == null ? "" : "[-\u2010\u2011 \u00A0]" + Pattern.quote(suffix)) + NOT_IN_WORD_AFTER,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), null);
        }

        /** The year, as a number of its own: not part of "2020a" nor of a longer number. */
        static Mark year(String key, int year) {
            return new Mark(key, Pattern.compile("(?<!\\p{Nd})" + year + "(?![\\p{Nd}\\p{L}])"), null);
        }

        /**
         * The name and, after it within one source's part (no delimiter between), the year: for
         * "(Smith 2019; Levi 2019; Smith 2020)", where neither alone belongs to one source.
         */
        static Mark nameAndYear(String key, String name, String year, String delimiter) {
            return namesAndYear(key, List.of(name), year, delimiter);
        }

        /**
         * The first names of a source's list, in order, and its year, within one source's part:
         * for teams cited alike but for a later name ("Kim, Park, &amp; Choi, 2019; Kim, Park,
         * &amp; Jung, 2019"), whose names the style adds to tell them apart. Each name is a whole
         * word ("Cho" is not in "Choi"), and the year is as printed, with its suffix ("2019a").
         */
        static Mark namesAndYear(String key, List<String> names, String year, String delimiter) {
            String within = "(?:(?!" + Pattern.quote(delimiter) + ").)*?";
            StringBuilder pattern = new StringBuilder();
            for (String name : names) {
                pattern.append(pattern.isEmpty() ? "" : within).append(word(name));
            }
            return new Mark(key, Pattern.compile(pattern + within + "(?<!\\p{Nd})" + Pattern.quote(year) + NOT_IN_WORD_AFTER,
                    Pattern.DOTALL), null);
        }

        /** The first author's family name (or the title), as written, as whole words: "Cho" is not in "Choi". */
        static Mark name(String key, String name) {
            return new Mark(key, Pattern.compile(word(name)), name);
        }

        /**
         * A name as a pattern of whole words: no letter, mark or digit right before or after it
         * ("Cho" is not in "Choi"); an edge in a script written without spaces between words
         * (Chinese, Japanese, Korean, Thai), where the given name follows the family name as one
         * run ("王小明"), is not bounded.
         */
        static String word(String name) {
            boolean open = spaced(name.codePointAt(0));
            boolean close = spaced(name.codePointBefore(name.length()));
            return (open ? "(?<![\\p{L}\\p{M}\\p{Nd}])" : "") + Pattern.quote(name) + (close ? NOT_IN_WORD_AFTER : "");
        }

        private static boolean spaced(int codePoint) {
            return switch (Character.UnicodeScript.of(codePoint)) {
                case HAN, HIRAGANA, KATAKANA, HANGUL, THAI -> false;
                default -> true;
            };
        }

        private static final String NOT_IN_WORD_AFTER = "(?![\\p{L}\\p{M}\\p{Nd}])";
    }

    /**
     * The citation with each source's part linked to its entry, or {@code null} when the parts
     * cannot be told apart for sure (two sources of one author without year suffixes, a mark
     * found in the wrong order, a part that is not a whole element).
     *
     * @param html      the citation as one text
     * @param delimiter the style's delimiter between the sources of a citation
     * @param marks     the cited sources' marks
     * @param affixes   the citation's prefixes and suffixes, where no mark is read and no cut made
     * @param numeric   whether the marks are numbers, which a range ("1–3") may leave out
     * @param linker    links a part's HTML to an id
     * @param ids       each key's id in the reference list
     */
    static String link(String html, String delimiter, List<Mark> marks, Affixes affixes, boolean numeric,
                       BiFunction<String, String, String> linker, Map<String, String> ids) {
        if (marks.size() < 2 || marks.stream().map(Mark::key).distinct().count() != marks.size() || sameNames(marks)) {
            return null;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        List<Node> children = doc.body().childNodes().stream()
                .filter(n -> !(n instanceof TextNode t && t.isBlank())).toList();
        if (children.size() == 1 && children.get(0) instanceof Element only && !only.tagName().equals("a")
                && only.select("a").isEmpty()) {
            // one element round the whole ("<sup>1,2</sup>"): its parts are cut inside it
            String inner = link(only.html(), delimiter, marks, affixes, numeric, linker, ids);
            if (inner == null) {
                return null;
            }
            only.html(inner);
            return doc.body().html();
        }
        Plain plain = Plain.of(html).masked(affixes, delimiter);
        // where each mark stands, read from the end and from the start: a number in a part's
        // locator ("[1, p. 2], [2]", "[1], [2, p. 1]") misleads one reading or the other, and
        // the parts are told apart only where both cut the citation at the same places
        // in a numeric style each part starts with its number, so the numbers inside locators
        // ("[1, p. 2], [2, p. 3]") are told apart by what stands before them, not by reading order
        Parting backward = numeric
                ? Parting.of(NumberGroups.place(marks, plain.text()), plain.text(), delimiter, true)
                : Parting.of(place(marks, plain.text(), false), plain.text(), delimiter, false);
        Parting forward = numeric ? backward : Parting.of(place(marks, plain.text(), true), plain.text(), delimiter, false);
        if (backward == null || !backward.equals(forward)) {
            return null;
        }
        if (backward.order().size() < marks.size() && !(numeric && plain.text().indexOf('\u2013') >= 0)) {
            return null;   // a source whose part cannot be found (only a range of numbers leaves some out)
        }
        List<Integer> order = backward.order();
        List<Span> cuts = backward.cuts();
        StringBuilder out = new StringBuilder();
        int start = 0;
        for (int p = 0; p < order.size(); p++) {
            int end = p < cuts.size() ? plain.htmlStart(cuts.get(p).start()) : html.length();
            String piece = html.substring(start, end);
            if (!whole(piece) || !holdsOnlyItsOwn(Plain.of(piece).masked(affixes, delimiter).text(), marks, order.get(p))) {
                return null;
            }
            out.append(linker.apply(piece, ids.get(marks.get(order.get(p)).key())));
            if (p < cuts.size()) {
                int after = plain.htmlEnd(cuts.get(p).end() - 1);
                out.append(html, end, after);
                start = after;
            }
        }
        return out.toString();
    }

    /**
     * Where each mark stands, in the text's order: read from the end
     * (each part's mark the last match before the next part's) or from the start (the first
     * match after the previous part's); a mark not found is left out.
     */
    private static List<Placed> place(List<Mark> marks, String text, boolean fromStart) {
        List<Placed> placed = new ArrayList<>();
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            left.add(i);
        }
        int bound = fromStart ? 0 : text.length();
        while (!left.isEmpty()) {
            int best = -1;
            Span where = null;
            for (int i : left) {
                Span found = fromStart ? firstAfter(marks.get(i).pattern(), text, bound) : lastBefore(marks.get(i).pattern(), text, bound);
                if (found != null && (where == null || (fromStart ? found.start() < where.start() : found.start() > where.start()))) {
                    best = i;
                    where = found;
                }
            }
            if (where == null) {
                break;
            }
            placed.add(new Placed(best, where.start(), where.end()));
            left.remove(Integer.valueOf(best));
            bound = fromStart ? where.end() : where.start();
        }
        if (!fromStart) {
            java.util.Collections.reverse(placed);
        }
        return placed;
    }

    /** A stretch of a citation's text, from {@code start} to {@code end} (exclusive). */
    record Span(int start, int end) {
    }

    /** Where the mark of source {@code mark} (its index among the marks) stands in a citation's text. */
    record Placed(int mark, int start, int end) {
    }

    /**
     * A citation cut into parts: the marks in the text's order and the separators between them.
     */
    private record Parting(List<Integer> order, List<Span> cuts) {

        /** The parting of marks placed in a text, or null when fewer than two or two without a separator between. */
        static Parting of(List<Placed> placed, String text, String delimiter, boolean numeric) {
            if (placed.size() < 2) {
                return null;
            }
            List<Integer> order = new ArrayList<>();
            List<Span> cuts = new ArrayList<>();
            for (int p = 0; p < placed.size(); p++) {
                order.add(placed.get(p).mark());
                if (p + 1 < placed.size()) {
                    Span cut = cut(text, placed.get(p).end(), placed.get(p + 1).start(), delimiter, numeric);
                    if (cut == null) {
                        return null;
                    }
                    cuts.add(cut);
                }
            }
            return new Parting(order, cuts);
        }
    }

    /** The first match of a pattern that starts at or after {@code bound}. */
    private static Span firstAfter(Pattern pattern, String text, int bound) {
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        return m.find(bound) ? new Span(m.start(), m.end()) : null;
    }

    /** Two names the same, or one inside the other ("Smith", "Smithson"): their parts cannot be told apart. */
    private static boolean sameNames(List<Mark> marks) {
        for (Mark a : marks) {
            for (Mark b : marks) {
                if (a != b && a.name() != null && b.name() != null && b.name().contains(a.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The last match of a pattern that ends at or before {@code bound}. */
    private static Span lastBefore(Pattern pattern, String text, int bound) {
        Matcher m = pattern.matcher(text);
        m.region(0, bound);
        m.useTransparentBounds(true);
        Span last = null;
        while (m.find()) {
            last = new Span(m.start(), m.end());
        }
        return last;
    }

    /**
     * The separator between two parts, in {@code text[from, to)}: the style's delimiter's last
     * occurrence there, else the last comma or semicolon of any script with the spaces after it
     * (in a numeric style also a range's dash), or null.
     */
    private static Span cut(String text, int from, int to, String delimiter, boolean numeric) {
        String between = text.substring(from, to);
        if (!delimiter.isBlank()) {
            int at = between.lastIndexOf(delimiter);
            if (at >= 0) {
                return new Span(from + at, from + at + delimiter.length());
            }
        }
        for (int i = between.length() - 1; i >= 0; i--) {
            char c = between.charAt(i);
            if (NotePunctuation.isTerminal(c) && !NotePunctuation.isSentenceEnd(c) || numeric && c == '\u2013') {
                int end = i + 1;
                while (end < between.length() && Character.isWhitespace(between.charAt(end))) {
                    end++;
                }
                return new Span(from + i, from + end);
            }
        }
        return null;
    }

    /** Whether a piece of HTML closes every element it opens (a part that is a whole element, or text). */
    static boolean whole(String piece) {
        return piece.split("<[a-z]", -1).length == piece.split("</", -1).length;
    }

    /** Whether a part holds its own mark, and no other source's name. */
    private static boolean holdsOnlyItsOwn(String text, List<Mark> marks, int own) {
        if (!marks.get(own).pattern().matcher(text).find()) {
            return false;
        }
        for (int i = 0; i < marks.size(); i++) {
            if (i != own && marks.get(i).name() != null && marks.get(i).pattern().matcher(text).find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A piece of HTML's text, each character with where it stands in the HTML: tags are left
     * out and entities read ("Lee &amp; Park" is "Lee &amp; Park" with one ampersand).
     */
    record Plain(String text, int[] starts, int[] ends) {

        static Plain of(String html) {
            StringBuilder text = new StringBuilder();
            List<Span> at = new ArrayList<>();
            for (int i = 0; i < html.length(); ) {
                char c = html.charAt(i);
                if (c == '<') {
                    int close = html.indexOf('>', i);
                    i = close < 0 ? html.length() : close + 1;
                    continue;
                }
                int end = i + 1;
                String decoded = String.valueOf(c);
                if (c == '&') {
                    int semi = html.indexOf(';', i);
                    if (semi > i && semi - i <= 12) {
                        end = semi + 1;
                        decoded = Parser.unescapeEntities(html.substring(i, end), false);
                    }
                }
                for (int k = 0; k < decoded.length(); k++) {
                    text.append(decoded.charAt(k));
                    at.add(new Span(i, end));
                }
                i = end;
            }
            int[] starts = new int[at.size()];
            int[] ends = new int[at.size()];
            for (int k = 0; k < at.size(); k++) {
                starts[k] = at.get(k).start();
                ends[k] = at.get(k).end();
            }
            return new Plain(text.toString(), starts, ends);
        }

        /** The same text with the affixes of a citation masked ({@link Affixes#mask}): each character where it was. */
        Plain masked(Affixes affixes, String delimiter) {
            return new Plain(affixes.mask(text, delimiter), starts, ends);
        }

        /** Where the text's character {@code i} starts in the HTML. */
        int htmlStart(int i) {
            return starts[i];
        }

        /** Where the text's character {@code i} ends in the HTML. */
        int htmlEnd(int i) {
            return ends[i];
        }
    }
}
