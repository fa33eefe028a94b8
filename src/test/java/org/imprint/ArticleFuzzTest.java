package org.imprint;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded, seeded fuzz test: thousands of mutations of the example article (flipped bytes,
 * lost and doubled lines, YAML-breaking characters, truncation, invalid UTF-8, hostile or deep
 * Markdown) each either load or fail with a {@link ReportException}; never another exception,
 * never a hang. A few dozen of them also go all the way to a PDF. Seeds are fixed, so a failure
 * names the input that reproduces it.
 */
class ArticleFuzzTest {

    private static final long SEED = 20260421L;
    private static final int LOADS = 2500;
    private static final int BUILDS = 20;
    /** Far beyond what one input takes (milliseconds to load, a second to build), on any machine. */
    private static final Duration PER_INPUT = Duration.ofSeconds(20);

    /** Fragments that break YAML or Markdown, or try to reach what a report must not. */
    private static final List<String> INSERTS = List.of(
            ":", ": ", "- ", "---\n", "\n---\n", "[", "]", "{", "}", "\"", "'", "|", ">", "&a", "*a", "!!binary ",
            "!tag ", "%YAML 1.2\n", "@", "`", "\t", "? ", "#", "\u0000", "\uFEFF", "\u202E", "\\", "<", "&amp;",
            "title: again\n", "authors:\n  - name:\n", "date: 2026-02-30\n", "brand: ../../etc\n", "language: x-\n",
            "<script>alert(1)</script>", "<img src=\"../../etc/passwd\">", "<img src=\"figures/fig1.jpg\" onerror=x>",
            "![](figures/none.png)", "![x](file:///etc/passwd)", "![x](https://example.org/x.png)", "![x]()",
            "[a](../../etc/passwd)", "[a](javascript:alert(1))", "[^1]", "\n[^1]: note\n", "[^nope]", "\n| a | b |\n|---|\n",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;", "<a href=\"#\">", "</div>", "<div>",
            "~~", "**", "_", "\n    code\n", "\n```\nfence\n", "<!--", "-->", "&#0;", "&#x110000;");

    @TempDir
    static Path dir;
    static Path report;
    static byte[] original;
    /** The example's front matter and opening paragraphs with its first figure: quicker to set as a PDF. */
    static byte[] opening;
    static Imprint imprint;

    @BeforeAll
    static void prepare() throws IOException {
        // The example's text with small stand-ins for its figures, so each load stays quick.
        report = dir.resolve("fuzzed");
        Path figures = Files.createDirectories(report.resolve("figures"));
        Path small = Reports.HOME.resolve("src/test/resources/reports/real-world-images/figures");
        Files.copy(small.resolve("progressive.jpg"), figures.resolve("fig1.jpg"));
        Files.copy(small.resolve("palette.png"), figures.resolve("fig2.png"));
        Files.copy(small.resolve("grey.jpg"), figures.resolve("fig3.jpg"));
        original = Files.readAllBytes(Reports.EXAMPLE.resolve("article.md"));
        String text = new String(original, StandardCharsets.UTF_8);
        opening = text.substring(0, text.indexOf("\n\n", text.indexOf("figures/fig1.jpg") + 200) + 1).getBytes(StandardCharsets.UTF_8);
        imprint = new Imprint(Reports.HOME);
    }

    /** The input being tried, for the message when one hangs. */
    private volatile String current = "";

    /**
     * Each input gets a generous time of its own: a hang is caught whatever else the machine is
     * doing, and a busy machine does not fail the test.
     */
    @Test
    void everyMutationLoadsOrFailsCleanly() {
        Random random = new Random(SEED);
        for (int i = 0; i < LOADS; i++) {
            byte[] input = mutate(original, random);
            int n = i;
            assertTimeoutPreemptively(PER_INPUT, () -> {
                try (Report r = attempt("load", n, input)) {
                    // loaded: fine
                } catch (ReportException e) {
                    // a clean failure: fine
                }
            }, () -> "an input hangs: " + current);
        }
    }

    @Test
    void someMutationsBuildAllTheWayOrFailCleanly() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < BUILDS; i++) {
            byte[] input = mutate(opening, random);
            int n = i;
            assertTimeoutPreemptively(PER_INPUT.multipliedBy(3), () -> {
                try (Report r = attempt("build", n, input)) {
                    imprint.write(r, "pdf", OutputStream.nullOutputStream());
                } catch (ReportException e) {
                    // a clean failure: fine
                } catch (Exception | Error e) {
                    throw new AssertionError("build input " + n + " failed with " + e + "\n" + current, e);
                }
            }, () -> "an input hangs: " + current);
        }
    }

    private Report attempt(String what, int i, byte[] input) throws ReportException, IOException {
        Files.write(report.resolve("article.md"), input);
        current = what + " input " + i + ":\n" + new String(input, StandardCharsets.UTF_8);
        try {
            return imprint.load(report, p -> { });
        } catch (ReportException e) {
            if (e.problem() == null || e.problem().message().isBlank() || e.problem().file() == null) {
                fail(what + " input " + i + " failed without a message\n" + current);
            }
            throw e;
        } catch (Exception | Error e) {
            throw new AssertionError(what + " input " + i + " failed with " + e + "\n" + current, e);
        }
    }

    /** One to three random mutations of the article. */
    static byte[] mutate(byte[] text, Random random) {
        byte[] out = text;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            out = switch (random.nextInt(9)) {
                case 0 -> flipBytes(out, random);
                case 1 -> editLines(out, random, false);
                case 2 -> editLines(out, random, true);
                case 3 -> insert(out, random, INSERTS.get(random.nextInt(INSERTS.size())).getBytes(StandardCharsets.UTF_8));
                case 4 -> Arrays.copyOf(out, random.nextInt(out.length + 1));
                case 5 -> insert(out, random, new byte[] {(byte) 0xC3, (byte) (0x20 + random.nextInt(0x60))});
                case 6 -> insert(out, random, deep(random));
                case 7 -> swapLines(out, random);
                default -> insert(out, random, INSERTS.get(random.nextInt(INSERTS.size())).getBytes(StandardCharsets.UTF_8));
            };
        }
        return out;
    }

    private static byte[] flipBytes(byte[] text, Random random) {
        byte[] out = text.clone();
        for (int k = 1 + random.nextInt(4); k > 0 && out.length > 0; k--) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    private static List<String> lines(byte[] text) {
        return new ArrayList<>(Arrays.asList(new String(text, StandardCharsets.ISO_8859_1).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Deletes or duplicates a line; the front matter's lines (the first 30) are hit most. */
    private static byte[] editLines(byte[] text, Random random, boolean duplicate) {
        List<String> lines = lines(text);
        int at = random.nextBoolean() ? random.nextInt(Math.min(30, lines.size())) : random.nextInt(lines.size());
        if (duplicate) {
            lines.add(at, lines.get(at));
        } else {
            lines.remove(at);
        }
        return join(lines);
    }

    private static byte[] swapLines(byte[] text, Random random) {
        List<String> lines = lines(text);
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        String t = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, t);
        return join(lines);
    }

    private static byte[] insert(byte[] text, Random random, byte[] what) {
        int at = random.nextInt(text.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + what.length);
        out.write(text, 0, at);
        out.writeBytes(what);
        out.write(text, at, text.length - at);
        return out.toByteArray();
    }

    /** Deeply nested Markdown or YAML: quotes, lists, emphasis, brackets. */
    private static byte[] deep(Random random) {
        String unit = List.of("> ", "- ", "[", "{", "*", "<div>", "  - ").get(random.nextInt(7));
        return ("\n" + unit.repeat(500 + random.nextInt(5000)) + "x\n").getBytes(StandardCharsets.UTF_8);
    }
}
