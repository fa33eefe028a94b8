package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.Reports;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Emoji beside Devanagari, Bengali and Persian words: each is drawn in the emoji font, never as
 * {@code #} in the script's font, and the text comes back as written.
 */
class EmojiBesideScriptsTest {

    static final Path REPORT = Reports.HOME.resolve("src/test/resources/reports/emoji-beside-scripts");

    @TempDir
    static Path out;
    static String text;
    /** Each drawn glyph's text with the font it is drawn in. */
    static List<Glyph> glyphs;
    static final List<Problem> warnings = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        Path pdf = new Imprint(Reports.HOME).build(BuildRequest.of(REPORT).out(out).formats("pdf")
                .warnings(warnings::add).build()).get(0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = PdfText.all(doc);
            glyphs = PdfGlyphs.read(doc);
        }
    }

    @Test
    void noEmojiIsPrintedAsAHash() {
        assertAll(
                () -> assertFalse(text.contains("#"), text),
                () -> assertTrue(glyphs.stream().noneMatch(g -> g.text().contains("#")), "a # is drawn"),
                () -> assertEquals(List.of(), warnings.stream().filter(w -> w.message().startsWith("no font")).toList()));
    }

    @Test
    void everyEmojiIsDrawnInTheEmojiFont() {
        List<String> elsewhere = glyphs.stream()
                .filter(g -> g.text().codePoints().anyMatch(c -> c >= 0x1F000 || c == 0x2764))
                .filter(g -> !g.fontName().contains("NotoEmoji"))
                .map(g -> g.text() + " in " + g.fontName()).toList();
        assertEquals(List.of(), elsewhere);
        assertTrue(glyphs.stream().anyMatch(g -> g.fontName().contains("NotoEmoji") && g.text().equals("👍")), "no 👍 in the emoji font");
    }

    @Test
    void theTextComesBackAsWritten() {
        assertAll(
                () -> assertTrue(text.contains("नमस्ते 👍 दुनिया और 🇮🇳 भारत और 👍🏽 ठीक।"), text),
                () -> assertTrue(text.contains("नमस्ते ❤️\u200D🔥 दुनिया।"), text),
                () -> assertTrue(text.contains("नमस्ते 👩🏽\u200D💻 दुनिया और 👨\u200D👩\u200D👧 परिवार।"), text),
                () -> assertTrue(text.contains("বাংলা 👩🏽\u200D💻 লেখা।"), text),
                () -> assertTrue(text.contains("नमस्ते 👍 and বাংলা 👩🏽\u200D💻"), text),
                // in right-to-left text the sequence keeps its order (reversed, it came apart)
                () -> assertFalse(text.contains("💻\u200D🏽👩"), text),
                () -> assertTrue(text.contains("👩🏽\u200D💻"), text));
    }
}
