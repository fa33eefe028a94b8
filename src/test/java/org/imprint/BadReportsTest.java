package org.imprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad report under {@code src/test/resources/bad-reports} fails with the message that
 * {@code expected-errors.txt} gives (file, line, what is wrong and how to fix it), without a
 * stack trace's worth of detail, and leaves no output file behind.
 */
class BadReportsTest {

    private static final Imprint IMPRINT = new Imprint(Reports.HOME);

    @TempDir
    Path out;

    static Map<String, String> expectations() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Reports.BAD.resolve("expected-errors.txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\t", 2);
                expected.put(parts[0], parts[1]);
            }
        }
        return expected;
    }

    static Stream<String> cases() throws IOException {
        return expectations().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithItsMessageAndLeavesNoOutput(String name) throws IOException {
        Path report = Reports.BAD.resolve(name);
        List<Problem> warnings = new java.util.ArrayList<>();
        ReportException e = assertThrows(ReportException.class,
                () -> IMPRINT.build(BuildRequest.of(report).out(out).formats("pdf").warnings(warnings::add).build()));

        String message = e.problem().toString();
        String expected = "bad-reports/" + name + "/" + expectations().get(name);
        assertTrue(message.contains(expected), "expected\n  " + expected + "\ngot\n  " + message);
        assertEquals(Problem.Severity.ERROR, e.problem().severity());
        assertTrue(e.getMessage().lines().noneMatch(l -> l.strip().startsWith("at ")), "looks like a stack trace: " + message);
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.toList(), "files left in the output folder");
        }
    }

    @Test
    void everyBadReportHasAnExpectation() throws IOException {
        try (Stream<Path> folders = Files.list(Reports.BAD)) {
            List<String> names = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(names, expectations().keySet().stream().sorted().toList());
        }
    }

    /** A message is for a person: no Java class names, no exception dumps. */
    @Test
    void messagesNameNoJavaInternals() throws IOException {
        for (String name : expectations().keySet()) {
            ReportException e = assertThrows(ReportException.class,
                    () -> IMPRINT.load(Reports.BAD.resolve(name), p -> { }).close());
            assertTrue(!e.getMessage().matches("(?s).*\\b(java|javax|org)\\.[a-z]+\\..*"), name + ": " + e.getMessage());
        }
    }
}
