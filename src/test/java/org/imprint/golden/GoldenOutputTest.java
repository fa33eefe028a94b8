package org.imprint.golden;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.PdfProfile;
import org.imprint.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden outputs: what readers get from the example, the every-feature report and the example in
 * the fieldstone brand, compared with reviewed files in {@code src/test/resources/golden/}. The
 * e-book's XHTML, OPF, nav and CSS are compared as exact text (fonts and images by a listing of
 * sizes and digests); the PDF by its page count and text, and by each page rendered at low
 * resolution, within a tolerance. Differences are written to {@code target/golden-actual/}.
 *
 * <p>A deliberate change regenerates them: {@code mvn -B test -Dtest=GoldenOutputTest
 * -Dgolden.update=true}, then {@code git diff} and a look at the changed PNGs.
 */
class GoldenOutputTest {

    @TempDir
    static Path dir;
    static Path exampleEpub;
    static Path examplePdf;
    static Path examplePrintPdf;
    static Path everyFeatureEpub;
    static Path everyFeaturePdf;
    static Path fieldstoneEpub;
    static Path fieldstonePdf;

    @BeforeAll
    static void build() throws Exception {
        if (System.getenv("SOURCE_DATE_EPOCH") != null) {
            // The build dates in the OPF and the PDF would come from it instead of the article.
            fail("SOURCE_DATE_EPOCH is set in the environment; the golden outputs are made with the articles' dates."
                    + " Run the tests without it (env -u SOURCE_DATE_EPOCH ...); Maven's surefire removes it (pom.xml).");
        }
        clear(GoldenFiles.ACTUAL_ROOT);
        Imprint imprint = new Imprint(Reports.HOME);
        List<Path> example = imprint.build(BuildRequest.of(Reports.EXAMPLE).out(dir.resolve("example")).build());
        examplePdf = example.get(0);
        exampleEpub = example.get(1);
        examplePrintPdf = imprint.build(BuildRequest.of(Reports.EXAMPLE).out(dir.resolve("example-print")).formats("pdf")
                .profile(PdfProfile.PRINT).build()).get(0);
        List<Path> everyFeature = imprint.build(BuildRequest.of(Reports.EVERY_FEATURE).out(dir.resolve("every-feature")).build());
        everyFeaturePdf = everyFeature.get(0);
        everyFeatureEpub = everyFeature.get(1);
        List<Path> fieldstone = imprint.build(BuildRequest.of(FieldstoneExample.write(dir)).out(dir.resolve("fieldstone")).build());
        fieldstonePdf = fieldstone.get(0);
        fieldstoneEpub = fieldstone.get(1);
    }

    @Test
    void exampleEpub() throws IOException {
        checkEpub("example", exampleEpub);
    }

    @Test
    void examplePdf() throws IOException {
        checkPdf("example", examplePdf, true);
    }

    @Test
    void examplePrintPages() throws IOException {
        checkPdf("example-print", examplePrintPdf, false);
    }

    @Test
    void everyFeatureEpub() throws IOException {
        checkEpub("every-feature", everyFeatureEpub);
    }

    @Test
    void everyFeaturePdf() throws IOException {
        checkPdf("every-feature", everyFeaturePdf, true);
    }

    @Test
    void fieldstoneEpub() throws IOException {
        checkEpub("fieldstone", fieldstoneEpub);
    }

    @Test
    void fieldstonePdf() throws IOException {
        checkPdf("fieldstone", fieldstonePdf, true);
    }

    private static void checkEpub(String name, Path epub) throws IOException {
        requireFile(epub, ".epub");
        EpubSnapshot snapshot = EpubSnapshot.of(epub);
        GoldenFiles golden = new GoldenFiles(name);
        golden.text("epub-entries.txt", snapshot.entries());
        for (Map.Entry<String, String> text : snapshot.texts().entrySet()) {
            golden.text("epub/" + text.getKey(), text.getValue());
        }
        golden.noOthersIn("epub");
        golden.verify();
    }

    /** The page images, and with {@code text} the page count, bookmarks and text of each page. */
    private static void checkPdf(String name, Path file, boolean text) throws IOException {
        requireFile(file, ".pdf");
        GoldenFiles golden = new GoldenFiles(name);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (text) {
                golden.text("pdf.txt", PdfSnapshot.of(pdf));
            }
            List<BufferedImage> pages = PageImages.render(pdf);
            for (int i = 0; i < pages.size(); i++) {
                golden.page(String.format("pages/page-%02d.png", i + 1), pages.get(i));
            }
        }
        golden.noOthersIn("pages");
        golden.verify();
    }

    private static void requireFile(Path file, String extension) {
        if (!file.getFileName().toString().endsWith(extension)) {
            fail("expected the build to write a " + extension + " file, got " + file);
        }
    }

    /** Last run's actual files go: what is there after a run is from that run. */
    private static void clear(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
