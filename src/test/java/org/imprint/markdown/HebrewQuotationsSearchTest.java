package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@link HebrewQuotations} weighs the readings of a paragraph (cases of h19w): two readings
 * of equal cost were decided by a HashMap's order, not by the earlier mark's preference
 * ('צה"ל לא יסוג', ואז 'משאיות וכו'' closed the first quotation with a geresh and gave וכו' the
 * closing mark); five '…' and "…" quotations in a paragraph made more stacks than were kept, and
 * the whole paragraph fell back to the mark-by-mark rules ('פרק ב' בספר' printed ’פרק ב’ בספר׳);
 * each reading kept a copy of its stack, so that thousands of nested brackets took gigabytes.
 */
class HebrewQuotationsSearchTest {

    private static final SmartPunctuation HE = new SmartPunctuation("he");

    private static String set(String text) {
        return HE.markdown(text + "\n").strip();
    }

    /** Quotations '…' and "…" after a prefix, {@code n} of each, one after the other. */
    private static String quotations(int n) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < n; k++) {
            text.append("'שבת").append(k).append("' ו\"חג").append(k).append("\" ");
        }
        return text.toString();
    }

    private static String setQuotations(int n) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < n; k++) {
            text.append("\u2019שבת").append(k).append("\u2019 ו\u201Dחג").append(k).append("\u201D ");
        }
        return text.toString();
    }

    @Test
    void onEqualCostTheEarlierMarksPreferredReadingWins() {
        assertAll(
                () -> assertEquals("\u2019צה\u05F4ל לא יסוג\u2019, ואז \u2019משאיות וכו\u05F3\u2019.",
                        set("'צה\"ל לא יסוג', ואז 'משאיות וכו''.")),
                () -> assertEquals("\u2019הוא יסוג\u2019 ואז \u2019משאיות וכו\u05F3\u2019.", set("'הוא יסוג' ואז 'משאיות וכו''.")),
                () -> assertEquals("\u2019משאיות וכו\u05F3\u2019 ואז \u2019צה\u05F4ל לא יסוג\u2019.",
                        set("'משאיות וכו'' ואז 'צה\"ל לא יסוג'.")),
                () -> assertEquals("הדובר אמר: \u201Dהשר הודיע כי \u2019צה\u05F4ל לא יסוג\u2019, ואז הוסיף \u2019ראינו טנקים, משאיות וכו\u05F3\u2019\u201D ויצא.",
                        set("הדובר אמר: \"השר הודיע כי 'צה\"ל לא יסוג', ואז הוסיף 'ראינו טנקים, משאיות וכו''\" ויצא.")));
    }

    @Test
    void aParagraphOfManyQuotationsIsReadWhole() {
        String end = "והוא אמר 'פרק ב' בספר' ויצא.";
        String setEnd = "והוא אמר \u2019פרק ב\u05F3 בספר\u2019 ויצא.";
        assertAll(
                () -> assertEquals(setQuotations(5) + setEnd, set(quotations(5) + end)),
                () -> assertEquals(setQuotations(14) + setEnd, set(quotations(14) + end)),
                () -> assertEquals(setQuotations(150) + setEnd, set(quotations(150) + end)));
    }

    /**
     * Nine quotations open around thousands of nested brackets: read whole (each reading kept a
     * copy of its stack, brackets and all, and this took gigabytes).
     */
    @Test
    void thousandsOfNestedBracketsInsideOpenQuotations() {
        String open = "'שבת \"חג 'אב \"גד 'הו \"זח 'טי \"כל 'מנ ";
        String close = " מנ' כל\" טי' זח\" הו' גד\" אב' חג\" שבת' ו'פרק ב' בספר'.";
        String text = open + "(".repeat(8000) + "א" + ")".repeat(8000) + close;
        boolean[] editable = new boolean[text.length()];
        java.util.Arrays.fill(editable, true);
        HebrewQuotations.Role[] roles = HebrewQuotations.read(text, editable);
        StringBuilder read = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (roles != null && roles[i] != null) {
                read.append(roles[i].name().charAt(0));
            }
        }
        // nine open, nine close; then ו'פרק ב' בספר': open, geresh, close
        assertEquals("OOOOOOOOOCCCCCCCCCOGC", read.toString());
        String brackets = "(".repeat(300) + "א" + ")".repeat(300);
        assertEquals("\u2019שבת \u201Dחג " + brackets + " חג\u201D שבת\u2019 ו\u2019פרק ב\u05F3 בספר\u2019.",
                set("'שבת \"חג " + brackets + " חג\" שבת' ו'פרק ב' בספר'."));
        // a quotation inside brackets nested deeper than are followed is read as inside the deepest
        String deep = "(".repeat(40) + "ראו 'פרק ב' בספר'" + ")".repeat(40) + " ו'שבת'.";
        assertEquals("(".repeat(40) + "ראו \u2019פרק ב\u05F3 בספר\u2019" + ")".repeat(40) + " ו\u2019שבת\u2019.", set(deep));
    }

    /** The body, the PDF and the e-book read the marks alike. */
    @Test
    void everyOutputReadsTheMarksAlike(@TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("r")).out(dir.resolve("out")).title("Search").language("he")
                .body("הדובר אמר: \"השר הודיע כי 'צה\"ל לא יסוג', ואז הוסיף 'ראינו טנקים, משאיות וכו''\" ויצא.\n\n"
                        + "הוא אמר 'פרק ב' בספר' ויצא, " + quotations(6).strip() + ".\n")
                .build("pdf", "epub", "html");
        for (String text : built.editionTexts()) {
            assertAll(
                    () -> assertTrue(text.contains("לא יסוג\u2019, ואז"), text),
                    () -> assertTrue(text.contains("וכו\u05F3\u2019"), text),
                    () -> assertTrue(text.contains("\u2019פרק ב\u05F3 בספר\u2019"), text));
        }
    }
}
