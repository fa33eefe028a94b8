package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.imprint.verify.VeraPdfAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No line of the PDF breaks at an inline element's edge where the text allows no break: a
 * paragraph with citations, an emphasis, links and note calls followed and preceded by brackets
 * and punctuation, set with one more word each time so that every edge meets a line's end. Both
 * engines ended lines with "(" before a link or an emphasis ("the delta (" / "in part)", "came a
 * claim (" / "Smith & Jones, 2002").
 */
class EdgeJoinsPdfTest {

    @TempDir
    Path dir;

    /** A line that starts with closing punctuation or ends with an opening bracket or quotation mark. */
    private static final Pattern TORN = Pattern.compile("^[.,;:)\\]\u201D]|[(\\[\u201C]$");

    private TestReport report(String name) throws IOException {
        StringBuilder body = new StringBuilder();
        for (int k = 0; k < 40; k++) {
            body.append("Start ").append("an ".repeat(k)).append("the survey was done [@lee2019]. Next came a claim")
                    .append(" [@smith2002, p. 40; @who2021]; then *emphasised words*; see the [handbook](https://example.org/h).")
                    .append(" A note call here[^n").append(k).append("]. As @garcia2015 argues, the delta (*in part*) mattered")
                    .append(" [@nguyen2018], “[quoted link](https://example.org/q)” and (*Nature*).\n\n[^n").append(k)
                    .append("]: Note ").append(k).append(".\n\n");
        }
        return TestReport.citing(dir, name, "apa").title("Joins at element edges").bibliography("references.json")
                .file("references.json", Files.readString(Path.of("src/test/resources/reports/citations-apa/references.json")))
                .body(body.toString());
    }


    private static List<String> torn(Path pdf) throws IOException {
        return LineEdgesPdfTest.lines(pdf).stream().filter(l -> l.contains("an") && TORN.matcher(l).find()).toList();
    }

    @Test
    void openhtmltopdfBreaksNoLineAtAnElementsEdge() throws Exception {
        TestReport.Built built = report("pdfbox").build("pdf", "epub");
        List<String> lines = LineEdgesPdfTest.lines(built.pdf());
        assertAll(
                () -> assertEquals(List.of(), torn(built.pdf())),
                // the joins keep the text: every paragraph whole, in order
                () -> assertEquals(40, lines.stream().filter(l -> l.startsWith("Start")).count(), String.join("\n", lines)),
                () -> assertTrue(String.join(" ", lines).replaceAll("\\s+", " ")
                        .contains("mattered (Nguyễn, 2018), “quoted link” and (Nature)."), String.join("\n", lines)));
        VeraPdfAssertions.assertPdfAAndPdfUa(built.pdf());
    }

    @Test
    void flyingSaucerBreaksNoLineAtAnElementsEdge() throws Exception {
        TestReport.Built built = report("openpdf").build(r -> r.engine("openpdf"), "pdf");
        assertEquals(List.of(), torn(built.pdf()));
    }

    /**
     * A single source's brackets, and a narrative citation's round its year, stand outside its link
     * in the e-book ("(⟦Lee & Park, 2019⟧)"); the PDF's link keeps the source as its description.
     */
    @Test
    void aSingleSourcesBracketsStandOutsideItsLink() throws Exception {
        TestReport.Built built = report("links").build("pdf", "epub");
        String xhtml;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(built.epub().toFile())) {
            StringBuilder all = new StringBuilder();
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xhtml")) {
                    all.append(new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            xhtml = all.toString();
        }
        List<String> descriptions = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(built.pdf().toFile())) {
            for (PDPage page : document.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getContents() != null) {
                        descriptions.add(link.getContents());
                    }
                }
            }
        }
        List<String> boxes = boxTexts(built.pdf());
        String text = xhtml;
        assertAll(
                () -> assertTrue(text.contains("done (<a href=\"#ref-lee2019\" class=\"citation\">Lee &amp; Park, 2019</a>)."), text),
                () -> assertTrue(text.contains("García (<a href=\"#ref-garcia2015\" class=\"citation\">2015</a>) argues"), text),
                () -> assertTrue(descriptions.contains("Lee & Park, 2019"), descriptions.toString()),
                () -> assertFalse(descriptions.stream().anyMatch(t -> t.startsWith("(") || t.endsWith(")")), descriptions.toString()),
                // the boxes too: the marks moved into the link to join it to them are cut off its box
                () -> assertTrue(boxes.contains("Lee & Park, 2019") && boxes.contains("Nguyễn, 2018"), boxes.toString()),
                // (a link split over two lines may end a piece with its own comma or full stop: "Smith & Jones, 2002, p.")
                () -> assertEquals(List.of(), boxes.stream().filter(t -> t.matches("(?s)^[(\\[“].*|.*[)\\]”;][.,;]?$")).toList()));
    }

    /** The text under each link annotation of the PDF (its box), as PDFBox reads it. */
    private static List<String> boxTexts(Path pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                org.apache.pdfbox.text.PDFTextStripperByArea stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
                float height = page.getMediaBox().getHeight();
                List<String> regions = new ArrayList<>();
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        var r = link.getRectangle();
                        String region = "r" + regions.size();
                        // half a point in from the right: PDFBox reads a glyph that starts on the box's right edge as under it
                        stripper.addRegion(region, new java.awt.geom.Rectangle2D.Float(r.getLowerLeftX(), height - r.getUpperRightY(),
                                r.getWidth() - 0.5f, r.getHeight()));
                        regions.add(region);
                    }
                }
                stripper.extractRegions(page);
                for (String region : regions) {
                    texts.add(stripper.getTextForRegion(region).strip());
                }
            }
        }
        return texts;
    }
    /**
     * openhtmltopdf drops the text indent of a line that holds an atomic box: an APA entry
     * "Jb, A. (2019). Seasonal. <i>Review</i>, <i>12</i>(3), 45." whose "12(3)," was boxed stood
     * 1.5 em in from the hanging entries round it. Each entry's first line starts where the others' do.
     */
    @Test
    void referenceEntriesKeepTheirHangingIndent() throws Exception {
        String json = """
                [{"id": "a", "type": "article-journal", "author": [{"family": "Ja", "given": "Al"}], "title": "Seasonal",
                  "container-title": "Review", "volume": "12", "page": "45", "issued": {"date-parts": [[2019]]}},
                 {"id": "b", "type": "article-journal", "author": [{"family": "Jb", "given": "Al"}], "title": "Seasonal",
                  "container-title": "Review", "volume": "12", "issue": "3", "page": "45", "issued": {"date-parts": [[2019]]}},
                 {"id": "c", "type": "book", "editor": [{"family": "Jc", "given": "Al"}], "title": "Edited", "publisher": "Knopf",
                  "issued": {"date-parts": [[2005]]}}]
                """;
        TestReport.Built built = TestReport.citing(dir, "hanging", "apa").bibliography("refs.json").file("refs.json", json)
                .body("Works [@a; @b; @c].\n").build("pdf");
        java.util.Map<String, Float> starts = new java.util.TreeMap<>();
        try (PDDocument document = Loader.loadPDF(built.pdf().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) throws IOException {
                    if (text.matches("J[abc], .*")) {
                        starts.put(text.substring(0, 2), positions.get(0).getXDirAdj());
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }
        assertEquals(3, starts.size(), starts.toString());
        assertEquals(1, starts.values().stream().map(Math::round).distinct().count(), starts.toString());
    }
}
