package org.imprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same inputs give the same bytes: two builds, into different folders, compared. */
class ReproducibleBuildTest {

    @TempDir
    Path out;

    @Test
    void twoBuildsAreByteIdentical() throws Exception {
        List<Path> first = buildAll(out.resolve("first"));
        List<Path> second = buildAll(out.resolve("second"));
        assertEquals(3, first.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).getFileName(), second.get(i).getFileName());
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
                    first.get(i).getFileName() + " differs between two builds");
        }
    }

    /** A fresh Imprint each time: nothing cached may make the second build differ. */
    private static List<Path> buildAll(Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        files.addAll(new Imprint(Reports.HOME).build(BuildRequest.of(Reports.EVERY_FEATURE).out(dir).formats("pdf", "epub").build()));
        files.addAll(new Imprint(Reports.HOME).build(BuildRequest.of(Reports.EVERY_FEATURE).out(dir).formats("pdf").profile(PdfProfile.PRINT).build()));
        return files;
    }
}
