package org.imprint.verify;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** veraPDF judges the screen PDFs of the example and of the every-feature report. */
class PdfConformanceTest {

    @TempDir
    static Path out;
    static Path example;
    static Path everyFeature;

    @BeforeAll
    static void build() throws Exception {
        Imprint imprint = new Imprint(Reports.HOME);
        example = imprint.build(BuildRequest.of(Reports.EXAMPLE).out(out).formats("pdf").build()).get(0);
        everyFeature = imprint.build(BuildRequest.of(Reports.EVERY_FEATURE).out(out).formats("pdf").build()).get(0);
    }

    @Test
    void exampleIsPdfA2uAndPdfUa1() throws Exception {
        assertConforms(new PdfVerifier().check(example));
    }

    @Test
    void everyFeatureReportIsPdfA2uAndPdfUa1() throws Exception {
        assertConforms(new PdfVerifier().check(everyFeature));
    }

    private static void assertConforms(PdfCheck check) {
        assertEquals(List.of("PDF/A-2U", "PDF/UA-1"), check.conformance().stream().map(Conformance::standard).toList());
        assertAll(check.conformance().stream().map(verdict -> () -> {
            assertEquals(List.of(), verdict.failures(), verdict.standard() + ": failed rules");
            assertTrue(verdict.claimed(), verdict.standard() + " is not claimed in the XMP");
            assertTrue(verdict.compliant(), verdict.standard());
        }));
        assertTrue(check.fonts().stream().allMatch(f -> f.embedded() && f.subset()), check.fonts().toString());
        assertTrue(check.passes());
    }
}
