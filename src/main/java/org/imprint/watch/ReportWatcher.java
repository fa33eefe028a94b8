package org.imprint.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.IoMessage;
import org.imprint.Problem;
import org.imprint.ReportException;
import org.imprint.catalogue.CatalogueCard;
import org.imprint.preview.PagePreviews;

/**
 * Rebuilds a report whenever one of its files, or a brand or font, changes: the authoring loop
 * of write, look, fix, look again. It builds once, then waits for changes with the platform's
 * {@link WatchService}; a burst of events (an editor's save is often several) makes one rebuild
 * once the files have been quiet for a moment. A failed build is reported and the watch goes on.
 *
 * <p>One {@link Imprint} is kept between builds, so the JVM, the brand and the parsed layouts
 * stay warm; it is replaced when anything under {@code templates/} or {@code fonts/} changes,
 * because it caches brands and layouts.
 *
 * <p>{@link #run()} blocks until {@link #close()} is called from another thread.
 */
public final class ReportWatcher implements AutoCloseable {

    /** How long files must be quiet before a rebuild: an editor's save is over by then. */
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(200);

    /** A stream of changes that never pauses still gets a rebuild this often. */
    private static final Duration MAX_DELAY = Duration.ofSeconds(2);

    /** What the watcher has to say; called on the thread that runs it. */
    public interface Listener {

        /** A build starts; {@code changed} names the files that caused it, empty for the first. */
        default void building(Set<Path> changed) {
        }

        /** A build succeeded. */
        void built(List<Path> files, Duration took);

        /** A build failed; {@code message} names file, line and fix where it can. */
        void failed(String message, Exception cause);

        /** A problem that did not stop the build. */
        default void warning(Problem problem) {
        }
    }

    private final Path report;
    private final Path out;
    private final BuildRequest request;
    private final Path templates;
    private final Path fonts;
    private final Duration quiet;
    private final Listener listener;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private volatile Imprint imprint;

    /**
     * @param request   what to build: the report folder, where the output goes (the files written
     *                  there are not watched), the formats and the engine; warnings go to the listener
     * @param templates the templates folder (brands); watched
     * @param fonts     the fonts folder; watched
     * @param quiet     how long files must be quiet before a rebuild
     * @param listener  told of every build
     */
    public ReportWatcher(BuildRequest request, Path templates, Path fonts, Duration quiet, Listener listener) throws IOException {
        this.report = request.report().toAbsolutePath().normalize();
        this.out = request.out().toAbsolutePath().normalize();
        this.request = BuildRequest.of(report).out(out).formats(request.formats()).profile(request.profile())
                .engine(request.engine()).warnings(listener::warning).build();
        this.templates = templates.toAbsolutePath().normalize();
        this.fonts = fonts.toAbsolutePath().normalize();
        this.quiet = quiet;
        this.listener = listener;
        this.service = FileSystems.getDefault().newWatchService();
        this.imprint = new Imprint(templates, fonts);
    }

    /** The folders whose changes cause a rebuild. */
    public List<Path> roots() {
        return List.of(report, templates, fonts);
    }

    /**
     * Builds the report, then rebuilds it after every change until {@link #close()}.
     *
     * @throws IOException when a folder cannot be watched
     */
    public void run() throws IOException {
        try {
            for (Path root : roots()) {
                register(root);
            }
        } catch (ClosedWatchServiceException e) {
            return;
        }
        // registered before the first build: a save during it is not lost
        build(Set.of());
        try {
            while (!closed) {
                Map<Path, WatchEvent.Kind<?>> changed = new TreeMap<>();
                boolean brandsChanged = collect(service.take(), changed);
                long deadline = System.nanoTime() + MAX_DELAY.toNanos();
                WatchKey more;
                while (System.nanoTime() < deadline && (more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    brandsChanged |= collect(more, changed);
                }
                if (changed.isEmpty() || closed) {
                    continue;
                }
                if (brandsChanged) {
                    imprint = new Imprint(templates, fonts);
                }
                build(changed.keySet());
            }
        } catch (ClosedWatchServiceException e) {
            // close() was called: the loop is over
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops {@link #run()}: at once when it is waiting, after the build when it is building. */
    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            // nothing is left to release
        }
    }

    private void build(Set<Path> changed) {
        listener.building(changed);
        long start = System.nanoTime();
        try {
            List<Path> files = imprint.build(request);
            listener.built(files, Duration.ofNanos(System.nanoTime() - start));
        } catch (ReportException e) {
            listener.failed(e.problem().toString(), e);
        } catch (IOException e) {
            listener.failed(report + ": cannot write the outputs: " + IoMessage.of(e), e);
        } catch (RuntimeException e) {
            listener.failed(report + ": internal error, please report it: " + e, e);
        }
    }

    /**
     * Adds the relevant files of one key's events to {@code changed}, with what happened to
     * them, and watches new folders.
     *
     * @return whether a brand or font changed, which needs a fresh {@link Imprint}
     */
    private boolean collect(WatchKey key, Map<Path, WatchEvent.Kind<?>> changed) {
        Path folder = folders.get(key);
        boolean brands = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                // events were lost: rebuild everything, from fresh brands
                changed.put(report, OVERFLOW);
                brands = true;
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            if (ignored(file)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file)) {
                try {
                    register(file);
                } catch (IOException e) {
                    // it went again as fast as it came; nothing to watch
                }
            }
            if (event.kind() == ENTRY_DELETE && changed.get(file) == ENTRY_CREATE) {
                // made and removed within one save: an editor's or a tool's temporary file
                changed.remove(file);
            } else {
                changed.merge(file, event.kind(), (before, now) -> before == ENTRY_CREATE ? before : now);
            }
            brands |= !file.startsWith(report);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return brands;
    }

    /**
     * Files that are not the author's: what the build writes (else each build would cause the
     * next when the output folder is inside the report), and the temporary and backup files of
     * editors (vim's swap files and its 4913 probe, emacs's #locks#, backups ending in ~).
     */
    private boolean ignored(Path file) {
        String name = file.getFileName().toString();
        return isOutput(file) || name.startsWith(".") || name.startsWith("#") || name.endsWith("~")
                || name.endsWith(".swp") || name.endsWith(".swx") || name.equals("4913");
    }

    private boolean isOutput(Path file) {
        String slug = report.getFileName().toString();
        // startsWith: a web edition is a folder, and the build's catalogue card and covers are outputs too
        return file.startsWith(PagePreviews.folderFor(out.resolve(slug + ".pdf")))
                || file.startsWith(out.resolve(CatalogueCard.FOLDER))
                || request.formats().stream().anyMatch(f -> file.startsWith(imprint.outputFile(request, slug, f)));
    }

    private void register(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isDirectory).filter(d -> !isOutput(d)).forEach(dirs::add);
        }
        for (Path dir : dirs) {
            folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
        }
    }
}
