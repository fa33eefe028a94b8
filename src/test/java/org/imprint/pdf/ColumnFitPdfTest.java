package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.verify.PdfCheck;
import org.imprint.verify.PdfVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing is cut off at the page edge and nothing is drawn over text (issue 18, items 2 and 3).
 * The overflow report holds a 15-column table, a 5,000-letter word, a 400-character line of
 * code, a long URL, a raw-HTML image and a biography image wider than the column, and a cover
 * with a 134-character title, a subtitle and five authors. It is built in both brands and with
 * both engines; a second report gives the cover a 260-character title and eight authors.
 */
class ColumnFitPdfTest {

    private static final Path REPORT = Reports.HOME.resolve("src/test/resources/reports/overflow");
    /** A4 with the 23 mm side margins of the brands' pages, less 1 mm for glyph side bearings. */
    private static final float MARGIN = mm(22);

    @TempDir
    static Path dir;
    static final Map<String, PDDocument> PDFS = new LinkedHashMap<>();
    static final Map<String, Path> FILES = new LinkedHashMap<>();
    static String article;

    @BeforeAll
    static void build() throws Exception {
        article = Files.readString(REPORT.resolve("article.md"));
        Imprint imprint = new Imprint(Reports.HOME);
        add("rcas", imprint.build(BuildRequest.of(REPORT).out(dir.resolve("rcas")).formats("pdf").build()).get(0));
        add("openpdf", imprint.build(BuildRequest.of(REPORT).out(dir.resolve("openpdf")).formats("pdf")
                .engine("openpdf").build()).get(0));
        Path fieldstone = copy("overflow-fieldstone", article.replace("\nseries: RCAS Policy Brief\n", "\nbrand: fieldstone\n"));
        add("fieldstone", imprint.build(BuildRequest.of(fieldstone).out(dir.resolve("fieldstone")).formats("pdf").build()).get(0));
        Path crowded = copy("crowded", crowded(article));
        add("crowded", imprint.build(BuildRequest.of(crowded).out(dir.resolve("crowded")).formats("pdf").build()).get(0));
        Path crowdedFieldstone = copy("crowded-fieldstone",
                crowded(article).replace("\nseries: RCAS Policy Brief\n", "\nbrand: fieldstone\n"));
        add("crowded-fieldstone", imprint.build(BuildRequest.of(crowdedFieldstone).out(dir.resolve("crowded-fieldstone"))
                .formats("pdf").build()).get(0));
    }

    @AfterAll
    static void close() throws IOException {
        for (PDDocument pdf : PDFS.values()) {
            pdf.close();
        }
    }

    private static void add(String name, Path file) throws IOException {
        FILES.put(name, file);
        PDFS.put(name, Loader.loadPDF(file.toFile()));
    }

    private static Path copy(String name, String text) throws IOException {
        Path report = Files.createDirectories(dir.resolve(name));
        Files.createDirectories(report.resolve("figures"));
        Files.copy(REPORT.resolve("figures/wide.jpg"), report.resolve("figures/wide.jpg"));
        Files.writeString(report.resolve("article.md"), text);
        return report;
    }

    /** The overflow report with a 260-character title and eight authors. */
    private static String crowded(String text) {
        String title = "Connecting Coastal Ports Across the Indian Ocean and the Seas Beyond: A Practical Agenda for "
                + "Regional Cooperation on Shared Data, Common Standards, Joint Training, Sustainable Financing "
                + "and the Institutions That Make Cooperation Last";
        StringBuilder more = new StringBuilder();
        for (String name : List.of("Ngozi Adeyemi", "Carlos Mendoza Ruiz", "Hana Watanabe")) {
            more.append("  - name: ").append(name).append("\n    affiliation: Associate Fellow, Example Centre for Ocean Governance and Maritime Law\n");
        }
        return text.replaceFirst("(?m)^title: .*$", "title: \"" + title + "\"")
                .replace("first_published:", more + "first_published:");
    }

    /** (a) The text wider than the column is all there, in order. */
    @ParameterizedTest
    @ValueSource(strings = {"rcas", "openpdf", "fieldstone"})
    void nothingIsCutOff(String name) throws IOException {
        PDDocument pdf = PDFS.get(name);
        String text = compact(streamText(pdf));
        String word = find("The word (\\p{L}+) ends here");
        String code = find("```python\n(.*)\n```");
        String url = find("See <(https://[^>]+)>");
        assertEquals(5000, word.length());
        assertEquals(400, code.length());
        List<String> lastColumn = new ArrayList<>();
        for (String row : article.lines().filter(l -> l.startsWith("| ")).toList()) {
            String[] cells = row.split("\\|");
            lastColumn.add(cells[cells.length - 1].strip());
        }
        assertEquals(5, lastColumn.size(), "the table's rows");
        assertAll(Stream.concat(lastColumn.stream(), Stream.of(word, code, url, url.substring(url.length() - 40)))
                .map(needle -> () -> assertTrue(text.contains(compact(needle)),
                        name + ": missing " + needle.substring(0, Math.min(60, needle.length())) + "…")));
        assertTrue(text.contains(compact("The last paragraph.")), name + ": the end of the article");
    }

    /** (b) No glyph lies outside the page or in its side margins. */
    @ParameterizedTest
    @ValueSource(strings = {"rcas", "openpdf", "fieldstone", "crowded", "crowded-fieldstone"})
    void everyGlyphIsInTheColumn(String name) throws IOException {
        PDDocument pdf = PDFS.get(name);
        List<String> outside = new ArrayList<>();
        for (Glyph glyph : PdfGlyphs.read(pdf)) {
            int page = glyph.page();
            PDRectangle box = pdf.getPage(page - 1).getMediaBox();
            if (glyph.blank() || offPageHeading(name, page, glyph, box)) {
                continue;
            }
            float left = glyph.x();
            float right = glyph.right();
            float baseline = glyph.y();
            if (left < MARGIN || right > box.getWidth() - MARGIN || baseline - glyph.height() < 0
                    || baseline > box.getHeight()) {
                outside.add("page " + page + " '" + glyph.text() + "' at " + Math.round(left) + ".." + Math.round(right)
                        + ", " + Math.round(baseline));
            }
        }
        assertEquals(List.of(), outside.stream().limit(20).toList(), name + ": " + outside.size() + " glyphs outside the column");
    }

    /**
     * (c) On the cover no two lines of text overlap, and every line stands above the date and the
     * date above the website at the foot: no author is hidden by the band or printed over the date.
     * Nor does the cover run on to the next page.
     */
    @ParameterizedTest
    @ValueSource(strings = {"rcas", "openpdf", "fieldstone", "crowded", "crowded-fieldstone"})
    void theCoverFits(String name) throws IOException {
        PDDocument pdf = PDFS.get(name);
        float height = pdf.getPage(0).getMediaBox().getHeight();
        List<Line> lines = lines(pdf, 1).stream().filter(l -> l.top < height).toList(); // see offPageHeading
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (lines.get(i).overlaps(lines.get(j))) {
                    overlaps.add(lines.get(i).text + " / " + lines.get(j).text);
                }
            }
        }
        assertEquals(List.of(), overlaps, name + ": overlapping lines on the cover");

        String date = name.contains("fieldstone") ? "16March2026" : "March16,2026";
        String website = name.contains("fieldstone") ? "fieldstone.example.org" : "www.rcas.top";
        Line dateLine = lines.stream().filter(l -> l.text.contains(date)).findFirst().orElseThrow();
        Line webLine = lines.stream().filter(l -> l.text.contains(website)).findFirst().orElseThrow();
        List<String> below = lines.stream().filter(l -> l != dateLine && l != webLine && l.bottom > dateLine.top)
                .map(l -> l.text).toList();
        assertAll(
                () -> assertEquals(List.of(), below, name + ": text below the date's top"),
                () -> assertTrue(webLine.top >= dateLine.top, name + ": the website above the date"));
        String second = PdfText.pages(pdf, 2, 2);
        assertTrue(second.contains("About RCAS") || second.contains("About Fieldstone"), second);
        for (String author : List.of("Mei-Ling Chan", "Tanvir Hossain", "Ngozi Adeyemi")) {
            assertFalse(second.contains(author), name + ": " + author + " ran on to page 2");
        }
    }

    /** Beyond cover.authors.max (6) the cover names five and "and N others"; all are inside. */
    @Test
    void aCoverWithEightAuthorsNamesFiveAndOthers() throws IOException {
        for (String name : List.of("crowded", "crowded-fieldstone")) {
            PDDocument pdf = PDFS.get(name);
            String cover = PdfText.pages(pdf, 1, 1);
            String all = PdfText.all(pdf);
            assertAll(
                    () -> assertTrue(cover.contains("and 3 others"), cover),
                    () -> assertTrue(cover.contains("Tanvir Hossain"), cover),
                    () -> assertFalse(cover.contains("Ngozi Adeyemi"), cover),
                    () -> assertTrue(all.contains("Hana Watanabe, Associate Fellow"), "the full list inside"));
        }
    }

    /** (d) The report is still PDF/A-2u and PDF/UA-1, as veraPDF judges it. */
    @ParameterizedTest
    @ValueSource(strings = {"rcas", "fieldstone", "crowded"})
    void veraPdfPasses(String name) throws Exception {
        PdfCheck check = new PdfVerifier().check(FILES.get(name));
        assertAll(check.conformance().stream().map(verdict -> () -> {
            assertEquals(List.of(), verdict.failures(), name + " " + verdict.standard() + ": failed rules");
            assertTrue(verdict.compliant(), name + " " + verdict.standard());
        }));
        assertTrue(check.passes(), name);
    }

    /**
     * Flying Saucer draws the heading that starts page 2 a second time on page 1, wholly below
     * the page, where no one sees it (the example does the same with the layouts before this
     * test): text extraction finds it, nothing is cut off or drawn over text.
     */
    private static boolean offPageHeading(String name, int page, Glyph glyph, PDRectangle box) {
        return name.equals("openpdf") && page == 1 && glyph.y() - glyph.height() > box.getHeight();
    }

    private static String find(String regex) {
        Matcher m = Pattern.compile(regex).matcher(article);
        assertTrue(m.find(), regex);
        return m.group(1);
    }

    /**
     * The text of the pages' text area, without running header and page number, in the order it
     * is drawn: a table cell's lines one after the other, where sorting by position would
     * interleave the lines of neighbouring cells.
     */
    private static String streamText(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                float height = getCurrentPage().getMediaBox().getHeight();
                if (text.getYDirAdj() > mm(24) && text.getYDirAdj() < height - mm(22)) {
                    super.processTextPosition(text);
                }
            }
        };
        return stripper.getText(pdf);
    }

    /** Without white space and hyphens: what is left of a word broken at the end of a line. */
    private static String compact(String text) {
        return text.replaceAll("[\\s\u00AD\u200B\\-]", "");
    }

    /** The page's glyphs grouped by baseline: a line, or two lines side by side in two columns. */
    private static List<Line> lines(PDDocument pdf, int page) throws IOException {
        Map<Integer, List<Glyph>> byBaseline = PdfGlyphs.read(pdf).stream()
                .filter(g -> g.page() == page && !g.blank())
                .collect(Collectors.groupingBy(g -> Math.round(g.y() * 2), LinkedHashMap::new, Collectors.toList()));
        return byBaseline.values().stream().map(Line::of).sorted(Comparator.comparingDouble(l -> l.top)).toList();
    }

    private record Line(String text, float left, float right, float top, float bottom) {

        static Line of(List<Glyph> glyphs) {
            List<Glyph> sorted = glyphs.stream().sorted(Comparator.comparingDouble(Glyph::x)).toList();
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            float top = Float.MAX_VALUE;
            float bottom = -Float.MAX_VALUE;
            for (Glyph g : sorted) {
                left = Math.min(left, g.x());
                right = Math.max(right, g.right());
                top = Math.min(top, g.y() - g.height());
                bottom = Math.max(bottom, g.y());
            }
            String text = PdfGlyphs.text(sorted);
            return new Line(text, left, right, top, bottom);
        }

        boolean overlaps(Line other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }
    }

    private static float mm(float millimetres) {
        return millimetres / 25.4f * 72;
    }
}
