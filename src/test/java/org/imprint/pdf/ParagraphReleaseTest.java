package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.imprint.Reports;
import org.junit.jupiter.api.Test;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * {@link ParagraphBreaking#release}: a steered paragraph that a later layout did not set in the
 * lines planned for it gets the break opportunities taken away for it back, so that the next
 * layout sets it greedily. The paragraphs are the example report's own, justified.
 */
class ParagraphReleaseTest {

    @Test
    void aSteeredParagraphNotSetAsPlannedGetsItsBreakPointsBack() throws Exception {
        String html = page(paragraphs());
        SteeredBreaks steered = new SteeredBreaks();
        ParagraphBreaking lines = new ParagraphBreaking(steered, Locale.ENGLISH, false);
        int planned;
        try (PdfBoxRenderer first = renderer(html, steered)) {
            first.layout();
            planned = lines.plan(first).steered();
        }
        int taken = steered.size();
        assertTrue(planned > 0 && taken > 0, "the example's paragraphs are steered: " + planned + " paragraphs, " + taken + " taken");

        // the same paragraphs at a narrower measure: no line comes out where the plan put it
        try (PdfBoxRenderer narrower = renderer(html.replace("width: 120mm", "width: 90mm"), steered)) {
            narrower.layout();
            assertEquals(planned, lines.release(narrower), "every steered paragraph is released");
        }
        assertTrue(steered.isEmpty(), "every opportunity taken away is given back: " + steered.size() + " left");
    }

    private static PdfBoxRenderer renderer(String html, SteeredBreaks steered) {
        return new PdfRendererBuilder().useFastMode().withHtmlContent(html, "file:///")
                .useUnicodeLineBreaker(new ApostropheAwareLineBreaker(Locale.ENGLISH, false, steered)).buildPdfRenderer();
    }

    private static String page(List<String> paragraphs) {
        return "<html><head><style>@page { size: A4; margin: 20mm } body { width: 120mm; font-size: 11pt; text-align: justify }"
                + "</style></head><body>"
                + paragraphs.stream().map(p -> "<p>" + p + "</p>").collect(Collectors.joining())
                + "</body></html>";
    }

    /** The example report's long plain paragraphs, their Markdown and notes taken out, escaped for HTML. */
    private static List<String> paragraphs() throws Exception {
        String article = Files.readString(Reports.EXAMPLE.resolve("article.md"));
        String body = article.substring(article.indexOf("\n---", 4) + 4);
        List<String> found = body.lines()
                .filter(line -> line.length() > 400 && Character.isLetter(line.charAt(0)))
                .map(line -> line.replaceAll("\\[\\^[^\\]]*\\]|\\[@[^\\]]*\\]", "").replaceAll("[*_`]", "")
                        .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                .limit(8)
                .toList();
        assertTrue(found.size() >= 4, "the example has long paragraphs: " + found.size());
        return found;
    }
}
