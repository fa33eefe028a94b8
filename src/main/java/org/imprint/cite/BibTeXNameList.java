package org.imprint.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

/**
 * A BibTeX name list ({@code author}, {@code editor}, ...) read by BibTeX's own rules
 * ("Tame the BeaST", section 11): names split at "and", each written "First von Last",
 * "von Last, First" or "von Last, Jr, First", the von part being the words that begin in lower
 * case, a braced group one word whose case does not count.
 *
 * <p>citeproc-java's name parser loses text without a word: its grammar knows only letters and
 * a few marks, so a digit, an apostrophe, {@code +} or {@code _} is dropped ("A1, B" becomes
 * "A, B", "Henry 8th" "th", "3M Company" "Company, M"), it keeps only the first braced group of a
 * name ("Smith, {John Paul}" becomes "John Paul" alone), and a name it cannot parse swallows the
 * names after it ("Group of 77 and Smith, John" one name). Every character of the field is kept
 * here.
 *
 * <p>One form BibTeX itself reads as nobody means it: a name without a comma that has a number
 * in it ("Group of 77", "3M Company", "John Smith 3rd"), which BibTeX splits into a person's
 * given and family names ("77, Group of"). Such a name is kept whole, as written (as an
 * organisation's name), and {@link #doubtful} names it so that the author can say what it is.
 */
final class BibTeXNameList {

    /** Jr., Sr., III, 3rd: what follows a family name as a generation. */
    private static final java.util.regex.Pattern GENERATION =
            java.util.regex.Pattern.compile("(?:[JS]r\\.?|[IVX]{2,4}|\\d{1,2}(?:st|nd|rd|th)\\.?)");

    private BibTeXNameList() {
    }

    /**
     * The names of a field whose LaTeX is already text, its protective groups still in braces
     * ({@link LatexText#names}).
     */
    static List<CSLName> parse(String field) {
        List<CSLName> names = new ArrayList<>();
        for (String name : split(field)) {
            if (!name.isEmpty()) {
                names.add(name(name));
            }
        }
        return names;
    }

    /**
     * What is wrong with a field's list as a whole, which {@link #parse} mends by leaving out:
     * empty names ("Smith, John and and Doe, Jane", "and", an empty field), or no name but
     * "others"; null when nothing is.
     */
    static String fault(String field) {
        List<String> names = split(field);
        if (names.stream().anyMatch(String::isEmpty)) {
            return names.stream().allMatch(String::isEmpty) ? "has no name" : "has an empty name (an \"and\" with no name on one side)";
        }
        return names.stream().allMatch(n -> n.equalsIgnoreCase("others")) ? "names no one but \"others\"" : null;
    }

    /**
     * The names of a field written without a comma and with a digit outside braces, which
     * {@link #parse} keeps whole as written; empty when there are none.
     */
    static List<String> doubtful(String field) {
        List<String> doubtful = new ArrayList<>();
        for (String name : split(field)) {
            if (commas(words(name)) == 0 && hasDigitOutsideBraces(name)) {
                doubtful.add(name);
            }
        }
        return doubtful;
    }

    /** The field's names, split at "and" (any case) outside braces; an empty string where a name is missing. */
    private static List<String> split(String field) {
        List<String> names = new ArrayList<>();
        List<String> words = words(field);
        StringBuilder current = new StringBuilder();
        for (String word : words) {
            if (word.toLowerCase(Locale.ROOT).equals("and")) {
                // every "and" parts two names, an empty one too: "and" is never part of a name
                names.add(current.toString());
                current.setLength(0);
            } else {
                current.append(current.length() > 0 ? " " : "").append(word);
            }
        }
        names.add(current.toString());
        return names;
    }

    private static CSLName name(String name) {
        List<String> words = words(name);
        if (words.size() == 1 && isBracedWhole(words.get(0))) {
            // {World Health Organization}: one name, not a person's
            return new CSLNameBuilder().literal(unbraced(words.get(0))).build();
        }
        // a comma is a word of its own here
        List<List<String>> parts = new ArrayList<>(List.of(new ArrayList<>()));
        for (String word : words) {
            if (word.equals(",")) {
                parts.add(new ArrayList<>());
            } else {
                parts.get(parts.size() - 1).add(word);
            }
        }
        if (parts.size() == 1) {
            if (hasDigitOutsideBraces(name)) {
                return new CSLNameBuilder().literal(unbraced(name)).build();
            }
            return firstVonLast(parts.get(0));
        }
        List<String> vonLast = parts.get(0);
        String jr = parts.size() > 2 ? join(parts.get(1)) : null;
        if (parts.size() == 3 && parts.get(2).size() == 1 && GENERATION.matcher(parts.get(2).get(0)).matches()
                && !parts.get(1).isEmpty() && !GENERATION.matcher(jr).matches()) {
            // "Smith, John, Jr.": the generation written last; no one's given name is "Jr."
            parts = List.of(vonLast, parts.get(2), parts.get(1));
            jr = join(parts.get(1));
        }
        // more than two commas (BibTeX's "too many commas"): the rest is kept with the given names
        List<String> first = new ArrayList<>();
        for (int p = parts.size() > 2 ? 2 : 1; p < parts.size(); p++) {
            if (!first.isEmpty() && !parts.get(p).isEmpty()) {
                first.set(first.size() - 1, first.get(first.size() - 1) + ",");
            }
            first.addAll(parts.get(p));
        }
        if (parts.size() == 2 && vonLast.size() > 1 && first.size() == 1 && GENERATION.matcher(first.get(0)).matches()) {
            // "John Smith, Jr.": a generation, not a given name (BibTeX would read "Jr." as one)
            CSLName name2 = firstVonLast(vonLast);
            return new CSLNameBuilder().given(name2.getGiven()).nonDroppingParticle(name2.getNonDroppingParticle())
                    .family(name2.getFamily()).suffix(first.get(0)).build();
        }
        if (vonLast.isEmpty()) {
            // ", John": no family name; nothing is dropped
            return new CSLNameBuilder().given(join(first)).suffix(jr).build();
        }
        int vonEnd = vonEnd(vonLast, 0);
        return new CSLNameBuilder().given(join(first)).suffix(jr)
                .nonDroppingParticle(join(vonLast.subList(0, vonEnd)))
                .family(join(vonLast.subList(vonEnd, vonLast.size()))).build();
    }

    /** "First von Last": the von part from the first lower-case word to the last one before the last word. */
    private static CSLName firstVonLast(List<String> words) {
        int last = words.size() - 1;
        int vonStart = 0;
        while (vonStart < last && !isVon(words.get(vonStart))) {
            vonStart++;
        }
        int vonEnd = vonStart == last ? last : vonEnd(words.subList(0, words.size()), vonStart);
        return new CSLNameBuilder().given(join(words.subList(0, vonStart)))
                .nonDroppingParticle(join(words.subList(vonStart, vonEnd)))
                .family(join(words.subList(vonEnd, words.size()))).build();
    }

    /** Where the family name begins: after the last lower-case word before the last word. */
    private static int vonEnd(List<String> words, int vonStart) {
        for (int i = words.size() - 2; i >= vonStart; i--) {
            if (isVon(words.get(i))) {
                return i + 1;
            }
        }
        return vonStart;
    }

    /** BibTeX's von_token_found: the word's first letter outside braces is lower case. */
    private static boolean isVon(String word) {
        int depth = 0;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && Character.isUpperCase(c) || depth == 0 && Character.isTitleCase(c)) {
                return false;
            } else if (depth == 0 && Character.isLowerCase(c)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a text: split at spaces outside braces, each comma outside braces a word of its own. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && (Character.isWhitespace(c) || c == ',')) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (c == ',') {
                    words.add(",");
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static int commas(List<String> words) {
        return (int) words.stream().filter(","::equals).count();
    }

    private static boolean hasDigitOutsideBraces(String name) {
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is one group in braces from its first character to its last. */
    private static boolean isBracedWhole(String word) {
        if (!word.startsWith("{") || !word.endsWith("}")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < word.length() - 1; i++) {
            depth += word.charAt(i) == '{' ? 1 : word.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return false;
            }
        }
        return true;
    }

    private static String join(List<String> words) {
        return words.isEmpty() ? null : unbraced(String.join(" ", words));
    }

    /** The text without its protective braces, which CSL names do not carry. */
    private static String unbraced(String text) {
        return text.replace("{", "").replace("}", "").strip();
    }
}
