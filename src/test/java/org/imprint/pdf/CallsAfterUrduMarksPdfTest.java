package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A superscript citation (Nature's) or a note's call after an Urdu full stop (۔) or question mark
 * (؟) in an English line stands after the mark, right of it, as the call of a page-foot note
 * does. Both marks are strong right-to-left letters for the bidirectional algorithm: a citation's
 * digits after one were Arabic numbers of its run, drawn on its left ("stop¹۔"), and after an
 * Urdu phrase left of the whole phrase. The citation's superscript is now an isolate (dir), as a
 * call is; in an Urdu article two citations side by side then read right to left, not as one
 * number "1,2".
 */
class CallsAfterUrduMarksPdfTest {

    private static final String ENGLISH = """
            Alpha: the slogan پاکستان زندہ باد۔[@kant] and the crowd went home.

            Bravo: an English word before an Urdu stop۔[@fromm] and more words.

            Charlie: he asked “کیا ہم امن چاہتے ہیں؟”[@lee] before the vote.

            Delta: a question mark؟[@talal] follows the word.

            Echo: a note after the slogan پاکستان زندہ باد۔[^1] and on.

            [^1]: A page-foot note.
            """;

    private static final String BIB = """
            @book{kant, author={Kant, Immanuel}, title={Perpetual Peace}, publisher={P}, address={Berlin}, year={1795}}
            @book{fromm, author={Fromm, Erich}, title={Escape from Freedom}, publisher={Farrar}, address={New York}, year={1941}}
            @book{lee, author={Lee, Anna}, title={Measuring Erosion}, publisher={Coasts}, address={Seoul}, year={2019}}
            @book{talal, author={bin Talal, Hassan}, title={Search for Peace}, publisher={Macmillan}, address={London}, year={1984}}
            """;

    @TempDir
    static Path dir;
    static TestReport.Built english;
    static TestReport.Built urdu;

    @BeforeAll
    static void build() throws Exception {
        english = TestReport.citing(dir, "en", "nature").title("Calls after Urdu marks")
                .file("references.bib", BIB).body(ENGLISH).build("pdf", "epub");
        urdu = TestReport.citing(dir, "ur", "nature").title("حوالے").language("ur")
                .file("references.bib", BIB).body("یہ دعویٰ ہے [@kant][@fromm] اور بس۔\n")
                .build("pdf");
    }

    @Test
    void theCallStandsRightOfTheUrduMarkAndPhrase() throws IOException {
        List<Glyph> glyphs = PdfGlyphs.read(english.pdf());
        assertAll(Stream.of("Alpha", "Bravo", "Charlie", "Delta", "Echo").map(word -> (Executable) () -> {
            List<Glyph> line = line(glyphs, word);
            Glyph call = line.stream().filter(g -> g.text().matches("[0-9]") && g.x() > line.get(0).x() + 30)
                    .findFirst().orElseThrow(() -> new AssertionError(word + ": " + PdfGlyphs.text(line)));
            float arabic = (float) line.stream().filter(CallsAfterUrduMarksPdfTest::arabic).mapToDouble(Glyph::x).max()
                    .orElseThrow(() -> new AssertionError(word + ": " + PdfGlyphs.text(line)));
            assertTrue(call.x() > arabic, word + " reads, left to right: " + PdfGlyphs.text(line));
        }));
    }

    @Test
    void theEbookIsolatesTheCitationAsACall() throws IOException {
        String article = article(english.epub());
        assertTrue(article.contains("stop۔<a href=\"#ref-fromm\" class=\"citation\"><sup dir=\"ltr\">"), article);
    }

    @Test
    void twoCitationsInAnUrduLineReadRightToLeft() throws IOException {
        List<Glyph> glyphs = PdfGlyphs.read(urdu.pdf());
        Glyph first = glyphs.stream().filter(g -> g.page() == 3 && g.text().equals("1")).findFirst().orElseThrow();
        Glyph second = PdfGlyphs.lineOf(glyphs, first, 3f).stream().filter(g -> g.text().equals("2")).findFirst()
                .orElseThrow(() -> new AssertionError(PdfGlyphs.text(PdfGlyphs.lineOf(glyphs, first, 3f))));
        assertTrue(first.x() > second.x(), PdfGlyphs.text(PdfGlyphs.lineOf(glyphs, first, 3f)));
    }

    /** The glyphs of the line that starts with {@code word}, superscripts included, left to right. */
    private static List<Glyph> line(List<Glyph> glyphs, String word) {
        Glyph at = PdfGlyphs.find(glyphs, word).orElseThrow(() -> new AssertionError("no " + word));
        return PdfGlyphs.lineOf(glyphs, at, 5f).stream().filter(g -> !g.blank()).toList();
    }

    /** An Arabic-script letter or mark: ؟ is of the common script, a right-to-left letter all the same. */
    private static boolean arabic(Glyph glyph) {
        return !glyph.text().isEmpty() && (glyph.text().equals("؟")
                || Character.UnicodeScript.of(glyph.text().codePointAt(0)) == Character.UnicodeScript.ARABIC);
    }

    private static String article(Path epub) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            var entry = zip.stream().filter(e -> e.getName().endsWith("article.xhtml")).findFirst().orElseThrow();
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
