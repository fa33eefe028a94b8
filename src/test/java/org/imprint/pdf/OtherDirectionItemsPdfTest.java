package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.imprint.BuildRequest;
import org.imprint.testing.EndnotesBrand;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Urdu paragraph in an English list: a loose item's paragraph, or an endnote. openhtmltopdf
 * draws an item's number beside its first line, and the Urdu line, aligned to its own (right)
 * side, stood mid-column with "2." beside it. The number stays at the list's side, with the other
 * items' numbers ({@link LeftToRightListMarkers}), and the Urdu line stays on its own side, as its
 * item's later paragraphs and the e-book and the web edition set it: it was aligned to the number,
 * at the left, under which a second Urdu paragraph of the item stood at the right (h19w urdu-loose).
 */
class OtherDirectionItemsPdfTest {

    private static final String URDU = "اردو شے";

    @Test
    void aLooseItemOfTheOtherDirectionKeepsItsNumberWithTheOthers(@TempDir Path dir) throws Exception {
        List<Glyph> glyphs = PdfGlyphs.read(TestReport.at(dir.resolve("loose")).out(dir.resolve("out"))
                .body("Items:\n\n1. Item one of the list\n\n2. " + URDU + "\n\n3. Item three of the list\n").build("pdf").pdf());
        assertNumberedAtTheLeft(glyphs, "Item one");
    }

    /**
     * A loose item of the other direction (h19w urdu-loose): the PDF set its first paragraph at
     * the list's side, beside the marker, and its later paragraphs on their own side, while the
     * e-book and the web edition set every one on its own side. Each paragraph of the item now ends
     * (begins, for an English item of an Urdu list) where the others do, in both brands' settings
     * (rcas justified, fieldstone ragged).
     */
    @Test
    void everyParagraphOfALooseItemOfTheOtherDirectionStandsOnTheSameSide(@TempDir Path dir) throws Exception {
        String english = "Items:\n\n- English item one.\n\n- ایک اردو پیراگراف۔\n\n  دوسرا اردو پیراگراف ہے۔\n\n- English item three.\n";
        String urdu = "تعارف۔\n\n- اردو آئٹم ایک۔\n\n- First English paragraph.\n\n  Second English one, longer.\n\n- اردو آئٹم تین۔\n";
        for (String brand : List.of("rcas", "fieldstone")) {
            for (String language : List.of("en", "ur")) {
                List<Glyph> glyphs = PdfGlyphs.read(TestReport.at(dir.resolve(brand + language)).out(dir.resolve("out-" + brand + language))
                        .brand(brand).language(language).body(language.equals("en") ? english : urdu).build("pdf").pdf());
                List<String> firsts = language.equals("en")
                        ? List.of(new StringBuilder("ایک").reverse().toString(), new StringBuilder("دوسرا").reverse().toString())
                        : List.of("First English", "Second English");
                double[] edges = new double[2];
                for (int i = 0; i < 2; i++) {
                    Glyph word = PdfGlyphs.find(glyphs, firsts.get(i)).orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
                    List<Glyph> line = PdfGlyphs.lineOf(glyphs, word, 1f).stream()
                            .filter(g -> language.equals("en") == g.text().matches("[\\u0600-\\u06FF]")).toList();
                    // an Urdu line's right end; an English line's left end
                    edges[i] = language.equals("en") ? line.stream().mapToDouble(Glyph::right).max().orElseThrow()
                            : line.stream().mapToDouble(Glyph::x).min().orElseThrow();
                }
                double first = edges[0];
                double second = edges[1];
                assertTrue(Math.abs(first - second) < 1, brand + ", " + language + ": the item's first paragraph's line is at "
                        + first + ", its second's at " + second + " in " + PdfGlyphs.text(glyphs));
            }
        }
    }

    @Test
    void aHeadingOrDivisionOfTheOtherDirectionOpeningAnItemKeepsItsNumberWithTheOthers(@TempDir Path dir) throws Exception {
        for (String opening : List.of("## " + URDU, "<div>" + URDU + "</div>")) {
            List<Glyph> glyphs = PdfGlyphs.read(TestReport.at(dir.resolve("opening" + opening.length())).out(dir.resolve("out" + opening.length()))
                    .body("Items:\n\n1. Item one of the list\n\n2. " + opening + "\n\n3. Item three of the list\n").build("pdf").pdf());
            assertNumberedAtTheLeft(glyphs, "Item one");
        }
    }

    @Test
    void anEndnoteOfTheOtherDirectionKeepsItsNumberWithTheOthers(@TempDir Path dir) throws Exception {
        Path report = TestReport.at(dir.resolve("notes")).brand(EndnotesBrand.NAME)
                .body("One claim.[^a] Another.[^b] A third.[^c]\n\n[^a]: A note in English.\n\n[^b]: " + URDU
                        + " ہے۔\n\n[^c]: Another note in English.\n").write();
        Path pdf = EndnotesBrand.imprint(dir).build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf").build()).get(0);
        assertNumberedAtTheLeft(PdfGlyphs.read(pdf), "A note in English");
    }

    @Test
    void aSublistOfTheOtherDirectionOpeningAnItemKeepsItsNumbersAtItsOwnSide(@TempDir Path dir) throws Exception {
        List<Glyph> glyphs = PdfGlyphs.read(TestReport.at(dir.resolve("sub")).out(dir.resolve("out"))
                .body("Items:\n\n1. Item one of the list\n\n2. 1. " + URDU + "\n   2. " + URDU + " دوم\n\n3. Item three of the list\n")
                .build("pdf").pdf());
        List<Glyph> urdu = glyphs.stream().filter(g -> g.text().matches("[\\u0600-\\u06FF]")).toList();
        assertTrue(!urdu.isEmpty(), PdfGlyphs.text(glyphs));
        for (Glyph first : List.of(urdu.get(0), urdu.get(urdu.size() - 1))) {
            List<Glyph> line = PdfGlyphs.lineOf(glyphs, first, 4f);
            double textRight = line.stream().filter(urdu::contains).mapToDouble(Glyph::right).max().orElseThrow();
            // beside the text's right end, and that in the right half of the A4 page (595 pt wide): the Urdu list's own side
            assertTrue(line.stream().anyMatch(g -> g.text().matches("[0-9]") && g.x() > textRight && g.x() > 595 / 2f),
                    "the Urdu sublist's number is not at the column's right, where its text ends (" + textRight + "): "
                            + PdfGlyphs.text(line));
        }
    }

    /**
     * An Urdu quotation opening an item of an English list keeps its own side, as a nested list
     * does, but its number is the list's: it stood mid-column, left of the quotation's first line
     * (openhtmltopdf draws it from that line's start), and now stands with the other numbers.
     */
    @Test
    void aQuotationOfTheOtherDirectionOpeningAnItemLeavesItsNumberWithTheOthers(@TempDir Path dir) throws Exception {
        for (String gap : List.of("\n", "\n\n")) {
            List<Glyph> glyphs = PdfGlyphs.read(TestReport.at(dir.resolve("quote" + gap.length())).out(dir.resolve("out" + gap.length()))
                    .body("Items:\n\n1. Item one of the list" + gap + "2. > " + URDU + " کا اقتباس" + gap + "3. Item three of the list\n")
                    .build("pdf").pdf());
            Glyph one = PdfGlyphs.find(glyphs, "Item one").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
            Glyph urdu = PdfGlyphs.find(glyphs, new StringBuilder("اردو").reverse().toString())
                    .orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
            List<Glyph> near = PdfGlyphs.lineOf(glyphs, urdu, 4f);
            Glyph two = near.stream().filter(g -> g.text().equals("2")).findFirst()
                    .orElseThrow(() -> new AssertionError("no 2 beside the quotation: " + PdfGlyphs.text(near)));
            double quoteLeft = near.stream().filter(g -> g.text().matches("[\\u0600-\\u06FF]")).mapToDouble(Glyph::x).min().orElseThrow();
            assertAll(
                    () -> assertTrue(two.right() < one.x(), "\"2.\" ends at " + two.right() + ", the English items' text begins at "
                            + one.x() + ": " + PdfGlyphs.text(near)),
                    // the quotation keeps its own (right) side: its words begin right of the page's middle (A4, 595 pt)
                    () -> assertTrue(quoteLeft > 595 / 2f, "the Urdu quotation begins at " + quoteLeft + ": " + PdfGlyphs.text(near)));
        }
    }

    /**
     * A tight item of the other direction holding a sublist with an item of the article's
     * direction (h19m dir-mix): the sublist is the item's, laid out from the item's side with its
     * indent there. Its indent stood on the article's side, so the sub-item of the other direction
     * lost its number past the column's edge and its text stood at the column's far edge. Both
     * sub-items now have their numbers, one above the other, inside the column.
     */
    @Test
    void aSublistOfAnItemOfTheOtherDirectionHasItsNumbersInTheColumnAtEachItemsStart(@TempDir Path dir) throws Exception {
        String urduList = "تعارف۔\n\n1. اردو آئٹم ایک۔\n2. Tight English item two.\n   1. tight inner English\n   2. " + URDU
                + "\n3. اردو آئٹم تین۔\n\nاختتام۔\n";
        String englishList = "Introduction.\n\n1. English item one.\n2. اردو آئٹم دو۔\n   1. " + URDU
                + "\n   2. tight inner English\n3. English item three.\n\nEnd.\n";
        for (String language : List.of("ur", "en")) {
            List<Glyph> glyphs = PdfGlyphs.read(TestReport.at(dir.resolve(language)).out(dir.resolve("out-" + language)).language(language)
                    .body(language.equals("ur") ? urduList : englishList).build("pdf").pdf());
            Glyph english = PdfGlyphs.find(glyphs, "tight inner").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
            Glyph urdu = PdfGlyphs.find(glyphs, new StringBuilder("اردو شے").reverse().toString())
                    .orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
            // A4, 595 pt wide; the rcas column runs from about 56 to 539 pt. Each number stands at
            // its own item's start, as in the e-book (h19ab H7): the English one's left of its text,
            // the Urdu one's right of it
            for (Glyph text : List.of(english, urdu)) {
                List<Glyph> line = PdfGlyphs.lineOf(glyphs, text, 4f);
                Glyph number = line.stream().filter(g -> g.text().matches("[12]")).findFirst()
                        .orElseThrow(() -> new AssertionError(language + ": no number beside the sub-item: " + PdfGlyphs.text(line)));
                assertTrue(number.x() > 50 && number.right() < 545, language + ": the number stands at " + number.x());
                assertTrue(text == english ? number.right() <= text.x() : number.x() >= text.right(), language
                        + ": the number stands at " + number.x() + ", not at its item's start: " + PdfGlyphs.text(line));
            }
        }
    }

    /**
     * A code block or a quotation opening an item of an Urdu list (h19m mirror-ur): openhtmltopdf
     * draws the number at the end of the item's first line, inside the block's padding and border,
     * and ".2" stood across the code box's edge. Each number stands with the list's other numbers.
     */
    @Test
    void aCodeBlockOrQuotationOpeningAnUrduItemLeavesItsNumberWithTheOthers(@TempDir Path dir) throws Exception {
        List<Glyph> glyphs = PdfGlyphs.read(TestReport.at(dir.resolve("code")).out(dir.resolve("out")).language("ur")
                .body("تعارف۔\n\n1. اردو آئٹم۔\n\n2. ```\n   code opening an item\n   ```\n\n3. > اردو اقتباس\n\n4. اردو آئٹم۔\n\nاختتام۔\n")
                .build("pdf").pdf());
        Glyph one = number(glyphs, "1");
        for (String n : List.of("2", "3", "4")) {
            Glyph other = number(glyphs, n);
            assertTrue(Math.abs(other.x() - one.x()) < 1, "\"" + n + ".\" stands at " + other.x() + ", \"1.\" at " + one.x());
        }
    }

    /**
     * A raw Urdu quotation ({@code <blockquote dir="rtl">}, its text not in a paragraph) in an item
     * of an English list, in fieldstone, which sets text ragged right (h19m en-quote): its words
     * stood at the column's left, away from its rule at the right. They end at the right, by the rule.
     */
    @Test
    void aRawUrduQuotationInAnEnglishItemEndsAtItsRule(@TempDir Path dir) throws Exception {
        List<Glyph> glyphs = PdfGlyphs.read(TestReport.at(dir.resolve("raw")).out(dir.resolve("out")).brand("fieldstone")
                .body("Intro.\n\n<ol>\n<li><blockquote dir=\"rtl\" lang=\"ur\">یہ خام اردو اقتباس ہے۔</blockquote></li>\n"
                        + "<li>raw two</li>\n</ol>\n")
                .build("pdf").pdf());
        double urduRight = glyphs.stream().filter(g -> g.text().matches("[\\u0600-\\u06FF]")).mapToDouble(Glyph::right).max()
                .orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        // A4, 595 pt wide, the column's right edge near 540 pt
        assertTrue(urduRight > 480, "the raw Urdu quotation ends at " + urduRight + ": " + PdfGlyphs.text(glyphs));
    }

    /**
     * Three levels of lists, directions alternating, in fieldstone, which sets text ragged by
     * direction (h19o nest-ur-fieldstone, nest-en-fieldstone): the innermost list has the article's
     * direction, and the rule that set the middle list's items on its side reached into it, so its
     * items stood at the column's far side, their bullets alone at the other edge, on lines of their
     * own. Each innermost item's text now stands on its list's side, by its bullet.
     */
    @Test
    void aThirdLevelListInFieldstoneHasItsItemsOnItsSide(@TempDir Path dir) throws Exception {
        String urdu = "تعارف۔\n\n1. اردو آئٹم ایک۔\n2. English item two holding a sublist:\n   1. English inner one\n"
                + "   2. اندرونی اردو دو، جس میں فہرست ہے:\n      - تیسری سطح اردو الف\n      - تیسری سطح اردو ب\n"
                + "   3. English inner three\n3. اردو آئٹم تین۔\n\nاختتام۔\n";
        String english = "Intro.\n\n1. English item one.\n2. اردو آئٹم دو، جس میں فہرست:\n   1. اردو اندرونی ایک\n"
                + "   2. English inner two with a list:\n      - Third level English A\n      - Third level English B\n"
                + "   3. اردو اندرونی تین\n3. English item three.\n\nEnd.\n";
        for (String language : List.of("ur", "en")) {
            List<Glyph> glyphs = PdfGlyphs.read(TestReport.at(dir.resolve(language)).out(dir.resolve("out-" + language))
                    .brand("fieldstone").language(language).body(language.equals("ur") ? urdu : english).build("pdf").pdf());
            String third = language.equals("ur") ? new StringBuilder("تیسری").reverse().toString() : "Third level";
            int found = 0;
            for (int i = 0; i + third.length() <= glyphs.size(); i++) {
                if (!PdfGlyphs.text(glyphs.subList(i, i + third.length())).equals(third)) {
                    continue;
                }
                found++;
                List<Glyph> item = glyphs.subList(i, i + third.length());
                double left = item.stream().mapToDouble(Glyph::x).min().orElseThrow();
                double right = item.stream().mapToDouble(Glyph::right).max().orElseThrow();
                // the list's bullets (drawn, not text) stand on its side: A4, 595 pt wide, the column about 56 to 539 pt
                assertTrue(language.equals("ur") ? left > 595 / 2f : right < 595 / 2f, language + ": the third-level item runs from "
                        + left + " to " + right + ", away from its list's side: " + PdfGlyphs.text(PdfGlyphs.lineOf(glyphs, item.get(0), 4f)));
            }
            assertTrue(found == 2, language + ": " + found + " third-level items in " + PdfGlyphs.text(glyphs));
        }
    }

    /**
     * A loose English item of an Urdu list holding a loose sublist of mixed items (h19o nest-ur,
     * second list): the item's direction was put on its paragraph only, so the sublist inherited
     * the Urdu list's and stood at the right, "5." beside the right-aligned English line. It is the
     * English item's: at the left, its number left of its text.
     */
    @Test
    void aLooseSublistOfALooseItemOfTheOtherDirectionIsTheItems(@TempDir Path dir) throws Exception {
        List<Glyph> glyphs = PdfGlyphs.read(TestReport.at(dir.resolve("loose")).out(dir.resolve("out")).language("ur")
                .body("تعارف۔\n\n- اردو ڈھیلا آئٹم۔\n\n- Loose English item with a sublist:\n\n  5. English five, loose\n\n"
                        + "  6. " + URDU + "\n\n- اردو آخری آئٹم۔\n\nاختتام۔\n")
                .build("pdf").pdf());
        Glyph five = PdfGlyphs.find(glyphs, "English five").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, five, 4f);
        Glyph number = line.stream().filter(g -> g.text().equals("5")).findFirst()
                .orElseThrow(() -> new AssertionError("no 5 beside the English sub-item: " + PdfGlyphs.text(line)));
        // A4, 595 pt wide: the English sublist on the left half, its number left of its text
        assertAll(
                () -> assertTrue(five.x() < 595 / 2f, "the English sub-item begins at " + five.x() + ": " + PdfGlyphs.text(line)),
                () -> assertTrue(number.right() <= five.x(), "\"5.\" at " + number.x() + ", its text at " + five.x()));
    }

    /** The digit of a list's number: the last glyph of that text right of the page's middle (A4, 595 pt). */
    /**
     * A tight item of the other direction than its list has its number or bullet at its own start,
     * its text and its nested list on its own side, as the e-book and the web edition set it (li
     * dir): an English item of an Urdu list kept "1." at the right, its English sublist at the
     * left, and that sublist's Urdu item was set from the left, its bullet at its left (h19ab H7).
     * The same for an Urdu item of an English list, its ".2" at its right.
     */
    @Test
    void aTightItemOfTheOtherDirectionHasItsMarkerAtItsOwnStart(@TempDir Path dir) throws Exception {
        List<Glyph> urdu = PdfGlyphs.read(TestReport.at(dir.resolve("ur")).out(dir.resolve("out-ur")).language("ur")
                .body("تعارف۔\n\n1. English item first.\n   - اردو ذیلی نکتہ۔\n   - Another English sub-item.\n"
                        + "2. دوسرا اردو نکتہ۔\n\nاختتام۔\n").build("pdf").pdf());
        Glyph english = PdfGlyphs.find(urdu, "English item").orElseThrow(() -> new AssertionError(PdfGlyphs.text(urdu)));
        List<Glyph> line = PdfGlyphs.lineOf(urdu, english, 4f);
        Glyph one = line.stream().filter(g -> g.text().equals("1")).findFirst()
                .orElseThrow(() -> new AssertionError("no 1 beside the English item: " + PdfGlyphs.text(line)));
        Glyph sub = PdfGlyphs.find(urdu, new StringBuilder("ذیلی").reverse().toString())
                .orElseThrow(() -> new AssertionError(PdfGlyphs.text(urdu)));
        float subRight = (float) PdfGlyphs.lineOf(urdu, sub, 1f).stream().mapToDouble(Glyph::right).max().orElseThrow();
        List<Glyph> englishArticle = PdfGlyphs.read(TestReport.at(dir.resolve("en")).out(dir.resolve("out-en"))
                .body("Introduction.\n\n1. First English item.\n2. یہ دوسرا اردو نکتہ ہے۔\n3. Third English item.\n\nEnd.\n")
                .build("pdf").pdf());
        Glyph item = PdfGlyphs.find(englishArticle, new StringBuilder("دوسرا").reverse().toString())
                .orElseThrow(() -> new AssertionError(PdfGlyphs.text(englishArticle)));
        List<Glyph> urduLine = PdfGlyphs.lineOf(englishArticle, item, 4f);
        Glyph two = urduLine.stream().filter(g -> g.text().equals("2")).findFirst()
                .orElseThrow(() -> new AssertionError("no 2 beside the Urdu item: " + PdfGlyphs.text(urduLine)));
        float urduRight = (float) urduLine.stream().filter(g -> g.text().matches("[\\u0600-\\u06FF]"))
                .mapToDouble(Glyph::right).max().orElseThrow();
        assertAll(
                // A4, 595 pt wide; the rcas column runs from about 56 to 539 pt
                () -> assertTrue(one.right() <= english.x() && one.x() > 50 && one.x() < 100,
                        "\"1.\" stands at " + one.x() + ", the English item begins at " + english.x() + ": " + PdfGlyphs.text(line)),
                () -> assertTrue(subRight > 450, "the Urdu sub-item ends at " + subRight + ", not on its own (right) side"),
                () -> assertTrue(two.x() >= urduRight && two.right() < 545, "\"2.\" stands at " + two.x()
                        + ", the Urdu item ends at " + urduRight + ": " + PdfGlyphs.text(urduLine)));
    }

    private static Glyph number(List<Glyph> glyphs, String digit) {
        return glyphs.stream().filter(g -> g.text().equals(digit) && g.x() > 500).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + digit + " at the column's right: " + PdfGlyphs.text(glyphs)));
    }

    /** The Urdu item's "2." stands where the English items' numbers do, its line at the column's right. */
    private static void assertNumberedAtTheLeft(List<Glyph> glyphs, String english) {
        Glyph first = PdfGlyphs.find(glyphs, english).orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        Glyph urdu = PdfGlyphs.find(glyphs, new StringBuilder("اردو").reverse().toString())
                .orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, urdu, 1f);
        List<Glyph> near = PdfGlyphs.lineOf(glyphs, urdu, 4f);
        Glyph two = near.stream().filter(g -> g.text().equals("2")).findFirst()
                .orElseThrow(() -> new AssertionError("no 2 beside the Urdu item: " + PdfGlyphs.text(near) + " in " + PdfGlyphs.text(glyphs)));
        float urduRight = (float) line.stream().filter(g -> g.text().matches("[\\u0600-\\u06FF]")).mapToDouble(Glyph::right).max()
                .orElseThrow();
        assertAll(
                () -> assertTrue(two.right() < first.x(), "\"2.\" ends at " + two.right() + ", the English items' text begins at "
                        + first.x() + ": " + PdfGlyphs.text(line)),
                // A4, 595 pt wide, the column's right edge near 540 pt
                () -> assertTrue(urduRight > 500, "the Urdu line ends at " + urduRight + ", not at the column's right: "
                        + PdfGlyphs.text(line)));
    }
}
