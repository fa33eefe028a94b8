package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A line does not break inside a number: not after the hyphen of "45-47", the dashes of a date
 * or a telephone number, the en dash of a range, the colon of a time. The JDK's line breaker
 * offered all of these; in an Urdu line "-45" ended one line and "47" opened the next. Real
 * reports, with paragraphs that bring each number to a line's end, in both engines (the OpenPDF
 * one in English: it refuses Arabic script), read back with PDFBox.
 */
class NumberBreaksTest {

    /** The numbers: each must come out of the PDF on one line. */
    private static final List<String> NUMBERS = List.of("45-47", "2024–2026", "2024-05-12", "+92-51-1234567", "10:30");

    @TempDir
    Path dir;

    private static List<Integer> breaks(String text) {
        return QuotationMarkBreaksTest.breaks(text, Locale.ENGLISH);
    }

    @Test
    void theBreakerOffersNoBreakInsideANumber() {
        assertAll(
                () -> assertEquals(List.of(4, 10, "and 45-47 pages".length()), breaks("and 45-47 pages")),
                () -> assertEquals(List.of(3, 14, "on 2024-05-12 at".length()), breaks("on 2024-05-12 at")),
                () -> assertEquals(List.of(5, 20, "call +92-51-1234567 now".length()), breaks("call +92-51-1234567 now")),
                () -> assertEquals(List.of(3, 13, "in 2024–2026 and".length()), breaks("in 2024–2026 and")),
                () -> assertEquals(List.of(3, 9, "at 10:30 on".length()), breaks("at 10:30 on")),
                () -> assertEquals(List.of(4, 10, "اور ٤٥-٤٧ صفحات".length()), breaks("اور ٤٥-٤٧ صفحات")),
                () -> assertEquals(List.of(2, 11, "a COVID-19 b".length()), breaks("a COVID-19 b")),
                // the isolates and marks round a number in a right-to-left line are looked through
                () -> assertTrue(NumberBreaks.inside("45-\u200F47", 3)),
                () -> assertTrue(NumberBreaks.inside("\u206645-\u206947", 4)),
                // a break between words stays: after a hyphen between letters, after a dash between words
                () -> assertFalse(NumberBreaks.inside("Afg-Pak", 4)),
                () -> assertFalse(NumberBreaks.inside("1990s–present", 6)),
                () -> assertFalse(NumberBreaks.inside("pages–47", 6)),
                () -> assertFalse(NumberBreaks.inside("45 47", 3)));
    }

    @ParameterizedTest
    @CsvSource({"pdfbox,ur", "pdfbox,en", "openpdf,en"})
    void noLineEndsInsideANumber(String engine, String language) throws Exception {
        boolean urdu = language.equals("ur");
        String filler = urdu ? "یہ ایک لمبا جملہ ہے جو کئی سطروں پر پھیلتا ہے تاکہ اگلی سطر ایک عدد سے شروع ہو سکے"
                : "This is a long sentence that runs over several lines so that a number falls at the end of one";
        String and = urdu ? "اور " : "and ";
        StringBuilder body = new StringBuilder();
        for (int k = 0; k < 24; k++) {
            body.append(filler).append(' ').append(and.repeat(k));
            for (String number : urdu ? Stream.concat(NUMBERS.stream(), Stream.of("٤٥-٤٧")).toList() : NUMBERS) {
                body.append(number).append(' ').append(and.repeat(k % 3 + 1));
            }
            body.append(urdu ? "صفحات۔" : "pages.").append("\n\n");
        }
        TestReport.Built built = TestReport.at(dir.resolve(engine + language)).title(urdu ? "اعداد" : "Numbers")
                .language(language).author(urdu ? "زاہد انور" : "Test Author").body(body.toString())
                .build(options -> options.engine(engine), "pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(built.pdf().toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]", "");
        }
        Pattern split = Pattern.compile("(\\p{Nd}[-\u2013:]\\s*$)|(^\\s*[-\u2013:]\\p{Nd})");
        List<String> wrong = new ArrayList<>();
        int lines = 0;
        for (String line : text.split("\n")) {
            if (line.contains(urdu ? "اور" : "and")) {
                lines++;
                if (split.matcher(line).find()) {
                    wrong.add(line);
                }
            }
        }
        assertTrue(lines > 48, text);
        assertEquals(List.of(), wrong);
    }
}
