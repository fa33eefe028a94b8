package org.imprint.batch;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 */
final class BuildManifest {

    static final String FILE = ".imprint-manifest.json";

    private record Entry(String inputs, List<String> outputs) {
    }

    private final Path outDir;
    private final Map<String, Entry> entries = new TreeMap<>();

    private BuildManifest(Path outDir) {
        this.outDir = outDir;
    }

    static BuildManifest load(Path outDir) {
        BuildManifest manifest = new BuildManifest(outDir);
        Path file = outDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try {
                Map<String, Object> root = JSON.std.mapFrom(Files.readString(file));
                if (root.get("reports") instanceof Map<?, ?> reports) {
                    for (var e : reports.entrySet()) {
                        if (e.getValue() instanceof Map<?, ?> m && m.get("inputs") instanceof String inputs
                                && m.get("outputs") instanceof List<?> outputs) {
                            manifest.entries.put(String.valueOf(e.getKey()),
                                    new Entry(inputs, outputs.stream().map(String::valueOf).toList()));
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a damaged manifest costs a full rebuild, nothing more
                manifest.entries.clear();
            }
        }
        return manifest;
    }

    /** Whether {@code slug} was built from exactly these inputs and all its outputs are still there. */
    synchronized boolean upToDate(String slug, String inputs, List<String> outputNames) {
        Entry entry = entries.get(slug);
        return entry != null && entry.inputs().equals(inputs) && entry.outputs().containsAll(outputNames)
                && outputNames.stream().allMatch(name -> Files.isRegularFile(outDir.resolve(name)));
    }

    synchronized void built(String slug, String inputs, List<String> outputNames) {
        entries.put(slug, new Entry(inputs, List.copyOf(outputNames)));
    }

    synchronized void failed(String slug) {
        entries.remove(slug);
    }

    /** Writes the manifest atomically, so a killed batch never leaves a half-written one. */
    synchronized void save() throws IOException {
        Map<String, Object> reports = new TreeMap<>();
        entries.forEach((slug, e) -> reports.put(slug, Map.of("inputs", e.inputs(), "outputs", new ArrayList<>(e.outputs()))));
        Files.createDirectories(outDir);
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
