package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.PdfProfile;
import org.imprint.Report;
import org.imprint.Reports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every Markdown feature through each PDF engine, written to a stream through the public API. */
class EveryFeaturePdfTest {

    @ParameterizedTest
    @ValueSource(strings = {"pdfbox", "openpdf"})
    void everyFeatureReachesThePdf(String engine) throws Exception {
        Imprint imprint = new Imprint(Reports.HOME);
        Report report = imprint.load(Reports.EVERY_FEATURE, p -> { });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        imprint.write(imprint.publish(report), "pdf", BuildRequest.of(report.article().folder()).engine(engine).build(), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
            String text = PdfText.all(pdf);
            assertAll(
                    () -> assertTrue(text.contains("Figure 1."), text),
                    // notes are numbered endnotes in the screen PDF
                    () -> assertTrue(text.contains("1. Proposals for a single regional authority"), text),
                    () -> assertTrue(text.contains("2. The numbers in the table are invented"), text),
                    () -> assertTrue(text.contains("Island feeder ports 1,200 18.5"), "table row"),
                    () -> assertTrue(text.contains("Figure 3."), text),
                    () -> assertTrue(text.contains("香港亞洲研究中心"), "Traditional Chinese"),
                    () -> assertTrue(text.matches(".*[\\u3040-\\u30FF].*"), "Japanese kana"),
                    () -> assertTrue(text.matches(".*[\\uAC00-\\uD7A3].*"), "Korean Hangul"),
                    () -> assertTrue(text.contains("About the Authors"), "two authors"),
                    () -> assertTrue(text.contains("RCAS POLICY BRIEF"), "series from the front matter"),
                    () -> assertTrue(pdf.getDocumentCatalog().getDocumentOutline() != null, "bookmarks"));
        }
    }
}
