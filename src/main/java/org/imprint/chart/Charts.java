package org.imprint.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.imprint.ReportException;
import org.imprint.article.Article;
import org.imprint.article.ImageFetcher;
import org.imprint.article.ImageInfo;
import org.imprint.brand.Brand;
import org.imprint.image.SafeSvg;
import org.imprint.layout.NameScript;
import org.imprint.markdown.Figure;
import org.imprint.markdown.ParsedBody;

/**
 * The load stage for charts: reads each chart's data, draws it in the brand's style, and keeps the
 * drawing as an image of the report (an SVG file in the fetcher's temporary folder), so the model
 * and every writer treat it as any SVG figure. Each figure learns its text alternative (the
 * article's description, else one written from the data) and its data, which the e-book shows as
 * a table.
 */
public final class Charts {

    /** The least width of a bar's room, in the chart's CSS pixels. */
    private static final int MIN_BAR = 5;

    /**
     * @return the drawn charts as checked images, by the source their figures name
     */
    public Map<String, ImageInfo> draw(Article article, Brand brand, ParsedBody body, ImageFetcher fetcher) throws ReportException {
        Map<String, ImageInfo> drawn = new LinkedHashMap<>();
        List<Figure> charts = body.figures().stream().filter(f -> f.chart() != null).toList();
        if (charts.isEmpty()) {
            return drawn;
        }
        ChartStyle style = ChartStyle.of(brand, article.language());
        Locale locale = Locale.forLanguageTag(article.language());
        ChartDrawer drawer;
        try {
            drawer = new ChartDrawer(style, locale, brand.fonts().stream().filter(f -> !f.italic() && f.weight() == 400)
                    .map(org.imprint.brand.FontFace::file).distinct().toList());
        } catch (IOException e) {
            throw brand.lines().error("charts.font", e.getMessage());
        }
        for (Figure figure : charts) {
            ChartSpec spec = figure.chart();
            if (spec.y().size() > style.palette().size()) {
                // a colour used twice would make two series one in the legend
                throw new ReportException(article.source(), spec.lineOf("y"), "the chart has " + spec.y().size()
                        + " series and the brand's chart palette " + style.palette().size() + " colours, so two series would look alike; "
                        + "show at most " + style.palette().size() + " series (split the chart), or add colours to charts: palette in brand.yaml");
            }
            ChartData data = ChartData.read(article.source(), article.folder(), spec);
            int bars = spec.type() == ChartSpec.Type.BAR ? data.categories().size() * data.series().size()
                    : spec.type() == ChartSpec.Type.STACKED_BAR ? data.categories().size() : 0;
            if (bars > style.width() / MIN_BAR) {
                // thinner bars are slivers that print as grey, and no label can stand under them
                throw new ReportException(article.source(), spec.lineOf("data"), "chart data \"" + spec.data() + "\" makes " + bars
                        + " bars, more than the " + style.width() / MIN_BAR + " the chart's width has room for; use type: line"
                        + " for a long series, or fewer " + spec.x() + " values (group them, or show a part)");
            }
            String svg = drawer.draw(spec, data);
            try {
                SafeSvg safe = SafeSvg.clean(svg.getBytes(StandardCharsets.UTF_8));
                Path file = fetcher.scratchFile("chart-" + UUID.randomUUID() + ".svg");
                Files.write(file, safe.data());
                drawn.put(figure.source(), new ImageInfo(file, safe.width(), safe.height(), figure.source()));
            } catch (SafeSvg.RefusedException e) {
                throw new IllegalStateException("a drawn chart is not safe SVG: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new ReportException(article.source(), spec.line(), "the chart cannot be stored (" + e.getMessage() + ")");
            }
            figure.drawn(table(data, style, locale), spec.description() != null ? spec.description() : describe(spec, data, style, locale));
        }
        return drawn;
    }

    /**
     * A label of digits (a year, "2020–21") with its ASCII digits written from {@code zero} on; as
     * it was when that is '0' or the label holds letters ("Q1 2020" is a name, written as it is).
     */
    private static String digits(String label, char zero) {
        if (zero == '0' || label.codePoints().anyMatch(Character::isLetter)) {
            return label;
        }
        StringBuilder out = new StringBuilder(label);
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c >= '0' && c <= '9') {
                out.setCharAt(i, (char) (zero + (c - '0')));
            }
        }
        return out.toString();
    }

    /** The data as a table, numbers as the article's language writes them (as many decimals as the file gives). */
    static ChartTable table(ChartData data, ChartStyle style, Locale locale) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(6);
        List<String> header = new ArrayList<>(List.of(data.x()));
        data.series().forEach(s -> header.add(s.name()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < data.categories().size(); i++) {
            List<String> row = new ArrayList<>(List.of(data.categories().get(i)));
            for (ChartData.Series s : data.series()) {
                Double v = s.values().get(i);
                row.add(v == null ? "" : numbers.format(v));
            }
            rows.add(List.copyOf(row));
        }
        return new ChartTable(style.word("data"), List.copyOf(header), List.copyOf(rows));
    }

    /**
     * A text alternative written from the data, in the brand's words: the kind of chart, its
     * series, the span of categories and the extremes.
     */
    static String describe(ChartSpec spec, ChartData data, ChartStyle style, Locale locale) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        // two decimals, or as many as show the smallest value to three significant digits (0.00012, not 0)
        double smallest = data.allValues().stream().mapToDouble(Math::abs).filter(v -> v > 0).min().orElse(1);
        numbers.setMaximumFractionDigits(Math.max(2, Math.min(12, 2 - (int) Math.floor(Math.log10(smallest)))));
        String[] min = null;
        String[] max = null;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ChartData.Series s : data.series()) {
            for (int i = 0; i < s.values().size(); i++) {
                Double v = s.values().get(i);
                if (v != null && v < lo) {
                    lo = v;
                    min = new String[] {minus(numbers.format(v)), s.name(), data.categories().get(i)};
                }
                if (v != null && v > hi) {
                    hi = v;
                    max = new String[] {minus(numbers.format(v)), s.name(), data.categories().get(i)};
                }
            }
        }
        List<String> names = new ArrayList<>(data.series().stream().map(ChartData.Series::name).toList());
        // "and" before the last name, or, where the language makes it a prefix, joined to it ("و{last}")
        String and = style.word("and");
        String last = names.get(names.size() - 1);
        // Arabic's and Hebrew's "and" is glued to a name of their script only: "و Exports", "ו־Exports"
        String other = style.word("and_other_script");
        if (other != null && !NameScript.beginsInScriptOf(last, and.replace("{last}", ""))) {
            and = other;
        }
        String comma = style.word("separator");
        String series = names.size() == 1 ? last
                : String.join(comma, names.subList(0, names.size() - 1)) + " " + (and.contains("{last}") ? and.replace("{last}", last) : and + " " + last);
        boolean one = data.categories().size() == 1 && style.word("description_one") != null;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", style.word("kind_" + spec.type().word().replace('-', '_')));
        values.put("series", series);
        values.put("unit", spec.yLabel() == null ? "" : " (" + spec.yLabel() + ")");
        values.put("x", data.x());
        // one digit system in a sentence: the years and other labels in the values' digits (Arabic's ١, ٦ and ٢٠٢٠)
        char zero = new java.text.DecimalFormatSymbols(locale).getZeroDigit();
        values.put("first", digits(data.categories().get(0), zero));
        values.put("last", digits(data.categories().get(data.categories().size() - 1), zero));
        values.put("min", min[0]);
        values.put("min_series", min[1]);
        values.put("min_at", digits(min[2], zero));
        values.put("max", max[0]);
        values.put("max_series", max[1]);
        values.put("max_at", digits(max[2], zero));
        String sentence = SentenceWords.fill(style.word(one ? "description_one" : "description"), values);
        List<String> gaps = new ArrayList<>();
        for (ChartData.Series s : data.series()) {
            List<String> at = new ArrayList<>();
            for (int i = 0; i < s.values().size(); i++) {
                if (s.values().get(i) == null) {
                    at.add(digits(data.categories().get(i), zero));
                }
            }
            if (!at.isEmpty()) {
                gaps.add(s.name() + " (" + String.join(comma, at.size() > 8 ? at.subList(0, 8) : at) + (at.size() > 8 ? comma + "…" : "") + ")");
            }
        }
        if (!gaps.isEmpty() && style.word("gaps") != null) {
            // a line's missing values are gaps in it: the description says where, as the drawing shows
            sentence = sentence + " " + SentenceWords.fill(style.word("gaps"), Map.of("gaps", String.join(comma, gaps)));
        }
        return sentence.replaceAll("\\s+", " ").strip();
    }

    /** The minus sign where the number format writes a hyphen (as Java's English and French formats do). */
    static String minus(String number) {
        return number.replace('-', '\u2212');
    }
}
