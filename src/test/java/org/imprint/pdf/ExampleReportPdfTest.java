package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.PdfProfile;
import org.imprint.Reports;
import org.imprint.markdown.SmartPunctuation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Builds the example report once with each engine and reads the real PDF back with PDFBox: the
 * same content either way; what only the PDFBox engine does (PDF/A's XMP) is checked for it alone.
 */
@ParameterizedClass
@ValueSource(strings = {"pdfbox", "openpdf"})
class ExampleReportPdfTest {

    @TempDir
    static Path out;
    static PDDocument pdf;
    static String text;

    @Parameter
    String engine;

    @BeforeParameterizedClassInvocation
    static void build(String engine) throws Exception {
        Path dir = out.resolve(engine);
        List<Path> files = new Imprint(Reports.HOME).build(BuildRequest.of(Reports.EXAMPLE).out(dir).formats("pdf").profile(PdfProfile.SCREEN).engine(engine).build());
        // the file name does not depend on the engine
        assertEquals(List.of(dir.resolve("2026-04-us-iran-pakistan.pdf")), files);
        pdf = Loader.loadPDF(files.get(0).toFile());
        text = PdfText.all(pdf);
    }

    @AfterParameterizedClassInvocation
    static void close() throws IOException {
        if (pdf != null) {
            pdf.close();
        }
    }

    @Test
    void pageCountIsThatOfAShortCommentary() {
        int pages = pdf.getNumberOfPages();
        assertTrue(pages >= 8 && pages <= 16, "pages: " + pages);
    }

    @Test
    void coverHasSeriesTitleAuthorAffiliationAndDateButNoRunningHeader() throws IOException {
        String cover = PdfText.pages(pdf, 1, 1);
        assertAll(
                () -> assertTrue(cover.contains("RCAS COMMENTARY"), cover),
                () -> assertTrue(cover.contains("The U.S.-Iran War and Pakistan’s Peacemaking Diplomacy"), cover),
                () -> assertTrue(cover.contains("Zahid Anwar"), cover),
                () -> assertTrue(cover.contains("Nonresident Senior Fellow, The Hong Kong Research Center for Asian Studies (RCAS)"), cover),
                () -> assertTrue(cover.contains("April 21, 2026"), cover),
                // the running header repeats the series label; on the cover it must appear only once
                () -> assertEquals(cover.indexOf("RCAS COMMENTARY"), cover.lastIndexOf("RCAS COMMENTARY"), cover));
    }

    @Test
    void laterPagesHaveRunningHeaderAndPageNumber() throws IOException {
        String page3 = PdfText.pages(pdf, 3, 3);
        assertTrue(page3.startsWith("RCAS COMMENTARY The U.S.-Iran War and Pakistan’s Peacemaking Diplomacy"), page3);
        assertTrue(PdfText.pages(pdf, 1, 1).indexOf(" 1 ") < 0, "the cover has no page number");
        assertTrue(page3.endsWith(" 3"), page3);
    }

    @Test
    void blurbOpensWithTheChineseAndEnglishNames() throws IOException {
        String about = PdfText.pages(pdf, 2, 2);
        assertTrue(about.startsWith("RCAS COMMENTARY"), about);
        assertTrue(about.contains("About RCAS"), about);
        assertTrue(about.contains("香港亞洲研究中心 | The Hong Kong Research Center for Asian Studies (RCAS) is a nonprofit"), about);
        assertTrue(about.contains("Welcome to visit our website: http://www.rcas.top."), about);
        assertTrue(about.contains("Address: 1507B, EASTCORE1, No.398, Kwun Tong, Kowloon, Hong Kong"), about);
        assertTrue(about.contains("Email: hkrcas@163.com"), about);
    }

    @Test
    void everyParagraphOfTheArticleIsThere() throws IOException {
        String source = Files.readString(Reports.EXAMPLE.resolve("article.md"));
        String body = source.substring(source.indexOf("\n---", 4) + 4);
        String flowing = PdfText.withoutFurniture(pdf, "RCAS COMMENTARY The U.S.-Iran War and Pakistan’s Peacemaking Diplomacy");
        int paragraphs = 0;
        for (String block : body.split("\n\\s*\n")) {
            // the article's punctuation, as the PDF prints it (straight quotes become curly)
            String p = PdfText.fold(new SmartPunctuation("en").plain(block));
            if (!p.isEmpty() && !p.startsWith("![")) {
                paragraphs++;
                // a hyphen at a line end may be the author's or hyphenation's: compare without hyphens
                assertTrue(flowing.replace("-", "").contains(p.replace("-", "")), "missing paragraph: " + p);
            }
        }
        assertEquals(33, paragraphs);
    }

    @Test
    void threeNumberedCaptions() {
        assertAll(
                () -> assertTrue(text.contains("Figure 1. A Pakistani Ranger walks past a billboard for the U.S.-Iran peace talks in Islamabad on April 12, 2026."), text),
                () -> assertTrue(text.contains("Figure 2. Iran’s Parliament Speaker Mohammad Bagher Ghalibaf, left, meets with hand with Pakistani Prime Minister Shehbaz Sharif"), text),
                () -> assertTrue(text.contains("Figure 3. U.S. Vice President J.D. Vance meets with Pakistan’s Prime Minister Shehbaz Sharif"), text),
                () -> assertFalse(text.contains("Figure 4."), text));
    }

    @Test
    void firstPublishedNoteAndAuthorPage() throws IOException {
        int last = pdf.getNumberOfPages();
        assertTrue(text.contains("The article was first published at China-US Focus, Hong Kong, April 20, 2026."), text);
        String authorPage = PdfText.pages(pdf, last - 1, last - 1);
        assertTrue(authorPage.contains("About Author"), authorPage);
        assertTrue(authorPage.contains("Zahid Anwar, pro-Vice-President at the University of Peshawar"), authorPage);
        assertTrue(authorPage.contains("He can be reached at zk2112@gmail.com."), authorPage);
        String back = PdfText.pages(pdf, last, last);
        assertTrue(back.contains("Ph: 00852 2397 7886"), back);
    }

    @Test
    void everyFontIsEmbeddedAndSubset() throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts.add(font.getName());
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName() + " is not subset");
                if (font instanceof PDType0Font t0) {
                    assertTrue(t0.getDescendantFont().isEmbedded(), font.getName());
                }
            }
        }
        assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoSerif")), fonts.toString());
        assertTrue(fonts.stream().anyMatch(f -> f.contains("DroidSansFallback")), "CJK font missing: " + fonts);
    }

    @Test
    void bookmarksForTheParts() {
        var outline = pdf.getDocumentCatalog().getDocumentOutline();
        assertNotNull(outline, "no bookmarks");
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : outline.children()) {
            titles.add(item.getTitle());
        }
        assertEquals(List.of("Cover", "About RCAS", "The U.S.-Iran War and Pakistan’s Peacemaking Diplomacy", "About Author"), titles);
    }

    @Test
    void metadataNamesTitleAuthorLanguageAndKeywords() {
        var info = pdf.getDocumentInformation();
        assertEquals("The U.S.-Iran War and Pakistan’s Peacemaking Diplomacy", info.getTitle());
        assertEquals("Zahid Anwar", info.getAuthor());
        assertTrue(info.getKeywords().contains("mediation"), info.getKeywords());
        assertTrue(info.getSubject().startsWith("The article examines Pakistan’s role"), info.getSubject());
        assertEquals("en", pdf.getDocumentCatalog().getLanguage());
        if (engine == "pdfbox") {
            assertNotNull(pdf.getDocumentCatalog().getMetadata(), "no XMP metadata");
            assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle());
        }
    }

    @Test
    void linksAreLive() throws IOException {
        List<String> uris = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
        }
        assertTrue(uris.contains("https://www.chinausfocus.com/foreign-policy/the-usiran-war-and-pakistans-peacemaking-diplomacy"), uris.toString());
        assertTrue(uris.contains("http://www.rcas.top"), uris.toString());
        assertTrue(uris.contains("mailto:hkrcas@163.com"), uris.toString());
    }

    @Test
    void figuresAreEmbeddedImages() throws IOException {
        int images = 0;
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().isImageXObject(name)) {
                    images++;
                }
            }
        }
        assertEquals(3, images);
    }
}
