package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Hebrew quotation after a one-letter prefix (ב"הארץ", ב”הארץ”) in a left-to-right paragraph:
 * the prefixed quotation is one right-to-left isolate, prefix and marks in it. Its opening mark,
 * between two Hebrew letters, was taken for gershayim, so no pair was found and nothing isolated:
 * "It ran in ב"הארץ" — 3 times" printed "It ran in 3 — …הארץ… times", the number drawn to the
 * quotation's side, in the PDF and the web edition.
 */
class HebrewPrefixQuotationTest {

    private static final String RLI = "\u2067";
    private static final String PDI = "\u2069";

    @Test
    void aPrefixedQuotationIsOneIsolateWithItsPrefixAndMarks() {
        assertAll(
                () -> assertEquals("It ran in " + RLI + "ב\u201Dהארץ\u201D" + PDI + " \u2014 3 times",
                        ParagraphDirections.isolateQuotations("It ran in ב\u201Dהארץ\u201D \u2014 3 times", false)),
                () -> assertEquals("It ran in " + RLI + "וב\"הארץ\"" + PDI + " \u2014 3 times",
                        ParagraphDirections.isolateQuotations("It ran in וב\"הארץ\" \u2014 3 times", false)),
                () -> assertEquals("It ran in " + RLI + "ב\u201Cהארץ\u201D" + PDI + " \u2014 3 times",
                        ParagraphDirections.isolateQuotations("It ran in ב\u201Cהארץ\u201D \u2014 3 times", false)),
                // unprefixed: the inside alone, the marks the paragraph's
                () -> assertEquals("It ran in \u201C" + RLI + "הארץ" + PDI + "\u201D \u2014 3 times",
                        ParagraphDirections.isolateQuotations("It ran in \u201Cהארץ\u201D \u2014 3 times", false)),
                // an abbreviation's gershayim is no quotation: צה"ל, and דו"ח (ד is no prefix)
                () -> assertEquals(List.of(), QuotePairs.pairs("צה\u201Dל אמר ש- 3")),
                () -> assertEquals(List.of(new QuotePairs.Pair(7, 9)), QuotePairs.pairs("דו\"חות \"3\" x")),
                () -> assertEquals(List.of(new QuotePairs.Pair(1, 6)), QuotePairs.pairs("ב\u201Dהארץ\u201D — 3")));
    }

    @Test
    void theNumberAfterItStaysAfterTheDashInThePdfAndTheWebEdition(@TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("r")).out(dir.resolve("out"))
                .body("Alpha ran in ב\"הארץ\" — 3 times in April.\n\nBravo ran in ב\u201Cהארץ\u201D — 4 times in April.\n")
                .build("pdf", "html");
        String web = Files.readString(built.web().resolve("index.html"));
        assertTrue(web.contains("Alpha ran in " + RLI + "ב\u201Dהארץ\u201C" + PDI + " \u2014 3"), web);
        // typed curly, set as the straight ones are
        assertTrue(web.contains("Bravo ran in " + RLI + "ב\u201Dהארץ\u201C" + PDI + " \u2014 4"), web);
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        for (String[] line : new String[][] {{"Alpha", "3"}, {"Bravo", "4"}}) {
            Glyph start = PdfGlyphs.find(glyphs, line[0]).orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
            String drawn = PdfGlyphs.text(PdfGlyphs.lineOf(glyphs, start, 2f).stream().filter(g -> !g.blank()).toList());
            // left to right on the page: the quotation (its letters drawn right to left), the dash, the number
            int dash = drawn.indexOf('\u2014');
            assertTrue(dash > drawn.indexOf("ran") && drawn.indexOf(line[1] + "times") == dash + 1
                    && drawn.lastIndexOf('\u05D1', dash) > drawn.indexOf("ran"), drawn);
        }
    }

    /**
     * 'ג'ורג'': the ' ending ג'ורג' is a geresh when the closing ' follows it at once; a ' ending a
     * word after ג, ז, צ, ת with anything else after it closes the quotation (fix19z took it for a
     * geresh whenever a later ' could close, and the English possessive or the Hebrew
     * abbreviations below turned the author's closing mark into ׳).
     */
    @Test
    void aWordFinalGereshBeforeTheClosingMarkStaysAGeresh() {
        String set = new SmartPunctuation("he").markdown("כפי שאמר 'ג'ורג'' בשנת 2003.\n");
        assertTrue(set.contains("ג\u05F3ורג\u05F3") && !set.contains("\u05F3 בשנת") && !set.contains("' בשנת"), set);
        set = new SmartPunctuation("en").markdown("He said 'ג'ורג'' in 2003.\n");
        assertTrue(set.contains("ג\u05F3ורג\u05F3\u2019 in"), set);
        assertTrue(QuotePairs.wordFinalGeresh("‘ג’ורג’’ ", 6), "the ’ before the closing ’ is a geresh");
        // a quotation ending in ת, another opened after a prefix: the ' after ת closes the first
        assertTrue(!QuotePairs.wordFinalGeresh("'שבת' ו'חג' ", 4), "the ' after שבת closes its quotation");
    }

    /** The students' possessive after a Hebrew quotation in English: the ' after שבת became ׳ in every output. */
    @Test
    void aLaterPossessiveLeavesTheClosingMarkAlone() {
        String set = new SmartPunctuation("en").markdown("The word 'שבת' means rest; the students' room is open.\n");
        assertTrue(set.contains("\u2018שבת\u2019 means") && !set.contains("\u05F3"), set);
        assertEquals(List.of(new QuotePairs.Pair(9, 13)),
                QuotePairs.pairs("The word ‘שבת’ means rest; the students’ room").stream()
                        .filter(pair -> pair.open() == 9).toList());
    }

    /** A Hebrew abbreviation's geresh after a quotation (בעמ' 5, גב' כהן): it was taken for the closing mark. */
    @Test
    void aLaterAbbreviationLeavesTheClosingMarkAlone() {
        for (String text : List.of("המילה 'שבת' מופיעה בעמ' 5.\n", "היא אמרה 'חג' ולא 'שבת', אמרה גב' כהן.\n")) {
            String set = new SmartPunctuation("he").markdown(text);
            assertTrue(!set.contains("שבת\u05F3") && !set.contains("חג\u05F3"), set);
        }
        String set = new SmartPunctuation("he").markdown("המילה 'שבת' מופיעה בעמ' 5, אמרה גב' כהן.\n");
        assertTrue(set.contains("עמ\u05F3 5") && set.contains("גב\u05F3 כהן") && !set.contains("שבת\u05F3"), set);
        assertTrue(QuotePairs.pairs("המילה ‘שבת’ מופיעה בעמ’ 5").contains(new QuotePairs.Pair(6, 10)),
                QuotePairs.pairs("המילה ‘שבת’ מופיעה בעמ’ 5").toString());
    }

    /**
     * 'ג'ורג' בוש': a quotation of two words whose first ends in George's geresh. The ' after
     * ג'ורג was taken for the closing mark and the one after בוש for a geresh: ’ג׳ורג’ בוש׳ in the
     * PDF, the EPUB and the web edition. The word is marked foreign by its inner geresh, and the
     * later ' after בוש closes the quotation before another opens.
     */
    @Test
    void aGereshEndingAWordInsideATwoWordQuotationStaysAGeresh(@TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("r")).out(dir.resolve("out")).title("ציטוט").language("he")
                .body("הוא אמר 'ג'ורג' בוש' וגם 'ביבי'.\n\nהמילה 'שבת' מופיעה בעמ' 5.\n\nHe said 'ג'ורג' בוש' and the students' room.\n")
                .build("pdf", "epub", "html");
        String web = Files.readString(built.web().resolve("index.html"));
        String epub;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(built.epub().toFile())) {
            var entry = zip.stream().filter(e -> e.getName().endsWith("article.xhtml")).findFirst().orElseThrow();
            epub = new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(built.pdf().toFile())) {
            pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        for (String text : List.of(web, epub, pdf)) {
            assertAll(
                    () -> assertTrue(text.contains("\u2019ג\u05F3ורג\u05F3 בוש\u2019 וגם \u2019ביבי\u2019"), text),
                    () -> assertTrue(!text.contains("בוש\u05F3") && !text.contains("ורג\u2019"), text),
                    // the PDF's text has the number after the abbreviation drawn apart
                    () -> assertTrue(text.contains("\u2019שבת\u2019 מופיעה בעמ\u05F3"), text),
                    () -> assertTrue(text.contains("ג\u05F3ורג\u05F3 בוש") && text.contains("students\u2019 room"), text));
        }
        assertTrue(QuotePairs.wordFinalGeresh("\u2018ג\u2019ורג\u2019 בוש\u2019", 6));
        // a foreign word closing its own quotation, an abbreviation after: the ' closes
        assertTrue(!QuotePairs.wordFinalGeresh("'ג'ורג' אמר 'שלום' בעמ' 5", 6));
    }

    /**
     * The geresh rule for a foreign word's end (ג'ורג') read the ' after a one-letter prefix as a
     * geresh inside the word: ל'שבת' וגם ל'חג' printed ל’שבת׳, the quotation left open (h19u). A
     * quotation ending after a sentence's mark closes there ('שלום ג'ורג'!'), and an
     * abbreviation before a number (עמ' 5) is no closing mark.
     */
    @Test
    void aPrefixedQuotationBeforeAnotherIsClosedByItsOwnMark() {
        assertAll(
                () -> assertEquals("שמרנו ל’שבת’ וגם ל’חג’ בבית.", set("שמרנו ל'שבת' וגם ל'חג' בבית.")),
                () -> assertEquals("שמרנו ל’שבת’ וגם ל’חג’ בבית.", set("שמרנו ל‘שבת’ וגם ל‘חג’ בבית.")),
                () -> assertEquals("שמרנו ל’שבת’ וגם ג׳ורג׳.", set("שמרנו ל'שבת' וגם ג'ורג'.")),
                () -> assertEquals("הוא אמר ’שלום ג׳ורג׳!’ ויצא.", set("הוא אמר 'שלום ג'ורג'!' ויצא.")),
                () -> assertEquals("’פגשתי את ג׳ורג’, עמ׳ 5", set("'פגשתי את ג'ורג', עמ' 5")),
                () -> assertEquals("הם אכלו ’צ׳יפס’ אתמול.", set("הם אכלו 'צ'יפס' אתמול.")));
    }

    private static String set(String text) {
        return new SmartPunctuation("he").markdown(text + "\n").strip();
    }

    /**
     * ב“הארץ”, ל‘שבת’ typed with curly marks kept them as typed, while ב"הארץ" and ל'שבת' were set
     * in Hebrew's marks facing the direction they stand in: the same quotation drew differently
     * by how it was typed. Typed curly marks after a prefix are now set as straight ones.
     */
    @Test
    void curlyMarksAfterAPrefixAreSetAsStraightOnes() {
        for (String lang : List.of("he", "en")) {
            SmartPunctuation set = new SmartPunctuation(lang);
            assertAll(
                    () -> assertEquals(set.markdown("פורסם ב\"הארץ\" מאמר.\n"), set.markdown("פורסם ב\u201Cהארץ\u201D מאמר.\n")),
                    () -> assertEquals(set.markdown("פורסם ב\"הארץ\" מאמר.\n"), set.markdown("פורסם ב\u201Dהארץ\u201D מאמר.\n")),
                    () -> assertEquals(set.markdown("הגענו ל'שבת' בשלום.\n"), set.markdown("הגענו ל\u2018שבת\u2019 בשלום.\n")),
                    () -> assertEquals(set.markdown("It ran in ב\"הארץ\" — 3.\n"), set.markdown("It ran in ב\u201Cהארץ\u201D — 3.\n")));
        }
        // the gershayim an author typed curly stays: צה”ל is no prefix and quotation
        assertEquals("דובר צה\u201Dל אמר.\n", new SmartPunctuation("he").markdown("דובר צה\u201Dל אמר.\n"));
    }
}
