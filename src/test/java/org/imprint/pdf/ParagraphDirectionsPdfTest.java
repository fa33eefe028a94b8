package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF sets the paragraphs the markup marks with {@code dir} (one decision for every edition)
 * in their own direction: in an Urdu article, an English paragraph starts at the left margin and
 * an Urdu one at the right. And a lām before a letter other than alif is drawn as a letter of
 * its own, not as one of Unicode's lām ligatures, whose final form joins nothing after it and
 * read back reversed: "سلمان", not "سملان".
 */
class ParagraphDirectionsPdfTest {

    @TempDir
    static Path out;
    static PDDocument pdf;
    /** Each line as PDFBox reads it (in logical order) and its glyphs. */
    static List<Line> lines = new ArrayList<>();
    /** The lines of the English article (directions-en). */
    static List<Line> englishLines = new ArrayList<>();
    static String text;

    @BeforeAll
    static void build() throws Exception {
        text = read("directions-ur", lines);
        read("directions-en", englishLines);
    }

    /** Builds the report's PDF, adds its lines to {@code into}, and returns its text. */
    private static String read(String report, List<Line> into) throws Exception {
        Path file = new Imprint(Reports.HOME).build(BuildRequest.of(Reports.HOME.resolve("src/test/resources/reports/" + report))
                .out(out.resolve(report)).formats("pdf").build()).get(0);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    into.add(new Line(string, List.copyOf(positions)));
                    super.writeString(string, positions);
                }
            };
            stripper.setSortByPosition(true);
            if (into == lines) {
                rows(document.getDocumentCatalog().getStructureTreeRoot().getKids(), null, new HashMap<>());
            }
            return PdfText.fold(stripper.getText(document));
        }
    }

    record Line(String text, List<TextPosition> glyphs) {
    }

    /** The text of each cell of each row of the tagged PDF's tables, the rows' and cells' order in its structure tree. */
    static List<List<String>> tableRows = new ArrayList<>();

    /** Adds the text of the cells of each TR under {@code kids} to {@link #tableRows}. */
    private static void rows(List<Object> kids, PDPage page, Map<PDPage, Map<Integer, String>> texts) throws IOException {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                PDPage on = element.getPage() != null ? element.getPage() : page;
                if (element.getStructureType().equals("TR")) {
                    List<String> cells = new ArrayList<>();
                    for (Object cell : element.getKids()) {
                        if (cell instanceof PDStructureElement c) {
                            cells.add(text(c, c.getPage() != null ? c.getPage() : on, texts));
                        }
                    }
                    tableRows.add(cells);
                } else {
                    rows(element.getKids(), on, texts);
                }
            }
        }
    }

    private static String text(PDStructureElement element, PDPage page, Map<PDPage, Map<Integer, String>> texts) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer mcid) {
                sb.append(texts(page, texts).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference ref) {
                sb.append(texts(ref.getPage() != null ? ref.getPage() : page, texts).getOrDefault(ref.getMCID(), ""));
            } else if (kid instanceof PDStructureElement child) {
                sb.append(text(child, child.getPage() != null ? child.getPage() : page, texts));
            }
        }
        return sb.toString();
    }

    private static Map<Integer, String> texts(PDPage page, Map<PDPage, Map<Integer, String>> texts) throws IOException {
        if (!texts.containsKey(page)) {
            Map<Integer, String> found = new HashMap<>();
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            extractor.getMarkedContents().forEach(content -> add(content, found));
            texts.put(page, found);
        }
        return texts.get(page);
    }

    private static void add(PDMarkedContent content, Map<Integer, String> found) {
        StringBuilder sb = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition text) {
                sb.append(text.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                add(nested, found);
            }
        }
        if (content.getMCID() >= 0) {
            found.merge(content.getMCID(), sb.toString(), String::concat);
        }
    }

    /** The row of the tables' structure that has a cell holding {@code text}. */
    private static List<String> row(String text) {
        return tableRows.stream().filter(r -> r.stream().anyMatch(c -> c.contains(text))).findFirst()
                .orElseThrow(() -> new AssertionError("no row holds " + text + ": " + tableRows));
    }

    /**
     * The x of the glyphs level with the line holding {@code phrase} that are of the Arabic script
     * ({@code true}) or Latin: PDFBox gives a line's runs of each direction as lines of their own.
     */
    private static List<Float> glyphXs(String phrase, boolean arabic) {
        float y = lines.stream().filter(l -> PdfText.fold(l.text()).contains(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no line holds " + phrase)).glyphs().get(0).getYDirAdj();
        return lines.stream().flatMap(l -> l.glyphs().stream()).filter(p -> Math.abs(p.getYDirAdj() - y) < 2)
                .filter(p -> p.getUnicode().codePoints().anyMatch(c -> arabic ? (c >= 0x0600 && c <= 0x06FF) || (c >= 0xFB50 && c <= 0xFEFF)
                        : Character.isLetter(c) && c < 0x0250))
                .map(TextPosition::getXDirAdj).toList();
    }

    /**
     * A table of an Urdu article has its first column on the right, as the e-book's and the web
     * page's have (openhtmltopdf sets every table left to right: the PDF stage reverses the
     * cells before layout), and its structure tree keeps the cells in the order written, which
     * a screen reader reads: the Urdu first. An English table stays left to right.
     */
    @Test
    void aRightToLeftTableHasItsFirstColumnOnTheRightAndReadsInOrder() {
        List<Float> urdu = glyphXs("Islamabad is the capital", true);
        List<Float> english = glyphXs("Islamabad is the capital", false);
        assertFalse(urdu.isEmpty() || english.isEmpty(), "glyphs of the row: " + urdu + ", " + english);
        assertAll(
                () -> assertTrue(urdu.stream().allMatch(x -> x > english.stream().max(Float::compare).orElseThrow()),
                        "first column (Urdu) at " + urdu + ", second (English) at " + english),
                () -> assertEquals(1, indexOf(row("Capital city of the country"), "Capital city"), tableRows.toString()),
                () -> assertEquals(1, indexOf(row("Islamabad is the capital"), "Islamabad"), tableRows.toString()),
                () -> assertEquals(0, indexOf(row("52 million tonnes"), "Karachi"), tableRows.toString()),
                () -> assertTrue(extent("Port")[0] < extent("This paragraph is English")[0] + 10, "an English table starts on the left"));
    }

    private static int indexOf(List<String> row, String text) {
        for (int i = 0; i < row.size(); i++) {
            if (row.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The smallest and largest x of the glyphs of the line of the Urdu article that holds {@code phrase}. */
    private static float[] extent(String phrase) {
        return extent(lines, phrase);
    }

    private static float[] extent(List<Line> lines, String phrase) {
        List<TextPosition> found = lines.stream().filter(l -> PdfText.fold(l.text()).contains(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no line holds " + phrase)).glyphs();
        float min = Float.MAX_VALUE;
        float max = 0;
        for (TextPosition p : found) {
            min = Math.min(min, p.getXDirAdj());
            max = Math.max(max, p.getXDirAdj() + p.getWidthDirAdj());
        }
        return new float[] {min, max};
    }

    @Test
    void anEnglishParagraphOfAnUrduArticleStartsOnTheLeft() {
        float[] english = extent("This paragraph is English");
        float[] urdu = extent("اردو جملہ جس کے آخر میں");
        float[] heading = extent("English heading");
        assertAll(
                () -> assertTrue(english[0] < urdu[0] - 100, "English " + english[0] + ", Urdu " + urdu[0]),
                () -> assertTrue(Math.abs(english[0] - heading[0]) < 2, "English " + english[0] + ", heading " + heading[0]));
    }

    /**
     * A list or quotation all of whose items are of the other direction than the article's is
     * indented from that direction's side, where its markers and rule stand: an English list of
     * an Urdu article from the left, an Urdu list of an English article from the right.
     */
    @Test
    void aListOrQuotationOfTheOtherDirectionIsIndentedFromItsOwnSide() {
        float[] english = extent("This paragraph is English");
        float[] item = extent("First English item of an English list");
        float[] quotation = extent("An English quotation in an Urdu article");
        float[] englishArticle = extent(englishLines, "This paragraph is English, and it calls");
        float[] urduItem = extent(englishLines, "اردو فہرست کی دوسری شق");
        float[] urduQuotation = extent(englishLines, "یہ اقتباس اردو میں ہے");
        float[] urduHeading = extent(englishLines, "اردو عنوان");
        assertAll(
                () -> assertTrue(item[0] > english[0] + 10, "English item " + item[0] + ", paragraph " + english[0]),
                () -> assertTrue(quotation[0] > english[0] + 20, "English quotation " + quotation[0] + ", paragraph " + english[0]),
                () -> assertTrue(urduItem[1] < urduHeading[1] - 10, "Urdu item ends " + urduItem[1] + ", heading " + urduHeading[1]),
                () -> assertTrue(urduQuotation[1] < urduHeading[1] - 20,
                        "Urdu quotation ends " + urduQuotation[1] + ", heading " + urduHeading[1] + ", English starts " + englishArticle[0]));
    }

    @Test
    void lamBeforeMeemIsTwoJoinedLettersAndReadsBackInOrder() {
        assertTrue(text.contains("سلمان"), text);
        assertFalse(text.contains("سملان"), text);
        // one glyph for two letters would be a ligature: only lām-alif is one
        List<String> ligatures = lines.stream().flatMap(l -> l.glyphs().stream()).map(TextPosition::getUnicode)
                .filter(u -> u.codePointCount(0, u.length()) > 1 && u.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF))
                .filter(u -> !u.matches("\u0644[\u0622\u0623\u0625\u0627]")).distinct().toList();
        assertEquals(List.of(), ligatures, "Arabic-script glyphs drawn for several letters");
    }

    @Test
    void theShaperJoinsLamAndMeemAsLettersAndLamAlifAsItsLigature() {
        ArabicShaper shaper = new ArabicShaper();
        // seen initial, lām medial, mīm medial, alif final, nūn isolated
        assertEquals("\uFEB3\uFEE0\uFEE4\uFE8E\uFEE5", shaper.shapeText("سلمان"));
        // alif isolated, lām initial, sīn medial, lām-alif final, mīm isolated
        assertEquals("\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1", shaper.shapeText("السلام"));
    }
}
