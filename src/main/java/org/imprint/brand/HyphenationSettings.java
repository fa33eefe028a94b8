package org.imprint.brand;

import java.util.Map;

/**
 * How a brand hyphenates its PDFs ({@code hyphenation:} in {@code brand.yaml}):
 * {@code { enabled: true, min_word: 6, left: 2, right: 3, max_consecutive: 2 }}. A brand that says nothing
 * hyphenates with {@link #DEFAULT}.
 *
 * @param enabled whether words are hyphenated at all
 * @param minWord the fewest letters a word needs to be hyphenated
 * @param left    the fewest letters before a hyphen
 * @param right   the fewest letters after it
 * @param maxConsecutive the most lines in a row that may end with a hyphen: the PDF's line
 *                       breaking takes a line more only where every other way leaves a word gap
 *                       too wide
 */
public record HyphenationSettings(boolean enabled, int minWord, int left, int right, int maxConsecutive) {

    /** The most hyphenated lines in a row a brand gets when it says nothing: two, as most house styles ask. */
    public static final int MAX_CONSECUTIVE = 2;

    /**
     * TeX's limits for English (2 letters before a break, 3 after), on words of 6 letters or
     * more: measured on the example (TYPOGRAPHY.md), the greedy line breaker of openhtmltopdf
     * leaves fewer loose lines with these than with 3 and 3 on words of 7.
     */
    public static final HyphenationSettings DEFAULT = new HyphenationSettings(true, 6, 2, 3);

    public HyphenationSettings {
        if (left < 1 || right < 1 || minWord < left + right) {
            throw new IllegalArgumentException("hyphenation needs left and right of at least 1 and min_word of at least"
                    + " left + right; got min_word " + minWord + ", left " + left + ", right " + right);
        }
        if (maxConsecutive < 1) {
            throw new IllegalArgumentException("hyphenation.max_consecutive must be at least 1, not " + maxConsecutive);
        }
    }

    /** Settings with the default limit of {@value #MAX_CONSECUTIVE} hyphenated lines in a row. */
    public HyphenationSettings(boolean enabled, int minWord, int left, int right) {
        this(enabled, minWord, left, right, MAX_CONSECUTIVE);
    }

    /**
     * The settings of a brand profile.
     *
     * @throws IllegalArgumentException when a value is not what it should be, saying which
     */
    static HyphenationSettings of(Map<String, Object> profile) {
        Object section = profile.get("hyphenation");
        if (section == null) {
            return DEFAULT;
        }
        if (!(section instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("hyphenation must be a mapping such as { enabled: true, min_word: 6, left: 2, right: 3, max_consecutive: 2 }");
        }
        for (Object key : map.keySet()) {
            if (!java.util.Set.of("enabled", "min_word", "left", "right", "max_consecutive").contains(String.valueOf(key))) {
                throw new IllegalArgumentException("unknown key hyphenation." + key + " (use enabled, min_word, left, right, max_consecutive)");
            }
        }
        Object enabled = map.get("enabled");
        if (enabled != null && !(enabled instanceof Boolean)) {
            throw new IllegalArgumentException("hyphenation.enabled must be true or false, not \"" + enabled + "\"");
        }
        return new HyphenationSettings(enabled == null || (Boolean) enabled, number(map, "min_word", DEFAULT.minWord),
                number(map, "left", DEFAULT.left), number(map, "right", DEFAULT.right),
                number(map, "max_consecutive", DEFAULT.maxConsecutive));
    }

    private static int number(Map<?, ?> map, String key, int fallback) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Integer n)) {
            throw new IllegalArgumentException("hyphenation." + key + " must be a whole number, not \"" + value + "\"");
        }
        return n;
    }
}
