package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source cited without its author ({@code [-@key]}) has the positions of the source (first,
 * subsequent, "Ibid."), before and after its other cites; a copy of it was cited under an id of
 * its own and was a full note again after {@code [@book, p. 33]}, and made {@code [@ed, p. 2]}
 * after it a full note where citeproc-js prints "Ibid., 2." (h15z). Each expectation is
 * citeproc-js's. And in a collapsing author-date citation two cites without their authors are
 * not one author's: APA's "(2017, p. 7; 1999)", not "(2017, p. 7, 1999)".
 */
class CitationSuppressedAuthorPositionsBuildTest {

    static final String JSON = """
            [{"id":"ed","type":"book","title":"Edited Volume on Deltas","editor":[{"family":"Novak","given":"Petr"}],"publisher":"Springer","publisher-place":"Berlin","issued":{"date-parts":[[2017]]}},
             {"id":"tr","type":"book","title":"Translated Classic","translator":[{"family":"Dunn","given":"Dan"}],"publisher":"Penguin","publisher-place":"London","issued":{"date-parts":[[1999]]}},
             {"id":"book","type":"book","title":"The Rivers of the South","author":[{"family":"Smith","given":"John"},{"family":"Lee","given":"Anna"}],"publisher":"Basic Books","publisher-place":"New York","issued":{"date-parts":[[2002]]}},
             {"id":"chap","type":"chapter","title":"Floods and Cities","author":[{"family":"García","given":"María"}],"editor":[{"family":"Novak","given":"Petr"}],"container-title":"Water and Power","publisher":"Routledge","publisher-place":"London","page":"45-67","issued":{"date-parts":[[2015]]}}]
            """;

    /** Suppressed after normal, normal after suppressed, suppressed after suppressed, with and without pages, two in one note. */
    static final String BODY = """
            One [@book, p. 33]. Two [-@book]. Three [@chap]. Four [-@book, p. 4]. Five [-@ed]. Six [@ed, p. 2].
            Seven [@ed, p. 2]. Eight [-@ed]. Nine [@book; -@chap]. Ten [-@chap].
            """;

    @TempDir
    Path dir;

    @Test
    void theBrandsDefaultStyleGivesShortNotesAndIbid() throws Exception {
        String notes = notes(TestReport.at(dir.resolve("rcas")).out(dir.resolve("out-rcas")).brand("rcas").title("Positions")
                .date("2026-03-02").author("Jane Doe").language("en").bibliography("refs.json").body(BODY).file("refs.json", JSON));
        assertEquals(String.join(" | ",
                "John Smith and Anna Lee, The Rivers of the South (New York: Basic Books, 2002), 33.",
                "The Rivers of the South.",
                "María García, “Floods and Cities,” in Water and Power, ed. Petr Novak (London: Routledge, 2015), 45–67.",
                "The Rivers of the South, 4.",
                "Edited Volume on Deltas (Berlin: Springer, 2017).",
                "Ibid., 2.",
                "Ibid.",
                "Edited Volume on Deltas.",
                "Smith and Lee, The Rivers of the South; “Floods and Cities.”",
                "“Floods and Cities.”"), notes);
    }

    @Test
    void chicagoNotesGivesShortNotes() throws Exception {
        String notes = notes(TestReport.citing(dir, "chicago", "chicago-notes-bibliography").title("Positions").language("en")
                .bibliography("refs.json").body(BODY).file("refs.json", JSON));
        assertEquals(String.join(" | ",
                "John Smith and Anna Lee, The Rivers of the South (Basic Books, 2002), 33.",
                "The Rivers of the South.",
                "María García, “Floods and Cities,” in Water and Power, ed. Petr Novak (Routledge, 2015).",
                "The Rivers of the South, 4.",
                "Edited Volume on Deltas (Springer, 2017).",
                "Novak, Edited Volume on Deltas, 2.",
                "Novak, Edited Volume on Deltas, 2.",
                "Edited Volume on Deltas.",
                "Smith and Lee, The Rivers of the South; “Floods and Cities.”",
                "“Floods and Cities.”"), notes);
    }

    @Test
    void twoCitesWithoutAuthorsAreNotOneAuthors() throws Exception {
        String xhtml = article(TestReport.citing(dir, "apa", "apa").title("Positions").language("en").bibliography("refs.json")
                .body("One [-@ed, p. 7; -@tr]. Two [@book; -@book].\n").file("refs.json", JSON).build("epub").epub());
        String text = xhtml.replaceAll("<[^>]+>", "").replace("&#xa0;", " ").replaceAll("(?U)\\s+", " ");
        assertAll(
                () -> assertContains(text, "One (2017, p. 7; 1999)."),
                () -> assertContains(text, "Two (Smith &amp; Lee, 2002, 2002)."));
    }

    /** The notes of the report's EPUB, in order, joined by " | "; its reference list has each source once. */
    private static String notes(TestReport report) throws Exception {
        String xhtml = article(report.build("epub").epub());
        Matcher list = Pattern.compile("(?s)<section class=\"bibliography\".*?</section>").matcher(xhtml);
        assertEquals(3, list.find() ? list.group().split("<li\\b", -1).length - 1 : -1, "entries: García, Novak, Smith and Lee");
        Matcher section = Pattern.compile("(?s)<section class=\"endnotes\".*?</section>").matcher(xhtml);
        Matcher note = Pattern.compile("(?s)<li\\b[^>]*>(.*?)</li>").matcher(section.find() ? section.group() : "");
        StringBuilder out = new StringBuilder();
        while (note.find()) {
            String text = note.group(1).replaceAll("<[^>]+>", "").replace("&#xa0;", " ").replace("&amp;", "&").replace("↑", "").replaceAll("(?U)\\s+", " ").strip();
            out.append(out.isEmpty() ? "" : " | ").append(text);
        }
        return out.toString();
    }
}
