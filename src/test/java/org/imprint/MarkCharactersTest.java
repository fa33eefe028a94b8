package org.imprint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each private-use mark the pipeline writes into a citation's text while it formats it
 * ({@link ReservedMarks}) is declared once: two corrections that chose the same character took
 * each other's marks for their own (ShortYears' year and FieldBounds' field both used U+E07A,
 * and "Water Act 2014" in a title was printed "Water Act 14"). The marks are declared in the
 * classes that write them, so the sources are read here.
 */
class MarkCharactersTest {

    /** A constant whose value is one or more marks: {@code static final char START = '\uE07A';}. */
    private static final Pattern DECLARATION = Pattern.compile(
            "static final (?:char|String) (\\w+) = [\"']((?:\\\\u[Ee]0[0-9A-Fa-f]{2})+)[\"']");
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([Ee]0[0-9A-Fa-f]{2})");

    @Test
    void noMarkIsDeclaredTwice() throws IOException {
        Map<String, List<String>> owners = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher d = DECLARATION.matcher(Files.readString(file));
                while (d.find()) {
                    if (file.endsWith("ReservedMarks.java")) {
                        continue;   // the bounds of the range, not marks
                    }
                    Matcher e = ESCAPE.matcher(d.group(2));
                    while (e.find()) {
                        owners.computeIfAbsent(e.group(1).toUpperCase(), k -> new ArrayList<>())
                                .add(file.getFileName() + " " + d.group(1));
                    }
                }
            }
        }
        assertTrue(owners.size() > 40, "the declarations were not found: " + owners);
        Map<String, List<String>> twice = new TreeMap<>(owners);
        twice.values().removeIf(list -> list.size() < 2);
        assertTrue(twice.isEmpty(), "marks declared twice: " + twice);
    }
}
