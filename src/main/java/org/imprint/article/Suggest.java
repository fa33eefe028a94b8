package org.imprint.article;

import java.util.Collection;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "Did you mean" suggestions for misspelt keys. */
public final class Suggest {

    private Suggest() {
    }

    /** The candidate closest to {@code word}, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase().replace('-', '_');
        return candidates.stream()
                .min(Comparator.comparingInt(c -> distance(lower, c)))
                .filter(c -> distance(lower, c) <= Math.max(2, c.length() / 3));
    }

    /**
     * "Did you mean" for ids, over one set of candidates: case and accents are ignored, but "-"
     * and "_" are not folded together, since ids keep the one they have. Each candidate is
     * folded once, and each id asked about is answered once; an article with thousands of
     * broken links asks for at most {@value #MOST} answers, so its checks stay fast.
     */
    static final class Ids {
        private static final int MOST = 200;
        private final Map<String, String> folded = new LinkedHashMap<>();
        private final Map<String, Optional<String>> answers = new HashMap<>();

        Ids(Collection<String> candidates) {
            candidates.forEach(c -> folded.putIfAbsent(c, fold(c)));
        }

        /** The candidate closest to {@code id}, if it is close enough to be a likely typo. */
        Optional<String> closest(String id) {
            Optional<String> known = answers.get(id);
            if (known != null || answers.size() >= MOST) {
                return known != null ? known : Optional.empty();
            }
            String f = fold(id);
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Map.Entry<String, String> c : folded.entrySet()) {
                int limit = Math.max(2, c.getKey().length() / 3);
                if (Math.abs(c.getValue().length() - f.length()) > limit) {
                    continue; // too far apart in length to be a typo
                }
                int d = distance(f, c.getValue());
                if (d <= limit && d < bestDistance) {
                    best = c.getKey();
                    bestDistance = d;
                }
            }
            Optional<String> answer = Optional.ofNullable(best);
            answers.put(id, answer);
            return answer;
        }

        /** Lower case without accents: "#unicode" is a likely typo for "#ünïcödé". */
        private static String fold(String s) {
            return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        }
    }

    /** Levenshtein edit distance. */
    public static int distance(String a, String b) {
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
