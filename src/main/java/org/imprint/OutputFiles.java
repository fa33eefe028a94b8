package org.imprint;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.imprint.write.FolderZip;

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

    /**
     * Unpacks an output that is a folder (a ZIP of its files, see {@link FolderZip}) into a
     * temporary folder beside its target; {@link #commit()} moves it into place.
     */
    void writeFolder(Path target, byte[] zip) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempDirectory(dir, "." + target.getFileName() + "-");
        pending.put(target, temp);
        cleanup.register(temp);
        if (POSIX) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        FolderZip.unpack(new ByteArrayInputStream(zip), temp);
    }

    /** Moves every written output into place. */
    List<Path> commit() throws IOException {
        List<Path> done = new ArrayList<>();
        for (var entry : pending.entrySet()) {
            if (Files.isDirectory(entry.getValue())) {
                replaceFolder(entry.getValue(), entry.getKey());
            } else {
                move(entry.getValue(), entry.getKey());
            }
            done.add(entry.getKey());
        }
        pending.clear();
        cleanup.release();
        return done;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A folder cannot replace another in one rename: the old one is renamed aside first, the new
     * one renamed into place, then the old one deleted. A reader sees the old folder or the new,
     * never a mix; only between the two renames is there none.
     */
    private static void replaceFolder(Path from, Path to) throws IOException {
        Path old = null;
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            old = to.resolveSibling("." + to.getFileName() + "-old-" + from.getFileName());
            Files.move(to, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, to, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Deletes the temporary files of outputs that were not committed. */
    @Override
    public void close() throws IOException {
        try {
            for (Path temp : pending.values()) {
                deleteTree(temp);
            }
            pending.clear();
        } finally {
            cleanup.release();
        }
    }
}
