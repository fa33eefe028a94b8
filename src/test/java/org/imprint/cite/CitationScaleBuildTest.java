package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dense bibliography, few surnames in teams of one to four and three years, cited whole
 * (issue 15, hostile tester h15n, big2000: 2,000 such sources never finished, each group of
 * cites that read alike registering every source again with citeproc-java, which sorts each
 * registration by rendering the style's sort keys). 300 of them took over three minutes; the
 * speed is measured with {@code bench/citations.sh}.
 */
class CitationScaleBuildTest {

    private static final String[] SURNAMES = {"García", "Nguyễn", "Müller", "O'Connor", "Brown", "Lee", "Smith", "Kim",
        "Park", "Chen", "Novak", "Silva", "Rossi", "Khan"};
    private static final String[] GIVEN = {"Li", "Anna", "Bo", "Dana"};
    private static final int SOURCES = 200;

    @TempDir
    Path dir;

    @Test
    void aDenseBibliographyOfHundredsOfSourcesIsFormattedWhole() throws Exception {
        StringBuilder bib = new StringBuilder();
        StringBuilder body = new StringBuilder("# H\n\n");
        for (int i = 0; i < SOURCES; i++) {
            StringBuilder authors = new StringBuilder();
            for (int a = 0; a <= (i * 7 + i / 3) % 4; a++) {
                authors.append(a == 0 ? "" : " and ").append(SURNAMES[(i + a * 5) % SURNAMES.length]).append(", ")
                        .append(GIVEN[(i + a) % GIVEN.length]);
            }
            bib.append("@book{k").append(i).append(", author={").append(authors).append("}, title={Title ").append(i)
                    .append("}, publisher={Press}, year={").append(2019 + i % 3).append("}}\n");
            body.append("S").append(i).append(" [@k").append(i).append("; @k").append(i * 7 % SOURCES).append(", p. 2].\n\n");
        }
        TestReport report = TestReport.citing(dir, "dense", "apa").title("Dense").file("references.bib", bib.toString())
                .body(body.toString());
        // its speed is measured by bench/citations.sh, not here: every source listed, every citation linked
        TestReport.Built built = report.build("epub");
        String epub = article(built.epub());
        int entries = (int) Pattern.compile("id=\"ref-k\\d+\"").matcher(epub).results().count();
        int linked = (int) Pattern.compile("href=\"#ref-k\\d+\" class=\"citation\"").matcher(epub).results().count();
        assertAll(
                () -> assertEquals(SOURCES, entries),
                () -> assertEquals(true, linked >= SOURCES, "citation links: " + linked));
    }
}
