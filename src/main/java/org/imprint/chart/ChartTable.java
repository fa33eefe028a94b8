package org.imprint.chart;

import java.util.List;

/**
 * A chart's data as a table for readers, its numbers formatted for the article's language.
 *
 * @param label  what the table is called (the brand's {@code charts.words.data})
 * @param header the category column's name, then the series'
 * @param rows   per category: its name, then the values (empty where there is none)
 */
public record ChartTable(String label, List<String> header, List<List<String>> rows) {
}
