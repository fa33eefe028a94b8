package org.imprint.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.imprint.verify.EpubVerifier;
import org.imprint.verify.PdfCheck;
import org.imprint.verify.PdfVerifier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code authors[].photo} was checked but never shown (issue 18, item 22). The rcas brand shows
 * each author's photo beside the biography, in the PDF (both engines) and the e-book, with the
 * author's name as its text alternative, from the publication's image resources (a file name
 * with a space gets its safe name). veraPDF and EPUBCheck pass.
 */
class AuthorPhotoTest {

    @TempDir
    static Path dir;
    static Path report;

    @BeforeAll
    static void write() throws IOException {
        report = Files.createDirectories(dir.resolve("photos/photos")).getParent();
        Files.copy(Reports.EXAMPLE.resolve("figures/fig1.jpg"), report.resolve("photos/jane doe.jpg"));
        Files.copy(Reports.EXAMPLE.resolve("figures/fig2.png"), report.resolve("photos/raj.png"));
        Files.writeString(report.resolve("article.md"), """
                ---
                title: Photos of the Authors
                date: 2026-02-02
                authors:
                  - name: Jane Doe
                    bio: Jane Doe writes about maritime security and trade.
                    photo: photos/jane doe.jpg
                  - name: Raj Kumar
                    affiliation: University of Somewhere
                    photo: photos/raj.png
                ---

                The body.
                """);
    }

    @Test
    void thePdfShowsEachPhotoBesideItsAuthor() throws Exception {
        for (String engine : List.of("pdfbox", "openpdf")) {
            Path pdf = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve(engine)).formats("pdf")
                    .engine(engine).build()).get(0);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                PDPage authors = null;
                PDFTextStripper stripper = new PDFTextStripper();
                for (int i = 1; i <= document.getNumberOfPages(); i++) {
                    stripper.setStartPage(i);
                    stripper.setEndPage(i);
                    if (stripper.getText(document).contains("Jane Doe writes about maritime security")) {
                        authors = document.getPage(i - 1);
                    }
                }
                assertNotNull(authors, engine + ": no page with the biography");
                List<Float> widths = imageWidths(authors);
                assertEquals(2, widths.size(), engine + ": images on the authors' page: " + widths);
                float column = authors.getMediaBox().getWidth();
                for (float width : widths) {
                    // a photo beside the text, not a figure across the column
                    assertTrue(width > 30 && width < column / 4, engine + ": a photo " + width + " pt wide");
                }
            }
            if (engine.equals("pdfbox")) {
                PdfCheck check = new PdfVerifier().check(pdf);
                assertTrue(check.passes(), check.toString());
            }
        }
    }

    @Test
    void theEpubShowsEachPhotoWithTheAuthorsName() throws Exception {
        Path epub = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("epub")).formats("epub").build()).get(0);
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            Document doc = Jsoup.parse(new String(zip.getInputStream(zip.getEntry("OEBPS/author.xhtml")).readAllBytes(),
                    StandardCharsets.UTF_8), "", Parser.xmlParser());
            List<String> photos = new ArrayList<>();
            for (Element img : doc.select("img.author-photo")) {
                assertNotNull(zip.getEntry("OEBPS/" + img.attr("src")), img.attr("src") + " is not in the e-book");
                photos.add(img.attr("alt"));
            }
            assertEquals(List.of("Jane Doe", "Raj Kumar"), photos);
        }
        assertEquals(List.of(), new EpubVerifier().check(epub));
    }

    /** The width, in points, at which each image of a page is drawn. */
    private static List<Float> imageWidths(PDPage page) throws IOException {
        List<Float> widths = new ArrayList<>();
        PDFStreamEngine engine = new PDFStreamEngine() {
            {
                addOperator(new Concatenate(this));
                addOperator(new DrawObject(this));
                addOperator(new SetGraphicsStateParameters(this));
                addOperator(new Save(this));
                addOperator(new Restore(this));
                addOperator(new SetMatrix(this));
            }

            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                if ("Do".equals(operator.getName()) && operands.get(0) instanceof COSName name) {
                    PDXObject object = getResources().getXObject(name);
                    if (object instanceof PDImageXObject) {
                        widths.add(getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX());
                        return;
                    }
                }
                super.processOperator(operator, operands);
            }
        };
        engine.processPage(page);
        return widths;
    }
}
