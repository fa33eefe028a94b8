package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.imprint.verify.CheckMessage;
import org.imprint.verify.EpubVerifier;
import org.imprint.verify.PdfVerifier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charts at the edges of their data draw sensibly: long category labels wrap under their bars
 * and stay inside the drawing (whole in the data table), negative bars hang from zero, all-equal,
 * all-zero and single values get an axis with distinct labels, tiny values their decimals.
 */
class ChartEdgesTest {

    static final Map<String, String> DATA = new LinkedHashMap<>();

    static {
        DATA.put("long", "country,Aid\nDemocratic Republic of the Congo,120\nLao People's Democratic Republic,80\n"
                + "Federated States of Micronesia,45\nSaint Vincent and the Grenadines,30\nBosnia and Herzegovina,60\n"
                + "Papua New Guinea,95\nSupercalifragilisticexpialidociousland,10\n");
        DATA.put("negative", "year,Balance\n2019,-120\n2020,-80\n2021,45\n2022,-30\n");
        DATA.put("zero", "year,A,B\n2019,0,0\n2020,0,0\n");
        DATA.put("equal", "year,A\n2019,5\n2020,5\n2021,5\n");
        DATA.put("single", "year,A\n2019,42\n");
        DATA.put("tiny", "year,A\n2019,0.000001\n2020,0.000003\n");
        DATA.put("chinese", "机构,流量\n长江,30\n黄河,20\n珠江,25\n黄河流域管理委员会水文局,18\n长江水利委员会水文局上游局,22\n");
    }

    @TempDir
    static Path dir;
    static Path pdf;
    static Path epub;

    @BeforeAll
    static void build() throws Exception {
        TestReport report = TestReport.at(dir.resolve("edges")).title("Charts at the edges");
        StringBuilder article = new StringBuilder("Charts at the edges of their data.\n");
        for (var e : DATA.entrySet()) {
            report.file("data/" + e.getKey() + ".csv", e.getValue());
            String[] header = e.getValue().lines().findFirst().orElseThrow().split(",");
            String type = e.getKey().equals("zero") || e.getKey().equals("equal") || e.getKey().equals("tiny") ? "line" : "bar";
            article.append("\n```chart\ntype: ").append(type).append("\ndata: data/").append(e.getKey()).append(".csv\nx: ")
                    .append(header[0]).append("\ny: [").append(String.join(", ", List.of(header).subList(1, header.length)))
                    .append("]\ncaption: Chart ").append(e.getKey()).append(".\n```\n");
        }
        TestReport.Built built = report.body(article.toString()).build();
        pdf = built.pdf();
        epub = built.epub();
    }

    /** The charts' SVG documents from the e-book, in reading order. */
    static List<Document> charts() throws Exception {
        List<Document> svgs = new ArrayList<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(".svg")) {
                    svgs.add(Jsoup.parse(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8), "", Parser.xmlParser()));
                }
            }
        }
        return svgs;
    }

    static Document chart(String caption) throws Exception {
        return charts().stream().filter(d -> d.select("title").text().equals("Chart " + caption + "."))
                .findFirst().orElseThrow(() -> new AssertionError("no chart " + caption));
    }

    @Test
    void longCategoryLabelsWrapInsideTheDrawingAndAreWholeInTheTable() throws Exception {
        Document svg = chart("long");
        double width = Double.parseDouble(svg.selectFirst("svg").attr("width"));
        List<String> lines = new ArrayList<>();
        for (Element text : svg.select("text[text-anchor=middle]")) {
            if (text.select("tspan").isEmpty()) {
                lines.add(text.text());
            }
            for (Element span : text.select("tspan")) {
                lines.add(span.text());
            }
            assertTrue(Double.parseDouble(text.attr("x")) > 30 && Double.parseDouble(text.attr("x")) < width - 30, text.outerHtml());
        }
        String joined = String.join(" ", lines);
        for (String whole : List.of("Democratic Republic of the Congo", "Saint Vincent and the Grenadines", "Papua New Guinea")) {
            assertTrue(joined.contains(whole), whole + " not whole in " + lines);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Supercali") && l.endsWith("…")), "a word too long is cut: " + lines);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Grenadines") && text.contains("Micronesia"), text);
        }
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            StringBuilder xhtml = new StringBuilder();
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(".xhtml")) {
                    xhtml.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            assertTrue(xhtml.toString().contains("<th scope=\"row\">Supercalifragilisticexpialidociousland</th>"), "the whole label in the table");
        }
    }

    @Test
    void chineseLabelsWrapBetweenCharactersAndAreWhole() throws Exception {
        Document svg = chart("chinese");
        List<String> lines = new ArrayList<>();
        for (Element text : svg.select("text[text-anchor=middle]:has(tspan)")) {
            lines.add(String.join("", text.select("tspan").eachText()));
            assertTrue(text.select("tspan").size() >= 2, text.outerHtml());
        }
        assertEquals(List.of("黄河流域管理委员会水文局", "长江水利委员会水文局上游局"), lines, "wrapped, not cut nor slanted");
        assertTrue(svg.select("text[transform]").isEmpty(), "level labels");
    }

    @Test
    void everyValueAxisHasDistinctLabelsAndTheBarsHangFromZero() throws Exception {
        for (String name : DATA.keySet()) {
            Document svg = chart(name);
            List<String> ticks = svg.select("text[text-anchor=end]").eachText();
            assertTrue(ticks.size() >= 2, name + ": " + ticks);
            assertEquals(ticks.size(), ticks.stream().distinct().count(), name + " has repeated value labels: " + ticks);
        }
        assertTrue(chart("equal").select("text[text-anchor=end]").eachText().contains("0"), "equal values measured from zero");
        assertTrue(chart("negative").select("text[text-anchor=end]").eachText().contains("−150")
                || chart("negative").select("text[text-anchor=end]").eachText().contains("-150"));
        assertTrue(chart("tiny").select("text[text-anchor=end]").eachText().contains("0.0000030"), chart("tiny").outerHtml());
    }

    @Test
    void judgesPassBothEditions() throws Exception {
        List<CheckMessage> findings = new EpubVerifier().check(epub);
        assertEquals(List.of(), findings, "EPUBCheck findings");
        var verdicts = new PdfVerifier().check(pdf).conformance();
        assertAll(verdicts.stream().map(v -> () -> assertEquals(List.of(), v.failures(), v.standard())));
    }
}
