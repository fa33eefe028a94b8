package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.Report;
import org.imprint.Reports;
import org.imprint.brand.FontFace;
import org.imprint.fonts.FontService;
import org.imprint.model.Resources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report full of hostile markup builds, and none of it reaches the PDF: no script, no event
 * handler, no frame, object, form or style, no javascript: or file link, no embedded file.
 * Harmless markup survives, and front-matter text is set as text, never as markup.
 */
class HostileContentPdfTest {

    private static final Path REPORT = Reports.HOME.resolve("src/test/resources/reports/hostile");
    private static final List<String> MARKERS = List.of("SCRIPT-XSS", "ONERROR-XSS", "IFRAME-XSS", "OBJECT-XSS",
            "EMBED-XSS", "FORM-XSS", "INPUT-XSS", "HREF-XSS", "MD-XSS", "ONCLICK-XSS", "STYLE-XSS", "STYLE-ATTR-XSS",
            "META-XSS", "BASE-XSS", "LINK-XSS", "SVG-XSS", "BIO-XSS", "evil.example");

    static PDDocument pdf;
    static String text;
    static final List<Problem> warnings = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        Imprint imprint = new Imprint(Reports.HOME);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Report report = imprint.load(REPORT, warnings::add)) {
            imprint.write(report, "pdf", bytes);
        }
        pdf = Loader.loadPDF(bytes.toByteArray());
        text = PdfText.all(pdf);
    }

    @Test
    void noHostileContentInTheText() {
        for (String marker : MARKERS) {
            assertFalse(text.contains(marker), marker + " reached the PDF text");
        }
        assertTrue(text.contains("The last paragraph."), "a <style> hid the body");
    }

    @Test
    void harmlessMarkupSurvives() {
        // The sub- and superscript digits are drawn off the line, so text extraction may move them
        // (or not, where EdgeJoins boxed "H₂O" whole): count them rather than expecting "H2O".
        int from = text.indexOf("Harmless markup stays:");
        int to = text.indexOf("line break", from);
        assertTrue(from >= 0 && to > from, "the paragraph is missing");
        String paragraph = text.substring(from, to);
        assertAll(
                () -> assertTrue(paragraph.replace('2', ' ').replaceAll(" +", " ").startsWith("Harmless markup stays: H O, E = mc"), paragraph),
                () -> assertEquals(2, paragraph.chars().filter(c -> c == '2').count(), paragraph),
                () -> assertTrue(paragraph.contains("span with a class"), paragraph),
                () -> assertTrue(text.contains("Writes bios with raised words."), "bio"));
    }

    /**
     * What the front matter's plain texts hold that looks like markup but is none prints as
     * written, escaped (an HTML tag or character reference in them stops the build: bad reports
     * title-html-quotation and others).
     */
    @Test
    void frontMatterIsTextNotMarkup() {
        assertAll(
                () -> assertTrue(text.contains("Signs < stay text & so does 1 <2> 0 and AT&T;"), text),
                () -> assertTrue(text.contains("< img src=x onerror=alert(‘SUBTITLE-XSS’) >"), text),
                () -> assertTrue(text.contains("Mallory <3 & Markup"), text));
    }

    @Test
    void noScriptLinkFormOrEmbeddedFile() throws IOException {
        List<String> uris = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                assertTrue(annotation instanceof PDAnnotationLink, "unexpected annotation " + annotation.getSubtype());
                PDAction action = ((PDAnnotationLink) annotation).getAction();
                assertTrue(action instanceof PDActionURI || action instanceof PDActionGoTo, "action " + action.getSubType());
                if (action instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
            assertNull(page.getCOSObject().getDictionaryObject(COSName.AA), "page actions");
        }
        assertTrue(uris.contains("https://example.org/ok"), uris.toString());
        for (String uri : uris) {
            assertFalse(uri.matches("(?i)\\s*(javascript|file|data|vbscript):.*") || uri.contains("evil"), uri);
        }
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        assertAll(
                () -> assertTrue(catalog.getAcroForm() == null || catalog.getAcroForm().getFields().isEmpty(), "form fields"),
                () -> assertTrue(catalog.getNames() == null || catalog.getNames().getJavaScript() == null, "document JavaScript"),
                () -> assertTrue(catalog.getNames() == null || catalog.getNames().getEmbeddedFiles() == null, "embedded files"),
                () -> assertNull(catalog.getOpenAction(), "open action"));
    }

    @Test
    void onlyTheReportsOwnImageIsEmbedded() throws IOException {
        int images = 0;
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                images += page.getResources().isImageXObject(name) ? 1 : 0;
            }
        }
        assertEquals(1, images);
    }

    @Test
    void removedLinksAreReportedAsWarnings() {
        assertEquals(2, warnings.stream().filter(w -> w.message().contains("javascript:") && w.message().contains("is removed")).count(),
                warnings.toString());
    }

    /** jsoup's XML parser, which reads the layouts' XHTML, neither loads a DTD nor expands an external entity. */
    @Test
    void anExternalEntityIsNotExpanded(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String html = "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY % remote SYSTEM \"" + secret.toUri() + "\"> %remote;]>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body style=\"font-family: 'Noto Serif'\"><p>Before &xxe; after</p></body></html>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // PDF/A embeds every font: the default family must be a real font for the text to be drawn
        List<FontFace> fonts = List.of(new FontFace("Noto Serif", Reports.HOME.resolve("fonts/NotoSerif-Regular.ttf"), 400, false));
        new PdfBoxEngine(new FontService()).write(html, new Resources(dir, List.of()), fonts,
                new PdfMetadata("t", List.of(), null, List.of(), "en", java.time.Instant.EPOCH, "urn:x", null, null),
                PdfOptions.SCREEN, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String written = PdfText.all(doc);
            assertTrue(written.contains("Before"), written);
            assertFalse(written.contains("TOP-SECRET"), written);
        }
    }
}
