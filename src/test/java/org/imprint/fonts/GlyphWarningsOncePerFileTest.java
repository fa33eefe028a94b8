package org.imprint.fonts;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A flag written on many lines, and a character no font has written on several, are each warned
 * about once per file, at their first line, with how many more lines hold them (an Urdu article
 * with 🇵🇰 on 111 lines gave 111 warnings); and the warnings, which are about the PDF, are given
 * only by a build that writes a PDF.
 */
class GlyphWarningsOncePerFileTest {

    @TempDir
    static Path dir;
    static Path report;

    @BeforeAll
    static void write() throws Exception {
        report = Files.createDirectories(dir.resolve("flags"));
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            body.append("Paragraph ").append(i).append(" waves the flag 🇵🇰").append(i <= 3 ? " and writes ශ." : ".").append("\n\n");
        }
        body.append("A last paragraph with a family 👨‍👩‍👧 and the flag 🇵🇰 again.\n");
        Files.writeString(report.resolve("article.md"), """
                ---
                title: "Flags"
                date: 2026-04-21
                language: en
                authors:
                  - name: Jane Doe
                ---

                """ + body);
    }

    private static List<Problem> build(String... formats) throws Exception {
        List<Problem> warnings = new ArrayList<>();
        new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out-" + String.join("-", formats)))
                .formats(formats).warnings(warnings::add).build());
        return warnings;
    }

    @Test
    void eachSequenceAndCharacterIsWarnedAboutOnceAtItsFirstLine() throws Exception {
        List<Problem> warnings = build("pdf");
        List<Problem> emoji = warnings.stream().filter(p -> p.message().contains("emoji sequence")).toList();
        List<Problem> missing = warnings.stream().filter(p -> p.message().startsWith("no font of brand")).toList();
        assertAll(
                // the flag (lines 9, 11, ... 17, 19), then the family first met on line 19
                () -> assertEquals(2, emoji.size(), warnings.toString()),
                () -> assertEquals(List.of(9, 19), emoji.stream().map(Problem::line).toList(), emoji.toString()),
                () -> assertTrue(emoji.get(0).message().startsWith("the emoji sequence 🇵🇰 (U+1F1F5 U+1F1F0), here and on lines 11, 13, 15, 17"
                        + " and 19, would print in the PDF as its separate emoji"), emoji.get(0).message()),
                () -> assertTrue(emoji.get(1).message().startsWith("the emoji sequence 👨‍👩‍👧 (") && !emoji.get(1).message()
                        .contains("more line"), emoji.get(1).message()),
                () -> assertEquals(1, missing.size(), warnings.toString()),
                () -> assertEquals(9, missing.get(0).line()),
                () -> assertTrue(missing.get(0).message().startsWith("no font of brand rcas has the character U+0DC1 (ශ), here"
                        + " and on lines 11 and 13, which the PDF would print as #"), missing.get(0).message()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"epub", "html"})
    void aBuildWithoutAPdfDoesNotWarnAboutThePdf(String format) throws Exception {
        List<Problem> warnings = build(format);
        assertTrue(warnings.stream().noneMatch(p -> p.message().contains("PDF")), warnings.toString());
    }
}
