package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * A title too long for the running head is cut at a word (issue 19). Thai writes no spaces
 * between words: cut at the last space, a Thai title of 166 characters was cut inside the word
 * "ความเห็น" ("…ความเห็…"); ICU's dictionary finds its words. A quotation the cut falls in is
 * closed after the ellipsis: the head lost the quotation's closing mark.
 */
class RunningHeadCutPdfTest {

    private static final String TITLE = "การค้าชายแดนระหว่างปากีสถานและอิหร่านโครงการพลังงานข้อพิพาทเรื่องน้ำและความมั่นคงในภูมิภาค"
            + "การทบทวนอย่างละเอียดรวมถึงถ้อยแถลงของรัฐบาลทั้งสองและความเห็นของผู้เชี่ยวชาญ"
            // more than the head's 150 columns of letters, their vowel and tone marks counting none (WordCut)
            + "ข้อเสนอแนะสำหรับนโยบายการค้าและการลงทุนในอนาคตของทั้งสองประเทศ";

    @TempDir
    Path dir;

    @Test
    void aThaiTitleIsCutBetweenWords() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("th")).language("ur").title(TITLE)
                .body("متن۔\n\nمزید متن۔\n").build("pdf");
        String page;
        try (PDDocument pdf = Loader.loadPDF(built.pdf().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            page = stripper.getText(pdf).replaceAll("\\s", "");
        }
        int ellipsis = page.indexOf('\u2026');
        assertTrue(ellipsis > 0, page);
        // the head's text before the ellipsis: the end of the title's second line
        String before = page.substring(0, ellipsis);
        int start = before.lastIndexOf("RCASCOMMENTARY") + "RCASCOMMENTARY".length();
        String tail = before.substring(start);
        int cut = TITLE.indexOf(tail) + tail.length();
        assertTrue(TITLE.indexOf(tail) > 0, "not the title's text: " + tail);
        BreakIterator lines = BreakIterator.getLineInstance(ULocale.forLanguageTag("th"));
        lines.setText(TITLE);
        assertTrue(lines.isBoundary(cut), "cut inside a word: …" + TITLE.substring(cut - 10, cut) + "|" + TITLE.substring(cut, cut + 5));
    }

    @Test
    void aCutQuotationIsClosedAfterTheEllipsis() throws Exception {
        String title = "پاکستان اور ایران کے درمیان سرحدی تجارت، توانائی کے منصوبے اور پانی کے تنازعات پر ایک جائزہ"
                + " جس میں ماہرین کی آراء اور “Peace now and forever in the border towns”";
        TestReport.Built built = TestReport.at(dir.resolve("quote")).language("ur").title(title)
                .body("متن۔\n\nمزید متن۔\n").build("pdf");
        String page = pageText(built.pdf(), 2);
        assertTrue(page.contains("“Peace now and forever in the\u2026”"), page);
    }

    private static String pageText(Path pdf, int number) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            return stripper.getText(document);
        }
    }
}
