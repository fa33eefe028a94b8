package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.Problem;
import org.imprint.testing.TestReport;
import org.imprint.verify.PdfVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words of SVG figures and charts in scripts the brand's text faces lack (Chinese, Japanese,
 * Korean, Thai, Greek, emoji) are set in the brand's face that has them: embedded, extracted as
 * the right text, in a PDF veraPDF passes; a character no face has is warned of, naming the figure.
 */
class FigureScriptsTest {

    static final String SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200" width="400" height="200">
            <text x="10" y="30" font-family="Noto Sans" font-size="16">Beijing 北京水资源</text>
            <text x="10" y="60" font-size="16">東京とうきょう 서울 Seoul</text>
            <text x="10" y="90" font-size="16">Bangkok กรุงเทพ</text>
            <text x="10" y="120" font-size="16">Delta αβγ</text>
            <text x="10" y="150" font-size="16" font-weight="bold">Flood 🌊 wave</text>
            <text x="390" y="180" font-size="16" text-anchor="end">终点 end</text>
            </svg>
            """;

    static TestReport report(Path dir, String svg, String csv) {
        return report(dir, svg, csv, "流量", "流量 (m³/s)");
    }

    /** The report, its chart drawing {@code column} of {@code csv} with the axis label {@code label}. */
    static TestReport report(Path dir, String svg, String csv, String column, String label) {
        return TestReport.at(dir.resolve("report")).title("Rivers of Asia").file("figures/scripts.svg", svg)
                .file("figures/flow.csv", csv).body("""
                        The diagram names the basins in their own scripts.

                        ![Basins in their own scripts.](figures/scripts.svg)

                        ```chart
                        type: bar
                        data: figures/flow.csv
                        x: basin
                        y: [%s]
                        caption: Flow of three rivers.
                        y_label: %s
                        ```
                        """.formatted(column, label));
    }

    @Test
    void otherScriptsAreTextInTheBrandsFacesThatHaveThem(@TempDir Path dir) throws Exception {
        TestReport.Built built = report(dir, SVG, "basin,流量\n长江,30\n黄河,20\n珠江,25\n").build("pdf");
        List<Problem> warnings = built.warnings();
        assertEquals(List.of(), warnings.stream().map(Problem::toString).filter(w -> w.contains("box")).toList());
        Path pdf = built.pdf();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String words : List.of("Beijing 北京水资源", "東京とうきょう 서울 Seoul", "กรุงเทพ", "Delta αβγ", "Flood 🌊 wave",
                    "终点 end", "长江", "黄河", "珠江", "流量 (m³/s)")) {
                assertTrue(text.contains(words), words + " is not text in the PDF:\n" + text);
            }
            Set<String> fonts = new TreeSet<>();
            for (PDPage page : doc.getPages()) {
                fonts(page.getResources(), fonts, 0);
            }
            for (String face : List.of("DroidSansFallback", "NanumMyeongjo", "NotoSansThai-Regular", "NotoEmoji-Regular", "NotoSans-Bold")) {
                assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+" + face)), face + " is not embedded: " + fonts);
            }
        }
        var verdicts = new PdfVerifier().check(pdf).conformance();
        assertEquals(2, verdicts.size(), "PDF/A and PDF/UA verdicts");
        assertAll(verdicts.stream().map(v -> () -> assertEquals(List.of(), v.failures(), v.standard())));
    }

    /**
     * Arabic and Persian number formats put an invisible direction mark (U+061C) before a sign and
     * use their own digits and separators: numbers need no joining, so the chart builds, its
     * numbers text in the PDF, without the mark.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ar", "fa"})
    void chartNumbersInArabicScriptLanguagesBuild(String language, @TempDir Path dir) throws Exception {
        TestReport.Built built = report(dir, SVG.replaceAll("<text[^\n]*\n", "").replace("</svg>", "<rect width=\"9\" height=\"9\"/></svg>"),
                "basin,flow\nA,-1500000\nB,2500000\n", "flow", "Flow").language(language).build("pdf");
        List<Problem> warnings = built.warnings();
        Path pdf = built.pdf();
        assertEquals(List.of(), warnings.stream().map(Problem::toString).filter(w -> w.contains("box")).toList());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            String zero = language.equals("ar") ? "\u0660" : "\u06F0";
            assertTrue(text.contains(zero), "the language's digits are text: " + text);
            assertTrue(text.indexOf('\u061C') < 0, "no direction mark in a chart number");
        }
    }

    /**
     * A chart in an Arabic, Persian, Urdu or Hebrew e-book is described in that language, in the
     * brand's words (languages: ... charts: words: in brand.yaml), with the language's numbers; in
     * the PDF, Arabic-Indic digits set in the Naskh face stand as tall as the chart face's Latin ones.
     * Arabic's prefix "لـ" stands a space apart from a Latin series name: glued, it read "لـflow".
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "ar, مخطط أعمدة لـ flow (Flow), ٢٬٥٠٠٬٠٠٠, بيانات المخطط",
            "fa, نمودار میله‌ای flow, ۲٬۵۰۰٬۰۰۰, داده‌های نمودار",
            "ur, flow (Flow) کا بار چارٹ, '2,500,000', چارٹ کا ڈیٹا",
            "he, תרשים עמודות של flow, '2,500,000', נתוני התרשים"})
    void chartsAreDescribedInTheArticlesLanguage(String language, String kind, String max, String data, @TempDir Path dir)
            throws Exception {
        TestReport.Built built = report(dir, SVG.replaceAll("<text[^\n]*\n", "").replace("</svg>", "<rect width=\"9\" height=\"9\"/></svg>"),
                "basin,flow\nA,-1500000\nB,2500000\n", "flow", "Flow").language(language).build("pdf", "epub");
        Path epub = built.epub();
        String xhtml;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(epub.toFile())) {
            StringBuilder all = new StringBuilder();
            for (var e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(".xhtml")) {
                    all.append(new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            xhtml = all.toString();
        }
        java.util.regex.Matcher alt = java.util.regex.Pattern.compile("alt=\"([^\"]*flow[^\"]*)\"").matcher(xhtml);
        assertTrue(alt.find(), xhtml);
        assertTrue(alt.group(1).contains(kind), "described in the brand's words for " + language + ": " + alt.group(1));
        assertTrue(alt.group(1).contains(max), "the highest value as the language writes it: " + alt.group(1));
        assertTrue(!alt.group(1).contains("chart of") && !alt.group(1).contains("The lowest"), "no English: " + alt.group(1));
        assertTrue(xhtml.contains("<summary>" + data + "</summary>"), "the data table's label in " + language);
        if (language.equals("ar") || language.equals("fa")) {
            try (PDDocument doc = Loader.loadPDF(built.pdf().toFile())) {
                java.util.Map<String, Float> sizes = new java.util.HashMap<>();
                new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(org.apache.pdfbox.text.TextPosition p) {
                        sizes.putIfAbsent(p.getUnicode(), p.getFontSizeInPt());
                    }
                }.getText(doc);
                String two = language.equals("ar") ? "\u0662" : "\u06F2";
                assertTrue(sizes.containsKey(two) && sizes.containsKey("F"), sizes.keySet().toString());
                assertTrue(sizes.get(two) > sizes.get("F") * 1.15, "the Naskh digits are set larger to stand as tall as the Latin ones: "
                        + sizes.get(two) + " against " + sizes.get("F"));
            }
        }
    }

    /**
     * The series of an Arabic or Hebrew chart description are joined with the language's "and",
     * glued to a name of its script only: the Latin series name of an Arabic chart was written
     * "وoutflow", which Arabic writes "و outflow", Hebrew "ו־outflow" (issue 19).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"ar, 'inflow و outflow'", "he, 'inflow ו־outflow'"})
    void aLatinSeriesNameIsNotGluedToTheLanguagesAnd(String language, String joined, @TempDir Path dir) throws Exception {
        TestReport.Built built = report(dir, SVG.replaceAll("<text[^\n]*\n", "").replace("</svg>", "<rect width=\"9\" height=\"9\"/></svg>"),
                "basin,inflow,outflow\nA,1,2\nB,3,4\n", "inflow, outflow", "Flow").language(language).build("epub");
        String xhtml;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(built.epub().toFile())) {
            xhtml = new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher alt = java.util.regex.Pattern.compile("alt=\"([^\"]*inflow[^\"]*)\"").matcher(xhtml);
        assertTrue(alt.find(), xhtml);
        assertTrue(alt.group(1).contains(joined), alt.group(1));
    }

    /** A chart whose own labels are right to left is refused with advice for a chart, not for a drawing program. */
    @Test
    void rightToLeftLabelsOfAChartAreRefusedAsAChart(@TempDir Path dir) throws Exception {
        TestReport report = report(dir, SVG, "basin,flow\n\u0627\u0644\u062E\u0644\u064A\u062C,1\n\u0627\u0644\u0634\u0627\u0645,2\n",
                "flow", "流量 (m³/s)");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.imprint.ReportException.class, () -> report.build("pdf"));
        assertTrue(e.getMessage().contains("article.md:14: the chart's labels (its data's column names or categories) have words"
                + " in Arabic script"), e.getMessage());
        assertTrue(!e.getMessage().contains("drawing program"), e.getMessage());
    }

    /** Right-to-left words in a figure are refused for the PDF at the figure's line. */
    @Test
    void rightToLeftWordsInAFigureAreRefusedAtItsLine(@TempDir Path dir) throws Exception {
        TestReport report = report(dir, SVG.replace("Delta αβγ", "שלום"), "basin,flow\nA,1\n", "flow", "流量 (m³/s)");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.imprint.ReportException.class, () -> report.build("pdf"));
        assertTrue(e.getMessage().contains("article.md:12: figure \"figures/scripts.svg\" has words in Hebrew script"), e.getMessage());
    }

    @Test
    void aCharacterNoFaceHasIsWarnedOfNamingTheFigure(@TempDir Path dir) throws Exception {
        // Cherokee: in no face of the brand
        List<Problem> warnings = report(dir, SVG.replace("Delta", "Delta Ꭰ"), "basin,流量\nᏣᎳᎩ,30\n黄河,20\n").build("pdf")
                .warnings();
        List<String> boxes = warnings.stream().map(Problem::toString).filter(w -> w.contains("box")).toList();
        assertEquals(2, boxes.size(), boxes.toString());
        assertTrue(boxes.get(0).contains("article.md:12") && boxes.get(0).contains("figure \"figures/scripts.svg\"")
                && boxes.get(0).contains("U+13A0 (Ꭰ)"), boxes.get(0));
        assertTrue(boxes.get(1).contains("article.md:14") && boxes.get(1).contains("the chart of \"figures/flow.csv\"")
                && boxes.get(1).contains("U+13E3 (Ꮳ)"), boxes.get(1));
    }

    private static void fonts(PDResources resources, Set<String> into, int depth) throws Exception {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            into.add(font.getName());
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                fonts(form.getResources(), into, depth + 1);
            }
        }
    }
}
