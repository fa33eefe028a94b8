package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The direction of a line of text: letters the author set apart with directional controls
 * (isolates, embeddings, overrides) count only where the text has no letters outside them, and the
 * controls nest as the Unicode Bidirectional Algorithm nests them.
 */
class ParagraphDirectionsTest {

    /** LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI written as words in the cases below. */
    private static String controls(String text) {
        return text.replace("<LRE>", "\u202A").replace("<RLE>", "\u202B").replace("<PDF>", "\u202C")
                .replace("<LRO>", "\u202D").replace("<RLO>", "\u202E").replace("<LRI>", "\u2066")
                .replace("<RLI>", "\u2067").replace("<FSI>", "\u2068").replace("<PDI>", "\u2069");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the majority of letters decides where the first and the last disagree
            "Report پاکستان اور ایران 2026|1",
            // set apart: the English outside decides
            "Report <RLE>پاکستان اور ایران<PDF> 2026|-1",
            "Report <RLO>پاکستان اور ایران<PDF> 2026|-1",
            "Report <RLI>پاکستان اور ایران<PDI> 2026|-1",
            "رپورٹ <LRE>Pakistan and Iran today<PDF> ہے|1",
            "رپورٹ <LRO>Pakistan and Iran today<PDF> ہے|1",
            // all set apart: the letters inside decide
            "<RLE>پاکستان اور ایران<PDF>|1",
            // a PDI closes the embeddings opened inside its isolate: "Iran and" is outside
            "<RLI>Pakistan and Iran <RLE>today and tomorrow<PDI> ایران|1",
            // a PDF inside an isolate closes no embedding outside it: the Urdu stays set apart
            "Report <RLE>پاکستان <LRI>x<PDF> اور<PDI> ایران<PDF> 2026|-1",
            // a stray closer closes nothing
            "Report<PDF> پاکستان اور ایران 2026|1",
            "Report<PDI> پاکستان اور ایران 2026|1"})
    void lettersSetApartByControlsAreLeftOut(String text, int direction) {
        assertEquals(direction, ParagraphDirections.direction(controls(text), false), text);
    }

    /**
     * A paragraph that merely opens (or opens and closes) with a short run of the other script is
     * of its article's direction; one of mostly the other direction's letters is of that one. By
     * the first letter alone an Urdu sentence opening with "CPEC" or "NATO" was set left to right.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Urdu article: Latin acronyms and names at the edges of an Urdu sentence
            "CPEC پاکستان اور چین کے درمیان ایک منصوبہ ہے۔|true|1",
            "NATO کے رکن ممالک نے اجلاس میں شرکت کی۔|true|1",
            "CPEC ایک بڑا منصوبہ ہے جسے BRI کا حصہ کہا جاتا ہے، اور اس کا مرکز Gwadar|true|1",
            "Imran Khan نے کہا۔|true|1",
            // an English sentence of an Urdu article stays English, an Urdu name opening it too
            "This whole paragraph is English inside an Urdu article.|true|-1",
            "شہباز شریف met Trump in Washington on Monday.|true|-1",
            // English article: an Urdu name opening an English sentence does not turn it
            "شہباز شریف met Trump.|false|-1",
            "عائشہ خان said the talks would resume in May.|false|-1",
            // an English frame listing Urdu words stays English however many it lists
            "The words ہم، امن، صلح، دوستی، بھائی چارہ mean peace.|false|-1",
            // an Urdu sentence of an English article, opening with an acronym, is Urdu
            "RCAS کے ڈائریکٹر نے کہا کہ مذاکرات جاری رہیں گے۔|false|1",
            "IMF نے پاکستان کو قرض دیا۔|false|1",
            // a label in the article's language introduces a quotation of the other (h19z F3): the
            // article's direction, however long the quotation
            "Translation: ہم امن چاہتے ہیں اور جنگ نہیں چاہتے، ہمارے بچوں کو تعلیم چاہیے|false|-1",
            "In Urdu: پاکستان زندہ باد|false|-1",
            "Slogan 3: ایران اور پاکستان بھائی بھائی|false|-1",
            "Pashto: پښتو ژبه. Sindhi: سنڌي ٻولي. Kashmiri: کٲشُر|false|-1",
            "ترجمہ: We want peace, not war, and schools for our children|true|1",
            // a colon inside the quotation's own words is no label
            "RCAS کے ڈائریکٹر نے کہا: مذاکرات جاری رہیں گے۔|false|1",
            // nor one between digits, a time or a score (h19aa G8); a spaced dash is one (G3)
            "NATO 10:30 کے رکن ممالک نے اجلاس میں شرکت کی۔|false|1",
            "PTI 3:1 کے فرق سے جیت گئی اور جشن منایا گیا۔|false|1",
            "اجلاس 10:30 We want peace and an end to the war at this meeting.|true|-1",
            "Translation — ہم امن چاہتے ہیں اور جنگ نہیں چاہتے|false|-1",
            "ترجمہ – We want peace, not war, and schools for our children|true|1",
            // an address's letters are no language's (G4)
            "مکمل رپورٹ یہاں دستیاب ہے https://www.example.org/reports/pakistan-iran-mediation-2026|true|1",
            "The full report is at https://example.org/ur/رپورٹ-پاکستان-ایران-ثالثی-۲۰۲۶|false|-1"})
    void aShortOpeningRunOfTheOtherScriptDoesNotTurnAParagraph(String text, boolean articleRtl, int direction) {
        assertEquals(direction, ParagraphDirections.direction(text, articleRtl), text);
    }

    /**
     * A quotation in the inherited direction's script counts (h19ab H3): a paragraph that is
     * mostly one, or opens with one before an attribution, keeps that direction. Passed over like
     * any quotation, it left "PM" or "Shehbaz Sharif" to decide, and "”ہم امن چاہتے ہیں۔“ — PM"
     * was set left to right in an Urdu article. A quotation of the other direction still decides
     * nothing: an English paragraph quoting a short Urdu phrase stays English.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Urdu article, Urdu quotation, English attribution: every kind of mark
            "”ہم امن چاہتے ہیں۔“ — PM|true|1",
            "“ہم امن چاہتے ہیں۔” — PM|true|1",
            "«ہم امن چاہتے ہیں۔» — PM|true|1",
            "\"ہم امن چاہتے ہیں، جنگ نہیں۔\" — Shehbaz Sharif, 2024|true|1",
            "”پاکستان زندہ باد“ — Quaid-e-Azam|true|1",
            // mostly a quotation, though a Latin label opens it
            "Q1 ”ہم امن چاہتے ہیں، جنگ نہیں۔“ — Shehbaz Sharif, 2024|true|1",
            // Hebrew: the attribution longer than the quotation
            "”אנחנו רוצים שלום.” — Benjamin Netanyahu, 2024|true|1",
            "«אנחנו רוצים שלום.» — Benjamin Netanyahu, 2024|true|1",
            // English article, English quotation, Urdu attribution
            "“We want peace.” — شہباز شریف|false|-1",
            "”We want peace.“ — وزیر اعظم|false|-1",
            "«We want peace, not war.» — شہباز شریف، 2024|false|-1",
            "\"We want peace, not war.\" — وزیر اعظم شہباز شریف|false|-1",
            // an English paragraph quoting a short Urdu phrase in an English article stays English,
            // however its phrase is marked; in an Urdu article too, where the frame is most of it
            "He heard “پاکستان زندہ باد” in 2024.|false|-1",
            "He heard ”پاکستان زندہ باد“ in 2024.|false|-1",
            "He heard «پاکستان زندہ باد» in 2024.|false|-1",
            "He heard \"پاکستان زندہ باد\" in 2024.|false|-1",
            "The crowd in Lahore kept shouting ”زندہ باد“ all evening.|true|-1",
            "The crowd in Lahore kept shouting «زندہ باد» all evening.|true|-1",
            // an Urdu paragraph quoting a short English phrase in an Urdu article stays Urdu, and
            // one in an English article too: the English quotation is not most of it
            "لاہور میں لوگ ساری شام “Go Nawaz Go” کے نعرے لگاتے رہے۔|false|1",
            "لاہور میں لوگ ساری شام «Go Nawaz Go» کے نعرے لگاتے رہے۔|true|1",
            // an English attribution after an Urdu quotation in an English article: no turn
            "“ہم امن چاہتے ہیں۔” — PM|false|-1",
            // nor an Urdu one after an English quotation in an Urdu article
            "“We want peace.” — Shehbaz Sharif|true|-1",
            "“We want peace.” — وزیر اعظم|true|1"})
    void aQuotationInTheInheritedScriptCounts(String text, boolean articleRtl, int direction) {
        assertEquals(direction, ParagraphDirections.direction(text, articleRtl), text);
    }

    /**
     * A loose Urdu item of an English list: each of its paragraphs is marked with its own
     * direction. Its second Urdu paragraph went unmarked (its blocks were passed the first
     * paragraph's direction, but the item carries no dir), so the e-book and the web edition set
     * it left to right under a first paragraph set right to left, its full stop at the left.
     */
    @Test
    void eachParagraphOfALooseItemOfTheOtherDirectionIsMarked() {
        String html = "<ul><li><p>یہ پہلا نکتہ ہے۔</p><p>یہ دوسرا پیراگراف ہے۔</p>"
                + "<blockquote><p>یہ ایک اردو اقتباس ہے۔</p></blockquote><p>An English paragraph.</p></li></ul>";
        Document marked = Jsoup.parseBodyFragment(ParagraphDirections.mark(html, false));
        var paragraphs = marked.select("li > p");
        assertEquals("rtl", paragraphs.get(0).attr("dir"), marked.body().html());
        assertEquals("rtl", paragraphs.get(1).attr("dir"), marked.body().html());
        assertEquals("ltr", paragraphs.get(2).attr("dir"), marked.body().html());
        assertEquals("rtl", marked.selectFirst("blockquote").attr("dir"), marked.body().html());
        // the quotation's paragraph inherits its quotation's mark
        assertEquals("", marked.selectFirst("blockquote > p").attr("dir"), marked.body().html());
    }
}
