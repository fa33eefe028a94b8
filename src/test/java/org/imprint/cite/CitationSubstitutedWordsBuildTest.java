package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.assertContains;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words a style's {@code <substitute>} prints for missing authors, built for real and read in
 * the e-book, as citeproc-js prints them (h15ab 8): a group round the names prints with them.
 */
class CitationSubstitutedWordsBuildTest {

    @TempDir
    Path dir;

    /**
     * neurorehabilitation-and-neural-repair sets the authors in {@code <group suffix=".">} and
     * substitutes the term "anonymous" for none: citeproc-java found the group's only variable
     * empty and dropped it, "Anon." with it, for a book and a legal case without authors.
     */
    @Test
    void aGroupPrintsTheTermItsNamesSubstitute() throws Exception {
        String text = article(TestReport.citing(dir, "neuro", "neurorehabilitation-and-neural-repair").title("Anonymous")
                .language("en-US").file("references.bib", """
                        @book{nobody, title = {Nobody Wrote This}, publisher = {Polity}, year = {2001}}
                        @book{lee, author = {Lee, Anna}, title = {Somebody Wrote This}, publisher = {Polity}, year = {2002}}
                        """).body("A book [@nobody]. Another [@lee].\n").build("epub").epub())
                .replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
        assertContains(text, "Anon. Nobody Wrote This. Polity; 2001.");
        assertContains(text, "Lee A. Somebody Wrote This. Polity; 2002.");
    }
}
