package org.imprint;

import java.nio.file.Path;

/** Paths as the commands print them: relative to the working directory when inside it. */
public final class DisplayPath {

    private DisplayPath() {
    }

    /** The path relative to the working directory when it lies inside it, else absolute. */
    public static String of(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
