package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note style's calls typed as a list, "Particles: [@a, 3], [@b], [@c, 14].": the commas
 * between them stay where typed, "Particles:¹, ², ³.", never all moved before the first call
 * ("Particles:,,.¹,²,³").
 */
class CitationCallListBuildTest {

    @TempDir
    Path dir;

    @Test
    void commasBetweenCallsStayWhereTyped() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("list")).out(dir.resolve("out")).title("Lists").date("2026-03-02")
                .author("Jane Doe").bibliography("references.bib")
                .frontMatter("citation_style: chicago-notes-bibliography-16th-edition")
                .file("references.bib", CitationHostileBuildTest.BIB)
                .body("Particles: [@kant, 3], [@fromm], [@lee, 14]. Then alone [@tolstoy]. Semicolons [@talal]; [@kant, 5] too.\n")
                .build("pdf", "epub");
        String pdf = text(built.pdf());
        String epub = article(built.epub()).replaceAll("<a [^>]*>|</a>|<sup[^>]*>|</sup>", "");
        assertAll(
                () -> assertTrue(pdf.contains("Particles:1, 2, 3. Then alone.4 Semicolons5; 6 too."), pdf),
                () -> assertFalse(pdf.contains(",,"), pdf),
                () -> assertTrue(epub.contains("Particles:1, 2, 3. Then alone.4 Semicolons5; 6 too."), epub));
    }
}
