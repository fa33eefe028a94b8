package org.imprint;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files so that a reader never sees half a file: the bytes go to a temporary file
 * beside the target, which is moved into place only when complete. A failed build leaves the
 * previous good output untouched.
 */
final class OutputFiles {

    /** Writes the content of one output. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException, ReportException;
    }

    private OutputFiles() {
    }

    static void write(Path target, Content content) throws IOException, ReportException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
