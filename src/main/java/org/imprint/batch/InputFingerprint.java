package org.imprint.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Hashes of what a report's outputs depend on: the content of every file of the report folder,
 * plus what all reports share (the brands, the fonts, Imprint's own code and the options),
 * hashed once per batch. Equal fingerprints mean the outputs would come out the same.
 *
 * <p>Shared files are identified by path, size and modification time rather than content:
 * reading 12 MB of fonts on every run cost a sixth of a single build, and an edited brand file
 * or a rebuilt jar always changes one of the three.
 */
final class InputFingerprint {

    private final String shared;

    /**
     * @param templates the brands folder
     * @param fonts     the fonts folder
     * @param code      Imprint's jar or classes folder
     * @param options   the options that change output, e.g. formats
     */
    InputFingerprint(Path templates, Path fonts, Path code, String options) throws IOException {
        MessageDigest digest = sha256();
        digest.update(options.getBytes(StandardCharsets.UTF_8));
        for (Path root : List.of(templates, fonts, code)) {
            hashTree(digest, root, false);
        }
        this.shared = HexFormat.of().formatHex(digest.digest());
    }

    /** The fingerprint of one report's inputs. */
    String of(Path reportFolder) throws IOException {
        MessageDigest digest = sha256();
        digest.update(shared.getBytes(StandardCharsets.US_ASCII));
        hashTree(digest, reportFolder, true);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Hashes the relative path of every file below {@code root}, in a stable order, with its
     * content or else its size and modification time.
     */
    private static void hashTree(MessageDigest digest, Path root, boolean content) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            if (!content) {
                digest.update((Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis()).getBytes(StandardCharsets.US_ASCII));
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
