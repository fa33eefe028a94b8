package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A number the bidirectional algorithm reorders in right-to-left text (h19ab H2, H6): "45-47" in
 * Urdu is drawn "47-45", "2024–2026" in Urdu or Hebrew "2026–2024", "5.2%" "%5.2", as a browser
 * draws them, and pdftotext read the digits as drawn ("صفحات 47-45"). Each such number is drawn
 * with its logical text as {@code /ActualText} ({@link ReorderedNumbers}); PDFBox's text, in
 * the order of the page and in the order of the content, reads every number as written. A number
 * stays in the run of its words ({@link BidiRuns}), so no line breaks between "5.2" and "%".
 */
class RightToLeftNumbersTextTest {

    private static final String URDU = """
            صفحات 45-47 دیکھیے۔ عرصہ 2024–2026 تک۔ تاریخ 2024-05-12 کو۔ وقت 10:30 بجے۔ شرح 5.2% رہی۔
            رقم -500 روپے۔ فون +92-51-1234567 پر۔ عرصہ ۲۰۲۴–۲۰۲۶ تک۔ وبا COVID-19 کے بعد۔
            """;

    @Test
    void anUrduArticlesNumbersReadAsWritten(@TempDir Path dir) throws Exception {
        Path pdf = TestReport.at(dir.resolve("ur")).title("اعداد 5.2% اور 45-47").language("ur").author("زاہد انور")
                .body(URDU).build("pdf").pdf();
        assertReadAsWritten(pdf, List.of("صفحات 45-47 دیکھیے", "عرصہ 2024–2026 تک", "تاریخ 2024-05-12 کو", "وقت 10:30 بجے",
                "شرح 5.2% رہی", "رقم -500 روپے", "فون +92-51-1234567 پر", "عرصہ ۲۰۲۴–۲۰۲۶ تک", "اعداد 5.2% اور 45-47"));
        assertEachHasItsActualText(pdf, "45-47", "2024–2026", "2024-05-12", "5.2%", "-500", "+92-51-1234567", "۲۰۲۴–۲۰۲۶");
    }

    @Test
    void arabicAndHebrewArticlesNumbersReadAsWritten(@TempDir Path dir) throws Exception {
        Path arabic = TestReport.at(dir.resolve("ar")).title("أرقام").language("ar").author("زاہد انور")
                .body("الصفحات 45-47 من التقرير. الفترة 2024–2026 كاملة. النسبة 5.2% تقريبا.\n").build("pdf").pdf();
        assertReadAsWritten(arabic, List.of("الصفحات 45-47 من", "الفترة 2024–2026 كاملة", "النسبة 5.2% تقريبا"));
        assertTrue(actualTexts(arabic).contains(ReorderedNumbers.actualText("2024–2026")), actualTexts(arabic).toString());
        Path hebrew = TestReport.at(dir.resolve("he")).title("מספרים").language("he").author("זאב כהן")
                .body("התקופה 2024–2026 כולה. סכום -500 שקל. טלפון +972-2-1234567 בבית.\n").build("pdf").pdf();
        assertReadAsWritten(hebrew, List.of("התקופה 2024–2026 כולה", "סכום -500 שקל", "טלפון +972-2-1234567 בבית"));
        assertTrue(actualTexts(hebrew).contains(ReorderedNumbers.actualText("2024–2026")), actualTexts(hebrew).toString());
    }

    /**
     * Arabic-Indic digits (٠-٩, class AN) read as written, as European and Extended Arabic-Indic
     * (۰-۹, EN) do (h19ab): in a left-to-right isolate PDFBox still read "٤٥-٤٧" as "٤٧-٤٥", the
     * dash between two Arabic numbers taking the right-to-left level. In a Hebrew line the
     * digits come from the Arabic face, a run of their own without letters, which had no
     * ActualText: "۲۰۲۴–۲۰۲۶" was read "۲۰۲۶–۲۰۲۴".
     */
    @Test
    void arabicIndicNumbersReadAsWritten(@TempDir Path dir) throws Exception {
        Path arabic = TestReport.at(dir.resolve("ar")).title("أرقام").language("ar").author("زاہد انور")
                .body("الصفحات ٤٥-٤٧ من التقرير. الفترة ٢٠٢٤–٢٠٢٦ كاملة. الفترة ۲۰۲۴–۲۰۲۶ كاملة.\n").build("pdf").pdf();
        assertReadAsWritten(arabic, List.of("الصفحات ٤٥-٤٧ من", "الفترة ٢٠٢٤–٢٠٢٦ كاملة", "الفترة ۲۰۲۴–۲۰۲۶ كاملة"));
        Path urdu = TestReport.at(dir.resolve("ur")).title("اعداد").language("ur").author("زاہد انور")
                .body("صفحات ٤٥-٤٧ دیکھیے۔ عرصہ ۲۰۲۴–۲۰۲۶ تک اور صفحات ۴۵-۴۷ دیکھیے۔\n").build("pdf").pdf();
        assertReadAsWritten(urdu, List.of("صفحات ٤٥-٤٧ دیکھیے", "عرصہ ۲۰۲۴–۲۰۲۶ تک", "صفحات ۴۵-۴۷ دیکھیے"));
        Path hebrew = TestReport.at(dir.resolve("he")).title("מספרים").language("he").author("זאב כהן")
                .body("התקופה ۲۰۲۴–۲۰۲۶ כולה.\n\nהעמודים ٤٥-٤٧ שם.\n").build("pdf").pdf();
        assertEachHasItsActualText(hebrew, "۲۰۲۴–۲۰۲۶", "٤٥-٤٧");
    }

    /**
     * A number that opens an Urdu paragraph follows no letter: the bidirectional algorithm, and a
     * browser, set it left to right as a European number, "۵٫۲٪" as "۵٫۲٪", where the PDF drew
     * "٪۵٫۲" (h19ab), ordered as an Arabic number as it is after the paragraph's letters, where
     * it stays "%7.5". PDFBox's text by position read "%5.2 ترقی", the line's letters before it.
     */
    @Test
    void aNumberOpeningAnUrduParagraphIsDrawnAsABrowserDrawsIt(@TempDir Path dir) throws Exception {
        Path pdf = TestReport.at(dir.resolve("ur")).title("اعداد").language("ur").author("زاہد انور")
                .body("5.2% ترقی ہوئی۔\n\n۵٫۲٪ ترقی ہوئی۔\n\nشرح 7.5% رہی۔\n").build("pdf").pdf();
        List<String> lines = drawnLines(pdf);
        String sorted = text(pdf, true);
        assertAll(List.of("5.2%", "۵٫۲٪", "%7.5").stream()
                .map(drawn -> () -> assertTrue(lines.stream().anyMatch(line -> line.contains(drawn)), drawn + " in " + lines)));
        assertAll(List.of("5.2% ترقی ہوئی", "۵٫۲٪ ترقی ہوئی", "شرح 7.5% رہی").stream()
                .map(phrase -> () -> assertTrue(sorted.contains(phrase), phrase + " in " + sorted)));
    }

    /**
     * A sign the Arabic face lacks ("-" opening a paragraph, line, list item or cell before
     * Arabic-Indic digits; "−" anywhere before them) is drawn as a string of its own, in the face
     * that has it, right of the digits (h19ac F1, F2): pdftotext read "-٥٠٠ کے دوران" as "٥٠٠ کے
     * دوران", the minus lost, and "نقصان −٥٠٠" as "نقصان ٥٠٠−". The number's ActualText holds
     * its sign; the sign's own ActualText keeps nothing of it.
     */
    @Test
    void aSignDrawnApartFromArabicIndicDigitsIsReadWithThem(@TempDir Path dir) throws Exception {
        Path pdf = TestReport.at(dir.resolve("ur")).title("اعداد").language("ur").author("زاہد انور")
                .body("""
                        -٥٠٠ کے دوران ترقی ہوئی۔

                        نقصان −٥٠٠ روپے تھا۔

                        +٩٢-٥١-١٢٣٤٥٦٧ پر رابطہ کریں۔

                        پہلی سطر یہاں ختم ہوتی ہے\
                        -۵۰۰ روپے کا نقصان ہوا۔

                        - -٥٠٠ روپے کا نقصان
                        """).build("pdf").pdf();
        List<String> actual = assertEachHasItsActualText(pdf, "-٥٠٠", "−٥٠٠", "+٩٢-٥١-١٢٣٤٥٦٧", "-۵۰۰");
        assertEquals(List.of(), actual.stream().filter(t -> t.codePoints().anyMatch(c -> c == '-' || c == '+' || c == '\u2212')
                && t.codePoints().noneMatch(Character::isDigit)).toList(), "a sign's ActualText keeps only its spaces");
        String sorted = text(pdf, true);
        assertAll(List.of("-٥٠٠ کے دوران", "نقصان −٥٠٠ روپے", "+٩٢-٥١-١٢٣٤٥٦٧ پر", "-۵۰۰ روپے کا نقصان ہوا", "-٥٠٠ روپے کا نقصان")
                .stream().map(phrase -> () -> assertTrue(sorted.contains(phrase), phrase + " in " + sorted)));
    }

    /**
     * The same sign in a Hebrew article (h19ac F10): the layout draws "היה -٥٠٠ שקלים" as the sign
     * and its space, then the space after the number (left of it), then the digits from the Arabic
     * face, so the sign was dropped at the space between: pdftotext read "٥٠٠-", and a paragraph's
     * first number lost its minus. The sign is held over a string of spaces only.
     */
    @Test
    void aSignDrawnApartFromArabicIndicDigitsInHebrewIsReadWithThem(@TempDir Path dir) throws Exception {
        Path pdf = TestReport.at(dir.resolve("he")).title("מספרים").language("he").author("דוד לוי")
                .body("""
                        ההפסד היה -٥٠٠ שקלים.

                        ההפסד היה -۵۰۰ שקלים.

                        -٥٠٠ היא התקופה הנדונה.

                        +٩٢-٥١-١٢٣٤٥٦٧ היא התקופה הנדונה.
                        """).build("pdf").pdf();
        List<String> actual = assertEachHasItsActualText(pdf, "-٥٠٠", "-۵۰۰", "+٩٢-٥١-١٢٣٤٥٦٧");
        assertEquals(List.of(), actual.stream().filter(t -> t.codePoints().anyMatch(c -> c == '-' || c == '+')
                && t.codePoints().noneMatch(Character::isDigit)).toList(), "a sign's ActualText keeps only its spaces");
    }

    /**
     * A Latin word beside an Arabic-Indic number in right-to-left text (h19ac F4): the algorithm
     * sets each left to right, apart, the space between them right to left, and the word is drawn
     * right of the number, as a browser draws it. PDFBox's text by position (and pdftotext) read
     * what stands between two right-to-left letters without one of its own as one left-to-right
     * stretch: "عرصہ ٢٠٢٤–٢٠٢٦ M تک". The space reads with a right-to-left mark.
     */
    @Test
    void aLatinWordBesideAnArabicIndicNumberKeepsItsPlace(@TempDir Path dir) throws Exception {
        Path urdu = TestReport.at(dir.resolve("ur")).title("اعداد").language("ur").author("زاہد انور")
                .body("عرصہ M ٢٠٢٤–٢٠٢٦ تک دیکھیے۔\n\nشرح GDP ٥٫٢٪ رہی۔\n\nعرصہ COVID ٢٠٢٠–٢٠٢١ کا۔\n\nرقم R -٥٠٠ تھی۔\n")
                .build("pdf").pdf();
        String sorted = text(urdu, true);
        assertAll(List.of("عرصہ M ٢٠٢٤–٢٠٢٦ تک", "شرح GDP ٥٫٢٪ رہی", "عرصہ COVID ٢٠٢٠–٢٠٢١ کا", "رقم R -٥٠٠ تھی").stream()
                .map(phrase -> () -> assertTrue(sorted.contains(phrase), phrase + " in " + sorted)));
        Path arabic = TestReport.at(dir.resolve("ar")).title("أرقام").language("ar").author("زاہد انور")
                .body("النسبة GDP ٥٫٢٪ تقريبا.\n").build("pdf").pdf();
        assertTrue(text(arabic, true).contains("النسبة GDP ٥٫٢٪ تقريبا"), text(arabic, true));
    }

    /**
     * Numbers apart only by spaces and punctuation are reordered as one group (h19ac F5): "جون
     * 2024: 20.5%" is drawn "%20.5 :2024 جون", and with an ActualText for each number both
     * readers took the two, side by side, as one left-to-right stretch: "جون 20.5% 2024:". The
     * group has one ActualText.
     */
    @Test
    void numbersApartOnlyBySpacesReadInTheirOrder(@TempDir Path dir) throws Exception {
        Path pdf = TestReport.at(dir.resolve("ur")).title("اعداد").language("ur").author("زاہد انور")
                .body("""
                        افراط زر کی شرح:

                        - جون 2024: 20.5%
                        - جنوری 2025: 12%

                        فون 00852 2397 7886 پر رابطہ کریں۔
                        """).build("pdf").pdf();
        String sorted = text(pdf, true);
        assertAll(List.of("جون 2024: 20.5%", "جنوری 2025: 12%", "فون 00852 2397 7886 پر").stream()
                .map(phrase -> () -> assertTrue(sorted.contains(phrase), phrase + " in " + sorted)));
        assertEachHasItsActualText(pdf, "2024: 20.5%", "00852 2397 7886");
    }

    /**
     * Numbers apart by a separator between spaces are reordered as one group too (h19ad F3):
     * "شرح 10 / 20 دیکھیے" is drawn "20 / 10", and with no ActualText pdftotext read the ratio
     * backwards, "شرح 20 / 10 دیکھیے", in every language and digit form. The group has one
     * ActualText, as a group apart only by spaces has.
     */
    @Test
    void numbersApartBySpacedSeparatorsReadInTheirOrder(@TempDir Path dir) throws Exception {
        Path pdf = TestReport.at(dir.resolve("ur")).title("اعداد").language("ur").author("زاہد انور")
                .body("شرح 10 / 20 دیکھیے۔\n\nشرح ١٠ / ٢٠ دیکھیے۔\n\nعرصہ 2024 – 2025 تک۔\n").build("pdf").pdf();
        String sorted = text(pdf, true);
        assertAll(List.of("شرح 10 / 20 دیکھیے", "شرح ١٠ / ٢٠ دیکھیے", "عرصہ 2024 – 2025 تک").stream()
                .map(phrase -> () -> assertTrue(sorted.contains(phrase), phrase + " in " + sorted)));
        assertEachHasItsActualText(pdf, "10 / 20", "١٠ / ٢٠", "2024 – 2025");
    }

    /** Each line's glyphs in the order they stand on the page, left to right, as drawn. */
    private static List<String> drawnLines(Path pdf) throws Exception {
        java.util.TreeMap<Integer, List<org.apache.pdfbox.text.TextPosition>> lines = new java.util.TreeMap<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    lines.computeIfAbsent(Math.round(text.getYDirAdj()) + 1000 * getCurrentPageNo(), k -> new ArrayList<>()).add(text);
                }
            };
            stripper.getText(document);
        }
        return lines.values().stream().map(line -> line.stream()
                .sorted(java.util.Comparator.comparingDouble(org.apache.pdfbox.text.TextPosition::getXDirAdj))
                .map(org.apache.pdfbox.text.TextPosition::getUnicode).collect(java.util.stream.Collectors.joining())).toList();
    }

    @Test
    void anEnglishArticlesNumbersHaveNoActualText(@TempDir Path dir) throws Exception {
        Path pdf = TestReport.at(dir.resolve("en")).body("Pages 45-47, 2024–2026, 5.2%, -500 and +92-51-1234567.\n").build("pdf").pdf();
        assertEquals(List.of(), actualTexts(pdf).stream().filter(t -> t.chars().anyMatch(Character::isDigit)).toList());
    }

    /**
     * A quotation in Urdu, Arabic, Persian or Hebrew in an English article, holding a number the
     * algorithm reorders (h19ac F3): the number's ActualText was a left-to-right override alone,
     * whose level reached out to the spaces beside it, and PDFBox read the quotation's words in
     * the order drawn, “صفحات 45-47 دیکھیے” as “دیکھیے 45-47 صفحات”, by position and in the
     * order of the content, and a quotation opening with the number, by position, with the
     * number last. Each quotation, a paragraph of its own, is read as written, with its marks
     * and the English round it by position (in the order of the content PDFBox puts a
     * right-to-left run after the line's English, and a number that opens the quotation, drawn
     * in a face of its own before its words, before them: so that order is asserted only for
     * the quotations with the number inside).
     */
    @Test
    void rightToLeftQuotationsInAnEnglishArticleReadAsWritten(@TempDir Path dir) throws Exception {
        List<String> inside = List.of("صفحات 45-47 دیکھیے", "شرح ٥٫٢٪ رہی", "نقصان -٥٠٠ روپے تھا",
                "فون +92-51-1234567 پر رابطہ کریں", "الصفحات ٤٥-٤٧ من التقرير", "الفترة 2024–2026 كاملة",
                "صفحات ۴۵-۴۷ را ببینید", "سال ۱۴۰۲–۱۴۰۳ خوب بود", "התקופה 2024–2026 כולה", "סכום -500 שקל",
                "ראו עמודים 45-47 בדוח");
        List<String> opening = List.of("۲۰۲۴–۲۰۲۶ کے دوران ترقی ہوئی", "-500 روپے کا نقصان", "2024–2026 הייתה צמיחה");
        List<String> quotations = java.util.stream.Stream.concat(inside.stream(), opening.stream()).toList();
        StringBuilder body = new StringBuilder();
        quotations.forEach(quotation -> body.append("He said “").append(quotation).append("” and left.\n\n"));
        Path pdf = TestReport.at(dir.resolve("en")).body(body.toString()).build("pdf").pdf();
        assertReadAsWritten(pdf, inside);
        String sorted = text(pdf, true);
        assertAll(quotations.stream().map(quotation -> "He said “" + quotation + "” and left.")
                .map(line -> () -> assertTrue(sorted.contains(line), line + " in " + sorted)));
    }

    /** Each phrase is in the PDF's text read by position and read in the order of the content. */
    private static void assertReadAsWritten(Path pdf, List<String> phrases) throws Exception {
        String sorted = text(pdf, true);
        String drawn = text(pdf, false);
        assertAll(phrases.stream().flatMap(phrase -> java.util.stream.Stream.of(
                () -> assertTrue(sorted.contains(phrase), phrase + " in " + sorted),
                () -> assertTrue(drawn.contains(phrase), phrase + " in " + drawn))));
    }

    /** PDFBox's text, NFKC, without bidirectional controls, its lines joined by spaces. */
    private static String text(Path pdf, boolean byPosition) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            String text = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC);
            return text.replaceAll("[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]", "").replaceAll("\\s+", " ");
        }
    }

    /**
     * Asserts each number (or group of numbers) of {@code numbers} is drawn with its logical text as
     * ActualText; returns the PDF's ActualTexts.
     */
    private static List<String> assertEachHasItsActualText(Path pdf, String... numbers) throws Exception {
        List<String> actual = actualTexts(pdf);
        assertAll(java.util.Arrays.stream(numbers)
                .map(number -> () -> assertTrue(actual.contains(ReorderedNumbers.actualText(number)), number + " in " + actual)));
        return actual;
    }

    /** The ActualText of every marked-content sequence of the pages, in the order of their content. */
    static List<String> actualTexts(Path pdf) throws Exception {
        List<String> texts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                Object before = null;
                PDFStreamParser parser = new PDFStreamParser(page);
                for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                    if (token instanceof Operator op && op.getName().equals("BDC") && before instanceof COSDictionary properties
                            && properties.containsKey(COSName.getPDFName("ActualText"))) {
                        texts.add(properties.getString(COSName.getPDFName("ActualText")));
                    }
                    before = token;
                }
            }
        }
        return texts;
    }
}
