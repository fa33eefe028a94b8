package org.imprint.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A folder as a ZIP and back: how a writer whose output is a folder streams it. Written with the
 * entries in the order given and one fixed time, so the same folder gives the same bytes;
 * unpacked only below the target, so no entry can write elsewhere.
 */
public final class FolderZip {

    private FolderZip() {
    }

    /**
     * Writes the files, by their path inside the folder ({@code /} separated), as a ZIP.
     *
     * @param time every entry's modification time
     */
    public static void write(Map<String, byte[]> files, Instant time, OutputStream out) throws IOException {
        LocalDateTime stamp = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        if (stamp.getYear() < 1980) {
            stamp = LocalDateTime.of(1980, 1, 1, 0, 0);
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            ZipEntry entry = new ZipEntry(file.getKey());
            entry.setTimeLocal(stamp);
            zip.putNextEntry(entry);
            zip.write(file.getValue());
            zip.closeEntry();
        }
        zip.finish();
    }

    /**
     * Unpacks a ZIP into a folder, which must exist.
     *
     * @throws IOException for an entry that would land outside the folder
     */
    public static void unpack(InputStream in, Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new IOException("the web edition's archive names a file outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
    }
}
