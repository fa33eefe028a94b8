package org.imprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.imprint.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF build through the command line reads none of the machine's fonts and writes nothing
 * outside its output (issue 18, item 14): PDFBox's default font mapper would scan the system's
 * fonts and write {@code .pdfbox.cache} into the user's home (or {@code pdfbox.fontcache}). Run
 * in a child JVM, as a user runs it, with both pointed at empty folders.
 */
class NoSystemFontsTest {

    @TempDir
    Path dir;

    @Test
    void aPdfBuildWritesNoFontCache() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path cache = Files.createDirectories(dir.resolve("font-cache"));
        Path out = dir.resolve("out");
        // every-feature has page-foot notes, whose tagging reads pages before their fonts are embedded
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + home, "-Dpdfbox.fontcache=" + cache,
                "-Dimprint.home=" + Reports.HOME, "org.imprint.cli.Main",
                "build", Reports.EVERY_FEATURE.toString(), "--out", out.toString(), "--format", "pdf")
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertTrue(build.waitFor(5, TimeUnit.MINUTES), "the build did not end");
        assertEquals(0, build.exitValue(), Files.readString(dir.resolve("log.txt")));
        assertTrue(Files.isRegularFile(out.resolve("every-feature.pdf")));
        assertEquals(List.of(), list(home), "written into the user's home");
        assertEquals(List.of(), list(cache), "written into pdfbox.fontcache");
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> !f.equals(folder)).toList();
        }
    }
}
