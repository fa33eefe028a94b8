package org.imprint.golden;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * The reviewed reference files of one case ({@code src/test/resources/golden/<case>/}), compared
 * with what the build makes now. Every difference is collected, the actual file (and for a page a
 * diff image) is written to {@code target/golden-actual/<case>/}, and {@link #verify()} fails
 * once, listing them all. With {@code -Dgolden.update=true} the reference files are rewritten
 * instead, and files the build no longer makes are deleted.
 */
final class GoldenFiles {

    static final String UPDATE_PROPERTY = "golden.update";
    static final String REGENERATE = "mvn -B test -Dtest=GoldenOutputTest -D" + UPDATE_PROPERTY + "=true";
    static final Path ROOT = Path.of("src/test/resources/golden").toAbsolutePath();
    static final Path ACTUAL_ROOT = Path.of("target/golden-actual").toAbsolutePath();

    private final String name;
    private final Path golden;
    private final Path actual;
    private final boolean update;
    private final Set<String> seen = new TreeSet<>();
    private final List<String> differences = new ArrayList<>();
    private final List<String> updated = new ArrayList<>();

    /**
     * @param name the case, a folder under the golden root
     */
    GoldenFiles(String name) {
        this.name = name;
        this.golden = ROOT.resolve(name);
        this.actual = ACTUAL_ROOT.resolve(name);
        this.update = Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /** Compares a text file exactly. */
    void text(String file, String content) throws IOException {
        seen.add(file);
        Path expected = golden.resolve(file);
        String old = Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : null;
        if (content.equals(old)) {
            return;
        }
        if (update) {
            write(expected, content);
            updated.add(file);
            return;
        }
        write(actual.resolve(file), content);
        differences.add(old == null ? file + ": no reference file"
                : file + ": " + firstDifference(old, content));
    }

    /** Compares a page image within {@link PageImages}' tolerance. */
    void page(String file, BufferedImage page) throws IOException {
        seen.add(file);
        Path expected = golden.resolve(file);
        BufferedImage old = Files.exists(expected) ? ImageIO.read(expected.toFile()) : null;
        PageImages.Comparison comparison = old == null ? null : PageImages.compare(old, page);
        if (update) {
            // Rewritten whenever a pixel changed, so `git diff --stat` shows every page that moved.
            if (comparison == null || !comparison.identical()) {
                writePng(expected, page);
                updated.add(file);
            }
            return;
        }
        if (comparison != null && comparison.withinTolerance()) {
            return;
        }
        writePng(actual.resolve(file), page);
        if (comparison == null) {
            differences.add(file + ": no reference image");
            return;
        }
        String diffName = file.replaceFirst("\\.png$", "-diff.png");
        if (comparison.diff() != null) {
            writePng(actual.resolve(diffName), comparison.diff());
        }
        differences.add(file + ": " + comparison.describe()
                + (comparison.diff() != null ? " (differences in red in " + diffName + ")" : ""));
    }

    /**
     * Checks that no reference file under {@code folder} was left unmade (a page that no longer
     * exists, an entry the e-book lost).
     */
    void noOthersIn(String folder) throws IOException {
        Path dir = golden.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String relative = golden.relativize(file).toString().replace('\\', '/');
            if (seen.contains(relative)) {
                continue;
            }
            if (update) {
                Files.delete(file);
                updated.add(relative + " (deleted)");
            } else {
                differences.add(relative + ": the build no longer makes it");
            }
        }
    }

    /** Fails with every difference found, saying where the actual files are and how to regenerate. */
    void verify() {
        if (update) {
            if (!updated.isEmpty()) {
                System.err.println("golden " + name + ": rewrote " + String.join(", ", updated)
                        + "; review with git diff and open the changed PNGs");
            }
            return;
        }
        if (differences.isEmpty()) {
            return;
        }
        throw new AssertionError("the output of '" + name + "' differs from src/test/resources/golden/" + name + ":"
                + "\n  " + String.join("\n  ", differences)
                + "\nActual files (and diff images) are in " + actual
                + "\nIf the change is intended, regenerate with `" + REGENERATE + "`, then review it with"
                + " `git diff src/test/resources/golden` and by opening the changed PNGs.");
    }

    /** The first line that differs, both ways, so a short message says what changed. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int n = Math.min(e.length, a.length);
        for (int i = 0; i < n; i++) {
            if (!e[i].equals(a[i])) {
                return "line " + (i + 1) + " differs\n      expected: " + clip(e[i]) + "\n      actual:   " + clip(a[i]);
            }
        }
        return e.length < a.length ? "the actual file has " + (a.length - e.length) + " more line(s) from line " + (n + 1)
                : "the actual file ends early, at line " + n + " of " + e.length;
    }

    private static String clip(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePng(Path file, BufferedImage image) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }
}
