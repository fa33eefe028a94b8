package org.imprint.brand;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A brand: its profile ({@code brand.yaml}) and the folder holding its layouts and stylesheets.
 *
 * @param name          the folder name under {@code templates/}
 * @param folder        the brand's folder
 * @param profile       the whole profile, handed to layouts as {@code brand}
 * @param fonts         the font files to embed
 * @param parts         layout names of the report's parts, in reading order
 * @param defaultSeries the series label when an article names none
 * @param dateFormat    pattern for dates shown to readers
 * @param figureLabel   the word before a figure number
 * @param notesLabel    the heading of endnotes
 */
public record Brand(
        String name,
        Path folder,
        Map<String, Object> profile,
        List<FontFace> fonts,
        List<String> parts,
        String defaultSeries,
        String dateFormat,
        String figureLabel,
        String notesLabel) {

    public Brand {
        profile = Map.copyOf(profile);
        fonts = List.copyOf(fonts);
        parts = List.copyOf(parts);
    }

    /** The brand's date pattern as a formatter. */
    public DateTimeFormatter dateFormatter(java.util.Locale locale) {
        return DateTimeFormatter.ofPattern(dateFormat, locale);
    }
}
