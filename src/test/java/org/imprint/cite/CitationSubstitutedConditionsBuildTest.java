package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationLinkWordsBuildTest.pdfText;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A style that prints the authors, else the editors or translators, then "Anon." (or the title)
 * when the source has none: citeproc-java took the editor it had just printed for absent, and an
 * edited book read "Edi, Jo, ed.Anon. 2005", cited "(EdiAnon. 2005"; citeproc-js prints
 * "Edi, Jo, ed. 2005", "(Edi 2005" ({@link SubstitutedConditions}).
 */
class CitationSubstitutedConditionsBuildTest {

    private static final String BIB = """
            @book{edi, editor={Edi, Jo}, title={Edited}, publisher={Knopf}, year={2005}}
            @book{tr, translator={Trans, Tim}, title={Turned}, publisher={Pub}, year={2003}}
            @book{anon, title={Nameless}, publisher={Pub}, year={2000}}
            """;

    @TempDir
    Path dir;

    private TestReport.Built build(String style, String... formats) throws Exception {
        return TestReport.at(dir.resolve(style)).out(dir.resolve(style + "-out")).title("Anon").date("2026-03-02")
                .author("Jane Doe").bibliography("references.bib").frontMatter("citation_style: " + style)
                .file("references.bib", BIB).body("Edited [@edi]. Translated [@tr]. Nameless [@anon].\n").build(formats);
    }

    @Test
    void anEditedBookIsNoAnonymousOne() throws Exception {
        TestReport.Built built = build("the-accounting-review", "pdf", "epub");
        String pdf = pdfText(built.pdf());
        String epub = article(built.epub());
        assertAll(
                () -> assertTrue(pdf.contains("Edited (Edi 2005). Translated (Trans 2003). Nameless (Anon. 2000)."), pdf),
                () -> assertTrue(pdf.contains("Edi, Jo, ed. 2005. Edited. Knopf."), pdf),
                () -> assertTrue(pdf.contains("Trans, Tim, trans. 2003. Turned. Pub."), pdf),
                // a source without names is still "Anon."
                () -> assertTrue(pdf.contains("Anon. 2000. Nameless. Pub."), pdf),
                () -> assertTrue(epub.contains("Edi, Jo, ed. 2005. <i>Edited</i>. Knopf."), epub));
    }

    /** The title in place of the names: only for a source without them. */
    @Test
    void anEditedBooksTitleIsNotPrintedForItsNames() throws Exception {
        String epub = article(build("fachhochschule-vorarlberg-author-date", "epub").epub());
        assertAll(
                () -> assertTrue(epub.contains("Edited (<a href=\"#ref-edi\" class=\"citation\">Edi 2005</a>)"), epub),
                () -> assertTrue(epub.contains("Edi, Jo (ed.) (2005): Edited. Knopf."), epub),
                () -> assertTrue(epub.contains("Nameless (<a href=\"#ref-anon\" class=\"citation\">“Nameless” 2000</a>)"), epub));
    }
}
