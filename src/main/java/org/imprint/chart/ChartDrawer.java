package org.imprint.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a chart as SVG in a brand's style: words as {@code <text>} in the brand's chart font
 * (laid out with that font's widths), light horizontal grid lines, no frame, the legend above
 * the plot and the value axis's label over it, numbers formatted for the article's language.
 * What it writes is plain SVG 1.1 with no references, so it passes {@link org.imprint.image.SafeSvg}
 * like any figure.
 */
public final class ChartDrawer {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /** About how many grid lines a value axis gets. */
    private static final int TICKS = 5;
    /** How much wider than the brand's font another sans-serif may set a text. */
    private static final double SPARE = 1.15;
    /** How much of a slanted label's length goes down: sin 45°. */
    private static final double SLANT = Math.sqrt(0.5);

    private final ChartStyle style;
    private final Font font;
    private final List<java.nio.file.Path> others;
    /** The other faces read so far, for the characters the chart font lacks. */
    private final java.util.Map<java.nio.file.Path, Font> read = new java.util.HashMap<>();
    private final NumberFormat numbers;
    private final Locale locale;

    /**
     * @param style  the brand's chart style
     * @param locale the article's language, for numbers
     */
    public ChartDrawer(ChartStyle style, Locale locale) throws IOException {
        this(style, locale, List.of());
    }

    /**
     * @param others the brand's other face files, in its order: a character the chart font lacks
     *               is measured in the first that has it, as the PDF sets it
     */
    public ChartDrawer(ChartStyle style, Locale locale, List<java.nio.file.Path> others) throws IOException {
        this.style = style;
        this.others = List.copyOf(others);
        try {
            this.font = Font.createFont(Font.TRUETYPE_FONT, style.fontFile().toFile());
        } catch (FontFormatException e) {
            throw new IOException("the chart font " + style.fontFile().getFileName() + " cannot be read: " + e.getMessage(), e);
        }
        this.numbers = NumberFormat.getNumberInstance(locale);
        this.locale = locale;
    }

    /**
     * A number without the invisible direction marks some languages' formats put in it (Arabic's
     * U+061C before a sign): a label is set as one left-to-right run, where a mark is no help and
     * prints as a missing glyph in a face that lacks it.
     */
    static String withoutMarks(String number) {
        // the minus sign, not the hyphen some locales' formats give (Java's English and French ones)
        return number.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).map(c -> c == '-' ? '\u2212' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** The value axis: from {@code min} to {@code max} in steps of {@code step}. */
    record Scale(double min, double max, double step) {

        /**
         * @param zero whether the axis must reach zero: bars and areas measure from it; a line
         *             need not, and a line far from zero would lie flat at the top
         */
        static Scale of(double lo, double hi, boolean zero) {
            // all values equal: a flat line measured from zero, not a line lying on the axis's foot
            if (zero || lo <= 0 || lo < 0.3 * hi || lo == hi) {
                lo = Math.min(0, lo);
                hi = Math.max(0, hi);
            }
            if (hi == lo) {
                hi = lo + 1;
            }
            double raw = (hi - lo) / TICKS;
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = magnitude * 10;
            for (double m : new double[] {1, 2, 2.5, 5, 10}) {
                if (m * magnitude >= raw) {
                    step = m * magnitude;
                    break;
                }
            }
            return new Scale(Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step, step);
        }

        int decimals() {
            int d = 0;
            for (double s = step; Math.abs(s - Math.rint(s)) > 1e-6 * s && d < 12; s *= 10) {
                d++;
            }
            return d;
        }
    }

    /** The chart as an SVG document. */
    public String draw(ChartSpec spec, ChartData data) {
        int w = style.width();
        int h = style.height();
        double fs = style.fontSize();
        Svg svg = new Svg(w, h, spec.caption());
        boolean stacked = spec.type().stacked();
        double[] range = range(data, stacked);
        Scale scale = Scale.of(range[0], range[1], spec.type() != ChartSpec.Type.LINE);
        numbers.setMinimumFractionDigits(scale.decimals());
        numbers.setMaximumFractionDigits(scale.decimals());

        // the legend, in rows, and the value axis's label under it
        double y = 0;
        if (data.series().size() > 1) {
            double x = 0;
            y = fs * 1.2;
            for (int i = 0; i < data.series().size(); i++) {
                String name = data.series().get(i).name();
                double item = 22 + width(name, fs) + 18;
                if (x > 0 && x + item > w) {
                    x = 0;
                    y += fs * 1.6;
                }
                if (spec.type() == ChartSpec.Type.LINE) {
                    svg.line(x, y - fs * 0.35, x + 16, y - fs * 0.35, style.colour(i), 3);
                } else {
                    svg.rect(x + 3, y - fs * 0.8, fs * 0.8, fs * 0.8, style.colour(i));
                }
                svg.text(x + 22, y, name, fs, style.text(), "start");
                x += item;
            }
            y += fs * 0.9;
        }
        if (spec.yLabel() != null) {
            y += style.labelSize() * 1.3;
            svg.text(0, y, spec.yLabel(), style.labelSize(), style.muted(), "start");
        }
        double top = y + fs * 1.2;
        List<String> ticks = new ArrayList<>();
        double tickWidth = 0;
        for (double v = scale.min(); v <= scale.max() + scale.step() / 2; v += scale.step()) {
            String label = withoutMarks(numbers.format(Math.abs(v) < scale.step() / 1e6 ? 0 : v));
            ticks.add(label);
            tickWidth = Math.max(tickWidth, width(label, fs));
        }
        double left = tickWidth + 10;
        double right = w - 4;
        double plotW = right - left;
        int n = data.categories().size();
        boolean bars = spec.type() == ChartSpec.Type.BAR || spec.type() == ChartSpec.Type.STACKED_BAR;
        double band = bars ? plotW / n : 0;
        double inset = bars ? 0 : Math.min(24, plotW / (2.0 * n));
        double step = bars ? band : n > 1 ? (plotW - 2 * inset) / (n - 1) : 0;
        double[] centre = new double[n];
        // a line or area over numbers (years) stands each point where its number is: 2001 to 2005 is four times 2000 to 2001
        double[] at = bars || n < 2 ? null : data.numericX();
        for (int i = 0; i < n; i++) {
            centre[i] = bars ? left + band * (i + 0.5) : n < 2 ? left + plotW / 2
                    : at != null ? left + inset + (at[i] - at[0]) / (at[n - 1] - at[0]) * (plotW - 2 * inset)
                    : left + inset + step * i;
        }
        // category labels: wrapped to their room, every so many when even wrapped they would touch
        Labels labels = labels(data.categories(), bars ? band : Math.max(step, 1), left, bars ? 3 : 2, fs, bars);
        double bottom = h - labels.depth(this);
        java.util.function.DoubleUnaryOperator yOf = v -> bottom - (v - scale.min()) / (scale.max() - scale.min()) * (bottom - top);

        // grid and value labels; the zero line darker
        for (int i = 0; i < ticks.size(); i++) {
            double v = scale.min() + i * scale.step();
            double gy = yOf.applyAsDouble(v);
            // the zero line, or the foot of an axis that does not reach zero, is the base line
            boolean zero = Math.abs(v) < scale.step() / 1e6 || i == 0 && scale.min() > 0;
            svg.line(left, gy, right, gy, zero ? style.axis() : style.grid(), zero ? 1.2 : 0.8);
            svg.text(left - 8, gy + fs * 0.35, ticks.get(i), fs, style.muted(), "end");
        }

        switch (spec.type()) {
            case LINE -> drawLines(svg, data, centre, yOf);
            case AREA -> drawAreas(svg, data, centre, yOf);
            case BAR -> drawBars(svg, data, centre, band, yOf);
            case STACKED_BAR -> drawStackedBars(svg, data, centre, band, yOf);
        }

        double lfs = labels.fs();
        double end = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i += labels.every()) {
            List<String> lines = labels.of().get(i);
            if (labels.slanted()) {
                svg.slanted(centre[i] + lfs * 0.3, bottom + lfs * 1.1, lines.get(0), lfs, style.muted());
                continue;
            }
            double half = lines.stream().mapToDouble(l -> width(l, lfs)).max().orElse(0) / 2 / SPARE;
            // kept inside the drawing: the first and last may be wider than their room
            double x = Math.max(half, Math.min(w - half, centre[i]));
            if (x - half < end + lfs * 0.5) {
                // points close together along a numeric axis: the label would touch the one before
                continue;
            }
            end = x + half;
            svg.lines(x, bottom + lfs * 1.45, lines, lfs * 1.2, lfs, style.muted(), "middle");
        }
        return svg.toString();
    }

    /**
     * Category labels as lines of at most {@code maxLines}, each as wide as its room. Bars narrower
     * than about three words are labelled every second (third, ...); along a line, labels are
     * thinned until they fit whole. One that still does not fit is cut short with an ellipsis (the
     * whole label is in the text alternative and the data table).
     *
     * @param of    each category's lines
     * @param every label every so many categories
     * @param lines the most lines a label takes
     */
    record Labels(List<List<String>> of, int every, int lines, boolean slanted, double fs) {

        /** The height the labels take under the plot. */
        double depth(ChartDrawer drawer) {
            if (!slanted) {
                return fs * (1.2 * lines + 0.8);
            }
            double widest = of.stream().filter(l -> !l.isEmpty()).mapToDouble(l -> drawer.width(l.get(0), fs) / SPARE).max().orElse(0);
            return widest * SLANT + fs * 2;
        }
    }

    Labels labels(List<String> categories, double room, double left, int maxLines, double size, boolean bars) {
        if (!bars) {
            return level(categories, room, maxLines, size, false, 0);
        }
        // bar labels that would be cut are set a little smaller first; then one in five may be cut; else slanted
        for (double fs = size; fs > size * 0.75; fs -= size * 0.1) {
            Labels wrapped = level(categories, room, maxLines, fs, true, 0);
            if (wrapped != null) {
                return wrapped;
            }
        }
        Labels wrapped = level(categories, room, maxLines, size * 0.8, true, categories.size() / 5);
        return wrapped != null ? wrapped : slanted(categories, room, left, size);
    }

    /** Level labels, or {@code null} when more than {@code cuts} bar labels would be cut. */
    private Labels level(List<String> categories, double room, int maxLines, double fs, boolean bars, int cuts) {
        // a bar's label has at least about three words' room
        int every = bars ? (int) Math.max(1, Math.ceil(fs * 3 / room)) : 1;
        while (true) {
            double wide = room * every - fs * 0.4;
            List<List<String>> wrapped = new ArrayList<>();
            int cut = 0;
            for (int i = 0; i < categories.size(); i++) {
                List<String> lines = i % every == 0 ? wrap(categories.get(i), wide, maxLines, fs) : List.of();
                if (!lines.isEmpty() && lines.get(lines.size() - 1).endsWith("…")) {
                    cut++;
                }
                wrapped.add(lines);
            }
            int lines = Math.max(1, wrapped.stream().mapToInt(List::size).max().orElse(1));
            if (bars) {
                return cut <= cuts ? new Labels(wrapped, every, lines, false, fs) : null;
            }
            // along a line, thinned until they fit whole
            if (cut == 0 || wide > fs * 12 || every >= categories.size()) {
                return new Labels(wrapped, every, lines, false, fs);
            }
            every++;
        }
    }

    /** Bar labels slanted, one line each, no longer than a third of the drawing's height takes, nor past its left edge. */
    private Labels slanted(List<String> categories, double room, double left, double fs) {
        int every = (int) Math.max(1, Math.ceil(fs * 1.6 / room));
        List<List<String>> slanted = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            double x = room * (i + 0.5) + left;
            double longest = Math.min(style.height() * 0.34 / SLANT, x / SLANT) * SPARE;
            slanted.add(i % every == 0 ? wrap(categories.get(i), longest, 1, fs) : List.of());
        }
        return new Labels(slanted, every, 1, true, fs);
    }

    /**
     * A label in lines of the given width, broken where the article's language allows (between
     * words; between Chinese or Japanese characters), the last cut short with an ellipsis if the
     * label needs more. A cut label's last line ends in "…".
     */
    private List<String> wrap(String label, double wide, int maxLines, double fs) {
        String text = label.strip().replaceAll("\\s+", " ");
        List<String> pieces = new ArrayList<>();
        java.text.BreakIterator breaks = java.text.BreakIterator.getLineInstance(locale);
        breaks.setText(text);
        for (int start = breaks.first(), end = breaks.next(); end != java.text.BreakIterator.DONE; start = end, end = breaks.next()) {
            pieces.add(text.substring(start, end));
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            String tried = line + pieces.get(i);
            if (line.isEmpty() || width(tried.strip(), fs) <= wide) {
                line.append(pieces.get(i));
            } else if (lines.size() < maxLines - 1) {
                lines.add(line.toString().strip());
                line.setLength(0);
                line.append(pieces.get(i));
            } else {
                line.append(String.join("", pieces.subList(i, pieces.size())));
                break;
            }
        }
        lines.add(line.toString().strip());
        // a line of one piece wider than the room (a very long word) is cut, and is the last
        for (int i = 0; i < lines.size() - 1; i++) {
            if (width(lines.get(i), fs) > wide) {
                lines.subList(i + 1, lines.size()).clear();
            }
        }
        String last = lines.get(lines.size() - 1);
        if (width(last, fs) > wide) {
            while (width(last + "…", fs) > wide && last.codePointCount(0, last.length()) > 1) {
                last = last.substring(0, last.offsetByCodePoints(last.length(), -1)).stripTrailing();
            }
            lines.set(lines.size() - 1, last + "…");
        }
        return List.copyOf(lines);
    }

    private void drawLines(Svg svg, ChartData data, double[] centre, java.util.function.DoubleUnaryOperator yOf) {
        for (int s = 0; s < data.series().size(); s++) {
            List<Double> values = data.series().get(s).values();
            StringBuilder d = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < values.size(); i++) {
                Double v = values.get(i);
                if (v == null) {
                    pen = false;
                    continue;
                }
                d.append(pen ? " L" : " M").append(Svg.num(centre[i])).append(',').append(Svg.num(yOf.applyAsDouble(v)));
                pen = true;
                boolean alone = (i == 0 || values.get(i - 1) == null) && (i == values.size() - 1 || values.get(i + 1) == null);
                if (alone) {
                    // a value between two gaps has no line to either side: a dot shows it
                    svg.circle(centre[i], yOf.applyAsDouble(v), 3.5, style.colour(s));
                }
            }
            if (d.indexOf("L") >= 0) {
                svg.path(d.toString().strip(), "none", style.colour(s), 2.5);
            }
        }
    }

    private void drawAreas(Svg svg, ChartData data, double[] centre, java.util.function.DoubleUnaryOperator yOf) {
        int n = centre.length;
        double[] below = new double[n];
        for (int s = 0; s < data.series().size(); s++) {
            List<Double> values = data.series().get(s).values();
            double[] above = new double[n];
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < n; i++) {
                above[i] = below[i] + (values.get(i) == null ? 0 : values.get(i));
                d.append(i == 0 ? "M" : " L").append(Svg.num(centre[i])).append(',').append(Svg.num(yOf.applyAsDouble(above[i])));
            }
            for (int i = n - 1; i >= 0; i--) {
                d.append(" L").append(Svg.num(centre[i])).append(',').append(Svg.num(yOf.applyAsDouble(below[i])));
            }
            svg.path(d.append(" Z").toString(), style.colour(s), "#FFFFFF", 0.8);
            below = above;
        }
    }

    private void drawBars(Svg svg, ChartData data, double[] centre, double band, java.util.function.DoubleUnaryOperator yOf) {
        int k = data.series().size();
        double group = band * (k == 1 ? 0.6 : 0.76);
        double bar = group / k;
        double zero = yOf.applyAsDouble(0);
        for (int s = 0; s < k; s++) {
            List<Double> values = data.series().get(s).values();
            for (int i = 0; i < centre.length; i++) {
                Double v = values.get(i);
                if (v != null) {
                    double x = centre[i] - group / 2 + s * bar;
                    double top = yOf.applyAsDouble(v);
                    svg.rect(x + (k > 1 ? 0.5 : 0), Math.min(top, zero), bar - (k > 1 ? 1 : 0), Math.abs(zero - top), style.colour(s));
                }
            }
        }
    }

    private void drawStackedBars(Svg svg, ChartData data, double[] centre, double band, java.util.function.DoubleUnaryOperator yOf) {
        double bar = band * 0.6;
        for (int i = 0; i < centre.length; i++) {
            double up = 0;
            double down = 0;
            for (int s = 0; s < data.series().size(); s++) {
                Double v = data.series().get(s).values().get(i);
                if (v == null || v == 0) {
                    continue;
                }
                double from = v > 0 ? up : down;
                double to = from + v;
                if (v > 0) {
                    up = to;
                } else {
                    down = to;
                }
                double y1 = yOf.applyAsDouble(Math.max(from, to));
                double y2 = yOf.applyAsDouble(Math.min(from, to));
                // a hairline of paper between the segments
                svg.rect(centre[i] - bar / 2, y1, bar, Math.max(0, y2 - y1 - 0.8), style.colour(s));
            }
        }
    }

    /** The lowest and highest value the axis must show: of the sums, for stacked charts. */
    static double[] range(ChartData data, boolean stacked) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        if (stacked) {
            for (int i = 0; i < data.categories().size(); i++) {
                double up = 0;
                double down = 0;
                for (ChartData.Series s : data.series()) {
                    Double v = s.values().get(i);
                    if (v != null) {
                        if (v > 0) {
                            up += v;
                        } else {
                            down += v;
                        }
                    }
                }
                lo = Math.min(lo, down);
                hi = Math.max(hi, up);
            }
        } else {
            for (double v : data.allValues()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new double[] {lo, hi};
    }

    /**
     * The width a text takes, with room to spare: readers and the PDF's SVG renderer may set the
     * words in another sans-serif than the brand's (an SVG image cannot use the e-book's fonts).
     */
    double width(String text, double size) {
        if (font.canDisplayUpTo(text) < 0) {
            return SPARE * font.deriveFont((float) size).getStringBounds(text, FRC).getWidth();
        }
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String one = new String(Character.toChars(cp));
            i += one.length();
            Font face = font.canDisplay(cp) ? font : others.stream().map(this::face).filter(f -> f != null && f.canDisplay(cp))
                    .findFirst().orElse(font);
            width += face.deriveFont((float) size).getStringBounds(one, FRC).getWidth();
        }
        return SPARE * width;
    }

    private Font face(java.nio.file.Path file) {
        return read.computeIfAbsent(file, f -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, f.toFile());
            } catch (FontFormatException | IOException e) {
                // the brand's faces were all read when it was loaded; one that now fails measures nothing
                return null;
            }
        });
    }

    /** The few SVG elements a chart needs, written as text. */
    private final class Svg {

        private final StringBuilder out = new StringBuilder();

        Svg(int w, int h, String title) {
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 ")
                    .append(w).append(' ').append(h).append("\" width=\"").append(w).append("\" height=\"").append(h).append("\">\n")
                    .append("<title>").append(escape(title)).append("</title>\n")
                    .append("<rect x=\"0\" y=\"0\" width=\"").append(w).append("\" height=\"").append(h).append("\" fill=\"#FFFFFF\"/>\n");
        }

        void line(double x1, double y1, double x2, double y2, String colour, double width) {
            out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                    .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
                    .append(num(width)).append("\" stroke-linecap=\"round\"/>\n");
        }

        void rect(double x, double y, double w, double h, String colour) {
            out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                    .append("\" height=\"").append(num(h)).append("\" fill=\"").append(colour).append("\"/>\n");
        }

        void circle(double cx, double cy, double r, String colour) {
            out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
                    .append("\" fill=\"").append(colour).append("\"/>\n");
        }

        void path(String d, String fill, String stroke, double width) {
            out.append("<path d=\"").append(d).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
                    .append("\" stroke-width=\"").append(num(width)).append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n");
        }

        /** Lines of one text, each placed under the one before by tspan positions. */
        void lines(double x, double y, List<String> lines, double leading, double size, String colour, String anchor) {
            if (lines.size() == 1) {
                text(x, y, lines.get(0), size, colour, anchor);
                return;
            }
            out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-family=\"")
                    .append(escape(style.font())).append(", sans-serif\" font-size=\"").append(num(size)).append("\" fill=\"")
                    .append(colour).append('"').append(anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\"").append('>');
            for (int i = 0; i < lines.size(); i++) {
                out.append("<tspan x=\"").append(num(x)).append("\" dy=\"").append(num(i == 0 ? 0 : leading)).append("\">")
                        .append(escape(lines.get(i))).append("</tspan>");
            }
            out.append("</text>\n");
        }

        /** A label slanted up to the left, ending under its category. */
        void slanted(double x, double y, String text, double size, String colour) {
            out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" transform=\"rotate(-45 ")
                    .append(num(x)).append(' ').append(num(y)).append(")\" font-family=\"").append(escape(style.font()))
                    .append(", sans-serif\" font-size=\"").append(num(size)).append("\" fill=\"").append(colour)
                    .append("\" text-anchor=\"end\">").append(escape(text)).append("</text>\n");
        }

        void text(double x, double y, String text, double size, String colour, String anchor) {
            out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-family=\"")
                    .append(escape(style.font())).append(", sans-serif\" font-size=\"").append(num(size)).append("\" fill=\"")
                    .append(colour).append('"').append(anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\"").append('>')
                    .append(escape(text)).append("</text>\n");
        }

        static String num(double v) {
            return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
        }

        static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }

        @Override
        public String toString() {
            return out + "</svg>\n";
        }
    }
}
