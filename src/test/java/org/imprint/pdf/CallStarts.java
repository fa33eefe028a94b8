package org.imprint.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.testing.PdfGlyphs;

/**
 * Counts note calls that begin a line, read from a PDF's glyph positions: a call parted from the
 * word it follows ("the policy" / "³ was"), as issues 13 and 15 saw it.
 *
 * <p>A call is a run of raised small digits: each smaller than 0.85 of the glyphs of the line it
 * stands on, its baseline above theirs by 5 % to 65 % of their size. The line is every glyph on
 * that baseline. A call begins its line when no other glyph of the line (calls included) stands
 * before it: left of it in a left-to-right line, right of it in a line whose letters are mostly
 * right to left. A call with no line under it (alone after a paragraph's last word) begins a
 * line of its own.
 *
 * <p>Run it with {@code java -cp target/test-classes:target/classes:target/lib/* org.imprint.pdf.CallStarts FILE.pdf...}.
 */
public final class CallStarts {

    /**
     * What was counted in one PDF.
     *
     * @param calls    every call found
     * @param atStarts the calls that begin a line: page and the line's text, in reading order
     */
    public record Result(int calls, List<String> atStarts) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "calls %d, at a line start %d", calls, atStarts.size());
        }
    }

    private record Glyph(int page, float x, float y, float width, float size, String text) {
        float right() {
            return x + width;
        }

        boolean blank() {
            return text.isBlank() || text.equals("\u00A0") || text.equals("\u202F");
        }

        boolean digit() {
            return text.length() == 1 && Character.isDigit(text.charAt(0));
        }
    }

    private CallStarts() {
    }

    public static Result count(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return count(document);
        }
    }

    public static Result count(PDDocument document) throws IOException {
        List<List<Glyph>> pages = new ArrayList<>();
        for (PdfGlyphs.Glyph g : PdfGlyphs.read(document)) {
            while (pages.size() < g.page()) {
                pages.add(new ArrayList<>());
            }
            pages.get(g.page() - 1).add(new Glyph(g.page(), g.x(), g.y(), g.width(), g.fontSize(), g.text()));
        }
        int calls = 0;
        List<String> atStarts = new ArrayList<>();
        for (List<Glyph> page : pages) {
            for (List<Glyph> call : calls(page)) {
                calls++;
                Glyph first = call.get(0);
                Glyph base = baseOf(first, page);
                List<Glyph> line = new ArrayList<>();
                for (Glyph g : page) {
                    if (g.blank() || call.contains(g)) {
                        continue;
                    }
                    if (base != null ? onLine(g, base, page) : Math.abs(g.y() - first.y()) < 0.2f * first.size()) {
                        line.add(g);
                    }
                }
                boolean rtl = rightToLeft(line);
                float start = rtl ? (float) call.stream().mapToDouble(Glyph::right).max().orElseThrow() : first.x();
                boolean begins = line.stream().noneMatch(g -> rtl ? g.right() > start + 0.5f : g.x() < start - 0.5f);
                if (begins) {
                    line.addAll(call);
                    line.sort(Comparator.comparingDouble(Glyph::x));
                    StringBuilder text = new StringBuilder();
                    line.forEach(g -> text.append(g.text()));
                    atStarts.add("p. " + first.page() + ": " + Normalizer.normalize(text.toString(), Normalizer.Form.NFKC));
                }
            }
        }
        return new Result(calls, atStarts);
    }

    /** The runs of raised small digits of a page, each left to right. */
    private static List<List<Glyph>> calls(List<Glyph> page) {
        List<Glyph> raised = new ArrayList<>();
        for (Glyph g : page) {
            Glyph base = g.digit() ? baseOf(g, page) : null;
            if (g.digit() && (base != null || alone(g, page))) {
                raised.add(g);
            }
        }
        raised.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> runs = new ArrayList<>();
        List<Glyph> run = null;
        for (Glyph g : raised) {
            Glyph last = run == null ? null : run.get(run.size() - 1);
            if (last != null && Math.abs(g.y() - last.y()) < 0.1f * g.size() && g.x() - last.right() < 0.15f * g.size()
                    && g.x() >= last.x()) {
                run.add(g);
            } else {
                run = new ArrayList<>();
                run.add(g);
                runs.add(run);
            }
        }
        return runs;
    }

    /** The nearest larger glyph whose baseline is a superscript's shift below this one's: the line it is raised on. */
    private static Glyph baseOf(Glyph g, List<Glyph> page) {
        Glyph best = null;
        for (Glyph o : page) {
            if (o.blank() || o.size() * 0.85f <= g.size()) {
                continue;
            }
            float drop = o.y() - g.y();
            if (drop > 0.05f * o.size() && drop < 0.65f * o.size()
                    && (best == null || Math.abs(o.y() - g.y()) < Math.abs(best.y() - g.y()))) {
                best = o;
            }
        }
        return best;
    }

    /**
     * Whether a small digit stands with nothing beside it on its baseline and no larger text on the
     * lines around it: a call wrapped alone to a line after its paragraph's last word.
     */
    private static boolean alone(Glyph g, List<Glyph> page) {
        boolean smaller = false;
        for (Glyph o : page) {
            if (o == g || o.blank()) {
                continue;
            }
            if (Math.abs(o.y() - g.y()) < 0.3f * g.size() && !(o.digit() && Math.abs(o.size() - g.size()) < 0.1f)) {
                return false;
            }
            smaller |= o.size() * 0.85f > g.size() && Math.abs(o.y() - g.y()) < 2 * o.size();
        }
        return smaller;
    }

    private static boolean onLine(Glyph g, Glyph base, List<Glyph> page) {
        if (Math.abs(g.y() - base.y()) < 0.15f * base.size()) {
            return true;
        }
        // another call raised on the same line
        Glyph other = g.digit() && g.size() < 0.85f * base.size() ? baseOf(g, page) : null;
        return other != null && Math.abs(other.y() - base.y()) < 0.15f * base.size();
    }

    private static boolean rightToLeft(List<Glyph> line) {
        int rtl = 0;
        int ltr = 0;
        for (Glyph g : line) {
            for (char ch : g.text().toCharArray()) {
                byte d = Character.getDirectionality(ch);
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    rtl++;
                } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    ltr++;
                }
            }
        }
        return rtl > ltr;
    }

    /** Prints the count of each PDF named: {@code CallStarts FILE.pdf...}. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: CallStarts FILE.pdf...");
            System.exit(2);
        }
        for (String arg : args) {
            Result r = count(Path.of(arg));
            System.out.println(arg + ": " + r);
            r.atStarts().forEach(s -> System.out.println("  " + s));
        }
    }
}
