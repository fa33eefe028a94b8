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
import org.imprint.testing.PdfGlyphs;

/**
 * Measures the typography of a PDF from the positions of its glyphs, the way a reader sees it:
 * how wide the word gaps of its full justified lines are, and how many straight quotes it prints.
 *
 * <p>What is counted:
 * <ul>
 * <li>Body lines: lines whose glyphs are mostly in the body's size (the commonest size of the
 * document), so headings, captions, notes and running heads are left out.</li>
 * <li>Full lines: body lines with at least two words that reach the right edge of their
 * page's text column (within 0.25 em, for punctuation set into the margin), so last lines of
 * paragraphs are left out. The column's edge is the rightmost body line of the page.</li>
 * <li>A word gap: the white space between two glyphs that has a space glyph in it, or is wider
 * than 0.12 em. An em is the body size.</li>
 * <li>A loose line: a full line with a word gap wider than 0.5 em.</li>
 * <li>Straight quotes: U+0022 and U+0027 in any font that is not monospaced (code keeps
 * them).</li>
 * <li>Short lines: a body line that is not the last of its paragraph (the next body line follows
 * at the body's line spacing, starting at the same left edge) and ends more than
 * {@link #SHORT_SHARE} of the column's width before its right edge: a line justification
 * could not fill. Lines at the foot of a page are not judged (their paragraph's next line, if
 * any, is on the next page).</li>
 * </ul>
 *
 * <p>A second figure, {@link IssueCount}, counts as issue 13 counted (reconstructed with
 * poppler's {@code pdftotext -bbox-layout}, see TYPOGRAPHY.md): words as poppler makes them
 * (glyphs parted by a space, by white over 0.1 of their size or by a change of font), a gap the white between a
 * word's box and the next's, and an em the word box's height, which poppler takes as
 * (Ascent − Descent) × size from the font descriptor (1.362 × size for Noto Serif), not the
 * font size; full lines are lines of at least three words, most of them of the page's
 * commonest box height, whose last word ends within {@link #ISSUE_EDGE_PT} of the rightmost
 * such line of the page. It is the looser count: the same gap is fewer "em".
 *
 * <p>Run it with {@code bench/typography.sh FILE.pdf...}.
 */
public final class TypeMeasure {

    /** A word gap wider than this, in em, makes its line loose. */
    public static final double LOOSE_EM = 0.5;
    /** A line inside a paragraph ending more than this share of the column's width before its right edge is short. */
    public static final double SHORT_SHARE = 0.15;
    /** Issue 13's count: how near the page's right edge, in points, a full line's last word ends. */
    public static final double ISSUE_EDGE_PT = 3;
    /**
     * A gap this wide (in em) is no word gap of justified text but the space between a table's
     * cells or a page's columns: a line with one is left out of both counts and counted apart.
     */
    public static final double COLUMN_GAP_EM = 1.5;
    /**
     * Lines that must end at a page's right edge for the page to have a justified column: on a
     * page with fewer (a cover, a back page) the rightmost line is not the measure's edge.
     */
    public static final int COLUMN_LINES = 3;

    /**
     * Loose lines counted as issue 13 counted them (see the class comment).
     *
     * @param fullLines   full lines, as poppler's word boxes show them
     * @param looseLines  of those, lines with a gap over {@link #LOOSE_EM} word box heights
     * @param widestGapEm the widest gap, in word box heights
     * @param widestAt    where that gap is: page and the line's text
     * @param leftOut     lines at the edge left out for a gap over {@link #COLUMN_GAP_EM} (table rows, columns)
     */
    public record IssueCount(int fullLines, int looseLines, double widestGapEm, String widestAt, int leftOut) {

        /** Loose lines as a share of full lines, in percent. */
        public double loosePercent() {
            return fullLines == 0 ? 0 : 100.0 * looseLines / fullLines;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "full lines %d, loose %d (%.1f %%), widest gap %.2f em; left out %d lines "
                    + "with a gap over %.1f em (table rows, columns)", fullLines, looseLines, loosePercent(), widestGapEm, leftOut,
                    COLUMN_GAP_EM);
        }
    }

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
     * @param shortLines     every short line inside a paragraph: page and text
     * @param issueCount     loose lines as issue 13 counted them
     * @param leftOut        lines at the edge left out for a gap over {@link #COLUMN_GAP_EM} (table rows, columns)
     */
    public record Result(int fullLines, int looseLines, double widestGapEm, String widestAt, int straightQuotes,
                         List<String> quoteSamples, List<String> looseSamples, double bodySize, List<String> shortLines,
                         IssueCount issueCount, int leftOut) {

        /** Loose lines as a share of full lines, in percent. */
        public double loosePercent() {
            return fullLines == 0 ? 0 : 100.0 * looseLines / fullLines;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "full justified lines %d, loose %d (%.1f %%), widest gap %.2f em, "
                    + "short lines %d, straight quotes %d (body %.1f pt); left out %d lines with a gap over %.1f em "
                    + "(table rows, columns)", fullLines, looseLines, loosePercent(),
                    widestGapEm, shortLines.size(), straightQuotes, bodySize, leftOut, COLUMN_GAP_EM);
        }
    }

    /** A glyph; {@code box} is its word box's height as poppler computes it, (Ascent − Descent) × size. */
    private record Glyph(int page, float x, float y, float width, float size, String text, boolean mono, float box) {
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
        Map<Integer, Integer> atEdge = new HashMap<>();
        for (Line line : bodyLines) {
            if (line.right() >= columnRight.get(line.page()) - 0.25f * body) {
                atEdge.merge(line.page(), 1, Integer::sum);
            }
        }
        int leftOut = 0;
        int full = 0;
        int loose = 0;
        List<String> looseSamples = new ArrayList<>();
        double widest = 0;
        String widestAt = "";
        for (Line line : bodyLines) {
            if (line.right() < columnRight.get(line.page()) - 0.25f * body || atEdge.get(line.page()) < COLUMN_LINES) {
                continue;
            }
            List<Double> gaps = wordGaps(line, body);
            if (gaps.isEmpty()) {
                // two words justified to the measure are the loosest lines there are: counted
                continue;
            }
            double max = gaps.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            if (max > COLUMN_GAP_EM) {
                leftOut++;
                continue;
            }
            full++;
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
        return new Result(full, loose, widest, widestAt, quotes, samples, looseSamples, body,
                shortLines(bodyLines, body), issueCount(lines), leftOut);
    }

    /** The short lines inside paragraphs ({@link #SHORT_SHARE}). */
    private static List<String> shortLines(List<Line> bodyLines, float body) {
        Map<Float, Integer> steps = new HashMap<>();
        for (int i = 0; i + 1 < bodyLines.size(); i++) {
            Line line = bodyLines.get(i);
            Line next = bodyLines.get(i + 1);
            if (next.page() == line.page()) {
                steps.merge(Math.round((baseline(next) - baseline(line)) * 10) / 10f, 1, Integer::sum);
            }
        }
        float leading = steps.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
        Map<Integer, Float> left = new HashMap<>();
        Map<Integer, Float> right = new HashMap<>();
        for (Line line : bodyLines) {
            left.merge(line.page(), line.left(), Math::min);
            right.merge(line.page(), line.right(), Math::max);
        }
        List<String> shortLines = new ArrayList<>();
        for (int i = 0; i + 1 < bodyLines.size(); i++) {
            Line line = bodyLines.get(i);
            Line next = bodyLines.get(i + 1);
            boolean sameParagraph = next.page() == line.page()
                    && baseline(next) - baseline(line) <= leading + 0.1f * body
                    && Math.abs(next.left() - line.left()) <= 0.25f * body;
            float measure = right.get(line.page()) - left.get(line.page());
            if (sameParagraph && line.right() < right.get(line.page()) - SHORT_SHARE * measure) {
                shortLines.add("page " + line.page() + ": " + line.text().strip());
            }
        }
        return shortLines;
    }

    /** The baseline of a line: that of most of its glyphs (a raised note call is not). */
    private static float baseline(Line line) {
        Map<Float, Integer> ys = new HashMap<>();
        for (Glyph g : line.glyphs()) {
            ys.merge(Math.round(g.y() * 10) / 10f, 1, Integer::sum);
        }
        return ys.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    /** A word as poppler makes it: its left and right edge and its box height. */
    private record Word(float left, float right, float box) {
    }

    /** Loose lines as issue 13 counted them: see {@link IssueCount}. */
    private static IssueCount issueCount(List<Line> lines) {
        Map<Integer, List<List<Word>>> byPage = new java.util.TreeMap<>();
        Map<List<Word>, Line> lineOf = new java.util.IdentityHashMap<>();
        for (Line line : lines) {
            List<Word> words = words(line);
            if (!words.isEmpty()) {
                byPage.computeIfAbsent(line.page(), k -> new ArrayList<>()).add(words);
                lineOf.put(words, line);
            }
        }
        String widestAt = "";
        int full = 0;
        int loose = 0;
        int leftOut = 0;
        double widest = 0;
        for (List<List<Word>> page : byPage.values()) {
            Map<Float, Integer> heights = new HashMap<>();
            page.forEach(ws -> ws.forEach(w -> heights.merge(rounded(w.box()), 1, Integer::sum)));
            float body = heights.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
            float right = 0;
            for (List<Word> ws : page) {
                Word last = ws.get(ws.size() - 1);
                if (rounded(last.box()) == body) {
                    right = Math.max(right, last.right());
                }
            }
            List<List<Word>> edge = new ArrayList<>();
            for (List<Word> ws : page) {
                long bodyWords = ws.stream().filter(w -> rounded(w.box()) == body).count();
                if (ws.size() >= 3 && bodyWords >= 0.6 * ws.size() && ws.get(ws.size() - 1).right() >= right - ISSUE_EDGE_PT) {
                    edge.add(ws);
                }
            }
            if (edge.size() < COLUMN_LINES) {
                continue; // no justified column on this page (a cover)
            }
            for (List<Word> ws : edge) {
                double max = 0;
                for (int i = 0; i + 1 < ws.size(); i++) {
                    max = Math.max(max, (ws.get(i + 1).left() - ws.get(i).right()) / ws.get(i).box());
                }
                if (max > COLUMN_GAP_EM) {
                    leftOut++;
                    continue;
                }
                full++;
                if (max > LOOSE_EM) {
                    loose++;
                }
                if (max > widest) {
                    widest = max;
                    widestAt = "page " + lineOf.get(ws).page() + ": " + lineOf.get(ws).text().strip();
                }
            }
        }
        return new IssueCount(full, loose, widest, widestAt, leftOut);
    }

    private static float rounded(float v) {
        return Math.round(v * 10) / 10f;
    }

    /**
     * The words of a line as poppler parts them: at a space, where the white between glyphs is
     * over 0.1 of their size, or where the font changes.
     */
    private static List<Word> words(Line line) {
        List<Word> words = new ArrayList<>();
        Glyph first = null;
        Glyph previous = null;
        for (Glyph g : line.glyphs()) {
            if (g.space() || g.text().isEmpty()) {
                if (first != null) {
                    words.add(new Word(first.x(), previous.right(), first.box()));
                }
                first = null;
                continue;
            }
            // poppler also starts a new word where the font changes (here: where the box height does)
            if (first != null && (g.x() - previous.right() > 0.1f * g.size() || Math.abs(g.box() - previous.box()) > 0.01f)) {
                words.add(new Word(first.x(), previous.right(), first.box()));
                first = null;
            }
            if (first == null) {
                first = g;
            }
            previous = g;
        }
        if (first != null) {
            words.add(new Word(first.x(), previous.right(), first.box()));
        }
        return words;
    }

    /** The glyphs of every page, in the order they are drawn. */
    private static List<Glyph> glyphs(PDDocument document) throws IOException {
        return PdfGlyphs.read(document).stream().map(TypeMeasure::measured).toList();
    }

    private static Glyph measured(PdfGlyphs.Glyph g) {
        String font = g.fontName();
        boolean mono = font.contains("Mono") || font.contains("Courier") || font.contains("Code");
        // a font without a descriptor: poppler's default box
        float box = Float.isNaN(g.emBox()) ? 1.3f : g.emBox();
        return new Glyph(g.page(), g.x(), g.y(), g.width(), g.fontSize(), g.text(), mono, box * g.fontSize());
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
            System.out.println("  as issue 13 counted (em = word box height): " + r.issueCount());
            System.out.println("    widest gap at " + r.issueCount().widestAt());
            r.shortLines().forEach(s -> System.out.println("  short line: " + s));
            if (verbose) {
                r.quoteSamples().forEach(s -> System.out.println("  quote: " + s));
                r.looseSamples().forEach(s -> System.out.println("  loose: " + s));
            }
        }
    }
}
