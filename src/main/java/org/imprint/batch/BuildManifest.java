package org.imprint.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * <p>Several processes may build into one folder at once (shards sharing a volume). So the
 * manifest is read and saved under an OS file lock (which other processes see) on the manifest
 * itself, and a save applies only this run's changes to the manifest as it is then: no shard's
 * record is lost to another's. The lock is on the manifest, not on a file of its own, so nothing
 * else is left in the output folder; and the manifest is rewritten in place, not replaced, since
 * a replaced file would take the lock with it. A build killed in the middle of that short write
 * leaves a damaged manifest, which costs a full rebuild and nothing more.
 */
final class BuildManifest {

    static final String FILE = ".imprint-manifest.json";

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
        Path file = outDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            // under the lock, so a shard never reads another's manifest half rewritten
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                 FileLock held = lockOf(channel)) {
                manifest.entries.putAll(read(channel));
            } catch (IOException e) {
                // an unreadable manifest costs a full rebuild, nothing more
            }
        }
        return manifest;
    }

    /** The manifest's entries, read through its locked channel; none when it is empty or damaged. */
    private static Map<String, Entry> read(FileChannel channel) {
        Map<String, Entry> entries = new TreeMap<>();
        try {
            // read whole, through the channel: a stream over it would close it, and the lock with it
            ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(channel.size()));
            while (bytes.hasRemaining() && channel.read(bytes, bytes.position()) >= 0) {
                // reads until full
            }
            Map<String, Object> root = JSON.std.mapFrom(new String(bytes.array(), StandardCharsets.UTF_8));
            if (root.get("reports") instanceof Map<?, ?> reports) {
                for (var e : reports.entrySet()) {
                    if (e.getValue() instanceof Map<?, ?> m && m.get("inputs") instanceof String inputs
                            && m.get("outputs") instanceof List<?> outputs) {
                        entries.put(String.valueOf(e.getKey()), new Entry(inputs, outputs.stream().map(String::valueOf).toList()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // an empty (new) or damaged manifest costs a full rebuild, nothing more
            entries.clear();
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

    /** Merges this run's changes into the manifest on disk, under the lock. */
    synchronized void save() throws IOException {
        Files.createDirectories(outDir);
        try (FileChannel channel = FileChannel.open(outDir.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock held = lockOf(channel)) {
            Map<String, Entry> merged = read(channel);
            changes.forEach((slug, entry) -> {
                if (entry == null) {
                    merged.remove(slug);
                } else {
                    merged.put(slug, entry);
                }
            });
            write(channel, merged);
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
                    throw new IOException("interrupted while waiting for " + FILE, interrupted);
                }
            }
        }
    }

    private static void write(FileChannel channel, Map<String, Entry> merged) throws IOException {
        Map<String, Object> reports = new TreeMap<>();
        merged.forEach((slug, e) -> reports.put(slug, Map.of("inputs", e.inputs(), "outputs", new ArrayList<>(e.outputs()))));
        byte[] json = JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(Map.of("version", 1, "reports", reports))
                .getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        ByteBuffer buffer = ByteBuffer.wrap(json);
        while (buffer.hasRemaining()) {
            channel.write(buffer, json.length - buffer.remaining());
        }
        channel.force(false);
    }
}
