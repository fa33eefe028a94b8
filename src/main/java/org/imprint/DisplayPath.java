package org.imprint;

import java.nio.file.Path;

/**
 * Paths as the commands print them: relative to the working directory when inside it.
 *
 * <p>The working directory is the process's, except where {@link #from(Path)} names another for
 * the current thread (and the threads it starts): {@code imprint serve} builds for command lines
 * started in other folders, and answers uploads with paths relative to the report, and must
 * word its messages exactly as an {@code imprint} process started there would.
 */
public final class DisplayPath {

    // Inheritable: a batch starts its worker threads from the thread that asked for it.
    private static final InheritableThreadLocal<Path> WORKING_DIRECTORY = new InheritableThreadLocal<>();

    private DisplayPath() {
    }

    /** The path relative to the working directory when it lies inside it, else absolute. */
    public static String of(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = workingDirectory();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /** The folder paths are shown relative to on this thread. */
    public static Path workingDirectory() {
        Path cwd = WORKING_DIRECTORY.get();
        return cwd != null ? cwd : Path.of("").toAbsolutePath();
    }

    /**
     * Shows paths relative to {@code folder} on this thread (and threads it starts) until the
     * returned scope is closed.
     */
    public static Scope from(Path folder) {
        Path before = WORKING_DIRECTORY.get();
        WORKING_DIRECTORY.set(folder.toAbsolutePath().normalize());
        return () -> {
            if (before == null) {
                WORKING_DIRECTORY.remove();
            } else {
                WORKING_DIRECTORY.set(before);
            }
        };
    }

    /** Ends a {@link #from(Path)}. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
