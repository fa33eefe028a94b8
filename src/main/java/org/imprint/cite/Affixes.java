package org.imprint.cite;

import java.util.List;

import org.imprint.markdown.CiteItem;

/**
 * The text an author writes round the sources of a citation, its prefixes ("see") and suffixes
 * ("after Park 2015"), which belongs to the source it stands by however many other sources it
 * names: when a citation is cut into each source's part ({@link CitationParts},
 * {@link CitationSpans}), a name or year in it is no mark of a source, and a comma in it no cut
 * between parts. Without this, "(Lee, 2019, after Park 2015; Park &amp; Lee, 2019)" linked
 * "after Park 2015" to Park and Lee's entry.
 *
 * A locator after an abbreviated label ("pp. 2020–2021") is masked alike: its numbers are no year.
 *
 * @param prefixes each cited source's prefix, as written (blank ones left out)
 * @param suffixes each cited source's suffix, as written without the comma before it (blank ones left out)
 * @param locators each cited source's locator, as written (none left out)
 */
record Affixes(List<String> prefixes, List<String> suffixes, List<String> locators) {

    /** No affixes: the text is read as it is. */
    static final Affixes NONE = new Affixes(List.of(), List.of(), List.of());

    /** What stands for a character of an affix in a masked text: no letter, digit, space nor punctuation. */
    static final char MASK = '\uFFFC';

    /** The affixes of a citation's items. */
    static Affixes of(List<CiteItem> items) {
        return new Affixes(items.stream().map(item -> bare(item.prefix())).filter(s -> !s.isEmpty()).distinct().toList(),
                items.stream().map(item -> bare(item.suffix())).filter(s -> !s.isEmpty()).distinct().toList(),
                items.stream().map(CiteItem::locator).filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList());
    }

    /**
     * The text with each affix, where it stands as one (a prefix after the citation's opening or
     * a delimiter, a suffix before a delimiter or the citation's close), replaced by {@link #MASK}
     * character for character, so that places in it stay those of the text.
     *
     * @param text      a citation's plain text
     * @param delimiter the style's delimiter between the sources of a citation
     */
    String mask(String text, String delimiter) {
        if (prefixes.isEmpty() && suffixes.isEmpty() && locators.isEmpty()) {
            return text;
        }
        char[] out = text.toCharArray();
        for (String locator : locators) {
            // as printed: a range's hyphen may be an en dash; only after an abbreviated label
            // ("p. ", "pp. ", "chap. "), which no year of a cited source follows
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<=\\p{L}\\.[ \u00A0])"
                    + java.util.regex.Pattern.quote(locator).replaceAll("-+", java.util.regex.Matcher.quoteReplacement("\\E[-\u2010\u2011\u2013]+\\Q"))
                    + "(?![\\p{L}\\p{Nd}])").matcher(text);
            while (m.find()) {
                java.util.Arrays.fill(out, m.start(), m.end(), MASK);
            }
        }
        for (String suffix : suffixes) {
            for (int at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
                if (!inWord(text, at - 1) && closes(text, at + suffix.length(), delimiter)) {
                    java.util.Arrays.fill(out, at, at + suffix.length(), MASK);
                }
            }
        }
        for (String prefix : prefixes) {
            for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
                if (!inWord(text, at + prefix.length()) && opens(text, at, delimiter)) {
                    java.util.Arrays.fill(out, at, at + prefix.length(), MASK);
                }
            }
        }
        return new String(out);
    }

    /** An affix as it prints: without the spaces round it, and a suffix without the comma that parts it from the locator. */
    private static String bare(String affix) {
        String s = affix == null ? "" : affix.strip();
        if (s.startsWith(",") || s.startsWith("،") || s.startsWith("，")) {
            s = s.substring(1).strip();
        }
        return s.codePoints().anyMatch(Character::isLetterOrDigit) ? s : "";
    }

    private static boolean inWord(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    /** Whether only closing marks and spaces stand between {@code i} and a delimiter or the text's end. */
    private static boolean closes(String text, int i, String delimiter) {
        while (i < text.length()) {
            if (!delimiter.isBlank() && text.startsWith(delimiter, i)) {
                return true;
            }
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.END_PUNCTUATION
                    || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.FORMAT || c == '.')) {
                return false;
            }
            i++;
        }
        return true;
    }

    /** Whether only opening marks and spaces stand between a delimiter or the text's start and {@code i}. */
    private static boolean opens(String text, int i, String delimiter) {
        while (i > 0) {
            if (!delimiter.isBlank() && text.startsWith(delimiter, i - delimiter.length())) {
                return true;
            }
            char c = text.charAt(i - 1);
            int type = Character.getType(c);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.START_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FORMAT)) {
                return false;
            }
            i--;
        }
        return true;
    }
}
