package org.imprint.pdf;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.imprint.brand.HyphenationSettings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Inserts soft hyphens (U+00AD) where words may break, in the PDF's DOM before layout:
 * openhtmltopdf breaks a line at a soft hyphen and draws a hyphen there, and draws nothing
 * for the others. The language of each text is that of its nearest {@code lang} or
 * {@code xml:lang}; a language without patterns is left as it is.
 *
 * <p>Left whole: headings and table headers (a header cell's words set a column's least width), titles (a class ending in {@code title}), the cover and running
 * heads, code, anything under an element of class {@code no-hyphens}; words shorter than the
 * brand's {@code min_word}; words with capitals (names, acronyms), even at the start of a
 * sentence, except a first capital in German, which capitalises its nouns; a word with a digit, a URL, an
 * e-mail address or a path in it; and any word that already has a soft hyphen. In a title (the
 * cover's, the article's: {@code h1} or a class ending in {@code title}) a word of
 * {@value #LONG_TITLE_WORD} letters or more is hyphenated, capital first letter or not: it may
 * not fit the title's measure, and a word that does not fit is otherwise broken without a hyphen.
 *
 * <p>The EPUB gets none of this: reading systems hyphenate with CSS {@code hyphens: auto}.
 */
final class SoftHyphens {

    static final char SOFT_HYPHEN = '\u00AD';

    private static final Set<String> SKIPPED = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "samp",
            "tt", "var", "script", "style", "head", "title", "svg", "math", "bookmarks", "header", "th");

    /**
     * Letters from which a word of a title is hyphenated: a word that long may not fit the
     * title's measure at a title's size, and a line breaker that cannot break it at a hyphen
     * breaks it anywhere ("Donaudampfschifffahrtsgesell" / "schaft" on the cover).
     */
    static final int LONG_TITLE_WORD = 20;

    private static final Set<String> NEVER = Set.of("code", "pre", "kbd", "samp", "tt", "var", "script", "style", "head",
            "title", "svg", "math", "bookmarks");

    private final Hyphenators hyphenators;
    private final HyphenationSettings settings;

    SoftHyphens(Hyphenators hyphenators, HyphenationSettings settings) {
        this.hyphenators = hyphenators;
        this.settings = settings;
    }

    /** Inserts soft hyphens in the document's text, if the settings allow any. */
    void insert(Document dom) {
        if (settings.enabled() && dom.getDocumentElement() != null) {
            walk(dom.getDocumentElement(), "");
        }
    }

    private void walk(Element element, String inherited) {
        walk(element, inherited, false);
    }

    /** @param longWordsOnly inside a title: only words of {@link #LONG_TITLE_WORD} letters or more, capitals allowed */
    private void walk(Element element, String inherited, boolean longWordsOnly) {
        if (longWordsOnly) {
            if (neverHyphenated(element)) {
                return;
            }
        } else if (skipped(element)) {
            if (isTitle(element)) {
                longWordsOnly = true;
            } else {
                findTitles(element, language(element, inherited));
                return;
            }
        }
        String lang = language(element, inherited);
        Optional<Hyphenators.Language> patterns = hyphenators.forLanguage(lang);
        boolean german = lang.toLowerCase(java.util.Locale.ROOT).startsWith("de");
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walk(e, lang, longWordsOnly);
            } else if (child.getNodeType() == Node.TEXT_NODE && patterns.isPresent()) {
                String text = child.getNodeValue();
                String hyphenated = hyphenate(text, patterns.get(), german, longWordsOnly);
                if (!hyphenated.equals(text)) {
                    child.setNodeValue(hyphenated);
                }
            }
        }
    }

    private static boolean skipped(Element element) {
        String name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
        if (SKIPPED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        for (String cls : element.getAttribute("class").split("\\s+")) {
            if (cls.equals("no-hyphens") || cls.endsWith("title") || cls.startsWith("cover") || cls.startsWith("running")) {
                return true;
            }
        }
        return false;
    }

    /** Hyphenates the long words of the titles inside an element whose own text is left whole (the cover). */
    private void findTitles(Element element, String lang) {
        if (neverHyphenated(element)) {
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                if (isTitle(e)) {
                    walk(e, language(e, lang), true);
                } else {
                    findTitles(e, language(e, lang));
                }
            }
        }
    }

    /** Code, scripts, styles, graphics and what the brand marks {@code no-hyphens}: not even a title's long words. */
    private static boolean neverHyphenated(Element element) {
        String name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
        return NEVER.contains(name.toLowerCase(java.util.Locale.ROOT))
                || Set.of(element.getAttribute("class").split("\\s+")).contains("no-hyphens");
    }

    /** A title ({@code h1}, or a class ending in {@code title}), not a running head. */
    private static boolean isTitle(Element element) {
        String name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
        boolean title = name.equalsIgnoreCase("h1");
        for (String cls : element.getAttribute("class").split("\\s+")) {
            if (cls.startsWith("running") || cls.equals("no-hyphens")) {
                return false;
            }
            title |= cls.endsWith("title");
        }
        return title;
    }

    private static String language(Element element, String inherited) {
        String lang = element.getAttribute("lang");
        if (lang.isEmpty()) {
            lang = element.getAttribute("xml:lang");
        }
        return lang.isEmpty() ? inherited : lang;
    }

    /** The text with soft hyphens in the words that may break. */
    private String hyphenate(String text, Hyphenators.Language patterns, boolean german, boolean longWordsOnly) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String chunk = text.substring(i, end);
            out.append(keepWhole(chunk) ? chunk : hyphenateChunk(chunk, patterns, german || longWordsOnly,
                    longWordsOnly ? LONG_TITLE_WORD : settings.minWord()));
            i = end;
        }
        return out.toString();
    }

    /** A chunk between spaces that is a URL, an address, a path, a number or already hyphenated. */
    private static boolean keepWhole(String chunk) {
        return chunk.indexOf(SOFT_HYPHEN) >= 0 || chunk.contains("://") || chunk.startsWith("www.") || chunk.indexOf('@') >= 0
                || chunk.indexOf('/') >= 0 || chunk.indexOf('\\') >= 0 || chunk.indexOf('_') >= 0
                || chunk.chars().anyMatch(Character::isDigit);
    }

    private String hyphenateChunk(String chunk, Hyphenators.Language patterns, boolean german,
            int minWord) {
        StringBuilder out = new StringBuilder(chunk.length() + 8);
        int i = 0;
        while (i < chunk.length()) {
            int end = i;
            while (end < chunk.length() && isWordChar(chunk.charAt(end))) {
                end++;
            }
            if (end == i) {
                out.append(chunk.charAt(i++));
                continue;
            }
            String word = chunk.substring(i, end);
            if (word.length() >= minWord && !capitalised(word, german)) {
                List<Integer> breaks = patterns.breaks(word, settings.left(), settings.right());
                int from = 0;
                for (int at : breaks) {
                    out.append(word, from, at).append(SOFT_HYPHEN);
                    from = at;
                }
                out.append(word, from, word.length());
            } else {
                out.append(word);
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * Names and acronyms: any word with a capital, even at the start of a sentence, where a
     * capital cannot tell a name ("Mountbatten’s") from any other word. Only in German, which
     * capitalises every noun, is a capital first letter allowed.
     */
    private static boolean capitalised(String word, boolean firstCapitalAllowed) {
        for (int k = firstCapitalAllowed ? 1 : 0; k < word.length(); k++) {
            if (Character.isUpperCase(word.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
