package org.imprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Deletes an owner's temporary files (a build's {@code .part} outputs, a report's downloads)
 * if the process is stopped before the owner does it itself: Ctrl-C or a kill runs the JVM's
 * shutdown hooks, while the build threads stop wherever they are. The hook is registered on the
 * first file and removed by {@link #release()}, so a long-running process (watch, a batch of
 * thousands) does not collect hooks. Thread-safe.
 */
public final class TempCleanup {

    private final List<Path> paths = new CopyOnWriteArrayList<>();
    private Thread hook;

    /**
     * Deletes {@code path} (a file, or a folder with everything in it) if the process stops first.
     *
     * @throws IllegalStateException when the process is already stopping: then {@code path} is
     *                               deleted at once, and its owner should stop too
     */
    public synchronized void register(Path path) {
        paths.add(path);
        if (hook == null) {
            Thread thread = new Thread(this::deleteAll, "imprint-cleanup");
            try {
                Runtime.getRuntime().addShutdownHook(thread);
                hook = thread;
            } catch (IllegalStateException e) {
                // stopping: the hooks have run or are running, and would miss this file
                deleteAll();
                throw new IllegalStateException("the process is stopping", e);
            }
        }
    }

    /** The owner has cleaned up (or kept its files): forget them and unregister the hook. */
    public synchronized void release() {
        paths.clear();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the process is stopping and the hook is running or has run
            }
            hook = null;
        }
    }

    private void deleteAll() {
        for (Path path : paths) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | RuntimeException e) {
                // already gone (moved into place, or deleted by its owner), or cannot be deleted
            }
        }
    }
}
