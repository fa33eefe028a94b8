package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.ReportException;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A raw HTML list's {@code <li value>} and {@code <ol reversed>} number it alike in the PDF, the
 * e-book and the web edition (the sanitiser dropped both: "250." printed as "1.", a reversed list
 * counted up), and a number past what a list can count to is refused with its line (openhtmltopdf
 * followed "2147483647." with "-2147483648."; a start of 99999999999 printed as 1 in the PDF and
 * stood in the e-book as written).
 */
class ListNumberAttributesTest {

    @Test
    void valueAndReversedNumberTheListInEveryOutput(@TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("numbers")).body("""
                Text.

                <ol><li value="250">valued item</li><li>after valued</li></ol>

                <ol reversed start="101"><li>down one</li><li>down two</li></ol>

                <ol reversed><li>three left</li><li>two left</li><li>one left</li></ol>
                """).build("pdf", "epub", "html");
        String text;
        try (PDDocument doc = Loader.loadPDF(built.pdf().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            // the engine draws the numbers after the items' text
            stripper.setSortByPosition(true);
            text = stripper.getText(doc);
        }
        List<String> lines = Arrays.stream(text.split("\\R")).map(l -> l.strip().replaceAll("\\s+", " ")).toList();
        for (String line : List.of("250. valued item", "251. after valued", "101. down one", "100. down two",
                "3. three left", "2. two left", "1. one left")) {
            assertTrue(lines.contains(line), line + " in " + lines);
        }
        String epub;
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            epub = new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        String web = Files.readString(built.web().resolve("index.html"));
        for (String markup : List.of("<li value=\"250\">valued item</li><li>after valued</li>",
                "<ol reversed=\"\" start=\"101\"><li value=\"101\">down one</li><li value=\"100\">down two</li></ol>",
                "<li value=\"3\">three left</li>")) {
            assertTrue(epub.contains(markup), markup + " in the e-book: " + epub);
            assertTrue(web.contains(markup), markup + " in the web edition: " + web);
        }
    }

    @Test
    void aListNumberPastWhatAListCountsToIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        for (String list : List.of("<ol start=\"2147483647\"><li>last</li><li>past</li></ol>",
                "<ol start=\"99999999999\"><li>eleven nines</li></ol>",
                "<ol><li>one</li><li value=\"-2147483649\">below</li></ol>")) {
            Path out = dir.resolve("out-" + Math.abs(list.hashCode()));
            TestReport report = TestReport.at(dir.resolve("big-" + Math.abs(list.hashCode()))).out(out)
                    .body("Text.\n\nMore text.\n\n" + list + "\n");
            ReportException e = assertThrows(ReportException.class, () -> report.build("pdf", "epub", "html"), list);
            int line = Arrays.asList(report.article().split("\n")).indexOf(list) + 1;
            String problem = e.problem().toString();
            assertTrue(problem.contains("article.md:" + line + ": a list's number "), problem);
            assertTrue(problem.endsWith("that a list can count to in the PDF and the e-book; give the <ol> a start (or the <li>"
                    + " a value) that keeps each of its items' numbers within it"), problem);
            assertTrue(!Files.exists(out) || Files.list(out).noneMatch(f -> f.toString().endsWith(".pdf")
                    || f.toString().endsWith(".epub")), "nothing written");
        }
    }

    /** The type list of the tests below: letters, roman numerals and capitals from a start. */
    private static final String TYPED = """
            See item (b) below.

            <ol type="a"><li>alpha</li><li>bravo</li></ol>

            <ol type="i"><li>roman one</li><li>roman two</li></ol>

            <ol type="A" start="3"><li>C item</li><li>D item</li></ol>
            """;

    @Test
    void typeLettersAndRomanNumeralsPrintInThePdfOfBothEngines(@TempDir Path dir) throws Exception {
        for (String engine : List.of("pdfbox", "openpdf")) {
            TestReport.Built built = TestReport.at(dir.resolve("typed-" + engine)).body(TYPED)
                    .build(request -> request.out(dir.resolve("out-" + engine)).engine(engine), "pdf");
            List<String> lines = lines(built.pdf());
            for (String line : List.of("a. alpha", "b. bravo", "i. roman one", "ii. roman two", "C. C item", "D. D item")) {
                assertTrue(lines.contains(line), engine + ": " + line + " in " + lines);
            }
        }
    }

    @Test
    void aMarkerTooWideForTheOpenPdfEnginesPaddingIsRefused(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("eight")).body("Text.\n\n<ol type=\"I\">"
                + "<li>one</li><li>two</li><li>three</li><li>four</li><li>five</li><li>six</li><li>seven</li><li>eight</li></ol>\n");
        ReportException e = assertThrows(ReportException.class,
                () -> report.build(request -> request.out(dir.resolve("out")).engine("openpdf"), "pdf"));
        assertTrue(e.problem().toString().contains("the number \"VIII.\" of the list that begins \"one\" would be cut"
                + " at the column's edge; build with --engine pdfbox"), e.problem().toString());
        // "viii." is narrower than "99.": it fits
        TestReport.at(dir.resolve("small")).body("Text.\n\n<ol type=\"i\" start=\"8\"><li>eight</li></ol>\n")
                .build(request -> request.out(dir.resolve("out-small")).engine("openpdf"), "pdf");
    }

    private static List<String> lines(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return Arrays.stream(stripper.getText(doc).split("\\R")).map(l -> l.strip().replaceAll("\\s+", " ")).toList();
        }
    }
}
