package org.imprint.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.imprint.DisplayPath;
import org.imprint.IoMessage;

/**
 * Checks, before any report is built, that outputs can be written: a folder that is a file,
 * cannot be created or is read-only would otherwise fail every report of a batch, each after
 * its whole build.
 */
public final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * Creates {@code folder} when missing and proves it writable by writing and deleting a file.
     *
     * @throws IOException with a message for a person: which folder, and why it cannot be used
     */
    public static void prepare(Path folder) throws IOException {
        String name = DisplayPath.of(folder);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException("output folder " + name + " is a file, not a folder; choose another --out");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IOException("cannot create the output folder " + name + ": " + IoMessage.of(e), e);
        }
        try {
            Files.delete(Files.createTempFile(folder, ".imprint-write-test", ".part"));
        } catch (IOException e) {
            throw new IOException("cannot write in the output folder " + name + ": " + IoMessage.of(e), e);
        }
    }

    /**
     * Removes a folder {@link #prepare} created when the build wrote nothing in it; a folder with
     * anything in it (another process's file) stays.
     */
    static void removeEmpty(Path folder) throws IOException {
        try {
            Files.deleteIfExists(folder);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            // not ours alone
        }
    }
}
