package org.imprint.chart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.imprint.ReportException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A chart as the article asks for it: a fenced block with the info string {@code chart} whose
 * body is YAML.
 *
 * <pre>
 * ```chart
 * type: line
 * data: figures/gauges.csv
 * x: year
 * y: [Indus, Brahmaputra, Mekong]
 * caption: Peak monsoon discharge at three gauging stations, 2019–2025.
 * y_label: Discharge (m³/s)
 * description: optional text alternative
 * ```
 * </pre>
 *
 * @param type        line, bar, stacked-bar or area
 * @param data        the CSV file, relative to the report folder
 * @param x           the column of the categories (the x axis)
 * @param y           the columns of the series, in order
 * @param caption     the figure's caption
 * @param yLabel      what the values are, with their unit, or {@code null}
 * @param description the text alternative, or {@code null} to have one written from the data
 * @param line        the article's line where the block starts
 * @param lines       the article's line of each key
 * @param dataCut     what YAML read as a comment after an unquoted {@code data:} value ({@code #1.csv}), for the
 *                    message when the file is not found; {@code null} when nothing was cut
 */
public record ChartSpec(Type type, String data, String x, List<String> y, String caption, String yLabel, String description,
                        int line, Map<String, Integer> lines, String dataCut) {

    /** The kinds of chart. */
    public enum Type {
        LINE("line"), BAR("bar"), STACKED_BAR("stacked-bar"), AREA("area");

        private final String word;

        Type(String word) {
            this.word = word;
        }

        /** As the article writes it. */
        public String word() {
            return word;
        }

        static Type of(String word) {
            for (Type t : values()) {
                if (t.word.equals(word)) {
                    return t;
                }
            }
            return null;
        }

        /** Stacked: series add up. */
        public boolean stacked() {
            return this == STACKED_BAR || this == AREA;
        }
    }

    private static final Set<String> KEYS = Set.of("type", "data", "x", "y", "caption", "y_label", "description");
    private static final int MAX_SERIES = 12;

    /** The line of a key, or the block's line. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, line);
    }

    /**
     * Reads a chart block.
     *
     * @param source the article, for messages
     * @param yaml   the block's body
     * @param line   the article's line of the opening fence
     */
    public static ChartSpec parse(Path source, String yaml, int line) throws ReportException {
        Map<String, Integer> lines = new LinkedHashMap<>();
        String dataCut = null;
        String[] rows = yaml.split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            int colon = rows[i].indexOf(':');
            if (colon > 0 && !Character.isWhitespace(rows[i].charAt(0))) {
                String key = rows[i].substring(0, colon).strip();
                lines.putIfAbsent(key, line + 1 + i);
                if (key.equals("data")) {
                    dataCut = commentCut(rows[i].substring(colon + 1));
                }
            }
        }
        Object loaded;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel("chart").setMaxAliasesForCollections(5)
                    .setAllowDuplicateKeys(false).setCodePointLimit(64 * 1024).build();
            loaded = new Load(settings).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new ReportException(source, line, "the chart is not valid YAML (" + e.getMessage().lines().findFirst().orElse("")
                    + "); write one key per line, e.g. type: line");
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new ReportException(source, line, "a chart block needs keys: type, data, x, y and caption, e.g. type: line");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new ReportException(source, lines.getOrDefault(String.valueOf(key), line), "a chart has no key \"" + key
                        + "\"; the keys are type, data, x, y, caption, y_label and description");
            }
        }
        String typeWord = text(source, map, "type", lines, line, true);
        Type type = Type.of(typeWord);
        if (type == null) {
            throw new ReportException(source, lines.getOrDefault("type", line), "chart type \"" + typeWord
                    + "\" is not one Imprint draws; use line, bar, stacked-bar or area");
        }
        List<String> y = new ArrayList<>();
        Object ys = map.get("y");
        if (ys instanceof List<?> list) {
            for (Object o : list) {
                y.add(String.valueOf(o).strip());
            }
        } else if (ys != null && !(ys instanceof Map)) {
            y.add(String.valueOf(ys).strip());
        }
        if (y.isEmpty() || y.stream().anyMatch(String::isEmpty)) {
            throw new ReportException(source, lines.getOrDefault("y", line), "a chart needs y: the columns to draw, e.g. y: [Indus, Mekong]");
        }
        List<String> twice = y.stream().filter(c -> java.util.Collections.frequency(y, c) > 1).distinct().toList();
        if (!twice.isEmpty()) {
            throw new ReportException(source, lines.getOrDefault("y", line), "a chart's y names the column \"" + twice.get(0)
                    + "\" twice, which would draw one series as two; name each column once");
        }
        if (y.size() > MAX_SERIES) {
            throw new ReportException(source, lines.getOrDefault("y", line), "a chart draws at most " + MAX_SERIES
                    + " series, and this one names " + y.size() + "; split it into several charts");
        }
        return new ChartSpec(type, text(source, map, "data", lines, line, true), text(source, map, "x", lines, line, true),
                List.copyOf(y), text(source, map, "caption", lines, line, true), text(source, map, "y_label", lines, line, false),
                text(source, map, "description", lines, line, false), line, Map.copyOf(lines), dataCut);
    }

    /**
     * What YAML drops from an unquoted value as a comment (from a space and {@code #} on: a file
     * named "Sales 2025 #1.csv" is read as "Sales 2025"), or {@code null} when nothing is cut.
     */
    private static String commentCut(String value) {
        String v = value.strip();
        if (v.startsWith("\"") || v.startsWith("'")) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[ \t]#").matcher(value);
        return m.find() && !value.substring(0, m.start()).isBlank() ? value.substring(m.start() + 1).strip() : null;
    }

    private static String text(Path source, Map<?, ?> map, String key, Map<String, Integer> lines, int line, boolean required)
            throws ReportException {
        Object value = map.get(key);
        if (value == null || value instanceof Map || value instanceof List || String.valueOf(value).isBlank()) {
            if (!required && value == null) {
                return null;
            }
            throw new ReportException(source, lines.getOrDefault(key, line), "a chart needs " + key + ": as a text, e.g. "
                    + switch (key) {
                        case "data" -> "data: figures/gauges.csv";
                        case "x" -> "x: year";
                        case "caption" -> "caption: Peak discharge at three stations, 2019-2025.";
                        default -> key + ": a few words";
                    });
        }
        return String.valueOf(value).strip();
    }
}
