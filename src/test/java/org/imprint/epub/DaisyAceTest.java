package org.imprint.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * DAISY Ace, the reference checker for EPUB accessibility, judges the e-books of the example, the
 * every-feature report, the hostile report, the charts report, the example in the fieldstone brand,
 * and the reports in the scripts of the region (an Urdu article, right to left; Hebrew, Hindi, Thai, emoji): no critical
 * or serious violation is allowed in any of them.
 *
 * <p>Ace runs its checks (axe-core) in a headless Chromium through puppeteer: the npm package
 * {@code @daisy/ace}, command {@code ace-puppeteer}, with Debian's {@code chromium} (set
 * {@code PUPPETEER_EXECUTABLE_PATH}; {@code /usr/bin/chromium} is used when it is unset). The
 * test is skipped when the command is not on the PATH, unless {@code IMPRINT_REQUIRE_ACE} is set,
 * as {@code .ci/run} does: then a missing Ace fails it.
 */
class DaisyAceTest {

    private static final String ACE = "ace-puppeteer";
    private static final Set<String> BLOCKING = Set.of("critical", "serious");

    @TempDir
    static Path dir;

    @BeforeAll
    static void requireAce() {
        boolean found = onPath(ACE).isPresent();
        if (!found && System.getenv("IMPRINT_REQUIRE_ACE") != null) {
            fail(ACE + " is not on the PATH, and IMPRINT_REQUIRE_ACE is set: install it with"
                    + " PUPPETEER_SKIP_DOWNLOAD=1 npm install -g @daisy/ace (and apt-get install chromium)");
        }
        assumeTrue(found, ACE + " (DAISY Ace, npm @daisy/ace) is not on the PATH: the e-books are not judged by Ace");
    }

    @Test
    void theExampleHasNoSeriousViolation() throws Exception {
        assertNoSeriousViolation(build(Reports.EXAMPLE));
    }

    @Test
    void theEveryFeatureReportHasNoSeriousViolation() throws Exception {
        assertNoSeriousViolation(build(Reports.EVERY_FEATURE));
    }

    @Test
    void theHostileReportHasNoSeriousViolation() throws Exception {
        assertNoSeriousViolation(build(Reports.HOME.resolve("src/test/resources/reports/hostile")));
    }

    @Test
    void theChartsReportHasNoSeriousViolation() throws Exception {
        // an SVG diagram and two charts, each with its data table in a details element
        assertNoSeriousViolation(build(Reports.HOME.resolve("src/test/resources/reports/charts")));
    }

    @Test
    void theUrduArticleHasNoSeriousViolation() throws Exception {
        assertNoSeriousViolation(build(Reports.HOME.resolve("src/test/resources/reports/urdu")));
    }

    @Test
    void theScriptsOfTheRegionHaveNoSeriousViolation() throws Exception {
        assertNoSeriousViolation(build(Reports.HOME.resolve("src/test/resources/reports/scripts")));
        assertNoSeriousViolation(build(Reports.HOME.resolve("src/test/resources/reports/quoting-urdu")));
    }

    @Test
    void theFieldstoneBrandHasNoSeriousViolation() throws Exception {
        Path report = Files.createDirectories(dir.resolve("fieldstone-example"));
        Path figures = Files.createDirectories(report.resolve("figures"));
        try (Stream<Path> files = Files.list(Reports.EXAMPLE.resolve("figures"))) {
            for (Path figure : files.toList()) {
                Files.copy(figure, figures.resolve(figure.getFileName()));
            }
        }
        String article = Files.readString(Reports.EXAMPLE.resolve("article.md"));
        assertTrue(article.contains("\nbrand: rcas\n"));
        Files.writeString(report.resolve("article.md"), article.replace("\nbrand: rcas\n", "\nbrand: fieldstone\n"));
        assertNoSeriousViolation(build(report));
    }

    private static Path build(Path report) throws Exception {
        return new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out")).formats("epub").build()).get(0);
    }

    private static void assertNoSeriousViolation(Path epub) throws Exception {
        Map<String, Object> report = ace(epub);
        List<String> violations = new ArrayList<>();
        int all = 0;
        for (Object document : list(report.get("assertions"))) {
            Map<String, Object> doc = map(document);
            String url = String.valueOf(map(doc.get("earl:testSubject")).get("url"));
            for (Object assertion : list(doc.get("assertions"))) {
                Map<String, Object> a = map(assertion);
                Map<String, Object> test = map(a.get("earl:test"));
                Map<String, Object> result = map(a.get("earl:result"));
                all++;
                String impact = String.valueOf(test.get("earl:impact"));
                if (BLOCKING.contains(impact)) {
                    violations.add(url + ": " + impact + " " + test.get("dct:title") + ": " + result.get("dct:description")
                            + " at " + map(result.get("earl:pointer")).get("css"));
                }
            }
        }
        System.out.println("Ace on " + epub.getFileName() + ": " + all + " violations, " + violations.size() + " critical or serious");
        assertEquals(List.of(), violations, epub.getFileName() + ": critical or serious violations");
    }

    /** Runs Ace on one e-book; its JSON report. */
    private static Map<String, Object> ace(Path epub) throws IOException, InterruptedException {
        Path out = dir.resolve("ace-" + epub.getFileName());
        ProcessBuilder command = new ProcessBuilder(ACE, "--silent", "--force", "--outdir", out.toString(), epub.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("ace-" + epub.getFileName() + ".log").toFile());
        Map<String, String> env = command.environment();
        if (!env.containsKey("PUPPETEER_EXECUTABLE_PATH") && Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            env.put("PUPPETEER_EXECUTABLE_PATH", "/usr/bin/chromium");
        }
        // the browser's start, on two busy cores, can take longer than Ace's 5 s default
        env.putIfAbsent("ACE_TIMEOUT_INITIAL", "60000");
        Process ace = command.start();
        if (!ace.waitFor(10, TimeUnit.MINUTES)) {
            ace.destroyForcibly();
            fail("Ace did not finish on " + epub.getFileName() + " in 10 minutes");
        }
        Path json = out.resolve("report.json");
        if (ace.exitValue() != 0 || !Files.isRegularFile(json)) {
            fail("Ace failed on " + epub.getFileName() + " (exit " + ace.exitValue() + "):\n"
                    + Files.readString(dir.resolve("ace-" + epub.getFileName() + ".log"), StandardCharsets.UTF_8));
        }
        return JSON.std.mapFrom(Files.readString(json, StandardCharsets.UTF_8));
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).map(p -> Path.of(p, command)).filter(Files::isExecutable).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }
}
