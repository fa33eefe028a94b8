package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A style whose affixes escape a character reference twice ({@code suffix="&amp;#160;"}, 21
 * bundled styles): gallia-prehistoire printed "Ali S. 2024&amp;#160;– One" where citeproc-js
 * prints the no-break space (found with bench/cite-sample.py).
 */
class CitationDoubleEscapesBuildTest {

    @TempDir
    Path dir;

    @Test
    void aReferenceEscapedTwiceIsTheCharacter() throws Exception {
        String xhtml = article(TestReport.citing(dir, "gallia", "gallia-prehistoire").title("Escapes").language("en-US")
                .bibliography("refs.json").body("See [@a].\n").file("refs.json", CitationOrdinalDaysBuildTest.JSON)
                .build("epub").epub());
        String text = xhtml.replaceAll("<[^>]+>", "").replace("&#xa0;", " ").replace('\u00A0', ' ');
        assertAll(
                () -> assertContains(text, "Ali S. 2024 – One, Dawn."),
                () -> assertFalse(text.contains("#160"), text));
    }
}
