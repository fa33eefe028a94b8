package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationLinkWordsBuildTest.pdfText;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A citation written in a link's words ({@code [a study [@a]](https://...)}, {@code [see
 * @b](https://...)}), which pandoc reads as one: it printed as written ("[@a]", "@b"), with no
 * warning, its source left out of the reference list. It is cited now, inside the link and not
 * linked again, in the PDF, the e-book and the web edition; with a note style its call follows
 * the link.
 */
class CitationInLinkBuildTest {

    private static final String BIB = """
            @book{a, author={Adams, Ann}, title={Alpha}, publisher={Pub}, year={2001}}
            @book{b, author={Brown, Bea}, title={Beta}, publisher={Pub}, year={2002}}
            @book{c, author={Cole, Cy}, title={Gamma}, publisher={Pub}, year={2003}}
            """;

    /** A link of the given address holding no other link: its words up to its end. */
    private static Pattern linkWithout(String href) {
        return Pattern.compile("<a href=\"" + Pattern.quote(href) + "\"[^>]*>((?!<a\\b).)*?</a>", Pattern.DOTALL);
    }

    @TempDir
    Path dir;

    private TestReport.Built build(String name, String style, String body) throws Exception {
        return TestReport.at(dir.resolve(name)).out(dir.resolve(name + "-out")).title("Links").date("2026-03-02")
                .author("Jane Doe").bibliography("references.bib").frontMatter("citation_style: " + style)
                .file("references.bib", BIB).body(body).build("pdf", "epub", "html");
    }

    @Test
    void aCitationInALinksWordsIsCitedInsideTheLink() throws Exception {
        TestReport.Built built = build("apa", "apa",
                "A [study of it [@a]](https://example.org/s) and [see @b](https://example.org/x), and [@c].\n");
        String pdf = pdfText(built.pdf());
        String epub = article(built.epub());
        String web = Files.readString(built.web().resolve("index.html"));
        assertAll(
                () -> assertTrue(pdf.contains("A study of it (Adams, 2001) and see Brown (2002), and (Cole, 2003)."), pdf),
                () -> assertFalse(pdf.contains("[@") || pdf.contains("@a") || pdf.contains("@b"), pdf),
                () -> assertTrue(pdf.contains("Adams, A. (2001). Alpha. Pub."), pdf),
                () -> assertTrue(pdf.contains("Brown, B. (2002). Beta. Pub."), pdf),
                () -> assertTrue(epub.contains(">study of it (Adams, 2001)</a>"), epub),
                () -> assertTrue(epub.contains(">see Brown (2002)</a>"), epub),
                () -> assertTrue(linkWithout("https://example.org/s").matcher(epub).find(), epub),
                () -> assertTrue(epub.contains("id=\"ref-a\"") && epub.contains("id=\"ref-b\""), epub),
                () -> assertTrue(web.contains(">study of it (Adams, 2001)</a>"), web),
                () -> assertTrue(web.contains("id=\"ref-b\""), web),
                () -> assertTrue(built.warnings().isEmpty(), built.warningLines()::toString));
    }

    @Test
    void aNoteStylesCallFollowsTheLink() throws Exception {
        TestReport.Built built = build("chicago", "chicago-notes-bibliography",
                "A [study of it [@a]](https://example.org/s). And [see @b](https://example.org/x) too, [[@a]](https://example.org/w).\n");
        String pdf = pdfText(built.pdf());
        String epub = article(built.epub());
        assertAll(
                () -> assertTrue(pdf.contains("Ann Adams, Alpha (Pub, 2001)."), pdf),
                () -> assertTrue(pdf.contains("Bea Brown, Beta (Pub, 2002)."), pdf),
                () -> assertFalse(pdf.contains("[@") || pdf.contains("@a") || pdf.contains("@b"), pdf),
                // the call after the link (and after the full stop), the names of a narrative one in the link's words
                () -> assertTrue(epub.contains("<a href=\"https://example.org/s\">study of it</a>.<sup class=\"note-ref\""), epub),
                () -> assertTrue(epub.contains("<a href=\"https://example.org/x\">see Brown</a><sup class=\"note-ref\""), epub),
                () -> assertTrue(epub.contains("Bea Brown, <i>Beta</i> (Pub, 2002)."), epub),
                () -> assertTrue(epub.contains("id=\"ref-a\""), epub),
                // a link whose words were only the citation shows its address, not an empty link
                () -> assertTrue(epub.contains("<a href=\"https://example.org/w\">https://example.org/w</a>"), epub));
    }

    /** A link whose words are one "@name" is a handle linked to its page, not a citation of an unknown key. */
    @Test
    void aHandleLinkedToItsPageIsNoCitation() throws Exception {
        TestReport.Built built = build("handle", "apa", "Follow [@jane](https://example.social/@jane) and [@a].\n");
        String epub = article(built.epub());
        assertTrue(epub.contains("<a href=\"https://example.social/@jane\">@jane</a>"), epub);
    }

    /** A citation in a block of raw HTML is no citation: it prints as written, so the build warns at its line. */
    @Test
    void aCitationInABlockOfHtmlIsWarnedOf() throws Exception {
        TestReport.Built built = build("raw", "apa", "Intro [@a].\n\n<div class=\"box\">A box citing [@b] here.</div>\n");
        assertTrue(built.warningLines().stream().anyMatch(w -> w.contains("article.md:14: warning: the block written in HTML holds [@b]")),
                built.warningLines()::toString);
    }
}
