package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.imprint.Format;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typography of the example and of the every-feature report, measured on their screen
 * PDFs by {@link TypeMeasure} (the script of TYPOGRAPHY.md).
 */
class TypographyTest {

    @TempDir
    static Path out;
    static TypeMeasure.Result example;
    static TypeMeasure.Result everyFeature;

    @BeforeAll
    static void build() throws Exception {
        Imprint imprint = new Imprint(Reports.HOME);
        example = TypeMeasure.measure(imprint.build(Reports.EXAMPLE, out, Set.of(Format.PDF), p -> { }).get(0));
        everyFeature = TypeMeasure.measure(imprint.build(Reports.EVERY_FEATURE, out, Set.of(Format.PDF), p -> { }).get(0));
    }

    @Test
    void exampleHasNoStraightQuotes() {
        assertEquals(List.of(), example.quoteSamples(), example.toString());
    }

    @Test
    void everyFeatureReportHasNoStraightQuotes() {
        assertEquals(List.of(), everyFeature.quoteSamples(), everyFeature.toString());
    }
}
