package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A citation style's quotation marks face the direction they are set in, as the body's do
 * (h19z F6): an Urdu article, which has no CSL locale, took en-US's “ ” and set them right to
 * left, so its notes and reference list drew ”پاکستان … ایران.“ (the closing mark's picture
 * at the left), the other picture from the body's ”…“ on the same page.
 */
class CitationRightToLeftQuotesBuildTest {

    private static final String REFS = """
            [
             {"id":"ahmed","type":"article-journal","title":"پاکستان کی خارجہ پالیسی","container-title":"مجلہ تحقیق",
              "author":[{"family":"احمد","given":"فاطمہ"}],"issued":{"date-parts":[[2020]]},"page":"45-67"},
             {"id":"inner","type":"article-journal","title":"ایک \\"نیا دور\\" کی بحث","container-title":"مجلہ",
              "author":[{"family":"قریشی","given":"حسن"}],"issued":{"date-parts":[[2021]]}},
             {"id":"smith","type":"article-journal","title":"Pakistan's 'New Era' Debate","container-title":"Asian Survey",
              "author":[{"family":"Smith","given":"John"}],"issued":{"date-parts":[[2019]]}},
             {"id":"anon","type":"article-newspaper","title":"امن کی بات","container-title":"جنگ","issued":{"date-parts":[[2018]]}}
            ]
            """;

    @TempDir
    Path dir;

    private TestReport.Built build(String name, String language, String style, String body, String... formats) throws Exception {
        return TestReport.citing(dir, name, style).title("حوالے").language(language).bibliography("refs.json")
                .body(body).file("refs.json", REFS).build(formats);
    }

    private static final String NOTES_BODY = "پاکستان نے کہا \"امن\" ہے۔[@ahmed]\n\nدوسرا۔[@inner]\n\nتیسرا۔[@smith]\n";

    @Test
    void anUrduArticlesNotesAndReferencesSetTheirMarksRightToLeft() throws Exception {
        TestReport.Built built = build("ur", "ur", "chicago-notes-bibliography", NOTES_BODY, "pdf", "epub", "html");
        String epub = article(built.epub());
        String web = Files.readString(built.web().resolve("index.html"));
        assertAll(
                // the body's marks, for the picture to match
                () -> assertTrue(epub.contains("”امن“"), epub),
                // a note, and the reference list: the title's marks as the body's
                () -> assertTrue(epub.contains("فاطمہ احمد, ”پاکستان کی خارجہ پالیسی,“"), epub),
                () -> assertTrue(epub.contains("احمد, فاطمہ. ”پاکستان کی خارجہ پالیسی.“"), epub),
                () -> assertTrue(web.contains("احمد, فاطمہ. ”پاکستان کی خارجہ پالیسی.“"), web),
                // a quotation inside the title: the inner marks too
                () -> assertTrue(epub.contains("”ایک ’نیا دور‘ کی بحث.“"), epub),
                // an English source, set left to right, keeps English's marks and its apostrophe
                () -> assertTrue(epub.contains("Smith, John. “Pakistan’s ‘New Era’ Debate.”"), epub),
                () -> assertFalse(epub.contains("“پاکستان"), epub));
        // on the page, every line's marks read “ … ” from left to right: the body's, an Urdu
        // title's in a right-to-left note or entry, and an English one's in a left-to-right entry
        Map<String, List<PdfGlyphs.Glyph>> lines = new TreeMap<>();
        for (PdfGlyphs.Glyph g : PdfGlyphs.read(built.pdf())) {
            if (g.text().equals("\u201C") || g.text().equals("\u201D")) {
                lines.computeIfAbsent(g.page() + ":" + Math.round(g.y()), k -> new ArrayList<>()).add(g);
            }
        }
        List<String> pictures = new ArrayList<>();
        for (List<PdfGlyphs.Glyph> line : lines.values()) {
            line.sort(java.util.Comparator.comparingDouble(PdfGlyphs.Glyph::x));
            pictures.add(PdfGlyphs.text(line));
        }
        assertTrue(pictures.size() >= 5, pictures.toString());
        assertTrue(pictures.stream().allMatch(p -> p.matches("(\u201C\u201D)+")), pictures.toString());
    }

    @Test
    void anAuthorDateCitationInAnUrduSentenceFacesItsTitlesMarks() throws Exception {
        String epub = article(build("apa", "ur", "apa", "پاکستان نے کہا [@anon] اور [@smith]۔\n", "epub").epub());
        assertAll(
                () -> assertTrue(epub.contains("(”امن کی بات,“ 2018)"), epub),
                () -> assertTrue(epub.contains("Pakistan’s “New Era” Debate"), epub));
    }

    @Test
    void persianTakesItsLocalesMarksFacedAndEnglishKeepsItsOwn() throws Exception {
        String persian = article(build("fa", "fa", "chicago-notes-bibliography", NOTES_BODY, "epub").epub());
        String english = article(build("en", "en", "chicago-notes-bibliography",
                "Pakistan said so.[@ahmed] Again.[@inner]\n", "epub").epub());
        // Arabic's and Hebrew's locales quote with straight marks, which face no way
        String arabic = article(build("ar", "ar", "chicago-notes-bibliography", NOTES_BODY, "epub").epub());
        assertAll(
                // fa-IR's locale writes “ ”: set right to left they are turned as Urdu's
                () -> assertTrue(persian.contains("”پاکستان کی خارجہ پالیسی.“"), persian),
                () -> assertFalse(persian.contains("“پاکستان"), persian),
                // an Urdu title in an English entry is set in a left-to-right line: “ ” stay
                () -> assertTrue(english.contains("“\u2067پاکستان کی خارجہ پالیسی\u2069.”"), english),
                // the title with its inner quotation one isolate, whose marks face its direction (h19aa G2)
                () -> assertTrue(english.contains("“\u2067ایک ’نیا دور‘ کی بحث\u2069.”"), english),
                () -> assertTrue(arabic.contains("احمد, فاطمہ. \"پاکستان کی خارجہ پالیسی\"."), arabic));
    }
}
