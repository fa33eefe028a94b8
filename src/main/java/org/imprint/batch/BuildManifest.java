package org.imprint.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * The output folder's record of what each report was last built from:
 * {@code .imprint-manifest.json}, slug → input fingerprint and output files. A report whose
 * fingerprint is unchanged and whose outputs all exist needs no rebuild. A missing or unreadable
 * manifest only means everything is rebuilt.
 *
 * <p>Several processes may build into one folder at once (shards sharing a volume). So a save
 * takes a lock on {@code .imprint-manifest.lock} (an OS file lock, which other processes
 * see), reads the manifest as it is then, applies only this run's changes to it, and replaces it
 * atomically: no shard's record is lost to another's.
 */
final class BuildManifest {

    static final String FILE = ".imprint-manifest.json";
    static final String LOCK = ".imprint-manifest.lock";

    private record Entry(String inputs, List<String> outputs) {
    }

    private final Path outDir;
    private final Map<String, Entry> entries = new TreeMap<>();
    /** What this run changed: a new entry, or {@code null} for a report that failed. */
    private final Map<String, Entry> changes = new TreeMap<>();

    private BuildManifest(Path outDir) {
        this.outDir = outDir;
    }

    static BuildManifest load(Path outDir) {
        BuildManifest manifest = new BuildManifest(outDir);
        manifest.entries.putAll(read(outDir.resolve(FILE)));
        return manifest;
    }

    private static Map<String, Entry> read(Path file) {
        Map<String, Entry> entries = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            try {
                Map<String, Object> root = JSON.std.mapFrom(Files.readString(file));
                if (root.get("reports") instanceof Map<?, ?> reports) {
                    for (var e : reports.entrySet()) {
                        if (e.getValue() instanceof Map<?, ?> m && m.get("inputs") instanceof String inputs
                                && m.get("outputs") instanceof List<?> outputs) {
                            entries.put(String.valueOf(e.getKey()), new Entry(inputs, outputs.stream().map(String::valueOf).toList()));
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a damaged manifest costs a full rebuild, nothing more
                entries.clear();
            }
        }
        return entries;
    }

    /** Whether {@code slug} was built from exactly these inputs and all its outputs are still there. */
    synchronized boolean upToDate(String slug, String inputs, List<String> outputNames) {
        Entry entry = entries.get(slug);
        return entry != null && entry.inputs().equals(inputs) && entry.outputs().containsAll(outputNames)
                // a web edition is a folder
                && outputNames.stream().allMatch(name -> Files.exists(outDir.resolve(name)));
    }

    /** Every report the manifest knows (after {@link #save()}: every run's), slug → its outputs' names. */
    synchronized Map<String, List<String>> reports() {
        Map<String, List<String>> reports = new TreeMap<>();
        entries.forEach((slug, entry) -> reports.put(slug, entry.outputs()));
        return reports;
    }

    synchronized void built(String slug, String inputs, List<String> outputNames) {
        Entry entry = new Entry(inputs, List.copyOf(outputNames));
        entries.put(slug, entry);
        changes.put(slug, entry);
    }

    synchronized void failed(String slug) {
        entries.remove(slug);
        changes.put(slug, null);
    }

    /**
     * Merges this run's changes into the manifest on disk, under the lock, and writes it
     * atomically, so a killed batch never leaves a half-written one.
     */
    synchronized void save() throws IOException {
        Files.createDirectories(outDir);
        try (FileChannel lock = FileChannel.open(outDir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = lockOf(lock)) {
            Map<String, Entry> merged = read(outDir.resolve(FILE));
            changes.forEach((slug, entry) -> {
                if (entry == null) {
                    merged.remove(slug);
                } else {
                    merged.put(slug, entry);
                }
            });
            write(merged);
            entries.clear();
            entries.putAll(merged);
            changes.clear();
        }
    }

    /** The lock on the file, waiting for other processes (and other batches of this one) to let go. */
    private static FileLock lockOf(FileChannel channel) throws IOException {
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException e) {
                // another batch of this JVM holds it: wait for it as another process would
                try {
                    Thread.sleep(10);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for " + LOCK, interrupted);
                }
            }
        }
    }

    private void write(Map<String, Entry> merged) throws IOException {
        Map<String, Object> reports = new TreeMap<>();
        merged.forEach((slug, e) -> reports.put(slug, Map.of("inputs", e.inputs(), "outputs", new ArrayList<>(e.outputs()))));
        Path temp = Files.createTempFile(outDir, FILE, ".part");
        try {
            Files.writeString(temp, JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT)
                    .asString(Map.of("version", 1, "reports", reports)));
            try {
                Files.move(temp, outDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, outDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
