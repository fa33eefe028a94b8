package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Straight ' and " in Hebrew read together ({@link HebrewQuotations}): the mark-by-mark rules
 * took a numeral's or an abbreviation's geresh inside a single quotation for its closing mark and
 * the real closing mark for a geresh ('פרק ב' בספר' printed ’פרק ב’ בספר׳), a foreign word's final
 * geresh before ) or " for the closing mark, and the opening mark after a prefix before a word
 * with a geresh or gershayim for a geresh (ו'צ'יפס', ו"ה'תשפ"ו") — cases of h19v.
 */
class HebrewQuotationsTest {

    private static final SmartPunctuation HE = new SmartPunctuation("he");

    private static String set(String text) {
        return HE.markdown(text + "\n").strip();
    }

    @Test
    void aNumeralOrAbbreviationInsideASingleQuotationKeepsItsGeresh() {
        assertAll(
                () -> assertEquals("ראו ’פרק ב׳ בספר’ ושם.", set("ראו 'פרק ב' בספר' ושם.")),
                () -> assertEquals("היא אמרה ’בעמ׳ 5 ובעמ׳ 7’ ושתקה.", set("היא אמרה 'בעמ' 5 ובעמ' 7' ושתקה.")),
                () -> assertEquals("אמר ’רח׳ הרצל 5’ בדיוק.", set("אמר 'רח' הרצל 5' בדיוק.")),
                () -> assertEquals("הוא שר ’מ׳ ועד ת׳’ בקול.", set("הוא שר 'מ' ועד ת'' בקול.")),
                () -> assertEquals("’ראיתי, עמ׳ 5’", set("'ראיתי, עמ' 5'")),
                () -> assertEquals("כיתה ד׳ ו’כיתה ה׳’ יחד.", set("כיתה ד' ו'כיתה ה'' יחד.")),
                () -> assertEquals("פרק ב׳ ו’סעיף ד׳ בחוק’", HE.plain("פרק ב' ו'סעיף ד' בחוק'")));
    }

    @Test
    void aForeignWordsFinalGereshBeforeABracketOrQuotationMarkStaysAGeresh() {
        assertAll(
                () -> assertEquals("’שלום (ג׳ורג׳)’", set("'שלום (ג'ורג')'")),
                () -> assertEquals("’שלום ”ג׳ורג׳”’", set("'שלום \"ג'ורג'\"'")));
    }

    @Test
    void aQuotationAfterAPrefixOfAWordWithAGereshOpens() {
        assertAll(
                () -> assertEquals("אכלנו ו’צ׳יפס’ וגם ב’ג׳ירפה’.", set("אכלנו ו'צ'יפס' וגם ב'ג'ירפה'.")),
                () -> assertEquals("עמ׳ 5 ו’שלום ג׳ורג׳!’", HE.plain("עמ' 5 ו'שלום ג'ורג'!'")),
                () -> assertEquals("ו’ג׳ורג׳’", set("ו'ג'ורג''")),
                () -> assertEquals("שנת ו”ה׳תשפ״ו” כאן", set("שנת ו\"ה'תשפ\"ו\" כאן")),
                () -> assertEquals("הכנות ל’שבת’ וגם ל’חג’ ו’צ׳יפס’", HE.plain("הכנות ל'שבת' וגם ל'חג' ו'צ'יפס'")));
    }

    /**
     * A quotation after a prefix of a word with gershayim (ב'צה"ל') was read as two gereshes, its
     * ' taken for the geresh of a year (ה'תשפ"ו) and its last ' for the geresh of a one-letter
     * word (the ל after the gershayim); the closing ' after הדו"ח likewise (h19w M13, M16, M17, R1).
     */
    @Test
    void aPrefixedQuotationOfAWordWithGershayimOpensAndCloses() {
        assertAll(
                () -> assertEquals("הוא שירת ב\u2019צה\u05F4ל\u2019 שלוש שנים.", set("הוא שירת ב'צה\"ל' שלוש שנים.")),
                () -> assertEquals("נולד ב\u2019ה\u05F3תשפ\u05F4ו\u2019 בחורף.", set("נולד ב'ה'תשפ\"ו' בחורף.")),
                () -> assertEquals("ו\u2019צה\u05F4ל\u2019 ו\u2019ה\u05F3תשפ\u05F4ו\u2019.", set("ו'צה\"ל' ו'ה'תשפ\"ו'.")),
                () -> assertEquals("ביום ה\u05F3תשפ\u05F4ו ובה\u05F3 בטבת", set("ביום ה'תשפ\"ו ובה' בטבת")),
                () -> assertEquals("לדברי ח\u05F4כ כהן, \u201Dהממשלה \u2019שכחה\u2019 את \u2019הפריפריה\u2019\u201D, ולדבריו \u2019הדו\u05F4ח\u2019 של"
                        + " \u2019מבקר המדינה\u2019 מראה כי \u201Dאין \u2019תכנית\u2019\u201D. ח\u05F4כ לוי השיב: \u201Dזו \u2019הסתה\u2019\u201D,"
                        + " והוסיף \u2019ראו פרק ב\u05F3 בספר\u2019.",
                        set("לדברי ח\"כ כהן, \"הממשלה 'שכחה' את 'הפריפריה'\", ולדבריו 'הדו\"ח' של 'מבקר המדינה' מראה כי \"אין 'תכנית'\"."
                                + " ח\"כ לוי השיב: \"זו 'הסתה'\", והוסיף 'ראו פרק ב' בספר'.")));
    }

    /** What held before (h19v HELD) still holds. */
    @Test
    void whatHeldStillHolds() {
        assertAll(
                () -> assertEquals("ל’שבת’ וגם ל’חג’, ב’הארץ’, ו’ידיעות’", set("ל'שבת' וגם ל'חג', ב'הארץ', ו'ידיעות'")),
                () -> assertEquals("צה״ל ה׳תשפ״ו ג׳ ’חג’ ’השבת’ ’תפוז’ ’לחוץ’", set("צה\"ל ה'תשפ\"ו ג' 'חג' 'השבת' 'תפוז' 'לחוץ'")),
                () -> assertEquals("’שלום ג׳ורג׳!’ ’שלום.’ ’צ׳יפס’ ’ז׳ורנל’", set("'שלום ג'ורג'!' 'שלום.' 'צ'יפס' 'ז'ורנל'")),
                () -> assertEquals("ב”צה״ל” ו”דו״ח שנתי” ”ראו עמ׳ 5” ’ראו ”הארץ”’",
                        set("ב\"צה\"ל\" ו\"דו\"ח שנתי\" \"ראו עמ' 5\" 'ראו \"הארץ\"'")),
                () -> assertEquals("’ג׳ורג’ אמר ’שלום’ בעמ׳ 5", set("'ג'ורג' אמר 'שלום' בעמ' 5")));
    }

    /** The title page, the PDF's Title, the EPUB's dc:title and its text read the marks alike. */
    @Test
    void everyOutputReadsTheMarksAlike(@TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("r")).out(dir.resolve("out")).title("פרק ב' ו'סעיף ד' בחוק'").language("he")
                .body("ראו 'פרק ב' בספר' ושם.\n\nהם אכלו ו'צ'יפס' ו'שלום (ג'ורג')'.\n").build("pdf", "epub", "html");
        String web = Files.readString(built.web().resolve("index.html"));
        String epub;
        String opf;
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            var entry = zip.stream().filter(e -> e.getName().endsWith("article.xhtml")).findFirst().orElseThrow();
            epub = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            var package_ = zip.stream().filter(e -> e.getName().endsWith(".opf")).findFirst().orElseThrow();
            opf = new String(zip.getInputStream(package_).readAllBytes(), StandardCharsets.UTF_8);
        }
        String pdf;
        String pdfTitle;
        try (PDDocument doc = Loader.loadPDF(built.pdf().toFile())) {
            pdf = new PDFTextStripper().getText(doc);
            pdfTitle = doc.getDocumentInformation().getTitle();
        }
        for (String text : List.of(web, epub, pdf)) {
            assertAll(
                    () -> assertTrue(text.contains("\u2019פרק ב\u05F3 בספר\u2019"), text),
                    () -> assertTrue(text.contains("ו\u2019צ\u05F3יפס\u2019"), text),
                    () -> assertTrue(text.contains("ג\u05F3ורג\u05F3)"), text));
        }
        String title = "פרק ב\u05F3 ו\u2019סעיף ד\u05F3 בחוק\u2019";
        assertEquals(title, pdfTitle);
        assertTrue(opf.contains(title), opf);
        assertTrue(web.contains(title), web);
    }
}
