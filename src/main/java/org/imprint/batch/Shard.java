package org.imprint.batch;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A stable share of a batch: shard {@code index} of {@code count} (1-based, as in
 * {@code --shard 2/4}) holds the reports whose slug hashes to it. The same slug always lands in
 * the same shard, so N machines can split a tree with no coordination.
 *
 * @param index 1 to {@code count}
 * @param count number of shards, at least 1
 */
public record Shard(int index, int count) {

    /** Every report. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard must be K/N with 1 <= K <= N, got " + index + "/" + count);
        }
    }

    /** Parses {@code K/N}. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 2 || !parts[0].matches("\\d+") || !parts[1].matches("\\d+")) {
            throw new IllegalArgumentException("shard must be K/N, e.g. 2/4, got \"" + text + "\"");
        }
        return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** Whether the report with this slug belongs to this shard. */
    public boolean includes(String slug) {
        CRC32 crc = new CRC32();
        crc.update(slug.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
