package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quotation marks and spaces follow the language of each piece of text, as hyphenation does: a
 * {@code <div lang="fr">} around Markdown paragraphs and a {@code <span lang="de">} inside an
 * English paragraph get French and German marks, in the PDF and in the EPUB, and the article's
 * own text keeps its English ones.
 */
class PunctuationByLangTest {

    @TempDir
    Path dir;

    private static final String BODY = """
            She said "hello" first.

            <div lang="fr">

            Un paragraphe français : "Bonjour", dit-il ; "ça va ?"

            </div>

            Back in English, <span lang="de">"Guten Tag"</span> and "goodbye" after it.

            <div lang="de"><p>Ein Block: "Grüße" am Ende.</p></div>
            """;

    @Test
    void quotesFollowTheNearestLang() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("r")).language("en").body(BODY).build("pdf", "epub");
        String pdf;
        try (PDDocument document = Loader.loadPDF(built.pdf().toFile())) {
            pdf = new PDFTextStripper().getText(document).replace('\n', ' ');
        }
        String epub;
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            StringBuilder all = new StringBuilder();
            for (var e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(".xhtml")) {
                    all.append(new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            epub = all.toString();
        }
        for (String text : new String[] {pdf, epub}) {
            assertTrue(text.contains("\u201Chello\u201D"), "English stays English: " + text);
            assertTrue(text.contains("\u00AB\u202FBonjour\u202F\u00BB"), "French guillemets in the div: " + text);
            assertTrue(text.contains("fran\u00E7ais\u202F:"), "French space before the colon: " + text);
            assertTrue(text.contains("\u201EGuten Tag\u201C"), "German quotes in the span: " + text);
            assertTrue(text.contains("\u201Cgoodbye\u201D"), "English after the span: " + text);
            assertTrue(text.contains("\u201EGr\u00FC\u00DFe\u201C"), "German quotes in a raw block: " + text);
        }
    }

    /**
     * The language's HTML is read as HTML: an abrupt comment ({@code <!-->}) ends at once, so the
     * {@code <div lang="fr">} after it opens French; a regex that ran from "<!--" to the next "-->"
     * hid it, and the French paragraph had English quotation marks. A {@code <span lang="de">} in
     * a script's text opens nothing.
     */
    @Test
    void anAbruptCommentHidesNoLang() throws Exception {
        String body = """
                <!--> <div lang="fr"> <!-- French from here -->

                Un paragraphe : "Bonjour".

                </div>

                Back with <script>var s = '<span lang="de">';</script> "goodbye" after it.
                """;
        TestReport.Built built = TestReport.at(dir.resolve("a")).language("en").body(body).build("pdf");
        String pdf;
        try (PDDocument document = Loader.loadPDF(built.pdf().toFile())) {
            pdf = new PDFTextStripper().getText(document).replace('\n', ' ');
        }
        assertTrue(pdf.contains("\u00AB\u202FBonjour\u202F\u00BB"), "French guillemets after the abrupt comment: " + pdf);
        assertTrue(pdf.contains("\u201Cgoodbye\u201D"), "English after the script: " + pdf);
    }
}
