package org.imprint.cli;

import picocli.CommandLine.Option;

/**
 * {@code --no-server}, of the commands the launcher hands to a running {@code imprint serve}. The
 * launcher reads it (and then runs the command in its own JVM); the command itself only accepts it.
 */
final class NoServerOption {

    @Option(names = "--no-server", description = "Run in this process even when an `imprint serve` of this user runs (the launcher hands the command to it otherwise).")
    boolean noServer;
}
