package org.imprint.chart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.imprint.ReportException;
import org.imprint.brand.Brand;
import org.imprint.brand.Colour;
import org.imprint.brand.FontFace;

/**
 * How a brand draws its charts: the {@code charts:} section of its {@code brand.yaml}.
 *
 * @param font       the font family of every word of a chart (one of the brand's faces)
 * @param fontFile   that family's regular face, whose widths lay the words out
 * @param width      the drawing's width in CSS pixels (it scales to the column)
 * @param height     its height
 * @param fontSize   tick labels and legend, in CSS pixels of the drawing
 * @param labelSize  the value axis's label
 * @param palette    the series' colours, in order
 * @param text       the colour of words
 * @param muted      the colour of tick labels and the axis label
 * @param grid       the colour of grid lines
 * @param axis       the colour of the zero line and the category axis
 * @param words      the words charts are described with ({@code charts.words}: the kinds, "and",
 *                   the sentence of the written text alternative, the e-book's data table label)
 */
public record ChartStyle(String font, Path fontFile, int width, int height, double fontSize, double labelSize, List<String> palette,
                         String text, String muted, String grid, String axis, Map<String, String> words) {

    private static final List<String> WORDS = List.of("kind_line", "kind_bar", "kind_stacked_bar", "kind_area", "and",
            "description", "data");

    /** One of the brand's chart words. */
    public String word(String key) {
        return words.get(key);
    }

    /**
     * The brand's chart settings.
     *
     * @throws ReportException naming the brand's line when a setting is missing or wrong
     */
    public static ChartStyle of(Brand brand) throws ReportException {
        return of(brand, "");
    }

    /**
     * The brand's chart settings, with the words of the article's language where the brand gives
     * them ({@code languages: <lang>: charts: words:}); those it does not give stay the brand's.
     */
    public static ChartStyle of(Brand brand, String language) throws ReportException {
        if (!(brand.profile().get("charts") instanceof Map<?, ?> charts)) {
            throw brand.lines().error("charts", "the brand has no charts: section, which charts need (palette, font, sizes); "
                    + "copy the one of templates/rcas/brand.yaml and adapt it");
        }
        String font = text(brand, charts, "font");
        Path file = brand.fonts().stream().filter(f -> f.family().equals(font) && f.weight() == 400 && !f.italic())
                .map(FontFace::file).findFirst()
                .orElseThrow(() -> brand.lines().error("charts.font", "charts: font \"" + font
                        + "\" is not a family of the brand's fonts: faces (regular weight); name one of them"));
        List<String> palette = new ArrayList<>();
        if (charts.get("palette") instanceof List<?> list) {
            for (Object o : list) {
                palette.add(colour(brand, "charts.palette", String.valueOf(o)));
            }
        }
        if (palette.isEmpty()) {
            throw brand.lines().error("charts.palette", "charts: palette must list the series' colours, e.g. [\"#7B1E2B\", \"#B08D57\"]");
        }
        return new ChartStyle(font, file, number(brand, charts, "width", 200, 2000), number(brand, charts, "height", 100, 2000),
                number(brand, charts, "font_size", 6, 40), number(brand, charts, "label_size", 6, 40), List.copyOf(palette),
                colour(brand, "charts.text", text(brand, charts, "text")), colour(brand, "charts.muted", text(brand, charts, "muted")),
                colour(brand, "charts.grid", text(brand, charts, "grid")), colour(brand, "charts.axis", text(brand, charts, "axis")),
                words(brand, charts, language));
    }

    private static Map<String, String> words(Brand brand, Map<?, ?> charts, String language) throws ReportException {
        Map<String, String> words = new java.util.HashMap<>();
        String primary = language.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
        Map<?, ?> own = brand.profile().get("languages") instanceof Map<?, ?> languages && languages.get(primary) instanceof Map<?, ?> l
                && l.get("charts") instanceof Map<?, ?> c && c.get("words") instanceof Map<?, ?> w ? w : Map.of();
        Map<?, ?> given = charts.get("words") instanceof Map<?, ?> m ? m : Map.of();
        for (String key : WORDS) {
            Object value = given.get(key);
            if (value == null || String.valueOf(value).isBlank()) {
                throw brand.lines().error(given.isEmpty() ? "charts" : "charts.words", "charts: words: needs " + key
                        + ": (the words charts are described with: " + String.join(", ", WORDS) + ")");
            }
            Object translated = own.get(key);
            words.put(key, String.valueOf(translated != null && !String.valueOf(translated).isBlank() ? translated : value).strip());
        }
        // optional: what comes between the names of a list (Arabic script writes "، ")
        Object separator = own.get("separator") != null ? own.get("separator") : given.get("separator");
        words.put("separator", separator != null ? String.valueOf(separator).stripTrailing() + " " : ", ");
        // optional, the language's own only: its "and" before a name of another script ("و {last}"),
        // where "and" is glued to a name of its own ("و{last}")
        if (own.get("and_other_script") != null && !String.valueOf(own.get("and_other_script")).isBlank()) {
            words.put("and_other_script", String.valueOf(own.get("and_other_script")).strip());
        }
        // optional: the sentence for a chart of one category, and the one naming missing values;
        // a language that words its own description takes these from its own words only (one it
        // lacks is left out), since the brand's would end its sentence in another language
        Map<?, ?> sentences = own.get("description") != null && !String.valueOf(own.get("description")).isBlank() ? own : given;
        for (String key : List.of("description_one", "gaps")) {
            Object value = sentences.get(key);
            if (value != null && !String.valueOf(value).isBlank()) {
                words.put(key, String.valueOf(value).strip());
            }
        }
        return Map.copyOf(words);
    }

    /** The colour of the n-th series (0-based); the palette repeats when a chart has more series. */
    public String colour(int series) {
        return palette.get(series % palette.size());
    }

    private static String text(Brand brand, Map<?, ?> charts, String key) throws ReportException {
        Object value = charts.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw brand.lines().error("charts", "charts: needs " + key + ":, e.g. " + key + ": "
                    + (key.equals("font") ? "Noto Sans" : "\"#5F5F5F\""));
        }
        return String.valueOf(value).strip();
    }

    private static int number(Brand brand, Map<?, ?> charts, String key, int min, int max) throws ReportException {
        if (charts.get(key) instanceof Number n && n.intValue() >= min && n.intValue() <= max) {
            return n.intValue();
        }
        throw brand.lines().error(charts.containsKey(key) ? "charts." + key : "charts", "charts: " + key
                + " must be a number from " + min + " to " + max);
    }

    private static String colour(Brand brand, String path, String value) throws ReportException {
        return Colour.parse(value).map(Colour::hex).orElseThrow(() -> brand.lines().error(path, "\"" + value
                + "\" is not a colour; write it as \"#RRGGBB\""));
    }
}
