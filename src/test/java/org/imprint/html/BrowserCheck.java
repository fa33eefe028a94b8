package org.imprint.html;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.imprint.Reports;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * Opens pages in headless Chromium (Debian's, through the puppeteer-core that DAISY Ace brings)
 * and runs axe-core in them: {@code src/test/browser/check-pages.js}. Skipped when Node, Chromium
 * or Ace are missing, unless {@code IMPRINT_REQUIRE_BROWSER} is set, as {@code .ci/run} does: then
 * a missing browser fails the test.
 */
final class BrowserCheck {

    /** What the browser saw of one page at one width. */
    record Seen(String page, int width, List<Map<String, Object>> violations, int scrollWidth, List<Object> network) {
    }

    private static final Path SCRIPT = Reports.HOME.resolve("src/test/browser/check-pages.js");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PUPPETEER_EXECUTABLE_PATH", "/usr/bin/chromium"));

    private BrowserCheck() {
    }

    /** Skips the calling test when there is no browser to run, or fails it when one is required. */
    static void requireBrowser() {
        boolean found = onPath("node") && Files.isExecutable(CHROMIUM) && onPath("ace-puppeteer");
        if (!found && System.getenv("IMPRINT_REQUIRE_BROWSER") != null) {
            fail("node, " + CHROMIUM + " or ace-puppeteer is missing, and IMPRINT_REQUIRE_BROWSER is set: install them with"
                    + " apt-get install chromium nodejs npm; PUPPETEER_SKIP_DOWNLOAD=1 npm install -g @daisy/ace");
        }
        assumeTrue(found, "node, Chromium or DAISY Ace (which brings puppeteer-core and axe-core) is missing: pages not opened in a browser");
    }

    /** Opens each page at each width. */
    @SuppressWarnings("unchecked")
    static List<Seen> open(List<Path> pages, int... widths) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString(),
                String.join(",", java.util.Arrays.stream(widths).mapToObj(String::valueOf).toList())));
        pages.forEach(p -> command.add(p.toUri().toString()));
        Path out = Files.createTempFile("imprint-browser", ".json");
        Path log = Files.createTempFile("imprint-browser", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile());
            builder.environment().putIfAbsent("PUPPETEER_EXECUTABLE_PATH", CHROMIUM.toString());
            Process node = builder.start();
            if (!node.waitFor(10, TimeUnit.MINUTES)) {
                node.destroyForcibly();
                fail("the browser check did not finish in 10 minutes");
            }
            if (node.exitValue() != 0) {
                fail("the browser check failed (exit " + node.exitValue() + "):\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            Map<String, Object> results = JSON.std.mapFrom(Files.readString(out, StandardCharsets.UTF_8));
            List<Seen> seen = new ArrayList<>();
            for (var e : results.entrySet()) {
                Map<String, Object> r = (Map<String, Object>) e.getValue();
                String key = e.getKey();
                int at = key.lastIndexOf(" @ ");
                seen.add(new Seen(key.substring(0, at), Integer.parseInt(key.substring(at + 3)),
                        (List<Map<String, Object>>) r.get("violations"), ((Number) r.get("scrollWidth")).intValue(),
                        (List<Object>) r.get("network")));
            }
            return seen;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(log);
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator)).map(p -> Path.of(p, command)).anyMatch(Files::isExecutable);
    }
}
