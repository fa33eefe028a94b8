package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Hebrew and Arabic words with quotation marks in an English article, as the web edition and the
 * PDF set them:
 * <ul>
 * <li>an English apostrophe after a Hebrew word (ירושלים's, צה"ל's, כהן's) was set as a Hebrew
 * geresh (ירושלים׳s), and the PDF drew the "s" at the Hebrew word's far side;</li>
 * <li>points (niqqud) switched the Hebrew rules off: ב"הָאָרֶץ" got a gershayim for its opening
 * mark and no isolate, רַשִׁ"י an English opening mark inside the word;</li>
 * <li>a single-quoted quotation after a prefix (ל'שבת', ו'חג') got two gereshes and no isolate;</li>
 * <li>a quotation after an Arabic prefix (و"الأهرام", ب«الأهرام», لـ«…») was not one isolate with
 * its prefix, and the number after it was drawn before it.</li>
 * </ul>
 */
class PrefixedQuotationsAndPointsTest {

    private static final String RLI = "\u2067";
    private static final String PDI = "\u2069";

    @Test
    void englishApostrophesAfterHebrewWordsStayApostrophes(@TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("r")).out(dir.resolve("out"))
                .body("Alpha: ירושלים's mayor spoke — 3 times.\n\nDelta: גב' כהן's 'speech' — 6 times.\n\n"
                        + "Foxtrot: צה\"ל's view — 8 times.\n")
                .build("pdf", "html");
        String web = Files.readString(built.web().resolve("index.html"));
        assertTrue(web.contains("ירושלים\u2019s mayor") && web.contains("גב\u05F3 כהן\u2019s \u2018speech\u2019")
                && web.contains("צה\u05F4ל\u2019s view"), web);
        assertFalse(web.contains("\u05F3s"), web);
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        for (String line : List.of("Alpha", "Delta", "Foxtrot")) {
            String drawn = drawnLine(glyphs, line);
            // left to right on the page: the Hebrew word (drawn right to left), then "’s"
            int s = drawn.indexOf("\u2019s");
            assertTrue(s > 0 && isHebrew(drawn.charAt(s - 1)) && drawn.indexOf('\u05F3' + "s") < 0, drawn);
        }
    }

    @Test
    void pointedAndSingleQuotedPrefixedQuotationsAreIsolated(@TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("r")).out(dir.resolve("out"))
                .body("Bravo ran in ב\"הָאָרֶץ\" — 4 times.\n\nDelta quoted רַשִׁ\"י and \"peace\" — 6 times.\n\n"
                        + "Echo returned ל'שבת' — 7 times.\n\nFoxtrot returned 'שבת' ו'חג' — 8 times.\n\n"
                        + "Golf ran in בְּ\"הָאָרֶץ\" — 9 times.\n")
                .build("pdf", "html");
        String web = Files.readString(built.web().resolve("index.html"));
        assertTrue(web.contains("Bravo ran in " + RLI + "ב\u201Dהָאָרֶץ\u201C" + PDI + " \u2014 4"), web);
        assertTrue(web.contains("quoted רַשִׁ\u05F4י and"), web);
        assertTrue(web.contains("Echo returned " + RLI + "ל\u2019שבת\u2018" + PDI + " \u2014 7"), web);
        assertTrue(web.contains(PDI + "\u2019 " + RLI + "ו\u2019חג\u2018" + PDI + " \u2014 8"), web);
        assertTrue(web.contains("Golf ran in " + RLI + "בְּ\u201Dהָאָרֶץ\u201C" + PDI + " \u2014 9"), web);
        assertNumbersAfterTheirDashes(built.pdf(), new String[][] {{"Bravo", "4"}, {"Echo", "7"}, {"Foxtrot", "8"}, {"Golf", "9"}});
    }

    @Test
    void arabicPrefixedQuotationsAreOneIsolateWithTheirPrefix(@TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("r")).out(dir.resolve("out"))
                .body("Alpha ran in و\"الأهرام\" — 3 times.\n\nDelta ran in ب«الأهرام» — 6 times.\n\n"
                        + "Hotel ran in لـ«الأهرام» — 7 times.\n")
                .build("pdf", "html");
        String web = Files.readString(built.web().resolve("index.html"));
        assertTrue(web.contains("Alpha ran in " + RLI + "و\u201Dالأهرام\u201C" + PDI + " \u2014 3"), web);
        assertTrue(web.contains("Delta ran in " + RLI + "ب«الأهرام»" + PDI + " \u2014 6"), web);
        assertTrue(web.contains("Hotel ran in " + RLI + "لـ«الأهرام»" + PDI + " \u2014 7"), web);
        assertNumbersAfterTheirDashes(built.pdf(), new String[][] {{"Alpha", "3"}, {"Delta", "6"}, {"Hotel", "7"}});
    }

    /** The letter after an abbreviation's gershayim (the ל of צה״ל) is no prefix; a pointed prefix (בְּ) and لـ are. */
    @Test
    void prefixesAreFoundThroughPointsAndTatweelButNotAfterGershayim() {
        assertTrue(QuotePairs.prefixStart("צה\u05F4ל\u2019שבת", 4) == -1);
        assertTrue(QuotePairs.prefixStart("x בְּ\"הארץ\"", 5) == 2);
        assertTrue(QuotePairs.prefixStart("x لـ«الأهرام»", 4) == 2);
        assertTrue(QuotePairs.prefixStart("x دو\"حات\"", 4) == -1);
    }

    /** Left to right on the page: "ran" or "returned", the quotation, the dash, the number and "times". */
    private static void assertNumbersAfterTheirDashes(Path pdf, String[][] lines) throws Exception {
        List<Glyph> glyphs = PdfGlyphs.read(pdf);
        for (String[] line : lines) {
            String drawn = drawnLine(glyphs, line[0]);
            int dash = drawn.indexOf('\u2014');
            assertTrue(dash > drawn.indexOf(line[0]) + 8 && drawn.indexOf(line[1] + "times") == dash + 1, drawn);
        }
    }

    private static String drawnLine(List<Glyph> glyphs, String start) {
        Glyph first = PdfGlyphs.find(glyphs, start).orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        return PdfGlyphs.text(PdfGlyphs.lineOf(glyphs, first, 2f).stream().filter(g -> !g.blank()).toList());
    }

    private static boolean isHebrew(char c) {
        return c >= '\u0590' && c <= '\u05FF';
    }
}
