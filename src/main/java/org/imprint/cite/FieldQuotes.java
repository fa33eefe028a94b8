package org.imprint.cite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.imprint.markdown.QuotePairs;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;

/**
 * The typewriter apostrophes and quotation marks of a source's fields (its title, container
 * title…), told apart before citeproc-java sees them. citeproc-java's smart quotes took every
 * {@code '} for an inner quotation mark: French « Students” views of teachers” », « rock’n”roll »,
 * German „Students‘ …“, Hebrew primes ("teachers′"), and American English moved the full stop
 * inside an apostrophe ("Teachers.’”"); nor did a quotation three deep alternate its marks.
 *
 * <p>An apostrophe (a letter or digit after it, "rock'n'roll", "it's", "the '90s"; or a letter
 * before it and no open single quotation to close, "teachers' views") becomes {@link #APOSTROPHE};
 * a pair of quotation marks {@link #OPEN} and {@link #CLOSE}. A writer's curly marks are paired
 * so too, in whichever picture they were typed: “…” and ‘…’, the Urdu and Arabic ”…“ and ’…‘,
 * „…“ and ‚…‘, «…» and »…«, ‹…›, 「…」 and 『…』. Left to citeproc-java they were read as the locale's
 * “ and ”: an Urdu title ”ہم ’مکمل‘ امن چاہتے ہیں“ inside a style's “…” closed the style's
 * quotation at its first mark, and came out “ہم ’مکمل“ امن چاہتے ہیں’— (a space lost too).
 * Which mark opens is told by what stands round it, as for a typewriter's marks; the
 * guillemets and corner brackets, set off by spaces in French, by their pairing. {@link QuoteMarks} writes them
 * after formatting: the apostrophe as ’ in every language, a quotation in the locale's outer or
 * inner marks by how deep it is (counting the style's own quotes round the field), as citeproc-js does.
 */
final class FieldQuotes {

    /** An apostrophe of a field (private-use characters, after {@link RichText}'s). */
    static final char APOSTROPHE = '\uE012';
    /** The opening mark of a quotation in a field. */
    static final char OPEN = '\uE013';
    /** The closing mark of a quotation in a field. */
    static final char CLOSE = '\uE014';

    /** Fields that are identifiers, numbers or addresses ({@link RichText}'s), and names (citeproc-java curls their apostrophes). */
    static final Set<String> VERBATIM = Set.of("id", "type", "DOI", "URL", "ISBN", "ISSN", "PMID", "PMCID",
            "language", "citation-key", "page", "page-first", "number-of-pages", "volume", "issue", "number");

    private FieldQuotes() {
    }

    /** The sources with the apostrophes and quotation marks of their text fields marked. */
    static Map<String, CSLItemData> mark(Map<String, CSLItemData> sources) {
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        sources.forEach((id, item) -> out.put(id, mark(item)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static CSLItemData mark(CSLItemData item) {
        Map<String, Object> json = (Map<String, Object>) item.toJson(new MapJsonBuilderFactory().createJsonBuilder());
        boolean changed = false;
        for (Map.Entry<String, Object> field : json.entrySet()) {
            if (field.getValue() instanceof String s && !VERBATIM.contains(field.getKey()) && s.chars().anyMatch(c -> kind((char) c) != 0)) {
                field.setValue(mark(s));
                changed = true;
            } else if (field.getValue() instanceof List<?> names) {
                changed |= curled(names);
            }
        }
        return changed ? CSLItemData.fromJson(json) : item;
    }

    /**
     * Curls the apostrophes after a letter in a list of names' parts ("d'" of d'Souza, O'Brien):
     * citeproc-java curls a name's straight apostrophe with the locale's single quotation marks,
     * so a particle "d'" ending its part printed "d‘Souza" in German and "d”Souza" in French.
     * An apostrophe is the same mark in every language.
     */
    @SuppressWarnings("unchecked")
    private static boolean curled(List<?> names) {
        boolean changed = false;
        for (Object name : names) {
            if (name instanceof Map<?, ?> parts) {
                for (Map.Entry<String, Object> part : ((Map<String, Object>) parts).entrySet()) {
                    if (part.getValue() instanceof String s && s.indexOf('\'') >= 0) {
                        String curled = APOSTROPHE_AFTER_LETTER.matcher(s).replaceAll("\u2019");
                        changed |= !curled.equals(s);
                        part.setValue(curled);
                    }
                }
            }
        }
        return changed;
    }

    private static final java.util.regex.Pattern APOSTROPHE_AFTER_LETTER = java.util.regex.Pattern.compile("(?<=\\p{L})'");

    /** The spaces a writer sets inside guillemets. */
    private static final String SPACES = " \u00A0\u202F\u2009";
    /** Stands for a space dropped inside guillemets until the text is written again. */
    private static final char DROPPED = '\u0000';

    /** The marks of one kind, which pair with each other whichever of them a writer typed at either end. */
    private static final String[] KINDS = {"\"\u201C\u201D\u201E\u201F", "'\u2018\u2019\u201A\u201B", "\u00AB\u00BB", "\u2039\u203A",
        "\u300C\u300D", "\u300E\u300F"};

    /** The kind of a quotation mark (the first mark of its {@link #KINDS}); 0 for any other character. */
    private static char kind(char c) {
        for (String kind : KINDS) {
            if (kind.indexOf(c) >= 0) {
                return kind.charAt(0);
            }
        }
        return 0;
    }

    /** The text with its apostrophes and paired quotation marks marked; a quotation mark never closed left as written. */
    static String mark(String text) {
        char[] out = text.toCharArray();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            char kind = kind(c);
            if (kind == 0) {
                continue;
            }
            char before = neighbour(text, i, -1);
            char after = neighbour(text, i, 1);
            boolean wordBefore = Character.isLetterOrDigit(before);
            boolean wordAfter = Character.isLetterOrDigit(after);
            if (kind == '\u00AB' || kind == '\u2039' || kind == '\u300C' || kind == '\u300E') {
                // «…» and »…«, 「…」: a mark closes the quotation the other mark of its kind opened
                boolean closing = kind == '\u300C' || kind == '\u300E' ? c != kind : holds(text, open, kind)
                        && text.charAt(innermost(text, open, kind)) != c;
                if (!closing) {
                    open.push(i);
                } else if (holds(text, open, kind)) {
                    // « fake news »: the spaces inside French marks are the locale's marks' to set
                    int opened = innermost(text, open, kind);
                    close(text, out, open, kind, i);
                    for (int k = opened + 1; k < i && SPACES.indexOf(out[k]) >= 0; k++) {
                        out[k] = DROPPED;
                    }
                    for (int k = i - 1; k > opened && SPACES.indexOf(out[k]) >= 0; k--) {
                        out[k] = DROPPED;
                    }
                }
            } else if (kind == '\'' && c != '\u2018' && c != '\u201A' && (wordAfter && (wordBefore || Character.isDigit(after)))) {
                out[i] = APOSTROPHE;   // rock'n'roll, it's, O'Brien, the '90s
            } else if (kind == '"' && wordBefore && wordAfter && QuotePairs.isGershayim(text, i)) {
                continue;              // צה"ל, an abbreviation's gershayim
            } else if (!wordBefore && after != 0 && !Character.isWhitespace(after) && !closes(before, after)
                    || wordBefore && wordAfter && (c == '\u201C' || c == '\u201E') && !holds(text, open, kind)) {
                open.push(i);          // opens: at the start, after a space, a bracket or another mark; “ in 论“一带一路”
            } else if (holds(text, open, kind)) {
                close(text, out, open, kind, i);
            } else if (kind == '\'' && wordBefore && c != '\u2018' && c != '\u201A') {
                out[i] = APOSTROPHE;   // teachers' views
            }
        }
        while (!open.isEmpty()) {
            undo(text, out, open.pop());
        }
        return keptLower(new String(out).replace(String.valueOf(DROPPED), ""));
    }

    /** Closes at {@code at} the innermost quotation of the kind, those opened inside it and left open taken for no marks. */
    private static void close(String text, char[] out, Deque<Integer> open, char kind, int at) {
        while (kind(text.charAt(open.peek())) != kind) {
            undo(text, out, open.pop());
        }
        out[open.pop()] = OPEN;
        out[at] = CLOSE;
    }

    /**
     * A small letter after an apostrophe in a word protected from case changes ({@link RichText}):
     * citeproc-java's title case took the marked apostrophe for the end of a word, "Rock’N’Roll", "It’S".
     */
    private static String keptLower(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int protectedDepth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            protectedDepth += c == RichText.NOCASE ? 1 : c == RichText.NOCASE_END ? -1 : 0;
            out.append(c);
            if (c == APOSTROPHE && protectedDepth == 0 && i > 0 && Character.isLetter(text.charAt(i - 1))
                    && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1))) {
                int end = i + 1;   // the rest of the word, "n'roll" of "rock'n'roll"
                while (end < text.length() && (Character.isLetter(text.charAt(end))
                        || text.charAt(end) == APOSTROPHE && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1)))) {
                    end++;
                }
                String rest = text.substring(i + 1, end);
                out.append(RichText.NOCASE).append(rest).append(RichText.NOCASE_END);
                rest.chars().forEach(r -> out.append(Character.isUpperCase(r) ? RichText.UPPER : RichText.LOWER));
                i = end - 1;
            }
        }
        return out.toString();
    }

    /** A mark with nothing after it but a space or punctuation closes, whatever is before it. */
    private static boolean closes(char before, char after) {
        return before != 0 && !Character.isWhitespace(before) && "([{\u2018\u201C\u00AB\u201E\u201A\u2039\u300C\u300E".indexOf(before) < 0
                && !Character.isLetterOrDigit(after);
    }

    private static boolean holds(String text, Deque<Integer> open, char kind) {
        return innermost(text, open, kind) >= 0;
    }

    /** Where the innermost open quotation of the kind opened; -1 when none is open. */
    private static int innermost(String text, Deque<Integer> open, char kind) {
        return open.stream().filter(at -> kind(text.charAt(at)) == kind).findFirst().orElse(-1);
    }

    /** A mark taken for an opening one that nothing closed: an apostrophe ("'tis", "’tis"), or any other mark as written. */
    private static void undo(String text, char[] out, int at) {
        out[at] = text.charAt(at) == '\'' || text.charAt(at) == '\u2019' ? APOSTROPHE : text.charAt(at);
    }

    /** The character next to {@code at} in a direction, past RichText's marks; 0 at either end. */
    private static char neighbour(String text, int at, int step) {
        for (int i = at + step; i >= 0 && i < text.length(); i += step) {
            char c = text.charAt(i);
            if (c < '\uE000' || c > '\uE011') {
                return c;
            }
        }
        return 0;
    }
}
