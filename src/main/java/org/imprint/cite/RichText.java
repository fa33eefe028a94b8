package org.imprint.cite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * CSL's rich text (italics, bold, superscript, subscript, small capitals and text protected from
 * case changes) carried through citeproc-java, which knows none of it: it escapes every field as
 * plain text and changes the case of all of it. Each mark travels as a private-use character,
 * which citeproc-java neither escapes nor changes; after formatting, the marks become elements
 * again. Protected text carries the case of each of its letters after it, so whatever case the
 * style gives the field, the protected letters get theirs back.
 */
final class RichText {

    // a citation's affixes arrive from the markdown with these marks around their emphasis
    static final char ITALIC = org.imprint.markdown.CiteItem.ITALIC;
    static final char ITALIC_END = org.imprint.markdown.CiteItem.ITALIC_END;
    static final char BOLD = org.imprint.markdown.CiteItem.BOLD;
    static final char BOLD_END = org.imprint.markdown.CiteItem.BOLD_END;
    static final char SUP = '\uE004';
    static final char SUP_END = '\uE005';
    static final char SUB = '\uE006';
    static final char SUB_END = '\uE007';
    static final char SMALL_CAPS = '\uE008';
    static final char SMALL_CAPS_END = '\uE009';
    static final char NOCASE = '\uE00A';
    static final char NOCASE_END = '\uE00B';
    /** A literal backslash and braces, which citeproc-java's BibTeX reader would read as LaTeX. */
    static final char BACKSLASH = '\uE00C';
    static final char OPEN_BRACE = '\uE00D';
    static final char CLOSE_BRACE = '\uE00E';
    /** After protected text, one per character: it was lower case (or has no case), or upper case. */
    static final char LOWER = '\uE010';
    static final char UPPER = '\uE011';

    private static final Pattern MARKS = Pattern.compile("[\uE000-\uE011]");
    /** The CSL rich-text markup in CSL JSON and YAML fields. */
    private static final Pattern TAG = Pattern.compile(
            "<(/?)(i|b|sup|sub)>|<span\\s+class=\"nocase\"\\s*>|<span\\s+style=\"\\s*font-variant\\s*:\\s*small-caps\\s*;?\\s*\"\\s*>|</span>");
    /** CSL JSON fields that are identifiers or addresses, never text to format. */
    private static final Set<String> VERBATIM = Set.of("id", "type", "DOI", "URL", "ISBN", "ISSN", "PMID", "PMCID",
            "language", "citation-key", "page", "page-first", "number-of-pages", "volume", "issue", "number");

    private RichText() {
    }

    /** Builds marked text. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final Deque<Integer> protectedFrom = new ArrayDeque<>();

        Builder append(String s) {
            for (int i = 0; i < s.length(); i++) {
                append(s.charAt(i));
            }
            return this;
        }

        Builder append(char c) {
            switch (c) {
                case '\\' -> text.append(BACKSLASH);
                case '{' -> text.append(OPEN_BRACE);
                case '}' -> text.append(CLOSE_BRACE);
                default -> {
                    if (c < '\uE000' || c > '\uE011') {
                        text.append(c);
                    }
                }
            }
            return this;
        }

        /**
         * A mark: {@link #ITALIC}, {@link #ITALIC_END}, ... An end goes before the sentence
         * punctuation the styled text ends with ("<i>Why</i>?"): citeproc-java looks at a field's
         * last character to decide whether to add a full stop, and a mark hid the question mark.
         */
        Builder mark(char mark) {
            int at = text.length();
            boolean end = (mark - ITALIC) % 2 == 1 && mark <= SMALL_CAPS_END;
            if (end && at > 0 && text.charAt(at - 1) == mark - 1) {
                text.setLength(at - 1);   // styled nothing: no marks (a hostile file nests thousands)
                return this;
            }
            if (mark == ITALIC_END || mark == BOLD_END) {
                while (at > 0 && ".?!".indexOf(text.charAt(at - 1)) >= 0) {
                    at--;
                }
            }
            text.insert(at, mark);
            return this;
        }

        /** Starts text protected from case changes; nested protection is the outer one. */
        Builder protect() {
            protectedFrom.push(text.length());
            return this;
        }

        Builder endProtect() {
            if (protectedFrom.isEmpty()) {
                return this;
            }
            int start = protectedFrom.pop();
            if (!protectedFrom.isEmpty() || start == text.length()) {
                return this;
            }
            String content = text.substring(start);
            text.insert(start, NOCASE);
            text.append(NOCASE_END);
            for (int i = 0; i < content.length(); i++) {
                text.append(Character.isUpperCase(content.charAt(i)) ? UPPER : LOWER);
            }
            return this;
        }

        int length() {
            return text.length();
        }

        @Override
        public String toString() {
            while (!protectedFrom.isEmpty()) {
                endProtect();
            }
            return text.toString();
        }
    }

    /** A CSL JSON or YAML field's text: its rich-text markup marked, any other markup text. */
    static String fromCsl(String value) {
        Builder out = new Builder();
        Deque<Character> spans = new ArrayDeque<>();
        Matcher tag = TAG.matcher(value);
        int done = 0;
        while (tag.find()) {
            out.append(value.substring(done, tag.start()));
            done = tag.end();
            String t = tag.group();
            if (tag.group(2) != null) {
                char open = switch (tag.group(2)) {
                    case "i" -> ITALIC;
                    case "b" -> BOLD;
                    case "sup" -> SUP;
                    default -> SUB;
                };
                out.mark(tag.group(1).isEmpty() ? open : (char) (open + 1));
            } else if (t.equals("</span>")) {
                if (spans.isEmpty()) {
                    out.append(t);
                } else if (spans.pop() == NOCASE) {
                    out.endProtect();
                } else {
                    out.mark(SMALL_CAPS_END);
                }
            } else if (t.contains("nocase")) {
                spans.push(NOCASE);
                out.protect();
            } else {
                spans.push(SMALL_CAPS);
                out.mark(SMALL_CAPS);
            }
        }
        out.append(value.substring(done));
        return out.toString();
    }

    /** A CSL JSON or YAML source with the rich text of its fields marked (names as plain text). */
    @SuppressWarnings("unchecked")
    static CSLItemData fromCsl(CSLItemData item) {
        Map<String, Object> json = (Map<String, Object>) item.toJson(new MapJsonBuilderFactory().createJsonBuilder());
        Map<String, Object> marked = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : json.entrySet()) {
            Object value = field.getValue();
            if (value instanceof String s && !VERBATIM.contains(field.getKey())) {
                value = fromCsl(s);
            } else if (value instanceof List<?> names) {
                value = names.stream().map(n -> n instanceof Map<?, ?> name ? plainName((Map<String, Object>) name) : n).toList();
            }
            marked.put(field.getKey(), value);
        }
        return CSLItemData.fromJson(marked);
    }

    private static Map<String, Object> plainName(Map<String, Object> name) {
        Map<String, Object> plain = new LinkedHashMap<>(name);
        plain.replaceAll((k, v) -> v instanceof String s ? plain(fromCsl(s)) : v);
        return plain;
    }

    /** Marked text as plain text: the protected letters in their own case, no marks. */
    static String plain(String marked) {
        if (marked == null) {
            return null;
        }
        String s = restoreCase(marked);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case BACKSLASH -> out.append('\\');
                case OPEN_BRACE -> out.append('{');
                case CLOSE_BRACE -> out.append('}');
                // a field's marked apostrophes and quotation marks ({@link FieldQuotes}), as typed
                case FieldQuotes.APOSTROPHE -> out.append('\u2019');
                case FieldQuotes.OPEN, FieldQuotes.CLOSE -> out.append('"');
                default -> {
                    if (c < '\uE000' || c > '\uE011') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Gives protected text back the case of each of its letters, and drops its marks. */
    static String restoreCase(String s) {
        int open = s.indexOf(NOCASE);
        if (open < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int done = 0;
        while (open >= 0) {
            int close = s.indexOf(NOCASE_END, open);
            if (close < 0) {
                break;
            }
            int masks = close + 1;
            while (masks < s.length() && (s.charAt(masks) == LOWER || s.charAt(masks) == UPPER)) {
                masks++;
            }
            out.append(s, done, open);
            String content = s.substring(open + 1, close);
            if (masks - close - 1 == content.length()) {
                for (int i = 0; i < content.length(); i++) {
                    char c = content.charAt(i);
                    out.append(s.charAt(close + 1 + i) == UPPER ? Character.toUpperCase(c) : Character.toLowerCase(c));
                }
            } else {
                out.append(content);   // the style changed its length (ß to SS): as it is
            }
            done = masks;
            open = s.indexOf(NOCASE, done);
        }
        out.append(s.substring(done));
        return out.toString();
    }

    /**
     * Turns the marks in citeproc-java's HTML (already parsed) into elements: italics inside
     * italics are set upright, as CSL's flip-flop rule says.
     */
    static void toElements(Document doc) {
        for (TextNode node : allText(doc)) {
            node.text(restoreCase(node.getWholeText()));
        }
        String html = doc.body().html();
        if (MARKS.matcher(html).find()) {
            html = html.replace(String.valueOf(ITALIC), "<i>").replace(String.valueOf(ITALIC_END), "</i>")
                    .replace(String.valueOf(BOLD), "<b>").replace(String.valueOf(BOLD_END), "</b>")
                    .replace(String.valueOf(SUP), "<sup>").replace(String.valueOf(SUP_END), "</sup>")
                    .replace(String.valueOf(SUB), "<sub>").replace(String.valueOf(SUB_END), "</sub>")
                    .replace(String.valueOf(SMALL_CAPS), "<span class=\"small-caps\">")
                    .replace(String.valueOf(SMALL_CAPS_END), "</span>")
                    .replace(String.valueOf(BACKSLASH), "\\").replace(String.valueOf(OPEN_BRACE), "{")
                    .replace(String.valueOf(CLOSE_BRACE), "}");
            html = MARKS.matcher(html).replaceAll("");
            doc.body().html(html);
        }
        for (Element i : doc.body().select("i i, i em, em i")) {
            i.tagName("span").attr("class", "normal");
        }
    }

    private static List<TextNode> allText(Document doc) {
        List<TextNode> nodes = new java.util.ArrayList<>();
        doc.body().traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                nodes.add(t);
            }
        });
        return nodes;
    }
}
