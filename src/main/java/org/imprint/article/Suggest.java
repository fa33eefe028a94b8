package org.imprint.article;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" suggestions for misspelt keys. */
final class Suggest {

    private Suggest() {
    }

    /** The candidate closest to {@code word}, if it is close enough to be a likely typo. */
    static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase().replace('-', '_');
        return candidates.stream()
                .min(Comparator.comparingInt(c -> distance(lower, c)))
                .filter(c -> distance(lower, c) <= Math.max(2, c.length() / 3));
    }

    /**
     * The id closest to {@code id}, if it is close enough to be a likely typo: case and accents
     * are ignored, but "-" and "_" are not folded together, since ids keep the one they have.
     */
    static Optional<String> closestId(String id, Collection<String> candidates) {
        String folded = fold(id);
        return candidates.stream()
                .min(Comparator.comparingInt(c -> distance(folded, fold(c))))
                .filter(c -> distance(folded, fold(c)) <= Math.max(2, c.length() / 3));
    }

    /** Lower case without accents: "#unicode" is a likely typo for "#ünïcödé". */
    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** Levenshtein edit distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
