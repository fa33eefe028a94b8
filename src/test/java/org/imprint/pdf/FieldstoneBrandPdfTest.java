package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example report in the second brand, fieldstone, which extends rcas: it replaces the cover
 * layout and a few values and stylesheets, and inherits every other part.
 */
class FieldstoneBrandPdfTest {

    @TempDir
    static Path dir;
    static PDDocument pdf;

    @BeforeAll
    static void build() throws Exception {
        Path report = Files.createDirectories(dir.resolve("fieldstone-example"));
        Files.createDirectories(report.resolve("figures"));
        try (var figures = Files.list(Reports.EXAMPLE.resolve("figures"))) {
            for (Path figure : figures.toList()) {
                Files.copy(figure, report.resolve("figures").resolve(figure.getFileName()));
            }
        }
        String article = Files.readString(Reports.EXAMPLE.resolve("article.md"))
                .replace("\nbrand: rcas\n", "\nbrand: fieldstone\n")
                .replace("\nseries: RCAS Commentary\n", "\n");
        Files.writeString(report.resolve("article.md"), article);
        Path file = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf").build()).get(0);
        pdf = Loader.loadPDF(file.toFile());
    }

    @AfterAll
    static void close() throws IOException {
        if (pdf != null) {
            pdf.close();
        }
    }

    @Test
    void theCoverIsFieldstonesOwnLayout() throws IOException {
        String cover = PdfText.pages(pdf, 1, 1);
        assertAll(
                () -> assertTrue(cover.startsWith("FIELDSTONE Institute for Public Policy"), cover),
                () -> assertTrue(cover.contains("FIELDSTONE BRIEF The U.S.-Iran War and Pakistan’s Peacemaking Diplomacy Zahid Anwar"), cover),
                () -> assertTrue(cover.endsWith("21 April 2026 fieldstone.example.org"), "the brand's date format: " + cover),
                () -> assertFalse(cover.contains("RCAS COMMENTARY"), cover),
                () -> assertFalse(cover.contains("香港"), "the inherited Chinese name is removed: " + cover));
        // the cover's page is the brand's deep teal, edge to edge
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 18);
        assertEquals(0x0E3B43, image.getRGB(image.getWidth() - 3, image.getHeight() / 2) & 0xFFFFFF);
        assertEquals(0x0E3B43, image.getRGB(image.getWidth() / 2, image.getHeight() - 3) & 0xFFFFFF);
    }

    @Test
    void theOtherPartsAreInheritedWithFieldstonesWords() throws IOException {
        int last = pdf.getNumberOfPages();
        String about = PdfText.pages(pdf, 2, 2);
        String back = PdfText.pages(pdf, last, last);
        assertAll(
                () -> assertTrue(about.startsWith("FIELDSTONE BRIEF The U.S.-Iran War"), "running header: " + about),
                () -> assertTrue(about.contains("About Fieldstone The Fieldstone Institute for Public Policy is an independent"), about),
                () -> assertTrue(about.contains("Read more of our work at https://fieldstone.example.org."), about),
                () -> assertTrue(PdfText.pages(pdf, last - 1, last - 1).contains("About the Author"), "label override"),
                () -> assertTrue(back.startsWith("Fieldstone The Fieldstone Institute for Public Policy Address: 14 Harbour Row"), back),
                () -> assertTrue(PdfText.all(pdf).contains("This analysis first appeared in China-US Focus, Hong Kong, 20 April 2026."), "first-published"));
        List<String> bookmarks = new ArrayList<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            bookmarks.add(item.getTitle());
        }
        assertEquals(List.of("Cover", "About Fieldstone", "The U.S.-Iran War and Pakistan’s Peacemaking Diplomacy", "About the Author"), bookmarks);
    }

    @Test
    void textIsSetInNotoSansNotTheInheritedSerif() throws IOException {
        PDResources page4 = pdf.getPage(3).getResources();
        List<String> fonts = new ArrayList<>();
        for (COSName name : page4.getFontNames()) {
            fonts.add(page4.getFont(name).getName());
        }
        assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoSans-Regular")), fonts.toString());
        assertTrue(fonts.stream().noneMatch(f -> f.contains("NotoSerif")), fonts.toString());
    }
}
