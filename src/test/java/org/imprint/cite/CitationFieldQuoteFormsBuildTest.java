package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A title's own quotation marks, in whichever form its writer typed them, are paired and set in
 * the style's marks by depth (h19ab H1): an Urdu title quoted with the marks Imprint itself
 * prints for Urdu, ”ہم ’مکمل‘ امن چاہتے ہیں“, reached citeproc-java raw; its ” closed the style's
 * “ and the entry came out “…: ”ہم ’مکمل“ امن چاہتے ہیں’— اور پھر؟,’ in every style, both
 * articles, EPUB and PDF, while the same title typed with “ ‘ ’ ” or straight marks was right.
 */
class CitationFieldQuoteFormsBuildTest {

    /** One title typed three ways: Urdu's picture, English's curly marks, a typewriter's. */
    private static final String REFS = """
            [
             {"id":"urdu","type":"webpage","title":"وزیر اعظم نے کہا: ”ہم ’مکمل‘ امن چاہتے ہیں“ — اور پھر؟",
              "container-title":"BBC Urdu","issued":{"date-parts":[[2024,5,12]]}},
             {"id":"curly","type":"webpage","title":"وزیر اعظم نے کہا: “ہم ‘مکمل’ امن چاہتے ہیں” — اور پھر؟",
              "container-title":"BBC News","issued":{"date-parts":[[2023,5,12]]}},
             {"id":"straight","type":"webpage","title":"وزیر اعظم نے کہا: \\"ہم 'مکمل' امن چاہتے ہیں\\" — اور پھر؟",
              "container-title":"BBC World","issued":{"date-parts":[[2022,5,12]]}},
             {"id":"forms","type":"article-journal","title":"On „Fake News“, «Propaganda», ‚Spin‘ and 「宣伝」: Pakistan’s Press",
              "container-title":"Asian Survey","author":[{"family":"Smith","given":"John"}],"issued":{"date-parts":[[2019]]}}
            ]
            """;

    private static final String BODY = "One.[@urdu] Two.[@curly] Three.[@straight] Four.[@forms]\n";

    @TempDir
    Path dir;

    private TestReport.Built build(String name, String language, String style, String... formats) throws Exception {
        return TestReport.citing(dir, name, style).title("Quotes").language(language).bibliography("refs.json")
                .body(BODY).file("refs.json", REFS).build(formats);
    }

    /** The text without its isolates and tags. */
    private static String plain(String text) {
        return text.replaceAll("<[^>]*>", "").replaceAll("[\u2066-\u2069\u200E\u200F]", "");
    }

    @Test
    void anUrduTitlesOwnMarksArePairedInAnEnglishArticle() throws Exception {
        TestReport.Built built = build("en", "en", "chicago-notes-bibliography", "epub", "pdf");
        String epub = plain(article(built.epub()));
        // the inner marks faced as the right-to-left title they stand in, as an Urdu reader reads them
        String nested = "وزیر اعظم نے کہا: ’ہم ”مکمل“ امن چاہتے ہیں‘ — اور پھر؟";
        assertAll(
                // the note and the entry of each of the three, as citeproc-js sets the typewriter's
                () -> assertEquals(6, count(epub, Pattern.quote("“" + nested)), epub),
                () -> assertFalse(epub.contains("’مکمل“"), epub),
                // every other form of mark: the inner marks inside the style's (the commas inside
                // them, American English's punctuation-in-quote), the apostrophe kept
                () -> assertTrue(epub.contains("“On ‘Fake News,’ ‘Propaganda,’ ‘Spin’ and ‘宣伝’: Pakistan’s Press.”"), epub));
        assertPaired(pdfText(built.pdf()));
    }

    @Test
    void anUrduArticleSetsThemInItsOwnPicture() throws Exception {
        TestReport.Built built = build("ur", "ur", "apa", "epub", "pdf");
        String epub = plain(article(built.epub()));
        // an apa title is not quoted by the style: the title's own marks are the outer ones, faced right to left
        String faced = "وزیر اعظم نے کہا: ”ہم ’مکمل‘ امن چاہتے ہیں“ — اور پھر؟";
        assertAll(
                () -> assertEquals(6, count(epub, Pattern.quote(faced)), epub),
                () -> assertFalse(epub.contains("’مکمل“"), epub));
        assertPaired(pdfText(built.pdf()));
    }

    /** Each مکمل on the pages stands between two marks of one kind, and the dash keeps its space. */
    private static void assertPaired(String pdf) {
        Matcher m = Pattern.compile("(\\S)مکمل(\\S)").matcher(plain(pdf));
        int found = 0;
        while (m.find()) {
            found++;
            String marks = m.group(1) + m.group(2);
            assertTrue(marks.matches("[“”]{2}|[‘’]{2}"), marks + " in " + pdf);
        }
        assertTrue(found >= 3, pdf);
        assertFalse(Pattern.compile("[‘’“”]—").matcher(pdf).find(), pdf);
    }

    private static int count(String text, String regex) {
        return (int) Pattern.compile(regex).matcher(text).results().count();
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
