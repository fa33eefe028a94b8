package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text that ends a line with spaces (the two of a hard line break): commonmark drops them from
 * the text but not from its source span, so the text no longer matched its span and was left as
 * typed: He said "hello⏎world" printed He said "hello⏎world”, the opening mark straight, in
 * every language (h19w hardbreak E1, E3, E4).
 */
class SmartPunctuationHardBreakTest {

    @Test
    void aQuotationMarkBeforeALineEndingInSpacesIsSet() {
        SmartPunctuation en = new SmartPunctuation("en");
        SmartPunctuation he = new SmartPunctuation("he");
        assertAll(
                () -> assertEquals("He said \u201Chello  \nworld\u201D and left.\n", en.markdown("He said \"hello  \nworld\" and left.\n")),
                () -> assertEquals("She said \u2018hi  \nthere\u2019 too.\n", en.markdown("She said 'hi  \nthere' too.\n")),
                () -> assertEquals("He said \u201Chello \nworld\u201D and left.\n", en.markdown("He said \"hello \nworld\" and left.\n")),
                () -> assertEquals("He said \u201Chello\t\nworld\u201D.\n", en.markdown("He said \"hello\t\nworld\".\n")),
                () -> assertEquals("עברית \u201Dשלום  \nעולם\u201D כאן.\n", he.markdown("עברית \"שלום  \nעולם\" כאן.\n")),
                () -> assertEquals("הוא אמר \u2019פרק ב\u05F3 בספר\u2019  \nויצא.\n", he.markdown("הוא אמר 'פרק ב' בספר'  \nויצא.\n")));
    }

    @Test
    void everyOutputSetsIt(@TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("r")).out(dir.resolve("out")).title("Hard break")
                .body("He said \"hello  \nworld\" and 'hi  \nthere' too.\n").build("pdf", "epub", "html");
        for (String text : built.editionTexts()) {
            assertAll(
                    () -> assertTrue(text.contains("said \u201Chello"), text),
                    () -> assertTrue(text.contains("world\u201D"), text),
                    () -> assertTrue(text.contains("\u2018hi"), text),
                    () -> assertTrue(!text.contains("\"hello"), text));
        }
    }
}
