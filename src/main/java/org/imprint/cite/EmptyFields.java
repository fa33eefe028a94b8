package org.imprint.cite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;

/**
 * A CSL JSON or YAML source without its empty texts: a field or a part of a name written as
 * {@code ""} (as reference managers export {@code "dropping-particle": ""}) is read as absent,
 * as citeproc-js reads it. citeproc-java took the empty particle for one and failed on it
 * ("String index out of range: -1"), which Imprint reported as a fault of the style (found by
 * h15y); a name with nothing left goes, and a list of names with none left.
 */
final class EmptyFields {

    private EmptyFields() {
    }

    /** The source without empty texts, itself when it has none. */
    @SuppressWarnings("unchecked")
    static CSLItemData dropped(CSLItemData item) {
        Map<String, Object> json = (Map<String, Object>) item.toJson(new MapJsonBuilderFactory().createJsonBuilder());
        Map<String, Object> kept = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, Object> field : json.entrySet()) {
            Object value = field.getValue();
            if (value instanceof String s && s.isBlank() && !field.getKey().equals("id")) {
                changed = true;
                continue;
            }
            if (value instanceof List<?> names && names.stream().anyMatch(n -> n instanceof Map<?, ?>)) {
                List<Object> clean = names.stream().map(n -> n instanceof Map<?, ?> name ? withoutEmptyParts(name) : n)
                        .filter(n -> !(n instanceof Map<?, ?> name && name.isEmpty())).toList();
                changed |= !clean.equals(names);
                if (clean.isEmpty()) {
                    continue;
                }
                value = clean;
            }
            kept.put(field.getKey(), value);
        }
        return changed ? CSLItemData.fromJson(kept) : item;
    }

    private static Map<Object, Object> withoutEmptyParts(Map<?, ?> name) {
        Map<Object, Object> kept = new LinkedHashMap<>();
        name.forEach((part, value) -> {
            if (!(value instanceof String s && s.isBlank())) {
                kept.put(part, value);
            }
        });
        // a name of no text but a flag ("static-ordering": false) has nothing to print
        return kept.values().stream().anyMatch(v -> v instanceof String) ? kept : Map.of();
    }
}
