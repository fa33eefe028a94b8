package org.imprint.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.imprint.ReportException;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line of several scripts no font has (h19ab H10): its warning named eight characters "and 7
 * more", so the line's Khmer was never named; its Ethiopic, first met on an earlier line, was told
 * of there only as one of "5 more lines"; and the openpdf engine refused the Khmer with "build with
 * --engine pdfbox", which prints it as # too.
 */
class GlyphWarningScriptsTest {

    @TempDir
    Path dir;

    private static final String BODY = "Just one: ሰ.\n\n"
            + "Ethiopic ሰላም and Cherokee ᏣᎳᎩ and Georgian ქართული and Khmer ខ្មែរ on one line.\n";

    @Test
    void everyScriptIsNamedAndEveryLineByNumber() throws Exception {
        // the body starts on line 10 of article.md
        List<String> warnings = TestReport.at(dir.resolve("report")).body(BODY).build("pdf").warningLines().stream()
                .filter(l -> l.contains("no font of brand")).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("article.md:10:") && warnings.get(0).contains("U+1230 (ሰ), here and on line 12,"),
                warnings.get(0));
        String line12 = warnings.get(1);
        assertTrue(line12.contains("article.md:12:"), line12);
        for (String script : new String[] {"U+13E3 (Ꮳ", "U+10E5 (ქ", "U+1781 (ខ"}) {
            assertTrue(line12.contains(script), script + " in " + line12);
        }
        assertTrue(line12.contains(" more (") && line12.contains("Georgian") && line12.contains("Khmer"),
                "the characters left out, by script: " + line12);
    }

    @Test
    void theOpenpdfEngineDoesNotSendToAnEngineThatPrintsHash() {
        ReportException e = assertThrows(ReportException.class,
                () -> TestReport.at(dir.resolve("op")).body(BODY).build(b -> b.engine("openpdf"), "pdf"));
        assertTrue(e.getMessage().contains("Khmer"), e.getMessage());
        assertFalse(e.getMessage().contains("--engine pdfbox"), e.getMessage());
        assertTrue(e.getMessage().contains("add a font that has it"), e.getMessage());
    }
}
