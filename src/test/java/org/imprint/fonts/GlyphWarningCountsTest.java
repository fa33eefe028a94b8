package org.imprint.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts of the missing-glyph warnings (issue 19): a note never called, which the report leaves
 * out, is not counted; two characters first met on one line but written on different numbers of
 * lines each get their own count, not one shared "here and on N more lines", in one warning for
 * the line (there was one per count: h19aa).
 */
class GlyphWarningCountsTest {

    @TempDir
    Path dir;

    private List<String> missing(String body) throws Exception {
        return TestReport.at(dir.resolve("report")).body(body).build("pdf").warningLines().stream()
                .filter(l -> l.contains("no font of brand"))
                .map(l -> l.replaceAll("^.*article\\.md:(\\d+): warning: no font of brand rcas has ", "$1: ")
                        .replaceAll(",? which the PDF.*", ""))
                .toList();
    }

    @Test
    void uncalledNotesAreNotCounted() throws Exception {
        // the body starts on line 10 of article.md
        assertEquals(List.of("10: the character U+0DC1 (ශ)"),
                missing("Line one ශ here.\n\n[^b]: Unused note ශ.\n\n[^c]: Unused note ශ again.\n"));
    }

    @Test
    void charactersFirstMetOnOneLineKeepTheirOwnCounts() throws Exception {
        assertEquals(List.of("10: the characters U+0DC1 (ශ, here and on lines 12 and 14), U+12000 (𒀀)"),
                missing("First ශ and 𒀀.\n\nSecond ශ.\n\nThird ශ.\n"));
    }

    /** Characters first met on one line and written on as many lines share the count after the list. */
    @Test
    void charactersWithOneCountShareIt() throws Exception {
        assertEquals(List.of("10: the characters U+0DC1 (ශ), U+12000 (𒀀), here and on line 12"),
                missing("First ශ and 𒀀.\n\nSecond ශ 𒀀.\n"));
    }
}
