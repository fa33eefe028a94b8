package org.imprint.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * Where a running server tells the {@code imprint} launcher of the same user how to reach it:
 * {@code {"port":…,"token":"…","version":"…","pid":…}} in a file only that user can read (0600,
 * in a 0700 folder). The launcher reads it with bash and talks to the server with curl, so a
 * command-line build starts no JVM.
 */
final class ServerFile {

    private final Path file;
    private final String token;

    private ServerFile(Path file, String token) {
        this.file = file;
        this.token = token;
    }

    /** Writes the file atomically, readable by this user only. */
    static ServerFile write(Path file, int port, String token, String version) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("port", port);
        content.put("token", token);
        content.put("version", version);
        content.put("pid", ProcessHandle.current().pid());
        Path temp = Files.createTempFile(dir, ".server", ".part",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temp, JSON.std.asString(content) + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return new ServerFile(file, token);
    }

    /** Deletes the file unless another server has written its own since. */
    void delete() {
        try {
            if (Files.readString(file, StandardCharsets.UTF_8).contains("\"" + token + "\"")) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // gone already, or unreadable: nothing of ours to remove
        }
    }
}
