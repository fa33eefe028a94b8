package org.imprint.brand;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Merges a brand's profile over the profile of the brand it extends. Mappings merge key by key,
 * at any depth, so a brand can change one colour or one label; anything else (text, numbers,
 * lists such as {@code parts} or a font stack) replaces the inherited value whole, because
 * merging lists item by item would leave no way to shorten one. A key set to {@code null}
 * removes the inherited value.
 *
 * <p>One exception: a label the child gives other words ({@code labels.about_organisation}) drops
 * the parent's translations of that label ({@code languages.ur.labels.about_organisation}), as they
 * translate the parent's words ("RCAS کا تعارف" under "About Fieldstone"); the child gives its own
 * under {@code languages.<language>.labels}, or the article in that language prints the child's
 * {@code labels} word (see {@link #withoutStaleTranslations}).
 */
final class ProfileMerge {

    private ProfileMerge() {
    }

    /** A new mapping: {@code parent} with {@code child} laid over it; neither is changed. */
    static Map<String, Object> merge(Map<String, Object> parent, Map<String, Object> child) {
        Map<String, Object> merged = new LinkedHashMap<>(parent);
        for (Map.Entry<String, Object> e : child.entrySet()) {
            Object inherited = merged.get(e.getKey());
            Object own = e.getValue();
            if (own == null) {
                merged.remove(e.getKey());
            } else if (inherited instanceof Map<?, ?> p && own instanceof Map<?, ?> c) {
                merged.put(e.getKey(), merge(strings(p), strings(c)));
            } else {
                merged.put(e.getKey(), own);
            }
        }
        return merged;
    }

    /**
     * {@code parent} without its translations ({@code languages.<language>.labels.<key>}) of the
     * labels {@code child} gives other words in {@code labels}, unless
     * {@code child} translates that label into that language itself. The lines of the dropped
     * translations are dropped too. Neither profile is changed.
     *
     * @param parentName  the brand {@code parent} is the profile of, for {@code lost}
     * @param childLines  where the child sets each key, for {@code lost}
     * @param lost        receives each dropped translation, for the build of an article in its
     *                    language to warn of it
     */
    static BrandYaml withoutStaleTranslations(BrandYaml parent, Map<String, Object> child, String parentName,
                                              Map<String, ProfileLines.Line> childLines, java.util.List<LostTranslation> lost) {
        if (!(child.get("labels") instanceof Map<?, ?> childLabels)
                || !(parent.values().get("labels") instanceof Map<?, ?> parentLabels)
                || !(parent.values().get("languages") instanceof Map<?, ?> languages)) {
            return parent;
        }
        Map<?, ?> childLanguages = child.get("languages") instanceof Map<?, ?> l ? l : Map.of();
        Map<String, Object> keptLanguages = new LinkedHashMap<>();
        Map<String, ProfileLines.Line> lines = new LinkedHashMap<>(parent.lines());
        for (Map.Entry<?, ?> language : languages.entrySet()) {
            Object value = language.getValue();
            if (value instanceof Map<?, ?> own && own.get("labels") instanceof Map<?, ?> translations) {
                Map<?, ?> childOwn = childLanguages.get(language.getKey()) instanceof Map<?, ?> c
                        && c.get("labels") instanceof Map<?, ?> t ? t : Map.of();
                Map<String, Object> kept = new LinkedHashMap<>(strings(translations));
                for (Map.Entry<?, ?> label : childLabels.entrySet()) {
                    Object key = label.getKey();
                    boolean changed = !Objects.equals(label.getValue(), parentLabels.get(key));
                    if (changed && !childOwn.containsKey(key) && kept.containsKey(key)) {
                        kept.remove(key);
                        lost.add(new LostTranslation(String.valueOf(language.getKey()), String.valueOf(key), parentName,
                                childLines.getOrDefault("labels." + key, new ProfileLines.Line(null, 0))));
                        String path = "languages." + language.getKey() + ".labels." + key;
                        lines.keySet().removeIf(k -> k.equals(path) || k.startsWith(path + "."));
                    }
                }
                Map<String, Object> ownCopy = new LinkedHashMap<>(strings(own));
                ownCopy.put("labels", kept);
                value = ownCopy;
            }
            keptLanguages.put(String.valueOf(language.getKey()), value);
        }
        Map<String, Object> values = new LinkedHashMap<>(parent.values());
        values.put("languages", keptLanguages);
        return new BrandYaml(values, lines);
    }

    /**
     * The lines of a merged profile: the parent's, except under every key the child replaces
     * whole, then the child's.
     */
    static Map<String, ProfileLines.Line> mergeLines(Map<String, Object> parent, Map<String, ProfileLines.Line> parentLines,
                                                     Map<String, Object> child, Map<String, ProfileLines.Line> childLines) {
        Map<String, ProfileLines.Line> merged = new LinkedHashMap<>(parentLines);
        dropReplaced(parent, child, "", merged);
        merged.putAll(childLines);
        return merged;
    }

    private static void dropReplaced(Map<String, Object> parent, Map<String, Object> child, String prefix,
                                     Map<String, ProfileLines.Line> lines) {
        for (Map.Entry<String, Object> e : child.entrySet()) {
            String path = prefix + e.getKey();
            if (parent.get(e.getKey()) instanceof Map<?, ?> p && e.getValue() instanceof Map<?, ?> c) {
                dropReplaced(strings(p), strings(c), path + ".", lines);
            } else {
                lines.keySet().removeIf(k -> k.equals(path) || k.startsWith(path + ".") || k.startsWith(path + "["));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> strings(Map<?, ?> map) {
        // YAML keys in a brand profile are words; a number or boolean key stays as it is
        return (Map<String, Object>) map;
    }
}
