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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> strings(Map<?, ?> map) {
        // YAML keys in a brand profile are words; a number or boolean key stays as it is
        return (Map<String, Object>) map;
    }
}
