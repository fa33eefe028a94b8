package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The number of an item of a right-to-left list reads "995.", not ".995": openhtmltopdf draws it
 * as one string in visual order, the full stop first, and pdftotext, a screen reader or a copy
 * took that for its text. The drawn string is given its logical text as {@code /ActualText}; the
 * words of the list, and an English list's numbers (drawn in logical order), get none.
 */
class RightToLeftListMarkerTextTest {

    @Test
    void anUrduListsNumbersHaveTheirLogicalText(@TempDir Path dir) throws Exception {
        Path pdf = TestReport.at(dir.resolve("ur")).title("نمبر").language("ur").author("زاہد انور")
                .body("تعارف۔\n\n995. پہلا آئٹم\n996. دوسرا آئٹم .5\n\n<ol start=\"9\"><li>نو</li><li>دس</li></ol>\n")
                .build("pdf").pdf();
        assertEquals(List.of("995.", "996.", "9.", "10."), actualTexts(pdf));
        Path english = TestReport.at(dir.resolve("en")).body("Intro.\n\n995. first\n996. second\n").build("pdf").pdf();
        assertEquals(List.of(), actualTexts(english));
    }

    /**
     * A 120-item Urdu list over four pages (h19m rtl120): an item whose box began at a page's foot
     * and whose line went on to the next page had its number drawn on both pages, unseen outside
     * the first page's clip but read there: "34.", "74." and "114." were extracted twice. Each
     * number is drawn once, beside its item.
     */
    @Test
    void anUrduListBrokenOverPagesHasEachNumberOnce(@TempDir Path dir) throws Exception {
        StringBuilder body = new StringBuilder("تعارف۔\n\n");
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            body.append(i).append(". آئٹم نمبر ").append(i).append('\n');
            numbers.add(i + ".");
        }
        Path pdf = TestReport.at(dir.resolve("long")).title("ایک سو بیس").language("ur").author("Zahid Anwar")
                .body(body.toString()).build("pdf").pdf();
        assertEquals(numbers, actualTexts(pdf));
    }

    /**
     * An Urdu item opening with a Latin word (h19ac F10): the number's logical text was spread
     * over the spaces drawn between it and the item's text, touching "State", and PDFBox's text by
     * position read ".State Bank3 نے" (pdftotext "State Bank3. نے"). The spaces stay where they are
     * drawn and the number reads first, as the item's number, in the isolate a reordered number's
     * ActualText has (ReorderedNumbers.actualText; between right-to-left marks PDFBox reversed "12.").
     */
    @Test
    void anUrduItemOpeningWithALatinWordReadsItsNumberFirst(@TempDir Path dir) throws Exception {
        Path pdf = TestReport.at(dir.resolve("ur")).title("نمبر").language("ur").author("زاہد انور")
                .body("تعارف۔\n\n1. زرمبادلہ کے ذخائر\n2. روپے کی قدر\n3. State Bank نے شرح سود کم کی۔\n\nآخر۔\n\n12. 2023 میں ترقی\n")
                .build("pdf").pdf();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = java.text.Normalizer.normalize(stripper.getText(document), java.text.Normalizer.Form.NFKC).replaceAll("[\\s\u200E\u200F\u202A-\u202E\u2066-\u2069]", "");
            assertTrue(text.contains("3.StateBankنےشرحسودکمکی"), text);
            assertTrue(text.contains("1.زرمبادلہکےذخائر"), text);
            // a number of two digits read as written: between right-to-left marks PDFBox read "21." (fc21 R1)
            assertTrue(text.contains("12.2023میںترقی"), text);
        }
    }

    /** The ActualTexts of the list markers, in the order of the pages' content, without their spaces and marks. */
    private static List<String> actualTexts(Path pdf) throws Exception {
        // a marker's opens with the spaces drawn before its stop; a drawn soft hyphen's (DrawnHyphens)
        // is no list's, nor a number's own (ReorderedNumbers: ".5" drawn "5.", in an override)
        return RightToLeftNumbersTextTest.actualTexts(pdf).stream()
                .filter(text -> !text.isEmpty() && Character.isWhitespace(text.charAt(0)))
                .map(text -> text.replaceAll("[\\s\u200F\u202A-\u202E\u2066-\u2069]", "")).toList();
    }
}
