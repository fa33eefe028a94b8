package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A numeric style that sets its citations as superscripts (Nature): two side by side, or one
 * beside an own note's call, get a superscript comma between them, "¹,²", never "¹²" read as 12.
 * A superscript citation stands as a note's call does, after the sentence's punctuation and
 * against the word, as pandoc sets it: "claim [@a; @b; @c].[^1]" is "claim.¹⁻³,¹", not "claim ¹⁻³.¹"
 * (a full stop between two calls).
 */
class CitationSuperscriptBuildTest {

    @TempDir
    static Path dir;

    static String pdfText;
    static String epub;

    @BeforeAll
    static void build() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("nature")).out(dir.resolve("out")).title("Superscripts")
                .date("2026-03-02").author("Jane Doe").bibliography("references.bib").frontMatter("citation_style: nature")
                .file("references.bib", CitationHostileBuildTest.BIB)
                .body("Two sources [@kant][@fromm] in a row. A third[@lee][^n] with a note. Spaced [@tolstoy] [@talal] join.\n\n"
                        + "A claim [@kant; @fromm; @lee].[^m] Its note. A list: [@kant], [@fromm]. Then [@talal], and on.\n\n"
                        + "As @kant says, and @fromm.\n\n"
                        + "[^n]: An own note.\n\n[^m]: Another own note.\n")
                .build("pdf", "epub");
        pdfText = text(built.pdf());
        epub = article(built.epub()).replaceAll("<a [^>]*>|</a>", "");
    }

    @Test
    void adjacentSuperscriptCitationsAreSeparatedInThePdf() {
        assertAll(
                () -> assertTrue(pdfText.contains("Two sources1,2 in a row."), pdfText),
                () -> assertTrue(pdfText.contains("A third3,1 with a note."), pdfText),
                () -> assertTrue(pdfText.contains("Spaced4,5 join."), pdfText),
                () -> assertFalse(pdfText.contains("12 in a row"), pdfText));
    }

    @Test
    void punctuationGoesBeforeASuperscriptCitation() {
        assertAll(
                () -> assertTrue(pdfText.contains("A claim.1–3,2 Its note."), pdfText),
                () -> assertTrue(pdfText.contains("A list:1, 2. Then,5 and on."), pdfText),
                () -> assertTrue(epub.contains("A claim.<sup dir=\"ltr\">1–3</sup><sup class=\"citation-separator\">,</sup><sup class=\"note-ref\""), epub));
    }

    /** A narrative citation's number reads left to right as a bracketed one's does: both "sup dir" (h15k). */
    @Test
    void aNarrativeSuperscriptHasTheDirectionOfTheOthers() {
        assertAll(
                () -> assertTrue(epub.matches("(?s).*As Kant\\s*<sup dir=\"ltr\">1</sup> says, and Fromm\\s*<sup dir=\"ltr\">2</sup>\\..*"), epub),
                () -> assertFalse(epub.contains("<sup>"), epub));
    }

    @Test
    void adjacentSuperscriptCitationsAreSeparatedInTheEpub() {
        assertAll(
                () -> assertTrue(epub.contains("<sup dir=\"ltr\">1</sup><sup class=\"citation-separator\">,</sup><sup dir=\"ltr\">2</sup>"), epub),
                () -> assertTrue(epub.contains("<sup dir=\"ltr\">3</sup><sup class=\"citation-separator\">,</sup><sup class=\"note-ref\""), epub));
    }
}
