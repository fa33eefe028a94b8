package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running head sets a title's Urdu quotations as the cover and the title do. The head is laid
 * out in the page's margin box, per page, apart from the body, and its pieces were left in
 * logical order: "“12 مئی”" had its number on the left of the word it begins, "“…ہم امن؟”" its
 * ellipsis on the left. A number that opens a right-to-left isolate also left the isolate's mark
 * in a run of its own, which the line's reordering read as an isolate never closed: the title
 * heading and the cover swapped the two quotations.
 */
class RunningHeadIsolatesPdfTest {

    /** Two quotations that start or end with a neutral: a number, an ellipsis, a question mark. */
    private static final String TITLE = "Dates: “12 مئی” and “...ہم امن؟”";
    /** The title's pieces from the left, in an English line: each quotation reads right to left. */
    private static final String SEEN = "Dates : “ U 12 ” and “ ؟ U … ”";
    /** The page's top margin (25 mm) in points: the running head stands in it. */
    private static final float TOP_MARGIN = 25 / 25.4f * 72;

    @TempDir
    static Path dir;
    static List<Glyph> glyphs;

    @BeforeAll
    static void build() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("head")).title(TITLE)
                .body("A paragraph.\n\nAnother one.\n").build("pdf");
        glyphs = PdfGlyphs.read(built.pdf());
    }

    @Test
    void theRunningHeadSetsTheQuotationsRightToLeft() {
        List<Glyph> head = glyphs.stream().filter(g -> g.page() == 3 && g.y() < TOP_MARGIN).toList();
        List<Glyph> title = head.stream().filter(g -> g.x() >= firstOf(head, "D").x()).toList();
        assertEquals(SEEN, pieces(title));
    }

    @Test
    void theCoverAndTheTitleSetThemSo() {
        Glyph cover = glyphs.stream().filter(g -> g.page() == 1 && g.text().equals("D")).findFirst().orElseThrow();
        Glyph heading = glyphs.stream().filter(g -> g.page() == 3 && g.y() > TOP_MARGIN && g.text().equals("D"))
                .findFirst().orElseThrow();
        assertAll(
                () -> assertEquals(SEEN, pieces(PdfGlyphs.lineOf(glyphs, cover, 2f))),
                () -> assertEquals(SEEN, pieces(PdfGlyphs.lineOf(glyphs, heading, 2f))));
    }

    private static Glyph firstOf(List<Glyph> line, String text) {
        return line.stream().filter(g -> g.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(PdfGlyphs.text(line)));
    }

    /**
     * The line's glyphs from the left, as words: a Latin word or a number as drawn, a run of Urdu
     * words as U, each punctuation mark on its own.
     */
    private static String pieces(List<Glyph> line) {
        List<Glyph> sorted = line.stream().filter(g -> !g.blank())
                .sorted(java.util.Comparator.comparingDouble(Glyph::x)).toList();
        List<String> words = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        String kind = "";
        float right = 0;
        for (Glyph g : sorted) {
            String now = urdu(g.text()) ? "U" : Character.isLetterOrDigit(g.text().codePointAt(0)) ? "w" : "p";
            boolean joins = now.equals(kind) && (now.equals("U") || now.equals("w") && g.x() - right < g.fontSize() * 0.15f);
            if (!joins && !kind.isEmpty()) {
                words.add(kind.equals("U") ? "U" : word.toString());
                word.setLength(0);
            }
            word.append(g.text());
            kind = now;
            right = g.right();
        }
        if (!kind.isEmpty()) {
            words.add(kind.equals("U") ? "U" : word.toString());
        }
        return String.join(" ", words);
    }

    private static boolean urdu(String text) {
        return Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.ARABIC && !text.equals("؟");
    }
}
