package org.imprint.batch;

import java.nio.file.Path;
import java.util.Set;

import org.imprint.PdfProfile;

/**
 * How to build a batch.
 *
 * @param outDir  where outputs and the build manifest go
 * @param formats the formats to write, by name
 * @param profile what the PDF is made for
 * @param jobs    reports built at once (at least 1)
 * @param force   rebuild reports whose inputs have not changed
 * @param shard   the share of the reports to build
 * @param engine  the PDF engine's name, or null for each report's brand's choice
 * @param baseUrl where the output folder is published, which makes the OPDS feed's links
 *                absolute; or null for links relative to the feed
 */
public record BatchOptions(Path outDir, Set<String> formats, PdfProfile profile, int jobs, boolean force, Shard shard,
                           String engine, String baseUrl) {

    /** Options whose catalogue feed links relatively. */
    public BatchOptions(Path outDir, Set<String> formats, PdfProfile profile, int jobs, boolean force, Shard shard,
                        String engine) {
        this(outDir, formats, profile, jobs, force, shard, engine, null);
    }

    /** Options with each brand's PDF engine. */
    public BatchOptions(Path outDir, Set<String> formats, PdfProfile profile, int jobs, boolean force, Shard shard) {
        this(outDir, formats, profile, jobs, force, shard, null);
    }

    public BatchOptions {
        formats = Set.copyOf(formats);
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }
}
