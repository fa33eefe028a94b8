package org.imprint;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.verify.CheckMessage;
import org.imprint.verify.EpubVerifier;
import org.imprint.verify.VeraPdfAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.epub.EpubReader;

/**
 * An article with {@code language: ur} is set right to left in both outputs, with the brand's
 * Urdu words and an Urdu date, its text comes back from the PDF as written, and the judges pass it.
 */
class RightToLeftArticleTest {

    static final Path URDU = Reports.HOME.resolve("src/test/resources/reports/urdu");

    @TempDir
    static Path out;
    static Path pdf;
    static Path epub;
    static String text;
    static final List<Problem> warnings = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        List<Path> files = new Imprint(Reports.HOME).build(BuildRequest.of(URDU).out(out).warnings(warnings::add).build());
        pdf = files.stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        epub = files.stream().filter(f -> f.toString().endsWith(".epub")).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theArticleReadsAsWritten() {
        assertAll(
                () -> assertTrue(text.contains("پاکستان اور ایران: سرحد کے آر پار"), text),
                () -> assertTrue(text.contains("ہمسایوں کے تعلقات پر ایک تبصرہ"), text),
                () -> assertTrue(text.contains("دونوں ملکوں کی تجارت کے تین بڑے شعبے ہیں:"), text),
                () -> assertTrue(text.contains("زرعی اجناس، جیسے چاول اور پھل"), text),
                () -> assertTrue(text.contains("سرحد دیوار نہیں، ایک دروازہ ہے۔"), text),
                () -> assertTrue(text.contains("RCAS کی ویب سائٹ www.rcas.top پر مزید تفصیل موجود ہے۔"), text),
                () -> assertFalse(text.contains("#"), text),
                () -> assertTrue(warnings.isEmpty(), warnings::toString));
    }

    @Test
    void theDateAndTheLabelsAreUrdu() {
        assertAll(
                () -> assertTrue(text.contains("21 اپریل 2026"), text),
                () -> assertTrue(text.contains("RCAS کا تعارف"), text),
                () -> assertTrue(text.contains("مصنف کا تعارف"), text),
                // no endnotes: the notes stand at the page foot (ScriptsPdfTest)
                () -> assertFalse(text.contains("حواشی"), text),
                () -> assertFalse(text.contains("April"), text));
    }

    @Test
    void thePdfPassesPdfAAndPdfUa() throws Exception {
        VeraPdfAssertions.assertPdfAAndPdfUa(pdf);
    }

    @Test
    void theEpubIsRightToLeft() throws Exception {
        Book book;
        try (InputStream in = Files.newInputStream(epub)) {
            book = new EpubReader().readEpub(in);
        }
        String opf = new String(book.getOpfResource().getData(), StandardCharsets.UTF_8);
        Document article = Jsoup.parse(new String(book.getResources().getByHref("article.xhtml").getData(),
                StandardCharsets.UTF_8), "", Parser.xmlParser());
        assertAll(
                () -> assertTrue(opf.contains("<spine toc=\"ncx\" page-progression-direction=\"rtl\">"), opf),
                () -> assertEquals("rtl", article.selectFirst("html").attr("dir")),
                () -> assertEquals("ur", article.selectFirst("html").attr("lang")));
        assertEquals(List.of(), new EpubVerifier().check(epub), "EPUBCheck findings");
    }
}
