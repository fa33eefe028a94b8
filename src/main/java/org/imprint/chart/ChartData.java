package org.imprint.chart;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.imprint.ReportException;
import org.imprint.article.Reference;

/**
 * A chart's data, read from its CSV file: a header row, UTF-8, fields quoted as RFC 4180 has
 * them. Every value of a series must be a number (written the CSV way: a dot before decimals, no
 * thousands separators); a missing value is an empty field.
 *
 * @param categories the x column's values, in order
 * @param series     the y columns, in the order the chart names them
 */
public record ChartData(String x, List<String> categories, List<Series> series) {

    /** Larger files are refused: a chart shows dozens of values, not a database. */
    public static final long MAX_BYTES = 1024 * 1024;
    /** More categories than a chart can show legibly. */
    public static final int MAX_ROWS = 500;
    /** Larger values make an axis of thirty-digit labels: the data is in the wrong unit. */
    static final double MAX_MAGNITUDE = 1e15;
    /** Smaller values than this (other than zero) need more decimals than an axis can show. */
    static final double MIN_MAGNITUDE = 1e-9;
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /**
     * One series.
     *
     * @param name   its column
     * @param values its values by category; {@code null} where the field is empty
     */
    public record Series(String name, List<Double> values) {
    }

    /**
     * Reads and checks the data a chart names.
     *
     * @param source the article, for messages
     * @param folder the report folder
     */
    public static ChartData read(Path source, Path folder, ChartSpec spec) throws ReportException {
        int line = spec.lineOf("data");
        Path file = dataFile(folder.normalize(), spec.data());
        if (file == null) {
            throw new ReportException(source, line, "chart data \"" + spec.data() + "\" is not a file of the report; put the CSV "
                    + "file in the report folder and name it by a relative path, e.g. data: figures/gauges.csv");
        }
        try {
            if (!Files.isRegularFile(file)) {
                throw new ReportException(source, line, "chart data \"" + spec.data()
                        + "\" not found in the report folder; check the spelling, and that the file is there"
                        + (spec.dataCut() == null ? "" : "; the line goes on with \"" + spec.dataCut() + "\", which YAML reads as a"
                                + " comment (a space then #): put the name in quotes, e.g. data: \"" + spec.data() + " "
                                + spec.dataCut() + "\""));
            }
            if (!file.toRealPath().startsWith(folder.toRealPath())) {
                throw new ReportException(source, line, "chart data \"" + spec.data() + "\" is outside the report folder; copy it in");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ReportException(source, line, "chart data \"" + spec.data() + "\" is over " + MAX_BYTES / 1024
                        + " KB; a chart shows a summary: put only the rows and columns it draws in the file");
            }
            return parse(source, spec, new String(Files.readAllBytes(file), StandardCharsets.UTF_8), strictUtf8(file));
        } catch (IOException e) {
            throw new ReportException(source, line, "chart data \"" + spec.data() + "\" cannot be read (" + e.getMessage()
                    + "); check that the file is readable");
        }
    }

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /**
     * The file {@code data:} names: a path relative to the report folder, as written (a file may be
     * called "a #1.csv" or "sales%20fr.csv"; it is not a URL), else its %-escapes decoded when only
     * that names a file (as earlier versions read it); {@code null} when it is no path inside the
     * folder (a URL, an absolute path, a {@code ..} escape). Links out are checked after, on the real path.
     */
    private static Path dataFile(Path folder, String written) {
        Path file = inside(folder, written.replace('\\', '/'));
        if (file != null && !Files.isRegularFile(file) && written.indexOf('%') >= 0) {
            Path decoded = inside(folder, Reference.decode(written).replace('\\', '/'));
            if (decoded != null && Files.isRegularFile(decoded)) {
                return decoded;
            }
        }
        return file;
    }

    /** The path in the folder, or {@code null} when it is a URL, absolute, or climbs out. */
    private static Path inside(Path folder, String path) {
        if (SCHEME.matcher(path).find() || path.startsWith("/") || path.indexOf('\0') >= 0) {
            return null;
        }
        try {
            Path normal = Path.of(path).normalize();
            return normal.isAbsolute() || normal.startsWith("..") ? null : folder.resolve(normal).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static boolean strictUtf8(Path file) throws IOException {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static ChartData parse(Path source, ChartSpec spec, String text, boolean utf8) throws ReportException, IOException {
        String name = "chart data \"" + spec.data() + "\"";
        int line = spec.lineOf("data");
        if (!utf8) {
            throw new ReportException(source, line, name + " is not valid UTF-8; save it as UTF-8 (CSV UTF-8 in spreadsheet programs)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String headerLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (!headerLine.contains(",") && headerLine.contains(";")) {
            // refused, not read: such files (German, French, Dutch spreadsheets) write decimals with a comma too
            throw new ReportException(source, line, name + " separates its fields with semicolons (" + headerLine.strip()
                    + "), as spreadsheet programs do in languages that write decimals with a comma; a chart's data is"
                    + " comma-separated with a dot for decimals: save it as \"CSV UTF-8 (comma-delimited)\", or replace the"
                    + " semicolons with commas and decimal commas with dots");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setDuplicateHeaderMode(
                        // unnamed columns are judged below (a trailing comma is no column); named ones must differ
                        org.apache.commons.csv.DuplicateHeaderMode.ALLOW_EMPTY).get();
        List<CSVRecord> records;
        Map<String, Integer> header;
        List<String> names;
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.builder().setReader(reader)
                .setFormat(format).get()) {
            header = parser.getHeaderMap();
            names = parser.getHeaderNames();
            records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record);
                if (records.size() > MAX_ROWS) {
                    throw new ReportException(source, line, name + " has more than " + MAX_ROWS
                            + " rows, more than a chart can show; summarise the data first");
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            // the parser's own advice names its API ("use CSVFormat.Builder..."): keep its first sentence only
            String why = String.valueOf(e.getMessage()).split("\\. ", 2)[0];
            throw new ReportException(source, line, name + " is not a valid CSV file (" + why
                    + "); it needs a header row and one row per category, fields separated by commas");
        }
        int named = namedColumns(source, line, name, names, records);
        for (CSVRecord record : records) {
            if (record.size() != names.size() && record.size() != named) {
                throw new ReportException(source, line, name + ", row " + (record.getRecordNumber() + 1) + " has " + record.size()
                        + " fields where the header has " + names.size() + "; put a field in quotes when it holds a comma"
                        + " (\"1,234\"), and leave an empty field for a missing value (2021,,4)");
            }
        }
        Map<String, Integer> columns = new HashMap<>();
        header.forEach((k, v) -> {
            if (!k.isBlank()) {
                columns.put(k.strip(), v);
            }
        });
        if (!columns.containsKey(spec.x())) {
            throw missingColumn(source, spec, "x", spec.x(), columns);
        }
        for (String y : spec.y()) {
            if (!columns.containsKey(y)) {
                throw missingColumn(source, spec, "y", y, columns);
            }
        }
        if (records.isEmpty()) {
            throw new ReportException(source, line, name + " has a header but no rows; add a row per " + spec.x());
        }
        if (records.size() < 2 && (spec.type() == ChartSpec.Type.LINE || spec.type() == ChartSpec.Type.AREA)) {
            throw new ReportException(source, line, name + " has one row, and a " + spec.type().word()
                    + " chart needs two or more to draw; use type: bar for a single " + spec.x());
        }
        List<String> categories = new ArrayList<>();
        for (CSVRecord r : records) {
            categories.add(field(r, columns.get(spec.x())));
        }
        boolean joined = spec.type() == ChartSpec.Type.LINE || spec.type() == ChartSpec.Type.AREA;
        // numbers are the same x however written (2001, 2001.0, 2.001e3); other labels as written
        boolean numeric = categories.stream().allMatch(c -> DECIMAL.matcher(c).matches());
        for (int i = 0; joined && numeric && i < categories.size(); i++) {
            // a numeric x is an axis, as y is: an overflow or a thirty-digit spread draws nothing readable
            double v = Double.parseDouble(categories.get(i));
            if (!Double.isFinite(v) || Math.abs(v) > MAX_MAGNITUDE) {
                throw new ReportException(source, line, name + ", row " + (i + 2) + ", column \"" + spec.x() + "\": \""
                        + categories.get(i) + "\" is too large for the x axis (beyond ±10^15); give " + spec.x()
                        + " in larger units, or use type: bar, whose x values are labels");
            }
        }
        Map<Object, Integer> seen = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            Object key = numeric ? (Object) (Double.parseDouble(categories.get(i)) + 0.0) : categories.get(i);
            Integer before = seen.putIfAbsent(key, i);
            if (before != null) {
                String same = categories.get(before).equals(categories.get(i)) ? "\"" + categories.get(i) + "\""
                        : "\"" + categories.get(before) + "\" and \"" + categories.get(i) + "\" (the same number)";
                throw new ReportException(source, line, name + ", rows " + (before + 2) + " and " + (i + 2) + " both have " + spec.x()
                        + " " + same + "; a " + spec.type().word() + " chart has one value per " + spec.x()
                        + ": remove or merge the repeated row");
            }
        }
        List<Series> series = new ArrayList<>();
        for (String y : spec.y()) {
            List<Double> values = new ArrayList<>();
            boolean any = false;
            for (CSVRecord r : records) {
                String field = field(r, columns.get(y));
                if (field.isEmpty() && spec.type() == ChartSpec.Type.AREA) {
                    // areas stack: a missing value would be drawn as zero under the next series, while the text says "no value"
                    throw new ReportException(source, line, name + ", row " + (r.getRecordNumber() + 1) + " (" + spec.x() + " "
                            + categories.get((int) r.getRecordNumber() - 1) + "), column \"" + y + "\" is empty, and an area chart"
                            + " stacks every series at every " + spec.x() + ": write 0 if zero is meant, or use type: line, which"
                            + " leaves a gap where a value is missing");
                }
                if (field.isEmpty()) {
                    values.add(null);
                    continue;
                }
                String where = name + ", row " + (r.getRecordNumber() + 1) + " (" + spec.x() + " "
                        + categories.get((int) r.getRecordNumber() - 1) + "), column \"" + y + "\": \"" + field + "\"";
                if (field.matches("(?i)[-+]?(nan|inf|infinity)")) {
                    throw new ReportException(source, line, where + " is not a number a chart can show; leave the cell empty for a value"
                            + " that is missing");
                }
                try {
                    // Java reads "12d", "0x1p3" and "1_000" too, or not at all: only decimal notation is a number here
                    if (!DECIMAL.matcher(field).matches()) {
                        throw new NumberFormatException();
                    }
                    double v = Double.parseDouble(field);
                    if (!Double.isFinite(v) || Math.abs(v) > MAX_MAGNITUDE) {
                        throw new ReportException(source, line, where + " is too large to chart (beyond ±10^15); give the data in"
                                + " larger units (thousands, millions, billions) and say so in y_label");
                    }
                    if (v != 0 && Math.abs(v) < MIN_MAGNITUDE) {
                        throw new ReportException(source, line, where + " is too small to chart (below 10^-9 but not 0); give the"
                                + " data in smaller units (per thousand, per million) and say so in y_label");
                    }
                    values.add(v);
                    any = true;
                } catch (NumberFormatException e) {
                    throw new ReportException(source, line, name + ", row " + (r.getRecordNumber() + 1) + " (" + spec.x() + " "
                            + categories.get((int) r.getRecordNumber() - 1) + "), column \"" + y + "\": \"" + field
                            + "\" is not a number; write numbers with a dot for decimals and no thousands separators, e.g. 1234.5");
                }
            }
            if (!any) {
                throw new ReportException(source, line, name + ", column \"" + y + "\" has no values; fill it in, or leave it out of y:");
            }
            // an empty cell is a gap in the series: null, which List.copyOf refuses
            series.add(new Series(y, java.util.Collections.unmodifiableList(values)));
        }
        if (spec.type() == ChartSpec.Type.AREA) {
            for (int i = 0; i < categories.size(); i++) {
                int row = i;
                boolean up = series.stream().anyMatch(s -> s.values().get(row) != null && s.values().get(row) > 0);
                boolean down = series.stream().anyMatch(s -> s.values().get(row) != null && s.values().get(row) < 0);
                if (up && down || i > 0 && signOf(series, i) * signOf(series, i - 1) < 0) {
                    // stacked areas of both signs cross each other: no reading of them is right
                    throw new ReportException(source, spec.lineOf("type"), name + ", row " + (i + 2)
                            + " (" + spec.x() + " " + categories.get(i) + "): a stacked area chart needs values of one sign, and this"
                            + " data has both positive and negative values; use type: stacked-bar (it stacks each sign apart) or type: line");
                }
            }
        }
        List<String> given = categories;
        if (joined && numeric) {
            // a line joins neighbours along x: numeric x (years) is drawn in its order, whatever the rows' order
            Integer[] order = new Integer[categories.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> Double.parseDouble(given.get(i))));
            List<String> sorted = new ArrayList<>();
            for (Integer i : order) {
                sorted.add(categories.get(i));
            }
            List<Series> sortedSeries = new ArrayList<>();
            for (Series s : series) {
                List<Double> values = new ArrayList<>();
                for (Integer i : order) {
                    values.add(s.values().get(i));
                }
                sortedSeries.add(new Series(s.name(), java.util.Collections.unmodifiableList(values)));
            }
            categories = sorted;
            series = sortedSeries;
        }
        return new ChartData(spec.x(), List.copyOf(categories), List.copyOf(series));
    }

    /**
     * How many columns the header names: an unnamed last column (a trailing comma, as spreadsheet
     * programs write) with no values is none; any other unnamed column is refused.
     */
    private static int namedColumns(Path source, int line, String name, List<String> names, List<CSVRecord> records)
            throws ReportException {
        int named = names.size();
        while (named > 0 && names.get(named - 1).isBlank() && empty(records, named - 1)) {
            named--;
        }
        for (int i = 0; i < named; i++) {
            if (names.get(i).isBlank()) {
                throw new ReportException(source, line, name + ": column " + (i + 1) + " of the header row has no name"
                        + (empty(records, i) ? "" : " but has values") + "; write its name in the header row, or delete the column");
            }
        }
        return named;
    }

    /** Whether no row has a value in the column. */
    private static boolean empty(List<CSVRecord> records, int column) {
        return records.stream().allMatch(r -> column >= r.size() || r.get(column).isBlank());
    }

    /** The sign of a row's values: 1, -1, or 0 when it has none but zeros and gaps. */
    private static int signOf(List<Series> series, int row) {
        for (Series s : series) {
            Double v = s.values().get(row);
            if (v != null && v != 0) {
                return v > 0 ? 1 : -1;
            }
        }
        return 0;
    }

    private static String field(CSVRecord record, int index) {
        return index < record.size() ? record.get(index).strip() : "";
    }

    private static ReportException missingColumn(Path source, ChartSpec spec, String key, String column, Map<String, Integer> columns) {
        List<String> have = columns.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
        return new ReportException(source, spec.lineOf(key), "chart " + key + ": column \"" + column + "\" is not in \"" + spec.data()
                + "\", whose columns are " + String.join(", ", have) + "; use one of them (the header row's names, "
                + (column.equals(column.toLowerCase(Locale.ROOT)) ? "exactly" : "case and all") + ")"
                + (have.size() == 1 && have.get(0).matches(".*[;\t].*") ? "; the file seems to separate its fields with "
                        + (have.get(0).contains(";") ? "semicolons" : "tabs") + ": a chart's data separates them with commas" : ""));
    }

    /**
     * Where each category stands along a numeric x axis: its value, when every category is a
     * number (years, doses), else {@code null} (labels, drawn evenly spaced).
     */
    public double[] numericX() {
        if (!categories.stream().allMatch(c -> DECIMAL.matcher(c).matches())) {
            return null;
        }
        return categories.stream().mapToDouble(Double::parseDouble).toArray();
    }

    /** Every value of every series, skipping empty fields. */
    public List<Double> allValues() {
        List<Double> all = new ArrayList<>();
        series.forEach(s -> s.values().stream().filter(v -> v != null).forEach(all::add));
        return all;
    }
}
