package org.imprint.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.imprint.Problem;
import org.imprint.brand.Brand;

import com.ibm.icu.lang.UScript;

/**
 * Finds the characters of an article that no font of its brand shows. The PDF engine would draw
 * each as {@code #} and a reading system would pick some font of its own, so the build warns,
 * naming the characters, the line of {@code article.md} they are on and the fonts it tried.
 */
public final class GlyphCoverage {

    /** More characters than this on one line are summed up, not listed. */
    private static final int LISTED = 8;

    private final FontService fonts;
    /** Whether the emoji sequences the PDF prints in pieces are warned of. */
    private final boolean warnsOfSequences;

    public GlyphCoverage(FontService fonts) {
        this(fonts, true);
    }

    private GlyphCoverage(FontService fonts, boolean sequences) {
        this.fonts = fonts;
        this.warnsOfSequences = sequences;
    }

    /**
     * This check without the warning of emoji sequences, for a PDF engine that refuses them
     * (openpdf): the build said they would print side by side, then refused them.
     */
    public GlyphCoverage withoutSequences() {
        return new GlyphCoverage(fonts, false);
    }

    /**
     * Warns of the characters of {@code text} that no family of the brand's stacks has, and of the
     * emoji sequences the PDF prints in pieces: each character and each sequence once, at the first
     * line it is on, with how many more lines hold it (an article that writes 🇵🇰 on 111 lines has
     * one warning, not 111). The characters or sequences first met on the same line and written on
     * as many lines share one.
     *
     * @param source the file {@code text} was read from, for the messages
     */
    public void check(String text, Path source, Brand brand, Consumer<Problem> warnings) throws IOException {
        List<Piece> lines = new ArrayList<>();
        String[] split = text.split("\n", -1);
        for (int i = 0; i < split.length; i++) {
            lines.add(new Piece(i + 1, split[i], ""));
        }
        check(lines, source, brand, warnings);
    }

    /**
     * One text the PDF prints and where it comes from.
     *
     * @param line  its line in the source file, or 0 when not known
     * @param text  the text as printed
     * @param where how the messages name it beside the file and line ({@code entry "lee2019"}), or empty
     */
    public record Piece(int line, String text, String where) {
    }

    /**
     * Warns, as {@link #check(String, Path, Brand, Consumer)} does for a whole file, of the
     * characters no font of the brand has and the emoji sequences the PDF prints in pieces in
     * texts from {@code source} that reach the PDF in another form than the file's (the formatted
     * entries of a bibliography file, each at the line of its key).
     */
    public void check(List<Piece> pieces, Path source, Brand brand, Consumer<Problem> warnings) {
        Set<String> tried = new LinkedHashSet<>();
        // each prose stack as the PDF tries it: its own families, then the faces for other scripts
        brand.proseStacks().forEach(stack -> {
            tried.addAll(stack);
            tried.addAll(brand.scriptFamilies());
        });
        List<String> families = new ArrayList<>(tried);
        Map<Integer, Set<Integer>> missing = new LinkedHashMap<>();
        Map<Integer, Boolean> known = new HashMap<>();
        Map<Integer, String> where = new HashMap<>();
        Map<String, Set<Integer>> sequences = new LinkedHashMap<>();
        for (Piece piece : pieces) {
            where.putIfAbsent(piece.line(), piece.where());
            String text = piece.text();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (drawn(cp) && !known.computeIfAbsent(cp, c -> prints(c, brand))) {
                    missing.computeIfAbsent(cp, c -> new TreeSet<>()).add(piece.line());
                }
            }
            if (warnsOfSequences) {
                EmojiSequences.in(text).values().forEach(onLine -> onLine.forEach(
                        seq -> sequences.computeIfAbsent(seq, s -> new TreeSet<>()).add(piece.line())));
            }
        }
        // one warning per line: every character first met there, each with the other lines it is on
        Map<Integer, Map<Integer, List<Integer>>> byLine = new TreeMap<>();
        missing.forEach((cp, on) -> byLine.computeIfAbsent(on.iterator().next(), l -> new LinkedHashMap<>())
                .put(cp, new ArrayList<>(on).subList(1, on.size())));
        byLine.forEach((line, chars) -> {
            Set<List<Integer>> others = new HashSet<>(chars.values());
            // the lines after the list when all share them, else each character's in its parentheses
            String aside = others.size() == 1 ? aside(others.iterator().next()) : "";
            warnings.accept(Problem.warning(source, line, lead(where.get(line)) + "no font of brand " + brand.name() + " has "
                    + describe(chars.keySet(), others.size() == 1 ? Map.of() : chars) + aside
                    + (aside.isEmpty() ? ", which" : " which")
                    + " the PDF would print as # (fonts tried: "
                    + String.join(", ", families) + "); add a font that has "
                    + (chars.size() == 1 ? "it" : "them") + " to fonts: in the brand's brand.yaml, or write the text another way"));
        });
        // a sequence with a piece no font has is warned about with that piece, above
        sequences.keySet().removeIf(seq -> !seq.codePoints().filter(GlyphCoverage::drawn)
                .allMatch(cp -> known.computeIfAbsent(cp, c -> prints(c, brand))));
        for (Occurrences<String> found : Occurrences.byFirstLine(sequences)) {
            Set<String> seqs = new LinkedHashSet<>(found.items());
            warnings.accept(Problem.warning(source, found.line(), lead(where.get(found.line())) + "the emoji "
                    + (seqs.size() == 1 ? "sequence " : "sequences ") + EmojiSequences.describe(seqs) + found.aside()
                    + " would print in the PDF as " + (seqs.size() == 1 ? "its" : "their")
                    + " separate emoji, side by side: the brand's monochrome emoji font is drawn glyph by glyph, without"
                    + " the combined forms of families, flags and skin tones (the e-book shows them whole); write the"
                    + " emoji one by one, or in words, if the PDF must show what is meant"));
        }
    }

    /** "entry "lee2019": ", or nothing for a text the file's line names well enough. */
    private static String lead(String where) {
        return where == null || where.isEmpty() ? "" : where + ": ";
    }

    /**
     * The characters or sequences first met on one line and written on as many other lines: two
     * first met on the same line but written on different numbers of lines are told apart, each
     * with its own count.
     */
    private record Occurrences<T>(int line, List<T> items, List<Integer> otherLines) {

        /** Groups {@code lines} (each item's lines, items in the order first met) by their first line and other lines. */
        static <T> List<Occurrences<T>> byFirstLine(Map<T, Set<Integer>> lines) {
            // first line, then the other lines: the items in the order first met
            Map<Integer, Map<List<Integer>, List<T>>> items = new TreeMap<>();
            lines.forEach((item, on) -> items.computeIfAbsent(on.iterator().next(), l -> new LinkedHashMap<>())
                    .computeIfAbsent(new ArrayList<>(on).subList(1, on.size()), n -> new ArrayList<>()).add(item));
            List<Occurrences<T>> found = new ArrayList<>();
            items.forEach((line, byOthers) -> byOthers.forEach((others, its) -> found.add(new Occurrences<>(line, its, others))));
            return found;
        }

        String aside() {
            return GlyphCoverage.aside(otherLines);
        }
    }

    /** More other lines than this are counted, not listed. */
    private static final int LINES_LISTED = 10;

    /**
     * ", here and on lines 11 and 13,", or nothing when there are none: the lines by number, so
     * each line's characters can be found from the warning (a line of four scripts had its
     * Ethiopic told of only as one of "5 more lines" of the title's warning, h19ab H10).
     */
    private static String aside(List<Integer> otherLines) {
        return otherLines.isEmpty() ? "" : ", here and " + onLines(otherLines) + ",";
    }

    /** "on line 11", "on lines 11, 13 and 19", "on lines 3, 5, … 21 and 101 more lines". */
    private static String onLines(List<Integer> lines) {
        if (lines.size() == 1) {
            return "on line " + lines.get(0);
        }
        List<String> named = lines.stream().limit(LINES_LISTED).map(String::valueOf).toList();
        String rest = lines.size() > LINES_LISTED ? " and " + (lines.size() - LINES_LISTED) + " more lines"
                : " and " + named.get(named.size() - 1);
        List<String> listed = lines.size() > LINES_LISTED ? named : named.subList(0, named.size() - 1);
        return "on lines " + String.join(", ", listed) + rest;
    }

    /**
     * Warns when the words of an SVG figure or chart hold characters no face of the brand has:
     * the PDF's SVG drawer sets each character in the first of the brand's faces that has it, and
     * one none has would print as a box.
     *
     * @param words  the figure's words (its {@code text} elements' content)
     * @param figure how the message names the figure, e.g. {@code figure "figures/map.svg"}
     * @param line   the line of {@code article.md} that places it, or 0
     */
    public void checkFigure(String words, String figure, Path source, int line, Brand brand, Consumer<Problem> warnings) {
        List<String> families = brand.fonts().stream().map(org.imprint.brand.FontFace::family).distinct().toList();
        Set<Integer> missing = new LinkedHashSet<>();
        words.codePoints().filter(GlyphCoverage::drawn).distinct()
                .filter(cp -> !shown(cp, families, brand)).forEach(missing::add);
        if (!missing.isEmpty()) {
            warnings.accept(Problem.warning(source, line, figure + " has words with " + describe(missing)
                    + ", which no font of brand " + brand.name() + " has: the PDF would print "
                    + (missing.size() == 1 ? "it as a box" : "them as boxes") + " (fonts tried: " + String.join(", ", families)
                    + "); add a font that has " + (missing.size() == 1 ? "it" : "them")
                    + " to fonts: in the brand's brand.yaml, or write the words another way"));
        }
    }

    /** "U+0D9A (ක), U+0D9B (ඛ)", at most {@link #LISTED} of them. */
    static String describe(Set<Integer> codePoints) {
        return describe(codePoints, Map.of());
    }

    /**
     * "U+0D9A (ක, here and on line 12), U+0D9B (ඛ)", at most {@link #LISTED} of them: each with
     * the other lines it is on, from {@code otherLines}, where there are any. The characters left
     * out are summed up by their scripts, so no script goes unnamed ("and 7 more"
     * hid the Khmer of a line that also held Cherokee and Georgian, h19ab H10); each script has
     * at least its first character listed.
     */
    private static String describe(Set<Integer> codePoints, Map<Integer, List<Integer>> otherLines) {
        // the first character of each script first, so that one of every script is listed
        Set<Integer> scriptsSeen = new HashSet<>();
        List<Integer> order = new ArrayList<>();
        codePoints.stream().filter(cp -> scriptsSeen.add(UScript.getScript(cp))).forEach(order::add);
        List<Integer> listed = new ArrayList<>(order.subList(0, Math.min(order.size(), LISTED)));
        codePoints.stream().filter(cp -> !listed.contains(cp) && listed.size() < LISTED).forEach(listed::add);
        // in the order met, as before
        List<Integer> shown = codePoints.stream().filter(listed::contains).toList();
        StringBuilder sb = new StringBuilder(codePoints.size() == 1 ? "the character " : "the characters ");
        for (int cp : shown) {
            List<Integer> others = otherLines.getOrDefault(cp, List.of());
            sb.append(cp == shown.get(0) ? "" : ", ").append(String.format("U+%04X (", cp)).appendCodePoint(cp)
                    .append(others.isEmpty() ? "" : ", here and " + onLines(others)).append(')');
        }
        Map<String, Integer> left = new LinkedHashMap<>();
        codePoints.stream().filter(cp -> !listed.contains(cp))
                .forEach(cp -> left.merge(UScript.getName(UScript.getScript(cp)), 1, Integer::sum));
        if (!left.isEmpty()) {
            List<String> counts = new ArrayList<>();
            left.forEach((script, n) -> counts.add(n + " " + script.replace('_', ' ')));
            sb.append(" and ").append(codePoints.size() - shown.size()).append(" more (")
                    .append(String.join(", ", counts)).append(')');
        }
        return sb.toString();
    }

    /**
     * Whether the character is drawn as a glyph: not white space, a control or format character
     * (joiners, direction marks) or a variation selector, which fonts need not have.
     */
    static boolean drawn(int cp) {
        int type = Character.getType(cp);
        return cp > 0x20 && !Character.isWhitespace(cp) && type != Character.CONTROL && type != Character.FORMAT
                && type != Character.SPACE_SEPARATOR && !(cp >= 0xFE00 && cp <= 0xFE0F) && !(cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /**
     * Whether the PDF prints the character in prose, with the fonts it actually uses there: the
     * PDFBox engine sets a character in a face of {@code fonts.scripts} only when that face is the
     * first of the brand's faces ({@code fonts.faces} order) to have it (pdf/GlyphFallback), and
     * otherwise in the element's own stack, glyph by glyph. So a character only the code font or
     * another script's face has (U+2212 MINUS SIGN in Noto Sans Mono and Noto Naskh Arabic, say)
     * is not printed: it must be in every prose stack or be taken by a face for other scripts.
     */
    public boolean prints(int cp, Brand brand) {
        List<String> order = brand.fonts().stream().map(org.imprint.brand.FontFace::family).distinct().toList();
        if (cp >= 0x250 && !order.isEmpty()) {
            String first = shownBy(cp, order, brand);
            if (first != null && !first.equals(order.get(0)) && brand.scriptFamilies().contains(first)) {
                return true;
            }
        }
        List<List<String>> stacks = brand.proseStacks();
        return stacks.isEmpty() ? shownBy(cp, order, brand) != null
                : stacks.stream().allMatch(stack -> shownBy(cp, stack, brand) != null);
    }

    private String shownBy(int cp, List<String> stack, Brand brand) {
        try {
            return fonts.familyFor(cp, stack, brand.fonts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean shown(int cp, List<String> families, Brand brand) {
        try {
            return fonts.familyFor(cp, families, brand.fonts()) != null;
        } catch (IOException e) {
            // the brand's fonts were all read by FontService.check before this runs
            throw new UncheckedIOException(e);
        }
    }
}
