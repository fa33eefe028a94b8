package org.imprint.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Measures the typography of a PDF from the positions of its glyphs, the way a reader sees it:
 * how wide the word gaps of its full justified lines are, and how many straight quotes it prints.
 *
 * <p>What is counted:
 * <ul>
 * <li>Body lines: lines whose glyphs are mostly in the body's size (the commonest size of the
 * document), so headings, captions, notes and running heads are left out.</li>
 * <li>Full lines: body lines with at least three words that reach the right edge of their
 * page's text column (within 0.25 em, for punctuation set into the margin), so last lines of
 * paragraphs are left out. The column's edge is the rightmost body line of the page.</li>
 * <li>A word gap: the white space between two glyphs that has a space glyph in it, or is wider
 * than 0.12 em. An em is the body size.</li>
 * <li>A loose line: a full line with a word gap wider than 0.5 em.</li>
 * <li>Straight quotes: U+0022 and U+0027 in any font that is not monospaced (code keeps
 * them).</li>
 * </ul>
 *
 * <p>Run it with {@code bench/typography.sh FILE.pdf...}.
 */
public final class TypeMeasure {

    /** A word gap wider than this, in em, makes its line loose. */
    public static final double LOOSE_EM = 0.5;

    /**
     * What was measured in one PDF.
     *
     * @param fullLines      full justified body lines
     * @param looseLines     of those, lines with a word gap over {@link #LOOSE_EM}
     * @param widestGapEm    the widest word gap on a full line, in em
     * @param widestAt       where that gap is: page and the line's text
     * @param straightQuotes straight quotes and apostrophes outside monospaced text
     * @param quoteSamples   up to ten of them, with the words around them
     * @param looseSamples   every loose line: page, widest gap and text
     * @param bodySize       the body size in points
     */
    public record Result(int fullLines, int looseLines, double widestGapEm, String widestAt, int straightQuotes,
                         List<String> quoteSamples, List<String> looseSamples, double bodySize) {

        /** Loose lines as a share of full lines, in percent. */
        public double loosePercent() {
            return fullLines == 0 ? 0 : 100.0 * looseLines / fullLines;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "full justified lines %d, loose %d (%.1f %%), widest gap %.2f em, "
                    + "straight quotes %d (body %.1f pt)", fullLines, looseLines, loosePercent(), widestGapEm,
                    straightQuotes, bodySize);
        }
    }

    private record Glyph(int page, float x, float y, float width, float size, String text, boolean mono) {
        float right() {
            return x + width;
        }

        boolean space() {
            return text.isBlank() || text.equals("\u00A0") || text.equals("\u202F");
        }
    }

    private record Line(int page, List<Glyph> glyphs) {
        float left() {
            return (float) glyphs.stream().filter(g -> !g.space()).mapToDouble(Glyph::x).min().orElse(0);
        }

        float right() {
            return (float) glyphs.stream().filter(g -> !g.space()).mapToDouble(Glyph::right).max().orElse(0);
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (Glyph g : glyphs) {
                sb.append(g.text());
            }
            return sb.toString();
        }
    }

    private TypeMeasure() {
    }

    /** Measures one PDF. */
    public static Result measure(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return measure(document);
        }
    }

    /** Measures one open PDF. */
    public static Result measure(PDDocument document) throws IOException {
        List<Glyph> glyphs = glyphs(document);
        float body = bodySize(glyphs);
        List<Line> lines = lines(glyphs, body);
        List<Line> bodyLines = lines.stream().filter(l -> isBody(l, body)).toList();
        Map<Integer, Float> columnRight = new HashMap<>();
        for (Line line : bodyLines) {
            columnRight.merge(line.page(), line.right(), Math::max);
        }
        int full = 0;
        int loose = 0;
        List<String> looseSamples = new ArrayList<>();
        double widest = 0;
        String widestAt = "";
        for (Line line : bodyLines) {
            if (line.right() < columnRight.get(line.page()) - 0.25f * body) {
                continue;
            }
            List<Double> gaps = wordGaps(line, body);
            if (gaps.size() < 2) {
                continue;
            }
            full++;
            double max = gaps.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            if (max > LOOSE_EM) {
                loose++;
                looseSamples.add(String.format(Locale.ROOT, "page %d, %.2f em: %s", line.page(), max, line.text().strip()));
            }
            if (max > widest) {
                widest = max;
                widestAt = "page " + line.page() + ": " + line.text().strip();
            }
        }
        int quotes = 0;
        List<String> samples = new ArrayList<>();
        for (Line line : lines) {
            List<Glyph> gs = line.glyphs();
            for (int i = 0; i < gs.size(); i++) {
                Glyph g = gs.get(i);
                if (!g.mono() && (g.text().equals("'") || g.text().equals("\""))) {
                    quotes++;
                    if (samples.size() < 10) {
                        samples.add("page " + g.page() + ": " + around(gs, i));
                    }
                }
            }
        }
        return new Result(full, loose, widest, widestAt, quotes, samples, looseSamples, body);
    }

    /** The glyphs of every page, in the order they are drawn. */
    private static List<Glyph> glyphs(PDDocument document) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                String font = t.getFont() == null || t.getFont().getName() == null ? "" : t.getFont().getName();
                boolean mono = font.contains("Mono") || font.contains("Courier") || font.contains("Code");
                glyphs.add(new Glyph(getCurrentPageNo(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                        t.getTextMatrix().getScalingFactorX(), t.getUnicode() == null ? "" : t.getUnicode(), mono));
            }
        };
        stripper.getText(document);
        return glyphs;
    }

    /** The commonest size of the document's visible glyphs, weighted by count. */
    private static float bodySize(List<Glyph> glyphs) {
        Map<Float, Integer> counts = new HashMap<>();
        for (Glyph g : glyphs) {
            if (!g.space()) {
                counts.merge(Math.round(g.size() * 10) / 10f, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
    }

    /**
     * Groups glyphs into lines: a glyph within 0.6 em of a line's first baseline belongs to it,
     * so a raised note call stays in its line.
     */
    private static List<Line> lines(List<Glyph> glyphs, float body) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingInt(Glyph::page).thenComparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph g : sorted) {
            if (!current.isEmpty() && (g.page() != current.get(0).page() || g.y() - current.get(0).y() > 0.6f * body)) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static Line line(List<Glyph> glyphs) {
        List<Glyph> byX = new ArrayList<>(glyphs);
        byX.sort(Comparator.comparingDouble(Glyph::x));
        return new Line(glyphs.get(0).page(), byX);
    }

    private static boolean isBody(Line line, float body) {
        long visible = line.glyphs().stream().filter(g -> !g.space()).count();
        long bodySized = line.glyphs().stream()
                .filter(g -> !g.space() && !g.mono() && Math.abs(g.size() - body) < 0.2f).count();
        return visible > 0 && bodySized >= 0.8 * visible;
    }

    /** The word gaps of a line, in em: the white space between visible glyphs where words part. */
    private static List<Double> wordGaps(Line line, float body) {
        List<Double> gaps = new ArrayList<>();
        Glyph previous = null;
        boolean spaceBetween = false;
        for (Glyph g : line.glyphs()) {
            if (g.space()) {
                spaceBetween = previous != null;
                continue;
            }
            if (previous != null) {
                double gap = (g.x() - previous.right()) / body;
                if (spaceBetween || gap > 0.12) {
                    gaps.add(gap);
                }
            }
            previous = g;
            spaceBetween = false;
        }
        return gaps;
    }

    private static String around(List<Glyph> glyphs, int i) {
        StringBuilder sb = new StringBuilder();
        for (int j = Math.max(0, i - 15); j < Math.min(glyphs.size(), i + 15); j++) {
            sb.append(glyphs.get(j).text());
        }
        return sb.toString().strip();
    }

    /** Prints the measures of each PDF named: {@code TypeMeasure FILE.pdf...}. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: TypeMeasure FILE.pdf...");
            System.exit(2);
        }
        boolean verbose = Boolean.getBoolean("verbose");
        for (String arg : args) {
            Result r = measure(Path.of(arg));
            System.out.println(arg + ": " + r);
            System.out.println("  widest gap at " + r.widestAt());
            if (verbose) {
                r.quoteSamples().forEach(s -> System.out.println("  quote: " + s));
                r.looseSamples().forEach(s -> System.out.println("  loose: " + s));
            }
        }
    }
}
