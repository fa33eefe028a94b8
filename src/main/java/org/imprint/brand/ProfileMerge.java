package org.imprint.brand;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merges a brand's profile over the profile of the brand it extends. Mappings merge key by key,
 * at any depth, so a brand can change one colour or one label; anything else (text, numbers,
 * lists such as {@code parts} or a font stack) replaces the inherited value whole, because
 * merging lists item by item would leave no way to shorten one. A key set to {@code null}
 * removes the inherited value.
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
