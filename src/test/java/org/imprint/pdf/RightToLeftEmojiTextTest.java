package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An emoji in a right-to-left line reads back whole: PDFBox's text stripper reversed the line
 * one UTF-16 unit at a time and parted the emoji's surrogates ("یہ جملہ ہے ??"), until each
 * emoji drawn in a right-to-left run was given its text in a left-to-right override
 * ({@link ReorderedNumbers#pictures}). A real Urdu report, read back with PDFBox.
 */
class RightToLeftEmojiTextTest {

    @TempDir
    Path dir;

    @Test
    void eachPictureOfARunIsFoundWithItsText() {
        // "👍🏽" is one cluster of two characters; 𝑥 has a direction of its own and is left alone
        assertAll(
                () -> assertEquals(List.of(new ReorderedNumbers.Number(4, 5, "🎉")), ReorderedNumbers.pictures("روا 🎉 ہی")),
                () -> assertEquals(List.of(new ReorderedNumbers.Number(0, 2, "👍🏽"), new ReorderedNumbers.Number(2, 3, "🎊")),
                        ReorderedNumbers.pictures("👍🏽🎊")),
                () -> assertEquals(List.of(), ReorderedNumbers.pictures("روا 𝑥 ہی")));
    }

    @Test
    void pdfBoxReadsAnEmojiInAnUrduLineWhole() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("ur")).title("ایموجی").language("ur").author("زاہد انور")
                .body("یہ جملہ ہے 🎉 اور یہ دوسرا جملہ ہے۔\n\nیہ 👍🏽 اور 👨‍👩‍👧 خاندان ہے۔\n").build("pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(built.pdf().toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertAll(
                () -> assertTrue(text.contains("🎉"), text),
                () -> assertTrue(text.contains("👍🏽"), text),
                () -> assertTrue(text.contains("👨\u200D👩\u200D👧"), text),
                () -> assertFalse(text.contains("?"), text));
    }
}
