package org.imprint;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the output files of one report so that a reader never sees half a file and a failure
 * leaves nothing behind: each output goes to a temporary {@code .part} file beside its target,
 * and only when every output of the report is complete are they moved into place, each
 * atomically. A failed build deletes its temporary files and leaves the previous good outputs
 * untouched.
 */
final class OutputFiles implements AutoCloseable {

    /** Writes the content of one output. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException, ReportException;
    }

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final FileAttribute<Set<PosixFilePermission>> READABLE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"));

    private final Map<Path, Path> pending = new LinkedHashMap<>();
    /** Ctrl-C while outputs are written must not leave {@code .part} files. */
    private final TempCleanup cleanup = new TempCleanup();

    /** Writes one output to its temporary file; {@link #commit()} moves it into place. */
    void write(Path target, Content content) throws IOException, ReportException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // temporary files are private (0600) by default; outputs are published, so rw-r--r--
        Path temp = POSIX ? Files.createTempFile(dir, "." + target.getFileName(), ".part", READABLE)
                : Files.createTempFile(dir, "." + target.getFileName(), ".part");
        pending.put(target, temp);
        cleanup.register(temp);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            content.writeTo(out);
        }
    }

    /** Moves every written output into place. */
    List<Path> commit() throws IOException {
        List<Path> done = new ArrayList<>();
        for (var entry : pending.entrySet()) {
            try {
                Files.move(entry.getValue(), entry.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(entry.getValue(), entry.getKey(), StandardCopyOption.REPLACE_EXISTING);
            }
            done.add(entry.getKey());
        }
        pending.clear();
        cleanup.release();
        return done;
    }

    /** Deletes the temporary files of outputs that were not committed. */
    @Override
    public void close() throws IOException {
        try {
            for (Path temp : pending.values()) {
                Files.deleteIfExists(temp);
            }
            pending.clear();
        } finally {
            cleanup.release();
        }
    }
}
