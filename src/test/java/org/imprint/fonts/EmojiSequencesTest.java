package org.imprint.fonts;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.Reports;
import org.imprint.verify.VeraPdfAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Emoji sequences (a ZWJ family, a skin tone, a flag) print in the PDF as their separate emoji,
 * since the monochrome emoji font is drawn glyph by glyph: the build warns, naming each sequence,
 * the file and the line; a single emoji is not warned about.
 */
class EmojiSequencesTest {

    @Test
    void eachSequenceIsWarnedAboutWithItsLineAndTheEmojiStillPrint(@TempDir Path dir) throws Exception {
        Path report = Files.createDirectories(dir.resolve("emoji-sequences"));
        Files.writeString(report.resolve("article.md"), """
                ---
                title: "Emoji 👩🏽‍💻 in a title"
                date: 2026-04-21
                language: en
                authors:
                  - name: Jane Doe
                ---

                A plain thumb 👍 and a family 👨‍👩‍👧 in one line.

                A flag 🇵🇰 and a skin tone 👍🏽 in another.
                """);
        List<Problem> warnings = new ArrayList<>();
        Path pdf = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf")
                .warnings(warnings::add).build()).get(0);
        List<Problem> emoji = warnings.stream().filter(p -> p.message().contains("emoji sequence")).toList();
        assertAll(
                () -> assertEquals(3, emoji.size(), warnings.toString()),
                () -> assertEquals(List.of(2, 9, 11), emoji.stream().map(Problem::line).toList()),
                () -> assertTrue(emoji.stream().allMatch(p -> p.file().endsWith("article.md")), emoji.toString()),
                () -> assertTrue(emoji.get(0).message().contains("👩🏽‍💻 (U+1F469 U+1F3FD U+200D U+1F4BB)"), emoji.get(0).message()),
                () -> assertTrue(emoji.get(1).message().contains("👨‍👩‍👧") && !emoji.get(1).message().contains("👍 "),
                        emoji.get(1).message()),
                () -> assertTrue(emoji.get(2).message().contains("🇵🇰 (U+1F1F5 U+1F1F0)")
                        && emoji.get(2).message().contains("👍🏽"), emoji.get(2).message()));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        // the pieces of each sequence come back from the PDF, none as #
        assertAll(
                () -> assertTrue(text.contains("👨") && text.contains("👩") && text.contains("👧"), text),
                () -> assertTrue(text.codePoints().anyMatch(c -> c == 0x1F1F5) && text.codePoints().anyMatch(c -> c == 0x1F3FD), text),
                () -> assertTrue(!text.contains("#"), text));
        VeraPdfAssertions.assertPdfAAndPdfUa(pdf);
    }

    @Test
    void singleEmojiAndOtherScriptsAreNoSequences() {
        assertAll(
                () -> assertEquals(List.of(), List.copyOf(EmojiSequences.in("👍 क्षत्रिय ﻻ 漢字 e\u0301 ✔️").keySet())),
                () -> assertTrue(EmojiSequences.sequence("1\uFE0F\u20E3")),
                () -> assertTrue(EmojiSequences.sequence("🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F")));
    }
}
