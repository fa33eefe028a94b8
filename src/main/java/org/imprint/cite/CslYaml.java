package org.imprint.cite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.undercouch.citeproc.csl.CSLItemData;
import org.imprint.Problem;
import org.imprint.ReportException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads CSL YAML as pandoc writes it (a {@code references:} list, or a bare list of items) with
 * the YAML library Imprint reads front matter with. citeproc-java's own YAML reader needs
 * SnakeYAML 1, which is not on Imprint's class path, and takes a {@code references:} mapping
 * for one item.
 */
final class CslYaml {

    private static final Set<String> DATES = Set.of("accessed", "available-date", "event-date", "issued", "original-date",
            "submitted");

    private CslYaml() {
    }

    /** The items of a CSL YAML file, by id, in order. */
    static Map<String, CSLItemData> read(Path file, String text) throws ReportException {
        List<Object> items = new ArrayList<>();
        try {
            Load load = new Load(LoadSettings.builder().setMaxAliasesForCollections(50).build());
            for (Object document : load.loadAllFromString(text)) {
                if (document instanceof Map<?, ?> map && map.get("references") instanceof List<?> list) {
                    items.addAll(list);
                } else if (document instanceof Map<?, ?> map && map.containsKey("id")) {
                    items.add(map);
                } else if (document instanceof List<?> list) {
                    items.addAll(list);
                } else if (document != null) {
                    throw new ReportException(file, 1, "CSL YAML must be a list of sources, or a mapping with a "
                            + "references: list; this file is neither");
                }
            }
        } catch (MarkedYamlEngineException e) {
            // where what went wrong began (a quote never closed), else where it was noticed
            Optional<Mark> mark = e.getContextMark().or(e::getProblemMark);
            int line = mark.map(m -> m.getLine() + 1).orElse(0);
            int column = mark.map(m -> m.getColumn() + 1).orElse(0);
            throw new ReportException(Problem.error(file, line, column, "CSL YAML syntax error: " + (e.getContext() == null ? "" : e.getContext() + ", ")
                    + e.getProblem() + "; check the indentation and quotes here and on the line before"));
        } catch (YamlEngineException e) {
            throw new ReportException(file, 0, "cannot read the CSL YAML: " + e.getMessage());
        }
        Map<String, CSLItemData> read = new LinkedHashMap<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> map) || map.get("id") == null) {
                throw new ReportException(file, 0, "a source in the CSL YAML has no id; give each source an id: key");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> json = (Map<String, Object>) normalised(map, null);
            read.put(String.valueOf(json.get("id")), CSLItemData.fromJson(json));
        }
        return read;
    }

    /** YAML's numbers, booleans and dates as CSL JSON has them: text, and dates as date-parts. */
    private static Object normalised(Object value, String key) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), normalised(v, String.valueOf(k))));
            return out;
        }
        if (value instanceof List<?> list) {
            if ("date-parts".equals(key)) {
                return list;
            }
            if (key != null && DATES.contains(key) && !list.isEmpty()
                    && list.stream().allMatch(v -> v instanceof Map<?, ?> m && m.containsKey("year"))) {
                // pandoc-citeproc's older form, "issued: [{year: 2021, month: 5}]" (a range has two)
                List<List<Object>> dateParts = new ArrayList<>();
                for (Object element : list) {
                    Map<?, ?> date = (Map<?, ?>) element;
                    List<Object> parts = new ArrayList<>();
                    for (String part : List.of("year", "month", "day")) {
                        Object v = date.get(part);
                        if (v == null || !String.valueOf(v).strip().matches("-?\\d{1,4}")) {
                            break;
                        }
                        parts.add(Integer.parseInt(String.valueOf(v).strip()));
                    }
                    dateParts.add(parts);
                }
                return Map.of("date-parts", dateParts);
            }
            return list.stream().map(v -> normalised(v, null)).toList();
        }
        if (key != null && DATES.contains(key) && value != null) {
            // "2019", "2019-03-04": the date's parts
            List<Object> parts = new ArrayList<>();
            for (String part : String.valueOf(value).split("-")) {
                if (part.matches("\\d{1,4}")) {
                    parts.add(Integer.parseInt(part));
                }
            }
            return parts.isEmpty() ? Map.of("literal", String.valueOf(value)) : Map.of("date-parts", List.of(parts));
        }
        return value == null || value instanceof String ? value : String.valueOf(value);
    }
}
