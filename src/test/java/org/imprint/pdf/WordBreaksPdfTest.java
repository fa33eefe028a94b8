package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lines break between words, not inside them without a hyphen: a table's short columns keep
 * their longest word whole (no column set letter by letter), and an apostrophe stays with its
 * letters, after a link ("Blur’s"), at a word's start ("’twas") and inside a word. Real reports,
 * built with both engines, read back with PDFBox.
 */
class WordBreaksPdfTest {

    private static final String FRONT = """
            ---
            title: "Word breaks"
            date: 2026-04-21
            language: en
            brand: rcas
            authors:
              - name: Test Author
                affiliation: Example Centre
                bio: Bio.
            abstract: Short.
            ---

            """;

    @TempDir
    Path dir;

    private String build(String engine, String body) throws Exception {
        Path report = Files.createDirectories(dir.resolve("report"));
        Files.writeString(report.resolve("article.md"), FRONT + body);
        Path pdf = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf")
                .engine(engine).build()).get(0);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // the hyphen drawn where hyphenation broke a word reads as a soft hyphen: shown as "-" here
            PDFTextStripper stripper = new SoftHyphenStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replace('\u00AD', '-');
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdfbox", "openpdf"})
    void noTableColumnIsNarrowerThanItsLongestWord(String engine) throws Exception {
        String long_ = "Backchannel mediation Islamabad stability diplomatic energy Washington ".repeat(8).strip();
        String text = build(engine, "Intro paragraph.\n\n| Country | Position | Commentary |\n|---|---|---|\n"
                + "| Row 1 | \"interlocutor\" | " + long_ + " |\n| Pakistan | neutral | Short. |\n");
        // the extraction spaces apart the letters of a word stretched to fill its cell's line
        String unspaced = text.replace(" ", "");
        assertAll(
                () -> assertFalse(Pattern.compile("(?m)^\\p{L}{1,2}$").matcher(text).find(),
                        "a column is set letter by letter:\n" + text),
                () -> assertTrue(text.contains("Country"), "the header \"Country\" is broken:\n" + text),
                () -> assertTrue(text.contains("Position"), "the header \"Position\" is broken:\n" + text),
                () -> assertTrue(text.contains("Pakistan") || text.contains("Pak-"), "\"Pakistan\" is split:\n" + text),
                () -> assertTrue(unspaced.contains("interlocutor") || unspaced.contains("inter-"),
                        "\"interlocutor\" is split without a hyphen:\n" + text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdfbox", "openpdf"})
    void anApostropheStaysWithItsLetters(String engine) throws Exception {
        StringBuilder body = new StringBuilder();
        String[] fillers = {"a", "an", "the", "some", "bands", "records", "musicians"};
        for (int i = 0; i < 60; i++) {
            body.append(fillers[i % fillers.length]).append(' ').append("[Blur](https://blur.example)'s 'Parklife' ")
                    .append("'Tis the season; 'twas. Pakistan's ");
        }
        String text = build(engine, body.append("\n").toString());
        // a line ending in an apostrophe (with a letter on the next line) or starting with one after a letter
        Matcher after = Pattern.compile("[\u2019\u2018][ \t]*\\R\\p{L}").matcher(text);
        Matcher before = Pattern.compile("\\p{L}[ \t]*\\R\u2019\\p{L}").matcher(text);
        assertAll(
                () -> assertTrue(text.contains("Blur\u2019s"), text),
                () -> assertFalse(after.find(), () -> "a line breaks after an apostrophe: " + text.substring(
                        Math.max(0, after.start() - 30), Math.min(text.length(), after.end() + 10))),
                () -> assertFalse(before.find(), () -> "a line breaks before an apostrophe: " + text.substring(
                        Math.max(0, before.start() - 30), Math.min(text.length(), before.end() + 10))),
                () -> assertFalse(text.contains("\u2060"), "a word joiner leaks into the text"));
    }
}
