package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.imprint.ReportException;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key written after another's locator (issue 15, third hostile tester): it was printed as
 * written ("… 3 and @nosuchkey"), its key never checked, and the Arabic semicolon did not
 * separate citations. Each report is built for real.
 */
class CitationSeparatorsBuildTest {

    static final String BIB = """
            @book{kant, author={Kant, Immanuel}, title={Perpetual Peace}, publisher={P}, address={Berlin}, year={1795}}
            @book{fromm, author={Fromm, Erich}, title={Escape from Freedom}, publisher={Farrar}, address={New York}, year={1941}}
            """;

    @TempDir
    Path dir;

    private TestReport report(String name, String language, String body) {
        return TestReport.citing(dir, name, "chicago-author-date").title("Separators").language(language)
                .body(body + "\n").file("references.bib", BIB);
    }

    /** "[@kant, p. 3 and @nosuchkey]" and "[@kant, p. 4, cf. @fromm]" are refused at their line, nothing written. */
    @Test
    void keyInTheSuffixIsRefused() {
        ReportException unknown = assertThrows(ReportException.class,
                () -> report("unknown", "en", "Intro.\n\nKey [@kant, p. 3 and @nosuchkey].").build("pdf"));
        ReportException known = assertThrows(ReportException.class,
                () -> report("known", "en", "Also [@kant, p. 4, cf. @fromm].").build("pdf"));
        assertAll(
                () -> assertTrue(unknown.getMessage().contains("article.md:") && unknown.getMessage().contains("@nosuchkey")
                        && unknown.getMessage().contains("separate citations with ';'"), unknown.getMessage()),
                () -> assertTrue(known.getMessage().contains("cf. @fromm]") && known.getMessage().contains("[@kant; @fromm]"),
                        known.getMessage()),
                () -> assertFalse(Files.exists(dir.resolve("out-unknown").resolve("unknown.pdf"))));
    }

    /** An e-mail address in a suffix is no key; the escaped \@ neither. */
    @Test
    void addressInTheSuffixIsText() throws Exception {
        String text = text(report("mail", "en", "Mail [@kant, p. 3, write to jane@example.org].").build("pdf").pdf());
        assertContains(text, "jane@example.org");
    }

    /** In an author-date EPUB, each source's part of a citation links to its own entry, not all to the first. */
    @Test
    void eachSourceLinksToItsEntry() throws Exception {
        Path epub = report("links", "en", "Measured [see @kant, p. 3; @fromm].").build("epub").epub();
        StringBuilder xhtml = new StringBuilder();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(epub.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(".xhtml")) {
                    xhtml.append(new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        String all = xhtml.toString();
        assertAll(
                () -> assertTrue(all.matches("(?s).*\\(see <a href=\"#ref-kant\" class=\"citation\">Kant 1795, 3</a>.*"), all),
                () -> assertTrue(all.matches("(?s).*<a href=\"#ref-fromm\" class=\"citation\">Fromm 1941</a>\\).*"), all));
    }

    /** The Arabic semicolon separates citations as ";" does: both sources cited, no "؛ @fromm" left. */
    @Test
    void arabicSemicolonSeparates() throws Exception {
        String text = text(report("ar", "ar", "قال [@kant, p. 813؛ @fromm].").build("pdf").pdf());
        assertAll(
                () -> assertFalse(text.contains("@fromm"), text),
                () -> assertContains(text, "Fromm"),
                () -> assertContains(text, "Escape from Freedom"));
    }
}
