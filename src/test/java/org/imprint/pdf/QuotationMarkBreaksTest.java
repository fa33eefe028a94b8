package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quotation mark stays with the word it quotes: no line ends with an opening mark or starts
 * with a closing one, whichever marks the language uses. Urdu opens with ” and closes with “,
 * which the JDK's line breaker takes for English closing and opening marks and breaks after and
 * before. Both PDF engines ask {@link ApostropheAwareLineBreaker#forbidden}.
 */
class QuotationMarkBreaksTest {

    @TempDir
    Path dir;

    private static List<Integer> breaks(String text) {
        return breaks(text, Locale.forLanguageTag("ur"));
    }

    /** The break opportunities the PDF's line breaker finds in {@code text}, in a language. */
    static List<Integer> breaks(String text, Locale language) {
        ApostropheAwareLineBreaker breaker = new ApostropheAwareLineBreaker(language);
        breaker.setText(text);
        List<Integer> found = new ArrayList<>();
        for (int at = breaker.next(); at >= 0; at = breaker.next()) {
            found.add(at);
        }
        return found;
    }

    @Test
    void noBreakBesideAMarkThatBelongsToAWord() {
        String urdu = "کہا \u201Dہم امن\u201C اور";
        String english = "said \u201Cwe\u201D and \u00ABnous\u00BB then";
        assertAll(
                // after کہا, ہم and امن“ only: not after ” nor before “
                () -> assertEquals(List.of(4, 8, 13, urdu.length()), breaks(urdu)),
                () -> assertFalse(ApostropheAwareLineBreaker.forbidden(urdu, 4)),
                () -> assertTrue(ApostropheAwareLineBreaker.forbidden(urdu, 5), "after the opening ”"),
                () -> assertTrue(ApostropheAwareLineBreaker.forbidden(urdu, 11), "before the closing “"),
                () -> assertTrue(ApostropheAwareLineBreaker.forbidden("\u201Dہم", 1), "at the start of a text"),
                () -> assertTrue(ApostropheAwareLineBreaker.forbidden("(\u201Cwe", 2), "after a bracket"),
                () -> assertFalse(breaks(english).contains(6), english),
                () -> assertFalse(breaks(english).contains(20), english));
    }

    @Test
    void theIsolatesRoundAQuotationOfTheOtherDirectionAreLookedThrough() {
        // "said “⁧امن⁩” and": the isolates stand between each mark and the word it quotes
        String isolated = "said \u201C\u2067\u0627\u0645\u0646\u2069\u201D and";
        assertAll(
                () -> assertTrue(ApostropheAwareLineBreaker.forbidden(isolated, 6), "between “ and the isolate"),
                () -> assertTrue(ApostropheAwareLineBreaker.forbidden(isolated, 7), "between the isolate and its word"),
                () -> assertTrue(ApostropheAwareLineBreaker.forbidden(isolated, 10), "between the word and its isolate's end"),
                () -> assertTrue(ApostropheAwareLineBreaker.forbidden(isolated, 11), "between the isolate's end and ”"),
                () -> assertFalse(ApostropheAwareLineBreaker.forbidden(isolated, 5), "after the space"),
                () -> assertFalse(breaks(isolated).stream().anyMatch(at -> at > 5 && at < 12), breaks(isolated).toString()));
    }

    @Test
    void anUrduParagraphOfQuotedWordsKeepsEveryMarkWithItsWord() throws Exception {
        String[] words = "ہم امن چاہتے ہیں اور پاکستان زندہ باد علاقائی تعاون ضروری ہے".split(" ");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 160; i++) {
            // straight quotes, set as Urdu's ” “, and half of them typed as such
            String open = i % 2 == 0 ? "\"" : "\u201D";
            String close = i % 2 == 0 ? "\"" : "\u201C";
            body.append(open).append(words[i % words.length]).append(' ').append(words[(i * 7 + 3) % words.length]).append(close).append(' ');
        }
        TestReport.Built built = TestReport.at(dir.resolve("ur")).title("اقتباسات").language("ur").author("زاہد انور")
                .body(body.toString().strip() + "\n").build("pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(built.pdf().toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        List<String> wrong = new ArrayList<>();
        int lines = 0;
        for (String raw : text.split("\n")) {
            String line = raw.replaceAll("[\u202A-\u202E\u2066-\u2069]", "").strip();
            if (line.chars().filter(c -> c == '\u201D').count() < 3) {
                continue; // not a line of the quoted words
            }
            lines++;
            if (line.matches(".*\\s[\u201C\u201D]") || line.matches("[\u201C\u201D]\\s.*")) {
                wrong.add(line);
            }
        }
        assertTrue(lines > 8, text);
        assertEquals(List.of(), wrong);
    }
}
