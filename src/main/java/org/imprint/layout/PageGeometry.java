package org.imprint.layout;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imprint.PdfProfile;
import org.imprint.ReportException;
import org.imprint.brand.Brand;

/**
 * The print page of a brand: its trim size ({@code page.size} in {@code brand.yaml}, A4 when
 * absent) and, for the print profile, its bleed ({@code page.bleed}, in millimetres). Layouts see
 * it as {@code page} (width, height, bleed, in millimetres) and lay out pages of the trim size
 * plus the bleed on every side.
 *
 * @param width  trim width in millimetres
 * @param height trim height in millimetres
 * @param bleed  bleed on each side in millimetres; 0 on screen
 */
public record PageGeometry(double width, double height, double bleed) {

    /** ISO 216 and North American sizes, in millimetres, portrait. */
    private static final Map<String, double[]> NAMED = Map.of(
            "a3", new double[] {297, 420},
            "a4", new double[] {210, 297},
            "a5", new double[] {148, 210},
            "b5", new double[] {176, 250},
            "letter", new double[] {215.9, 279.4},
            "legal", new double[] {215.9, 355.6});
    private static final Pattern EXPLICIT = Pattern.compile("(\\d+(?:\\.\\d+)?)mm\\s+(\\d+(?:\\.\\d+)?)mm");
    /** The bleed print shops ask for when a brand names none. */
    private static final double DEFAULT_BLEED = 3;

    /** The page of a brand for a profile. */
    public static PageGeometry of(Brand brand, PdfProfile profile) throws ReportException {
        Object page = brand.profile().get("page");
        Map<?, ?> section = page instanceof Map<?, ?> m ? m : Map.of();
        Object size = section.get("size");
        double[] trim = size == null ? NAMED.get("a4") : parseSize(String.valueOf(size), brand);
        double bleed = 0;
        if (profile == PdfProfile.PRINT) {
            Object b = section.get("bleed");
            bleed = b instanceof Number n ? n.doubleValue() : DEFAULT_BLEED;
            if (bleed < 0 || bleed > 20) {
                throw brand.lines().error("page.bleed",
                        "page.bleed must be a number of millimetres from 0 to 20, e.g. 3");
            }
        }
        return new PageGeometry(trim[0], trim[1], bleed);
    }

    private static double[] parseSize(String size, Brand brand) throws ReportException {
        String s = size.strip().toLowerCase(Locale.ROOT);
        double[] named = NAMED.get(s);
        if (named != null) {
            return named;
        }
        Matcher m = EXPLICIT.matcher(s);
        if (m.matches()) {
            return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
        }
        throw brand.lines().error("page.size", "page.size \"" + size
                + "\" is not a page size: use A3, A4, A5, B5, Letter, Legal or WIDTHmm HEIGHTmm, e.g. 170mm 240mm");
    }

    /** What layouts see as {@code page}. */
    public Map<String, Object> toModel() {
        return Map.of("width", width, "height", height, "bleed", bleed);
    }
}
