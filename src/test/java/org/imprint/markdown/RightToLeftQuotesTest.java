package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.imprint.verify.EpubVerifier;
import org.imprint.verify.VeraPdfAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Straight quotes in Arabic, Persian, Urdu and Hebrew text become the marks CLDR gives those
 * languages (ar, ur ” “; fa « »; he ” ”), by the article's language and by the nearest
 * {@code lang}; a paragraph of the other direction keeps the marks' picture; the languages
 * with a house rule keep theirs.
 */
class RightToLeftQuotesTest {

    @TempDir
    Path dir;

    private static String set(String language, String markdown) {
        return new SmartPunctuation(language).markdown(markdown);
    }

    @Test
    void rightToLeftLanguagesTakeCldrMarks() {
        assertAll(
                () -> assertEquals("انہوں نے کہا: \u201Dمیں نے \u2019پاکستان زندہ باد\u2018 کا نعرہ سنا\u201C",
                        set("ur", "انہوں نے کہا: \"میں نے 'پاکستان زندہ باد' کا نعرہ سنا\"")),
                () -> assertEquals("قال \u201Dالسلام\u201C", set("ar", "قال \"السلام\"")),
                () -> assertEquals("گفت \u00ABسلام\u00BB", set("fa", "گفت \"سلام\"")),
                () -> assertEquals("השר אמר \u201Dהבנו את \u2019המסר\u2019 של\u201D ב-3",
                        set("he", "השר אמר \"הבנו את 'המסר' של\" ב-3")),
                // the gershayim and the quotation after a prefix letter stay as they were read
                () -> assertEquals("צה\u05F4ל כתב ב\u201Dהארץ\u201D", set("he", "צה\"ל כתב ב\"הארץ\"")),
                // the nearest lang decides
                () -> assertEquals("He said <span lang=\"fa\">\u00ABسلام\u00BB</span> and \u201Cpeace\u201D",
                        set("en", "He said <span lang=\"fa\">\"سلام\"</span> and \"peace\"")),
                // Arabic's ” “ in an English line: the same picture, “ ”
                () -> assertEquals("He said <span lang=\"ar\">\u201Cالسلام\u201D</span>",
                        set("en", "He said <span lang=\"ar\">\"السلام\"</span>")),
                () -> assertEquals("<p lang=\"ar\">قال \u201Dالسلام\u201C</p>\n",
                        set("en", "<p lang=\"ar\">قال \"السلام\"</p>\n")));
    }

    @Test
    void aParagraphOfTheOtherDirectionKeepsThePicture() {
        assertAll(
                // an English item of an Urdu list is set left to right: “ ” there, as ” “ looks right to left
                () -> assertEquals("- The US delegation \u201Cled by Vance\u201D (4 members)\n",
                        set("ur", "- The US delegation \"led by Vance\" (4 members)\n")),
                () -> assertEquals("\u201CQuoted English item\u201D", set("ur", "\"Quoted English item\"")),
                // an English quotation inside an Urdu paragraph takes Urdu's marks: the paragraph is Urdu
                () -> assertEquals("وزیر اعظم نے کہا \u201DWe want peace\u201C اور", set("ur", "وزیر اعظم نے کہا \"We want peace\" اور")),
                // an Urdu paragraph of an English article: the picture of a right-to-left line
                () -> assertEquals("انہوں نے \u201Dہم\u201C کہا", set("en", "انہوں نے \"ہم\" کہا")),
                () -> assertEquals("He heard \u201Cپاکستان\u201D in 2024", set("en", "He heard \"پاکستان\" in 2024")));
    }

    /** The line: an English quotation, with a quotation of its own, in an Urdu paragraph. */
    private static final String TURNING_POINT = "انہوں نے کہا کہ \"The report called it 'A Turning Point' in the talks\" اور پھر واپس آئے۔";

    @Test
    void aQuotationInsideAQuotationOfTheOtherDirectionFacesTheTextItSitsIn() {
        assertAll(
                // the English quotation's marks stand in the Urdu sentence (Urdu's ” “); the marks
                // of the quotation inside it stand among English words: the picture of ‘ ’ there
                () -> assertEquals("انہوں نے کہا کہ \u201DThe report called it \u2018A Turning Point\u2019 in the talks\u201C اور پھر واپس آئے۔",
                        set("ur", TURNING_POINT)),
                () -> assertEquals("قال \u201DWe call it \u2018a turning point\u2019 now\u201C أمس",
                        set("ar", "قال \"We call it 'a turning point' now\" أمس")),
                // the same with the English marked as such: English marks, set as the text around them reads
                () -> assertEquals("انہوں نے کہا <span lang=\"en\">\u201DThe report called it \u2018A Turning Point\u2019\u201C</span> اور",
                        set("ur", "انہوں نے کہا <span lang=\"en\">\"The report called it 'A Turning Point'\"</span> اور")),
                // an Urdu quotation with one inside it, in an English paragraph: the inner marks read right to left
                () -> assertEquals("He said \u201Cانہوں نے \u2019پاکستان زندہ باد\u2018 کہا\u201D twice.",
                        set("en", "He said \"انہوں نے 'پاکستان زندہ باد' کہا\" twice.")),
                // an English aside in brackets in an Urdu sentence
                () -> assertEquals("وفد (the so-called \u201CTurning Point\u201D talks) آیا",
                        set("ur", "وفد (the so-called \"Turning Point\" talks) آیا")),
                // an Urdu paragraph that opens with a Latin name is Urdu by most of its letters, as
                // the markup marks it: Urdu's marks
                () -> assertEquals("RCAS کے ڈائریکٹر نے کہا \u201Dہم امن چاہتے ہیں\u201C",
                        set("ur", "RCAS کے ڈائریکٹر نے کہا \"ہم امن چاہتے ہیں\"")));
    }

    @Test
    void theInnerQuotationReadsAsEnglishInEveryOutput() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("turning")).title("مذاکرات").language("ur").author("زاہد انور")
                .body(TURNING_POINT + "\n").build("pdf", "epub", "html");
        String inner = "\u2018A Turning Point\u2019";
        String epub;
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            epub = new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        String web = java.nio.file.Files.readString(built.web().resolve("index.html"));
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        Glyph turning = PdfGlyphs.find(glyphs, "Turning").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, turning, 2f).stream().filter(g -> !g.blank()).toList();
        String drawn = PdfGlyphs.text(line);
        assertAll(
                () -> assertTrue(epub.contains(inner), epub),
                () -> assertTrue(web.contains(inner), web),
                // drawn left to right on the page: ‘A Turning Point’, the opening mark on the left
                () -> assertTrue(drawn.contains("\u2018ATurningPoint\u2019"), drawn),
                () -> assertEquals(List.of(), new EpubVerifier().check(built.epub()).stream().map(Object::toString).toList()));
        VeraPdfAssertions.assertPdfAAndPdfUa(built.pdf());
    }

    @Test
    void houseLanguagesKeepTheirMarks() {
        assertAll(
                () -> assertEquals("\u201Chi\u201D \u2018x\u2019", set("en", "\"hi\" 'x'")),
                () -> assertEquals("\u201Ehallo\u201C \u201Aja\u2018", set("de", "\"hallo\" 'ja'")),
                () -> assertEquals("\u00ABgr\u00FCezi\u00BB", set("de-CH", "\"grüezi\"")),
                () -> assertEquals("\u00AB\u202Fsalut\u202F\u00BB", set("fr", "\"salut\"")),
                () -> assertEquals("\u00ABsalut\u00BB", set("fr-CH", "\"salut\"")),
                () -> assertEquals("\u00ABhola\u00BB", set("es", "\"hola\"")),
                () -> assertEquals("\u201Col\u00E1\u201D", set("pt-BR", "\"olá\"")),
                () -> assertEquals("\u00ABol\u00E1\u00BB", set("pt", "\"olá\"")),
                () -> assertEquals("\u201Dhej\u201D", set("sv", "\"hej\"")),
                () -> assertEquals("\u00AB\u043F\u0440\u0438\u0432\u0435\u0442\u00BB", set("ru", "\"привет\"")),
                () -> assertEquals("\u201Ehi\u201C", set("cs", "\"hi\"")));
    }

    @Test
    void anUrduArticleSetsUrduMarksInEveryOutput() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("ur")).title("\\\"پاکستان\\\" اقتباسات").language("ur")
                .author("زاہد انور")
                .body("انہوں نے کہا: \"میں نے 'پاکستان زندہ باد' کا نعرہ سنا\" اور پھر واپس آئے۔\n\n"
                        + "- The US delegation \"led by Vance\" (4 members)\n- ایران کا وفد \"اعلیٰ سطح\"\n")
                .build("pdf", "epub");
        String epub;
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            StringBuilder all = new StringBuilder();
            for (var e : Collections.list(zip.entries())) {
                if (e.getName().endsWith(".xhtml")) {
                    all.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            epub = all.toString();
        }
        String pdf;
        try (PDDocument document = Loader.loadPDF(built.pdf().toFile())) {
            pdf = new PDFTextStripper().getText(document);
        }
        assertAll(
                () -> assertTrue(epub.contains("\u201Dمیں نے \u2019پاکستان زندہ باد\u2018 کا نعرہ سنا\u201C"), epub),
                () -> assertTrue(epub.contains("\u201Dپاکستان\u201C اقتباسات"), "the title: " + epub),
                () -> assertTrue(epub.contains("\u201Cled by Vance\u201D"), epub),
                () -> assertTrue(epub.contains("\u201Dاعلیٰ سطح\u201C"), epub),
                () -> assertTrue(pdf.contains("اعلیٰ سطح"), pdf),
                () -> assertFalse(pdf.contains("\u201Cاعلیٰ") || pdf.contains("\u201Cمیں"), "no English opening mark before Urdu: " + pdf),
                () -> assertTrue(pdf.contains("\u201Dمیں") || pdf.contains("میں\u201D"), pdf));
    }
}
