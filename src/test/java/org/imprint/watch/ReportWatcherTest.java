package org.imprint.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.BuildRequest;
import org.imprint.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch loop in-process, on a copy of the minimal report and of the rcas brand: it builds,
 * rebuilds after a save, reports a mistake and goes on, picks up a change to the brand, and
 * stops when closed. Waits are for the watcher's own events, bounded, never fixed sleeps.
 */
class ReportWatcherTest {

    /** Generous: the first build in a cold JVM on a busy CI machine takes seconds. */
    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path dir;

    private record Event(String kind, String detail) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    private final ReportWatcher.Listener listener = new ReportWatcher.Listener() {
        @Override
        public void built(List<Path> files, Duration took) {
            events.add(new Event("built", files.toString()));
        }

        @Override
        public void failed(String message, Exception cause) {
            events.add(new Event("failed", message));
        }
    };

    @Test
    void rebuildsOnEverySaveReportsMistakesAndStopsWhenClosed() throws Exception {
        // a copy of rcas that the test may change; the article alone keeps the builds quick
        Path templates = dir.resolve("templates");
        copy(Reports.HOME.resolve("templates/rcas"), templates.resolve("rcas"));
        Path profile = templates.resolve("rcas/brand.yaml");
        Files.writeString(profile, Files.readString(profile).replaceFirst("\nparts: .*", "\nparts: [article]"));
        Path report = Files.createDirectories(dir.resolve("minimal"));
        Path article = report.resolve("article.md");
        String original = Files.readString(Reports.MINIMAL.resolve("article.md"));
        Files.writeString(article, original);
        Path pdf = dir.resolve("out/minimal.pdf");

        ReportWatcher watcher = new ReportWatcher(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf").build(), templates,
                Reports.HOME.resolve("fonts"), Duration.ofMillis(100), listener);
        Thread loop = new Thread(() -> {
            try {
                watcher.run();
            } catch (IOException e) {
                events.add(new Event("failed", e.toString()));
            }
        }, "watch-test");
        loop.start();
        try {
            expect("built", "");
            assertTrue(text(pdf).contains("This is the second and final paragraph."));
            FileTime first = Files.getLastModifiedTime(pdf);

            save(article, original.replace("the second and final paragraph", "the second paragraph, edited while watching"));
            expect("built", "");
            assertTrue(text(pdf).contains("edited while watching"), "rebuilt after the save");
            assertTrue(Files.getLastModifiedTime(pdf).compareTo(first) > 0);

            save(article, original.replace("date: 2026-01-15", "date: 2026-13-45"));
            expect("failed", "date \"2026-13-45\" is not a valid date");
            save(article, original);
            expect("built", "");
            assertTrue(text(pdf).contains("This is the second and final paragraph."), "the watch went on after the error");

            save(profile, Files.readString(profile).replace("default: RCAS Commentary", "default: Centre Commentary"));
            expect("built", "");
            assertTrue(text(pdf).contains("CENTRE COMMENTARY"), "a brand change is picked up, not served from a cache");
        } finally {
            watcher.close();
            loop.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        }
        assertFalse(loop.isAlive(), "close() ends the loop");
        assertTrue(events.isEmpty(), "no build after the last change: " + events);
    }

    /** Waits for the next build's outcome and checks it is the expected one. */
    private void expect(String kind, String detail) throws InterruptedException {
        Event event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(event, "no " + kind + " within " + WAIT_SECONDS + " s");
        assertEquals(kind, event.kind(), event.detail());
        assertTrue(event.detail().contains(detail), event.detail());
    }

    /** Saves as many editors do: write a new file, then move it over the old one. */
    private void save(Path file, String text) throws IOException {
        Path temp = Files.writeString(dir.resolve("saving.tmp"), text);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
