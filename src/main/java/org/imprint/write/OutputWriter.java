package org.imprint.write;

import java.io.IOException;
import java.io.OutputStream;

import org.imprint.BuildRequest;
import org.imprint.ReportException;
import org.imprint.model.Publication;

/**
 * An output format: reads a {@link Publication} and writes one file of it. Registered by name in a
 * {@link Registry}; {@code --format} names it.
 */
public interface OutputWriter {

    /** The name {@code --format} uses, e.g. {@code pdf}. */
    String name();

    /**
     * Where the output of a report goes, relative to the output folder: the one place output
     * names are decided, e.g. {@code <slug>.pdf}.
     */
    String fileName(String slug, BuildRequest request);

    /**
     * Writes the publication.
     *
     * @throws ReportException when the publication cannot be written as asked, with a message
     *                         naming the file and the fix
     */
    void write(Publication publication, BuildRequest request, OutputStream out) throws ReportException, IOException;

    /**
     * Whether the output is a folder rather than a file: then {@link #fileName} names the folder
     * and {@link #write} writes a ZIP of its content (its files at the root, sorted, with fixed
     * timestamps), which a build unpacks into the folder, and a server may send as it is.
     */
    default boolean folder() {
        return false;
    }
}
