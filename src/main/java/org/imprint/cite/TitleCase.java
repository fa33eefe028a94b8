package org.imprint.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSL's {@code text-case="title"} as citeproc-js applies it to a term or a style's value, in
 * every language: words are split at spaces and at punctuation ("a c. di" is "a", "c", "di");
 * a word of more than one letter is capitalised unless it is one of citeproc-js's skip words
 * (English stop words and "de", "von", "van", "c", "ca"); the first word, one after a colon,
 * question or exclamation mark, and a last word that is a skip word are capitalised too; a word
 * with a capital already is left. So Italian's "a c. di" is "A c. Di", Spanish "ed. y trad." is
 * "Ed. y Trad.", French "éd. et trad." is "Éd. et Trad.": citeproc-java's capitalize-all, used
 * for them before, capitalised every word ("A C. Di", "Ed. Y Trad."), and its title case applies
 * only to English.
 */
final class TitleCase {

    /** citeproc-js's CSL.SKIP_WORDS, as its regular expression reads them ("v." matches "vs"). */
    private static final Pattern SKIP = Pattern.compile(String.join("|", List.of(
            "about", "above", "across", "afore", "after", "against", "al", "along", "alongside", "amid", "amidst", "among",
            "amongst", "anenst", "apropos", "apud", "around", "as", "aside", "astride", "at", "athwart", "atop", "barring",
            "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "by", "circa", "despite",
            "down", "during", "et", "except", "for", "forenenst", "from", "given", "in", "inside", "into", "lest", "like",
            "modulo", "near", "next", "notwithstanding", "of", "off", "on", "onto", "out", "over", "per", "plus", "pro", "qua",
            "sans", "since", "than", "through", "throughout", "thruout", "till", "to", "toward", "towards", "under",
            "underneath", "until", "unto", "up", "upon", "versus", "vs.", "v.", "vs", "v", "via", "vis-à-vis", "with",
            "within", "without", "or", "yet", "so", "and", "nor", "a", "an", "the", "de", "d'", "von", "van", "c", "ca")));
    /** What citeproc-js splits a text at before it splits words: quotes, dashes, slashes, punctuation, brackets. */
    private static final Pattern PUNCTUATION = Pattern.compile("[\u2018\u2019\u201C\u201D\"'\\-\u2013\u2014/.,;?!:\\[\\]()]");
    /** The spaces between words. */
    private static final Pattern SPACES = Pattern.compile("[\u00A0\u0020\u2000-\u200B\u205F\u3000]+");

    private TitleCase() {
    }

    /** The text in title case, as citeproc-js sets a term or value; {@code language} gives the case rules (Turkish "i"). */
    static String of(String text, String language) {
        Locale locale = Locale.forLanguageTag(language);
        List<String> parts = new ArrayList<>();   // runs between punctuation, each followed by its punctuation
        List<String> marks = new ArrayList<>();
        Matcher m = PUNCTUATION.matcher(text);
        int at = 0;
        while (m.find()) {
            parts.add(text.substring(at, m.start()));
            marks.add(m.group());
            at = m.end();
        }
        parts.add(text.substring(at));
        State state = new State();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0 && marks.get(i - 1).matches("[!?:]")) {
                state.afterPunctuation = true;
            }
            // citeproc-js looks at the mark after a run only for the first run (a hyphen: "-Trad")
            boolean beforeHyphen = i == 0 && !marks.isEmpty() && marks.get(0).equals("-");
            parts.set(i, words(parts.get(i), i, beforeHyphen, state, locale));
        }
        if (state.lastPart >= 0) {
            List<String> words = split(parts.get(state.lastPart));
            String last = words.get(state.lastWord);
            if (last.length() > 1 && SKIP.matcher(last.toLowerCase(locale)).matches()) {
                words.set(state.lastWord, capitalised(last, locale));
                parts.set(state.lastPart, String.join("", words));
            }
        }
        StringBuilder out = new StringBuilder(parts.get(0));
        for (int i = 0; i < marks.size(); i++) {
            out.append(marks.get(i)).append(parts.get(i + 1));
        }
        return out.toString();
    }

    /** Where the title case has come to: the first word, after a colon, the last word seen. */
    private static final class State {
        boolean first = true;
        boolean afterPunctuation;
        int lastPart = -1;
        int lastWord = -1;
    }

    /** A run of words in title case. */
    private static String words(String run, int part, boolean beforeHyphen, State state, Locale locale) {
        if (run.isBlank()) {
            return run;
        }
        List<String> words = split(run);
        int lastIndex = words.size() - 1;
        for (int j = 0; j < words.size(); j += 2) {
            String word = words.get(j);
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(locale);
            boolean capitalise = word.length() > 1 && !SKIP.matcher(lower).matches()
                    || j == lastIndex && beforeHyphen || state.first || state.afterPunctuation;
            if (capitalise && word.equals(lower)) {
                words.set(j, capitalised(word, locale));
            }
            state.first = false;
            state.afterPunctuation = false;
            state.lastPart = part;
            state.lastWord = j;
        }
        return String.join("", words);
    }

    /** The words of a run and the spaces between them, alternately: a word (perhaps "") first and last. */
    private static List<String> split(String run) {
        List<String> words = new ArrayList<>();
        Matcher m = SPACES.matcher(run);
        int at = 0;
        while (m.find()) {
            words.add(run.substring(at, m.start()));
            words.add(m.group());
            at = m.end();
        }
        words.add(run.substring(at));
        return words;
    }

    /** The word with its first letter a capital; a lone Greek letter is left, as citeproc-js leaves it. */
    private static String capitalised(String word, Locale locale) {
        int first = word.codePointAt(0);
        int end = Character.charCount(first);
        if (end == word.length() && first >= 0x370 && first <= 0x3FF) {
            return word;
        }
        return word.substring(0, end).toUpperCase(locale) + word.substring(end);
    }
}
