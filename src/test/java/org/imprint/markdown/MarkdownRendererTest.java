package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final Labels LABELS = new Labels("Figure", "Notes");
    private static final Path SOURCE = Path.of("article.md");
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void aLoneImageIsANumberedFigureAndAnInlineImageIsNot() throws Exception {
        ParsedBody body = markdown.parse(SOURCE, "Text ![inline](a.png) here.\n\n![First *caption*](one.jpg)\n\n![Second](two.png)\n", 10);
        String html = markdown.render(body, NoteStyle.PAGE_FOOT, LABELS, Set.of("two.png"));
        assertEquals(2, body.figures().size());
        assertEquals(List.of(10, 12, 14), body.images().stream().map(ImageRef::line).toList());
        assertTrue(html.contains("<figure class=\"figure\" id=\"figure-1\"><img src=\"one.jpg\" alt=\"First caption\" />"
                + "<figcaption><span class=\"figure-label\">Figure 1.</span> First <em>caption</em></figcaption></figure>"), html);
        assertTrue(html.contains("<figure class=\"figure portrait\" id=\"figure-2\">"), html);
        assertTrue(html.contains("<p>Text <img src=\"a.png\" alt=\"inline\" /> here.</p>"), html);
    }

    @Test
    void aFigureTitleIsAnExplicitTextAlternative() throws Exception {
        ParsedBody body = markdown.parse(SOURCE, "![Waiting time by port group](chart.png \"Bar chart: island ports wait longest\")\n", 1);
        String html = markdown.render(body, NoteStyle.PAGE_FOOT, LABELS, Set.of());
        assertTrue(html.contains("<img src=\"chart.png\" alt=\"Bar chart: island ports wait longest\" />"), html);
        assertTrue(html.contains("Figure 1.</span> Waiting time by port group</figcaption>"), html);
    }

    @Test
    void pageFootNotesStandAtTheirCall() throws Exception {
        ParsedBody body = markdown.parse(SOURCE, "Claim.[^a] Another.[^b]\n\n[^b]: Second note.\n[^a]: First *note*.\n", 1);
        String html = markdown.render(body, NoteStyle.PAGE_FOOT, LABELS, Set.of());
        // each note carries its number, which the print style sheet prints (attr(data-note))
        assertTrue(html.contains("Claim.<span class=\"footnote\" id=\"fn-1\" data-note=\"1\">First <em>note</em>.</span> "
                + "Another.<span class=\"footnote\" id=\"fn-2\" data-note=\"2\">Second note.</span>"), html);
        assertFalse(html.contains("Notes"), html);
    }

    @Test
    void endnotesLinkBothWays() throws Exception {
        ParsedBody body = markdown.parse(SOURCE, "Claim.[^a]\n\n[^a]: The note.\n", 1);
        String html = markdown.render(body, NoteStyle.ENDNOTES, LABELS, Set.of());
        assertTrue(html.contains("<a href=\"#fn-1\" id=\"fnref-1\" epub:type=\"noteref\" role=\"doc-noteref\">1</a>"), html);
        assertTrue(html.contains("<li id=\"fn-1\""), html);
        // the id is the bookmark's and the table of contents' target
        assertTrue(html.contains("<h2 class=\"endnotes-heading\" id=\"section_endnotes\">Notes</h2>"), html);
        assertTrue(html.contains("The note. <a href=\"#fnref-1\""), html);
    }

    @Test
    void headingLevelsStartBelowTheTitleAndSkipNone() throws Exception {
        ParsedBody body = markdown.parse(SOURCE, "### Pasted\n\n##### Skipped a level\n\n#### Back\n\n# Top\n\n### Under top\n", 1);
        assertEquals(List.of(2, 3, 3, 2, 3), body.headings().stream().map(Heading::level).toList());
        String html = markdown.render(body, NoteStyle.PAGE_FOOT, LABELS, Set.of());
        assertTrue(html.startsWith("<h2 id=\"pasted\">Pasted</h2>\n<h3 id=\"skipped-a-level\">"), html);
        assertFalse(html.contains("<h1") || html.contains("<h4") || html.contains("<h5"), html);
    }

    @Test
    void headingsGetUniqueIds() throws Exception {
        ParsedBody body = markdown.parse(SOURCE, "## Why Pakistan?\n\n### Détails\n\n## Why Pakistan?\n", 1);
        assertEquals(List.of(new Heading(2, "why-pakistan", "Why Pakistan?"), new Heading(3, "details", "Détails"),
                new Heading(2, "why-pakistan-2", "Why Pakistan?")), body.headings());
        String html = markdown.render(body, NoteStyle.PAGE_FOOT, LABELS, Set.of());
        assertTrue(html.contains("<h2 id=\"why-pakistan-2\">"), html);
    }

    @Test
    void tablesStrikethroughAndAutolinks() throws Exception {
        String html = markdown.render(markdown.parse(SOURCE, "| a | b |\n|---|--:|\n| 1 | 2 |\n\n~~old~~ see https://example.org\n", 1),
                NoteStyle.PAGE_FOOT, LABELS, Set.of());
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<td class=\"align-right\">2</td>"), html);
        assertTrue(html.contains("<del>old</del>"), html);
        assertTrue(html.contains("href=\"https://example.org\">https://example.org</a>"), html);
    }

    /** CommonMark matches note labels as it matches link labels: case does not count. */
    @Test
    void noteLabelsMatchWhateverTheirCaseAndSpacing() throws Exception {
        String text = "Claim.[^Note] Again.[^NOTE] Other.[^Big-Idea]\n\n[^note]: The note.\n[^big-IDEA]: The idea.\n";
        for (NoteStyle style : NoteStyle.values()) {
            ParsedBody body = markdown.parse(SOURCE, text, 1);
            String html = markdown.render(body, style, LABELS, Set.of());
            assertEquals(2, body.noteNumbers().size(), style + ": " + body.noteNumbers());
            assertTrue(html.contains("The note."), style + ": " + html);
            assertTrue(html.contains("The idea."), style + ": " + html);
        }
    }

    /** Raw HTML cannot pose as Imprint's markup: its classes and ids move to "user-", links follow. */
    @Test
    void rawHtmlClassesAndIdsAreTheAuthors() throws Exception {
        String text = "## Results\n\n<p class=\"running-header footnote\" id=\"article\">Posing.</p>\n\n"
                + "See [the table](#table-a), <a href=\"#table-a\">again</a> and [results](#results).[^n]\n\n"
                + "<div id=\"table-a\">A table.</div>\n\n[^n]: A note.\n";
        for (NoteStyle style : NoteStyle.values()) {
            String html = markdown.render(markdown.parse(SOURCE, text, 1), style, LABELS, Set.of());
            assertTrue(html.contains("<p class=\"user-running-header user-footnote\" id=\"user-article\">Posing.</p>"), html);
            assertTrue(html.contains("href=\"#user-table-a\">the table</a>"), html);
            assertTrue(html.contains("<a href=\"#user-table-a\">again</a>"), html);
            assertTrue(html.contains("<div id=\"user-table-a\">"), html);
            assertTrue(html.contains("<h2 id=\"results\">") && html.contains("href=\"#results\">results</a>"), html);
            assertTrue(html.contains("id=\"fn-1\""), html);
            assertFalse(html.contains("data-imprint"), html);
        }
        String fragment = markdown.renderFragment("A <span class=\"smallcaps\" id=\"x\">bio</span>.");
        assertEquals("<p>A <span class=\"user-smallcaps\" id=\"user-x\">bio</span>.</p>", fragment.strip());
        assertFalse(markdown.render(markdown.parse(SOURCE, "## Plain\n", 1), NoteStyle.ENDNOTES, LABELS, Set.of()).contains("data-imprint"));
    }
}
