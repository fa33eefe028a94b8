package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Note calls beside a phrase of the other direction, read from the glyph positions of the PDFBox
 * engine's PDF ({@link VisualLineOrder}). Numbers keep their order after a right-to-left phrase
 * (".¹,²", not "²,¹."), and a note call, a bidi isolate, stands after the phrase in the
 * paragraph's direction: right of a Hebrew or Urdu phrase in an English line (a page-foot call,
 * a citation's, and a call inside a page-foot note), left of an English phrase in an Urdu line.
 */
class NoteCallsBesidePhrasesPdfTest {

    static final Path ENGLISH = Reports.HOME.resolve("src/test/resources/reports/note-calls-en");
    /** The same text with a note too long for a page's foot: the PDF sets the notes as endnotes, the calls as sup.note-ref. */
    static final Path ENDNOTES = Reports.HOME.resolve("src/test/resources/reports/note-calls-endnotes");
    static final Path URDU = Reports.HOME.resolve("src/test/resources/reports/note-calls-ur");

    @TempDir
    static Path out;
    static Path englishPdf;
    static Path endnotesPdf;
    static Path urduPdf;

    @BeforeAll
    static void build() throws Exception {
        Imprint imprint = new Imprint(Reports.HOME);
        englishPdf = imprint.build(BuildRequest.of(ENGLISH).out(out.resolve("en")).formats("pdf").build()).get(0);
        endnotesPdf = imprint.build(BuildRequest.of(ENDNOTES).out(out.resolve("endnotes")).formats("pdf").build()).get(0);
        urduPdf = imprint.build(BuildRequest.of(URDU).out(out.resolve("ur")).formats("pdf").build()).get(0);
    }

    /**
     * "שלום עכשיו[^1] [@smith2002, p. 40]." in an English line: the stop moves before the calls
     * (as before any run of calls), and stop and calls read ".1,2" after the phrase.
     */
    @Test
    void numbersAfterAHebrewPhraseKeepTheirOrder() throws Exception {
        assertAll(List.of(englishPdf, endnotesPdf).stream().map(pdf -> (Executable) () -> assertEquals(".1,2",
                line(pdf, "wrote").stream().map(Glyph::text).filter(s -> s.matches("[0-9.,]")).reduce("", String::concat),
                pdf.getFileName().toString())));
    }

    @Test
    void callsStandRightOfARightToLeftPhraseInAnEnglishLine() throws Exception {
        assertAll(List.of(englishPdf, endnotesPdf).stream().flatMap(pdf -> Stream.<Executable>of(
                () -> assertTrue(afterPhrase(pdf, "slogan", Character.UnicodeScript.ARABIC).startsWith("3and"), () -> read(pdf, "slogan")),
                // in a note, a call of another note (sup.note-ref, not ::footnote-call)
                () -> assertTrue(afterPhrase(pdf, "reply", Character.UnicodeScript.ARABIC).matches("\\d+in.*"), () -> read(pdf, "reply")))));
    }

    /**
     * The stop that citations move before a run of calls ("שלום עכשיו.¹²") belongs to the English
     * sentence: it stands right of the Hebrew phrase, as reading systems show it. The calls are
     * isolates ({@code dir} on each): were their digits part of the paragraph's text, the stop
     * between the Hebrew and them would resolve right to left (UAX #9 N1, numbers count as
     * right-to-left there), and openhtmltopdf would put it in the Hebrew run, drawn left of it.
     */
    @Test
    void theStopBeforeTheCallsStandsRightOfTheHebrewPhrase() throws Exception {
        assertAll(List.of(englishPdf, endnotesPdf).stream().map(pdf -> (Executable) () -> assertTrue(
                afterPhrase(pdf, "wrote", Character.UnicodeScript.HEBREW).startsWith(".1,2"), () -> read(pdf, "wrote"))));
    }

    @Test
    void aCallStandsLeftOfAnEnglishPhraseInAnUrduLine() throws Exception {
        List<Glyph> line = line(urduPdf, "brown");
        float english = (float) line.stream().filter(g -> script(g) == Character.UnicodeScript.LATIN)
                .mapToDouble(Glyph::x).min().orElseThrow();
        // the glyphs left of the English phrase, nearest first: the call, then the Urdu that follows it
        List<Glyph> left = line.stream().filter(g -> g.x() < english && !g.text().isBlank())
                .sorted(Comparator.comparingDouble(g -> -g.x())).toList();
        assertTrue(!left.isEmpty() && left.get(0).text().equals("1")
                && left.stream().skip(1).allMatch(g -> script(g) == Character.UnicodeScript.ARABIC),
                () -> read(urduPdf, "brown"));
    }

    /** The glyphs right of the rightmost glyph of {@code script} on the line holding {@code word}, left to right, no spaces. */
    private static String afterPhrase(Path pdf, String word, Character.UnicodeScript script) throws Exception {
        List<Glyph> line = line(pdf, word);
        double end = line.stream().filter(g -> script(g) == script).mapToDouble(g -> g.right())
                .max().orElseThrow();
        StringBuilder text = new StringBuilder();
        line.stream().filter(g -> g.x() >= end - 0.5 && !g.text().isBlank()).forEach(g -> text.append(g.text()));
        return Normalizer.normalize(text.toString(), Normalizer.Form.NFKC);
    }

    /** The line holding {@code word}, as its glyphs read by position, for messages. */
    private static String read(Path pdf, String word) {
        try {
            StringBuilder text = new StringBuilder();
            line(pdf, word).forEach(g -> text.append(g.text()));
            return "line reads, left to right: " + Normalizer.normalize(text.toString(), Normalizer.Form.NFKC);
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static Character.UnicodeScript script(Glyph glyph) {
        String s = Normalizer.normalize(glyph.text(), Normalizer.Form.NFKC);
        return s.isEmpty() ? Character.UnicodeScript.COMMON : Character.UnicodeScript.of(s.codePointAt(0));
    }

    /**
     * The glyphs of the line whose drawn text holds {@code word} (a Latin word, drawn in order),
     * superscripts included, sorted left to right.
     */
    private static List<Glyph> line(Path pdf, String word) throws Exception {
        List<Glyph> glyphs = PdfGlyphs.read(pdf);
        Glyph found = PdfGlyphs.find(glyphs, word).orElseThrow(() -> new AssertionError("no \"" + word + "\" in " + pdf.getFileName()));
        // a call is raised above the baseline, less than a line's height
        return PdfGlyphs.lineOf(glyphs, found, 5);
    }
}
