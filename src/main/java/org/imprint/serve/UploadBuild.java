package org.imprint.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.imprint.BuildRequest;
import org.imprint.DisplayPath;
import org.imprint.Imprint;
import org.imprint.IoMessage;
import org.imprint.PdfProfile;
import org.imprint.Report;
import org.imprint.ReportException;
import org.imprint.TempCleanup;
import org.imprint.model.Publication;

/**
 * One build of an uploaded report: unpacks it into its own temporary folder, writes the asked
 * format to memory the way {@code imprint build} writes it to a file, and removes the folder.
 * Messages name files relative to the report folder ({@code article.md:2: ...}).
 */
final class UploadBuild {

    /** What to build. */
    record Order(String format, PdfProfile profile, String engine, String slug) {
    }

    /** A built file: its bytes, its name as the command line would write it, and the warnings. */
    record Built(byte[] bytes, String fileName, List<String> warnings) {
    }

    private final Imprint imprint;
    private final ReportUpload upload;

    UploadBuild(Imprint imprint, ReportUpload upload) {
        this.imprint = imprint;
        this.upload = upload;
    }

    Built build(byte[] zip, Order order) throws Refusal, IOException {
        Path temp = Files.createTempDirectory("imprint-serve-");
        TempCleanup cleanup = new TempCleanup();
        cleanup.register(temp);   // SIGTERM before the build ends still removes it
        try {
            Path report = upload.unpack(zip, temp, order.slug());
            List<String> warnings = Collections.synchronizedList(new ArrayList<>());
            try (DisplayPath.Scope scope = DisplayPath.from(report)) {
                BuildRequest request = BuildRequest.of(report).out(temp.resolve("out")).formats(order.format())
                        .profile(order.profile()).engine(order.engine()).warnings(p -> warnings.add(p.toString())).build();
                try (Report loaded = imprint.load(request)) {
                    Publication publication = imprint.publish(loaded);
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 19);
                    imprint.write(publication, order.format(), request, bytes);
                    String name = imprint.outputFile(request, loaded.slug(), order.format()).getFileName().toString();
                    return new Built(bytes.toByteArray(), name, List.copyOf(warnings));
                } catch (ReportException e) {
                    // as imprint build prints them: warnings, then the error
                    List<String> lines = new ArrayList<>(warnings);
                    lines.add("error: " + e.problem());
                    throw new Refusal(422, "bad-report", "The report cannot be built", e.problem().toString(), lines);
                }
            }
        } finally {
            delete(temp);
            cleanup.release();
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("imprint serve: cannot remove " + folder + ": " + IoMessage.of(e));
        }
    }
}
