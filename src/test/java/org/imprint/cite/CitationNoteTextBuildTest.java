package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Note styles' citations set in running text and their words (issue 15, h15p fn-*): a figure
 * caption's citation goes on with its sentence ("Gamma Book 2 (2018). in a figure." had the
 * note's full stop), "supra" names the text's own full note rather than a caption's, and a term
 * the style strips of its full stops is printed without them (OSCOLA's "ibid", "Ibid 4").
 */
class CitationNoteTextBuildTest {

    private static final String BIB = """
            @article{a, author={Novak, Ana}, title={Alpha Essay}, journal={Law Journal}, volume={12}, pages={100--150}, year={2019}}
            @article{b, author={Berg, Bo}, title={Beta Essay}, journal={Law Journal}, volume={13}, pages={200--250}, year={2020}}
            @book{c, author={Chen, Cai}, title={Gamma Book}, publisher={Law Press}, address={London}, year={2018}}
            """;

    @TempDir
    Path dir;

    private String pdf(String style, String body) throws Exception {
        return text(TestReport.citing(dir, style, style).title("Notes").file("references.bib", BIB)
                .file("figures/fig.png", png()).body(body).build("pdf").pdf());
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(200, 120, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }

    @Test
    void aCaptionsCitationGoesOnWithItsSentence() throws Exception {
        String body = "Text cites a [@a].\n\n![Caption cites c [@c, 2] in a figure.](figures/fig.png)\n\nMore [@b].\n";
        String bluebook = pdf("bluebook-law-review", body);
        String oscola = pdf("oscola", body);
        assertAll(
                () -> assertTrue(bluebook.contains("Gamma Book 2 (2018)) in a figure."), bluebook),
                () -> assertTrue(oscola.contains("(Law Press 2018) 2) in a figure."), oscola));
    }

    /**
     * A caption's citation after its words is set apart in parentheses and keeps the author's
     * lower-case "see": "Map of deltas See Gamma…" ran the note into the caption's sentence
     * with a capital. One that opens the caption is its first words, capitalised, unbracketed;
     * one in the author's own parentheses takes no second pair.
     */
    @Test
    void aCaptionsCitationAfterItsWordsIsInParentheses() throws Exception {
        String text = pdf("chicago-notes-bibliography", """
                Text cites a [@a].

                ![Map of deltas [see @c, 2; @b].](figures/fig.png)

                ![[see @b, 4] shows the deltas](figures/fig.png)

                ![Deltas (after [@c, 9])](figures/fig.png)
                """);
        assertAll(
                () -> assertTrue(text.contains("Map of deltas (see Cai Chen, Gamma Book (Law Press, 2018), 2; Bo Berg, “Beta Essay,”"), text),
                () -> assertTrue(text.contains("200–250)."), text),
                () -> assertTrue(text.contains("See Bo Berg"), text),
                () -> assertTrue(text.contains("Deltas (after Cai Chen, Gamma Book (Law Press, 2018), 9)"), text));
    }

    /**
     * A caption's citations are words of its text alternative, as of the caption: "![[@b]]"
     * had alt="" (PDF/UA-1 failed 7.3-1 with exit status 0), "As @c shows" was "As shows"; a
     * narrative citation in a note style's caption names its author once ("As Cai Chen, Gamma
     * Book…", not "As Chen Cai Chen, Gamma Book…").
     */
    @Test
    void aCaptionsCitationsAreWordsOfItsTextAlternative() throws Exception {
        Path epub = TestReport.citing(dir, "alt", "chicago-notes-bibliography").title("Alt").file("references.bib", BIB)
                .file("figures/fig.png", png()).body("""
                        Text cites a [@a].

                        ![[@b]](figures/fig.png)

                        ![As @c [p. 3] shows, dams grow](figures/fig.png)
                        """).build("epub").epub();
        String article = CitationFaultsBuildTest.article(epub);
        assertAll(
                () -> assertTrue(article.contains("alt=\"Bo Berg, “Beta Essay,” Law Journal 13 (2020): 200–250.\""), article),
                () -> assertTrue(article.contains("alt=\"As Cai Chen, Gamma Book (Law Press, 2018), 3 shows, dams grow\""), article),
                () -> assertTrue(article.contains("As <a href=\"#ref-c\" class=\"citation\">Cai Chen, <i>Gamma Book</i> (Law Press, 2018), 3</a> shows"), article));
    }

    @Test
    void supraNamesTheTextsFullNoteNotTheCaptions() throws Exception {
        String bluebook = pdf("bluebook-law-review", """
                T1 cites b [@b].

                ![Caption calls a note.[^cap]](figures/fig.png)

                T2 cites c [@c, 3].

                T3 cites a [@a, 9].

                T4 cites c later [@c, 9].

                [^cap]: The caption's note cites [@c, 2].
                """);
        assertAll(
                () -> assertTrue(bluebook.contains("Chen, supra note 3"), bluebook),
                () -> assertFalse(bluebook.contains("supra note 2"), bluebook));
    }

    @Test
    void oscolasIbidHasNoFullStop() throws Exception {
        String oscola = pdf("oscola", "S1 [@b, 3]. S2 [@b, 4]. S3 [@a, 7; @a, 8]. S4 [@a].\n");
        assertAll(
                () -> assertTrue(oscola.contains("Ibid 4."), oscola),
                () -> assertTrue(oscola.contains("ibid 8."), oscola),
                () -> assertFalse(oscola.contains("bid. "), oscola));
    }
}
