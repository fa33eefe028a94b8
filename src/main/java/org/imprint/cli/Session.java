package org.imprint.cli;

import java.nio.file.Path;
import java.util.function.Function;

import org.imprint.Imprint;
import org.imprint.article.RemoteAccess;

/**
 * Where a command line runs: in its own process, or in {@code imprint serve} on behalf of an
 * {@code imprint} started in another folder, whose terminal the server cannot see and whose
 * {@link Imprint} (brands, layouts, fonts already read) it shares.
 *
 * @param workingDirectory the folder relative paths on the command line are relative to, or
 *                         {@code null} for the process's own
 * @param terminal         whether standard input and output are a terminal (a progress bar)
 * @param imprints         the Imprint to build with, by the remote access a command asks for
 */
public record Session(Path workingDirectory, boolean terminal, Function<RemoteAccess, Imprint> imprints) {

    /** A command line of this process: a new Imprint per command, this process's terminal. */
    public static Session process() {
        return new Session(null, System.console() != null, remote -> new Imprint(Main.home(), remote));
    }

    /** The Imprint for a command, which may or may not download remote images. */
    Imprint imprint(boolean allowRemote) {
        return imprints.apply(allowRemote ? RemoteAccess.allowedWithDefaults() : RemoteAccess.DENIED);
    }
}
