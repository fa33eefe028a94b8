package org.imprint.brand;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An sRGB colour as brands write it ({@code #7B1E2B}), with the WCAG 2.1 measures of legibility:
 * relative luminance and contrast ratio.
 *
 * @param rgb the colour as 0xRRGGBB
 */
public record Colour(int rgb) {

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    /** A colour written {@code #RRGGBB} or {@code #RGB}; empty for anything else. */
    public static Optional<Colour> parse(String text) {
        if (text == null || !HEX.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        String hex = text.strip().substring(1);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return Optional.of(new Colour(Integer.parseInt(hex, 16)));
    }

    /** {@code #RRGGBB}, upper case. */
    public String hex() {
        return String.format(Locale.ROOT, "#%06X", rgb & 0xFFFFFF);
    }

    /** WCAG 2.1 relative luminance: linearised sRGB, weighted 0.2126 R + 0.7152 G + 0.0722 B. */
    public double luminance() {
        return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
    }

    /** WCAG 2.1 contrast ratio with another colour, from 1 (none) to 21 (black on white). */
    public double contrast(Colour other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /**
     * The colour of the same hue and saturation (HSL) whose lightness is nearest this one's and
     * whose contrast with {@code against} is at least {@code needed}; empty when no lightness of
     * this hue reaches it.
     */
    public Optional<Colour> nearestReaching(double needed, Colour against) {
        double[] hsl = hsl();
        for (int step = 0; step <= 1000; step++) {
            for (int sign : new int[] {-1, 1}) {
                double lightness = hsl[2] + sign * step / 1000.0;
                if (lightness < 0 || lightness > 1) {
                    continue;
                }
                Colour candidate = fromHsl(hsl[0], hsl[1], lightness);
                if (candidate.contrast(against) >= needed) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static double linear(int channel) {
        double c = (channel & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Hue in degrees, saturation and lightness from 0 to 1. */
    private double[] hsl() {
        double r = ((rgb >> 16) & 0xFF) / 255.0;
        double g = ((rgb >> 8) & 0xFF) / 255.0;
        double b = (rgb & 0xFF) / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double l = (max + min) / 2;
        double d = max - min;
        if (d == 0) {
            return new double[] {0, 0, l};
        }
        double s = d / (1 - Math.abs(2 * l - 1));
        double h = max == r ? ((g - b) / d) % 6 : max == g ? (b - r) / d + 2 : (r - g) / d + 4;
        return new double[] {(h * 60 + 360) % 360, s, l};
    }

    private static Colour fromHsl(double h, double s, double l) {
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double x = c * (1 - Math.abs((h / 60) % 2 - 1));
        double m = l - c / 2;
        double[] rgb = h < 60 ? new double[] {c, x, 0} : h < 120 ? new double[] {x, c, 0} : h < 180 ? new double[] {0, c, x}
                : h < 240 ? new double[] {0, x, c} : h < 300 ? new double[] {x, 0, c} : new double[] {c, 0, x};
        int value = 0;
        for (double channel : rgb) {
            value = value << 8 | (int) Math.round(Math.min(1, Math.max(0, channel + m)) * 255);
        }
        return new Colour(value);
    }
}
