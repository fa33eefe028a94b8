package org.imprint.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.nianna.api.HyphenatorProperties;

/**
 * Liang hyphenation by language, with the TeX hyph-utf8 patterns shipped as resources
 * ({@code org/imprint/pdf/hyphenation/}, licences in {@code LICENSES.txt} there): English (US
 * and GB), French, German (reformed spelling) and Spanish. Patterns are loaded once per
 * language, when first asked for; an instance is safe to share between threads.
 */
final class Hyphenators {

    /** Words remembered per language: a report's vocabulary is a few thousand words, a batch's a few times that. */
    private static final int REMEMBERED = 200_000;

    /**
     * A language's patterns and exceptions, and the words already hyphenated: most words of a
     * report recur, and the next report of a batch speaks the same language.
     */
    record Language(io.github.nianna.api.Hyphenator patterns, Map<String, List<Integer>> exceptions,
                    Map<String, List<Integer>> seen) {

        /**
         * Where a word (letters only) may break: the indexes of the letters a hyphen goes
         * before, at least {@code left} letters from the start and {@code right} from the end.
         */
        List<Integer> breaks(String word, int left, int right) {
            List<Integer> all = exceptions.get(word.toLowerCase(Locale.ROOT));
            if (all == null) {
                all = seen.get(word);
            }
            if (all == null) {
                all = List.copyOf(patterns.hyphenateToken(word).hyphenIndexes());
                if (seen.size() < REMEMBERED) {
                    seen.put(word, all);
                }
            }
            List<Integer> kept = new ArrayList<>();
            for (int index : all) {
                if (index >= left && index <= word.length() - right) {
                    kept.add(index);
                }
            }
            return kept;
        }
    }

    private final Map<String, Optional<Language>> loaded = new ConcurrentHashMap<>();

    /** The patterns for a BCP 47 language tag, if there are any. */
    Optional<Language> forLanguage(String languageTag) {
        String set = patternSet(languageTag);
        return set == null ? Optional.empty() : loaded.computeIfAbsent(set, Hyphenators::load);
    }

    /** The hyph-utf8 set for a language tag: British spelling for the Commonwealth, US otherwise. */
    static String patternSet(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag == null ? "" : languageTag.strip());
        String region = locale.getCountry();
        return switch (locale.getLanguage()) {
            case "en" -> switch (region) {
                case "GB", "IE", "AU", "NZ", "ZA", "IN", "HK", "SG", "PK", "MT", "NG", "KE" -> "en-gb";
                default -> "en-us";
            };
            case "fr" -> "fr";
            case "de" -> "de-1996";
            case "es" -> "es";
            default -> null;
        };
    }

    private static Optional<Language> load(String set) {
        List<String> patterns = lines("hyph-" + set + ".pat.txt");
        Map<String, List<Integer>> exceptions = new HashMap<>();
        for (String exception : lines("hyph-" + set + ".hyp.txt")) {
            List<Integer> breaks = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            for (char c : exception.toCharArray()) {
                if (c == '-') {
                    breaks.add(word.length());
                } else {
                    word.append(c);
                }
            }
            exceptions.put(word.toString(), List.copyOf(breaks));
        }
        // limits are applied per brand in Language.breaks, so the library's are the loosest
        return Optional.of(new Language(new io.github.nianna.api.Hyphenator(patterns, new HyphenatorProperties(1, 1)),
                Map.copyOf(exceptions), new ConcurrentHashMap<>()));
    }

    /** The non-empty lines of a resource beside this class; none when it does not exist. */
    private static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Hyphenators.class.getResourceAsStream("hyphenation/" + name)) {
            if (in == null) {
                return lines;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the hyphenation patterns " + name, e);
        }
        return lines;
    }
}
