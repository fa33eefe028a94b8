package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.imprint.Reports;
import org.imprint.testing.TestReport;
import org.imprint.verify.VeraPdfAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;

/**
 * A note call stays on the line of the word it follows (issues 13 and 15). openhtmltopdf's
 * greedy breaker sets a call as a box of its own and, when it does not fit after its word, wraps
 * it alone to the next line; {@link ParagraphBreaking} chooses lines that keep the two together,
 * in justified and in flush-left paragraphs.
 */
class CallsWithTheirWordsTest {

    @TempDir
    Path dir;

    /**
     * The example's paragraph with a call after one word, at many measures: at some of them
     * greedy strands the call on a line after the first (checked, so the test cannot pass by
     * accident); steered, no line starts with a call, justified or flush left.
     */
    @Test
    void steeredLinesKeepEachCallWithItsWord() throws Exception {
        String text = paragraph();
        String[] words = text.split(" ");
        List<String> paragraphs = new ArrayList<>();
        for (String align : List.of("justify", "left")) {
            for (int width = 100; width <= 130; width += 2) {
                for (int k = 30; k < words.length - 10; k += 7) {
                    String[] w = words.clone();
                    w[k] = w[k] + "<sup class=\"note-ref\">" + (k % 90 + 10) + "</sup>";
                    // each text once in the document, or the line breaker could not tell it from another to steer it
                    String mark = "No. " + paragraphs.size();
                    paragraphs.add("<p style=\"width: " + width + "mm; text-align: " + align + "\">" + mark + ": "
                            + String.join(" ", w) + " (" + mark + ")</p>");
                }
            }
        }
        String html = "<html><head><style>@page { size: A3; margin: 10mm } body { font-size: 11pt }"
                + " .note-ref { font-size: 0.7em; vertical-align: super; line-height: 0 }</style></head><body>"
                + String.join("", paragraphs) + "</body></html>";
        SteeredBreaks steered = new SteeredBreaks();
        ParagraphBreaking lines = new ParagraphBreaking(steered, Locale.ENGLISH, false);
        List<String> greedy;
        try (PdfBoxRenderer first = renderer(html, steered)) {
            first.layout();
            greedy = strandedAfterFirstLine(first);
            lines.plan(first);
        }
        assertTrue(greedy.size() >= 2, "greedy strands calls after a paragraph's first line: " + greedy);
        try (PdfBoxRenderer second = renderer(html, steered)) {
            second.layout();
            assertEquals(List.of(), strandedAfterFirstLine(second), "greedy stranded " + greedy.size());
        }
    }

    /**
     * A flush-left report (the fieldstone brand): the example's paragraph fifty times, each with a
     * page-foot note's call after another word; greedy strands one of the calls (note 21, on
     * the paragraph's third line). The PDF has no call at a line start, and veraPDF still passes
     * it as PDF/A-2u and PDF/UA-1.
     */
    @Test
    void aReportSetsNoCallAtALineStart() throws Exception {
        String[] words = paragraph().split(" ");
        StringBuilder body = new StringBuilder();
        int calls = 50;
        for (int n = 1; n <= calls; n++) {
            String[] w = words.clone();
            w[24 + n] = w[24 + n] + "[^n" + n + "]";
            body.append(String.join(" ", w)).append("\n\n");
        }
        for (int n = 1; n <= calls; n++) {
            body.append("[^n").append(n).append("]: Note ").append(n).append(".\n");
        }
        Path pdf = TestReport.at(dir.resolve("calls")).brand("fieldstone").body(body.toString())
                .build(request -> request, "pdf").pdf();
        CallStarts.Result found = CallStarts.count(pdf);
        assertAll(
                () -> assertEquals(calls, found.calls(), found::toString),
                () -> assertEquals(List.of(), found.atStarts()),
                () -> VeraPdfAssertions.assertPdfAAndPdfUa(pdf));
    }

    private static PdfBoxRenderer renderer(String html, SteeredBreaks steered) {
        return new PdfRendererBuilder().useFastMode().withHtmlContent(html, "file:///")
                .useUnicodeLineBreaker(new ApostropheAwareLineBreaker(Locale.ENGLISH, false, steered)).buildPdfRenderer();
    }

    /** The lines after a paragraph's first whose first text is a call's, each as the call's number and the paragraph's width. */
    private static List<String> strandedAfterFirstLine(PdfBoxRenderer renderer) {
        List<String> found = new ArrayList<>();
        collect(renderer.getRootBox(), found);
        return found;
    }

    private static void collect(Box box, List<String> found) {
        if (box instanceof BlockBox block && block.getChildCount() > 1 && block.getChild(0) instanceof LineBox) {
            for (int i = 1; i < block.getChildCount(); i++) {
                InlineText first = firstText(block.getChild(i));
                if (first != null && first.getParent().getElement() != null
                        && "sup".equals(first.getParent().getElement().getTagName())) {
                    found.add(first.getSubstring() + " in " + block.getElement().getAttribute("style") + ", line " + (i + 1));
                }
            }
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), found);
        }
    }

    private static InlineText firstText(Box box) {
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof InlineText text && !text.getSubstring().isBlank()) {
                    return text;
                } else if (child instanceof Box inner) {
                    InlineText found = firstText(inner);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            InlineText found = firstText(box.getChild(i));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The example report's second long plain paragraph, its Markdown taken out. */
    private static String paragraph() throws Exception {
        String article = Files.readString(Reports.EXAMPLE.resolve("article.md"));
        String body = article.substring(article.indexOf("\n---", 4) + 4);
        List<String> found = body.lines()
                .filter(line -> line.length() > 500 && Character.isLetter(line.charAt(0)))
                .map(line -> line.replaceAll("\\[\\^[^\\]]*\\]|\\[@[^\\]]*\\]", "").replaceAll("[*_`]", "")
                        .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                .toList();
        assertTrue(found.size() >= 2, "the example has long paragraphs: " + found.size());
        return found.get(1);
    }
}
