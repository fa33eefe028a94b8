package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.PdfProfile;
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
    static TypeMeasure.Result examplePrint;
    static TypeMeasure.Result everyFeaturePrint;
    static Path examplePdf;
    static Path exampleEpub;

    @BeforeAll
    static void build() throws Exception {
        Imprint imprint = new Imprint(Reports.HOME);
        List<Path> files = imprint.build(BuildRequest.of(Reports.EXAMPLE).out(out).formats("pdf", "epub").build());
        examplePdf = files.stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        exampleEpub = files.stream().filter(f -> f.toString().endsWith(".epub")).findFirst().orElseThrow();
        example = TypeMeasure.measure(examplePdf);
        everyFeature = TypeMeasure.measure(imprint.build(BuildRequest.of(Reports.EVERY_FEATURE).out(out).formats("pdf").build()).get(0));
        Path print = out.resolve("print");
        examplePrint = TypeMeasure.measure(imprint.build(BuildRequest.of(Reports.EXAMPLE).out(print).formats("pdf")
                .profile(PdfProfile.PRINT).build()).get(0));
        everyFeaturePrint = TypeMeasure.measure(imprint.build(BuildRequest.of(Reports.EVERY_FEATURE).out(print).formats("pdf")
                .profile(PdfProfile.PRINT).build()).get(0));
    }

    /** The text as PDFBox extracts it, lines kept. */
    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    @Test
    void softHyphensDoNotLeakIntoTheExtractedText() throws IOException {
        assertFalse(text(examplePdf).contains("\u00AD"), "a soft hyphen that did not break a line is extracted");
    }

    @Test
    void wordsAreHyphenatedAtLineEndsAndReadWholeWhenJoined() throws IOException {
        String source = Files.readString(Reports.EXAMPLE.resolve("article.md")).toLowerCase(Locale.ROOT)
                + Files.readString(Reports.HOME.resolve("templates/rcas/brand.yaml")).toLowerCase(Locale.ROOT);
        String text;
        try (PDDocument document = Loader.loadPDF(examplePdf.toFile())) {
            PDFTextStripper stripper = new SoftHyphenStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document);
        }
        // the drawn hyphen of a hyphenated word reads as a soft hyphen (DrawnHyphens)
        Matcher breaks = Pattern.compile("(\\p{L}+)\u00AD\\R(\\p{Ll}+)").matcher(text);
        List<String> hyphenated = new ArrayList<>();
        while (breaks.find()) {
            String joined = (breaks.group(1) + breaks.group(2)).toLowerCase(Locale.ROOT);
            // the joined word must be one of the article's words
            assertTrue(source.contains(joined), "a line-end soft hyphen that does not join into a word: " + breaks.group());
            hyphenated.add(joined);
        }
        // a hyphen-minus at a line end is the author's own
        Matcher hard = Pattern.compile("(\\p{L}+)-\\R(\\p{Ll}+)").matcher(text);
        while (hard.find()) {
            assertTrue(source.contains((hard.group(1) + "-" + hard.group(2)).toLowerCase(Locale.ROOT)),
                    "a drawn hyphen read as a hyphen-minus: " + hard.group());
        }
        assertTrue(hyphenated.size() >= 10, "few words hyphenated: " + hyphenated);
    }

    @Test
    void theEbookAsksForHyphenationAndHasNoSoftHyphens() throws IOException {
        try (ZipFile epub = new ZipFile(exampleEpub.toFile())) {
            String css = new String(epub.getInputStream(epub.getEntry("OEBPS/styles/epub.css")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(css.contains("-epub-hyphens: auto") && css.contains("-webkit-hyphens: auto")
                    && css.contains(" hyphens: auto"), css);
            for (ZipEntry entry : java.util.Collections.list(epub.entries())) {
                if (entry.getName().endsWith(".xhtml")) {
                    String xhtml = new String(epub.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    assertFalse(xhtml.contains("\u00AD"), entry.getName());
                    assertTrue(xhtml.contains("lang=\"en\" xml:lang=\"en\""), entry.getName());
                }
            }
        }
    }

    @Test
    void exampleHasNoStraightQuotes() {
        assertEquals(List.of(), example.quoteSamples(), example.toString());
    }

    @Test
    void everyFeatureReportHasNoStraightQuotes() {
        assertEquals(List.of(), everyFeature.quoteSamples(), everyFeature.toString());
    }

    /**
     * Paragraph-wide line breaking ({@link ParagraphBreaking}) keeps every word gap of both
     * reports within issue 13's 0.55 em. Issue 13 also asks for at most 1 % loose lines; that is
     * not reached (3.4 % and 3.3 %, see TYPOGRAPHY.md), so this only holds the line where it is:
     * greedy breaking left 5.1 % and 6.0 %.
     */
    @Test
    void wordGapsStayWithinTheGoal() {
        for (TypeMeasure.Result result : List.of(everyFeature, example, everyFeaturePrint, examplePrint)) {
            assertTrue(result.fullLines() > 50, result.toString());
            assertTrue(result.widestGapEm() <= 0.55, result + "; widest at " + result.widestAt());
            assertTrue(result.loosePercent() <= 3.5, result + ": " + result.looseSamples());
        }
    }

    /**
     * Issue 13's own count (word box heights as ems, as poppler's {@code pdftotext -bbox-layout}
     * gives them; see TYPOGRAPHY.md): at most 1 % loose lines and no gap over 0.55 em, on both
     * reports, screen and print. Greedy breaking had 5.3 % and 0.63 em on the example.
     */
    @Test
    void wordGapsMeetTheGoalAsTheIssueCounted() {
        for (TypeMeasure.Result result : List.of(everyFeature, example, everyFeaturePrint, examplePrint)) {
            TypeMeasure.IssueCount issue = result.issueCount();
            assertTrue(issue.fullLines() > 50, issue.toString());
            assertTrue(issue.loosePercent() <= 1, issue + "; widest at " + issue.widestAt());
            assertTrue(issue.widestGapEm() <= 0.55, issue + "; widest at " + issue.widestAt());
        }
    }

    /**
     * No line inside a justified paragraph ends far short of the measure: paragraph-wide line
     * breaking once set a lone ideograph on a line of its own ("韧", every-feature page 6).
     */
    @Test
    void noLineInsideAParagraphIsShort() {
        for (TypeMeasure.Result result : List.of(everyFeature, example, everyFeaturePrint, examplePrint)) {
            assertEquals(List.of(), result.shortLines(), result.toString());
        }
    }
}
