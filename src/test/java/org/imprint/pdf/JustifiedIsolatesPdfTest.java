package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.imprint.verify.VeraPdfAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Isolated quotations and numbers in justified right-to-left lines are drawn where the line's
 * justification puts them: no glyph over its neighbour, the space beside the quotation as wide as
 * the line's other word spaces (openhtmltopdf 1.1.31 moved an element's texts left by what
 * justification gave the element twice: in an Urdu line "(2026)" overlapped its closing ” by 2 pt,
 * and an Arabic line had a 10 pt gap where its other spaces were 3 pt). And no PDF of the scripts
 * draws a glyph for a bidirectional format character (a U+2069 was drawn after an Arabic quotation
 * in an English line).
 */
class JustifiedIsolatesPdfTest {

    private static final String URDU = "وزیر خزانہ نے کہا \"ہم نے 'IMF' سے 3 ارب ڈالر لیے\" اور پھر https://finance.gov.pk/budget?y=2026"
            + " پر رپورٹ شائع کی۔ شرح نمو 3.5% رہی (2025: 2.4%) اور مہنگائی [12.3%] تک گر گئی۔ \"The economy is stabilising"
            + " (2026)\" انہوں نے کہا۔ یہ ایک لمبی سطر ہے تاکہ پیراگراف کئی سطروں میں ٹوٹے اور اقتباس کے نشان سطر کے آخر میں یا"
            + " شروع میں آ سکیں \"اقتباس\" \"دوسرا\" \"تیسرا اقتباس یہاں\" اور \"چوتھا\"۔";
    private static final String ARABIC = "قال الوزير \"نحن نريد 'السلام' الآن\" ثم أضاف \"We want peace (2026)\" في 3 مناسبات."
            + " النمو 3.5% والتضخم [12.3%] حسب https://example.org/ar?x=1 والأرقام ١٢٣ و۴۵۶. لا إله إلا الله، الله أكبر، لله الحمد.";
    private static final String ENGLISH = "The minister said \"ہم امن چاہتے ہیں\" — 3 times, then he left at 10:30."
            + " The Arabic daily wrote \"السلام عليكم 2026\" [1] and the Hebrew paper \"שלום עכשיו (2025)\" on page 12,"
            + " and \u200Fthe marks\u200E \u202Bstay\u202C \u2067unseen\u2069.";

    @TempDir
    static Path dir;
    static Path urdu;
    static Path arabic;
    static Path english;

    @BeforeAll
    static void build() throws Exception {
        urdu = TestReport.at(dir.resolve("ur")).title("معیشت").language("ur").author("زاہد انور").body("## تعارف <span lang=\"en\">Introduction</span>\n\n" + URDU + "\n").build("pdf").pdf();
        arabic = TestReport.at(dir.resolve("ar")).title("تقرير").language("ar").author("أحمد علي").body("## مقدمة <span lang=\"en\">Introduction</span>\n\n" + ARABIC + "\n").build("pdf").pdf();
        english = TestReport.at(dir.resolve("en")).title("Quotes").body(ENGLISH + "\n").build("pdf").pdf();
    }

    @Test
    void anIsolatedEnglishQuotationInAJustifiedUrduLineSitsInItsSpace() throws IOException {
        assertSpacedAsItsLine(urdu, "economy is stabilising");
        assertSpacedAsItsLine(urdu, "IMF");
    }

    @Test
    void anIsolatedEnglishQuotationInAJustifiedArabicLineSitsInItsSpace() throws IOException {
        assertSpacedAsItsLine(arabic, "We want peace");
    }

    /**
     * On the line of {@code word}: no two visible glyphs overlap, letters without a space between
     * them stand together, and every word space (from the glyph before a space to the glyph after
     * it) is as wide as the line's narrowest, within 0.6 pt: the line is justified, so its spaces
     * are one width, but for the Naskh face's space being narrower than Noto Serif's (0.4 pt as
     * PDFBox rounds the advances; the gap before "https" in the Urdu line, a Noto Serif space,
     * measured 0.50 pt wider than a Naskh one once this session's script fixes were merged).
     */
    private static void assertSpacedAsItsLine(Path pdf, String word) throws IOException {
        List<Glyph> glyphs = PdfGlyphs.read(pdf);
        Glyph at = PdfGlyphs.find(glyphs, word).orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, at, 2f);
        String drawn = describe(line);
        List<Float> spaces = new ArrayList<>();
        List<String> faults = new ArrayList<>();
        Glyph before = null;
        boolean spaced = false;
        for (Glyph g : line) {
            if (g.blank()) {
                spaced = true;
                continue;
            }
            if (g.width() < 0.5f || Character.getType(g.text().codePointAt(0)) == Character.NON_SPACING_MARK) {
                continue;  // a mark sits on its letter
            }
            if (before != null) {
                float gap = g.x() - before.right();
                if (gap < -0.3f) {
                    faults.add(before.text() + " overlaps " + g.text() + " by " + -gap);
                } else if (spaced) {
                    spaces.add(gap);
                } else if (gap > 0.5f) {
                    faults.add(before.text() + " and " + g.text() + " stand " + gap + " apart with no space between");
                }
            }
            before = g;
            spaced = false;
        }
        float narrowest = spaces.stream().min(Float::compare).orElseThrow(() -> new AssertionError(drawn));
        for (float space : spaces) {
            if (space > narrowest + 0.6f) {
                faults.add("a word space of " + space + " pt where the narrowest is " + narrowest);
            }
        }
        assertEquals(List.of(), faults, drawn);
    }

    private static String describe(List<Glyph> line) {
        StringBuilder text = new StringBuilder();
        line.forEach(g -> text.append(String.format("%s@%.1f+%.1f ", g.text(), g.x(), g.width())));
        return text.toString();
    }

    /** Every glyph of these reports and of the scripts' test reports, with its text. */
    @Test
    void noFormatCharacterIsDrawn() throws Exception {
        List<Path> pdfs = new ArrayList<>(List.of(urdu, arabic, english));
        Imprint imprint = new Imprint(Reports.HOME);
        for (Path report : List.of(ScriptsPdfTest.QUOTING, ScriptsPdfTest.SCRIPTS, ScriptsPdfTest.URDU)) {
            pdfs.addAll(imprint.build(BuildRequest.of(report).out(dir.resolve("reports")).formats("pdf").build()));
        }
        List<String> drawn = new ArrayList<>();
        for (Path pdf : pdfs) {
            for (Glyph g : PdfGlyphs.read(pdf)) {
                if (g.text().chars().anyMatch(JustifiedIsolatesPdfTest::format)) {
                    drawn.add(String.format("%s page %d: U+%04X at %.1f, %.1f in %s", pdf.getFileName(), g.page(),
                            g.text().chars().filter(JustifiedIsolatesPdfTest::format).findFirst().getAsInt(), g.x(), g.y(), g.baseFont()));
                }
            }
        }
        assertEquals(List.of(), drawn);
    }

    /** LRM, RLM, the embeddings and overrides, the isolates. */
    private static boolean format(int c) {
        return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    @Test
    void theMarkedWordsStillRead() throws IOException {
        String text = PdfGlyphs.text(PdfGlyphs.read(english));
        assertAll(
                () -> assertTrue(text.contains("the marks"), text),
                () -> assertTrue(text.contains("stay"), text),
                () -> assertTrue(text.contains("unseen"), text),
                () -> assertFalse(text.contains("#"), text));
    }

    @Test
    void theOutputsPassTheirChecks() throws Exception {
        VeraPdfAssertions.assertPdfAAndPdfUa(urdu);
        VeraPdfAssertions.assertPdfAAndPdfUa(arabic);
        VeraPdfAssertions.assertPdfAAndPdfUa(english);
    }
}
