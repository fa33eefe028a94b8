package org.imprint.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Note calls set at the start of a line, read from a real PDF's glyph positions: a call is a
 * run of digits set smaller than the text around it and raised above its baseline; its line is
 * the larger glyphs whose baseline is at or a little below the call's. In left-to-right text the
 * call's first glyph must not be the leftmost of its line. A digit inside a link annotation to a
 * note ({@code /Contents} "Note N") is a call too, and starts its line when it stands alone on it.
 */
final class CallsAtLineStart {

    private CallsAtLineStart() {
    }

    /** Each call that starts a line: page, the call and the line's first words. */
    static List<String> in(Path pdf) throws IOException {
        List<String> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<TextPosition> glyphs = glyphs(document, page);
                List<PDRectangle> noteLinks = noteLinks(document.getPage(page - 1));
                for (int i = 0; i < glyphs.size(); i++) {
                    TextPosition g = glyphs.get(i);
                    boolean linked = inside(g, noteLinks, document.getPage(page - 1));
                    if (!(isCallStart(glyphs, i) || linked && isFirstLinked(glyphs, i, noteLinks, document.getPage(page - 1)))) {
                        continue;
                    }
                    List<TextPosition> line = lineOf(glyphs, g);
                    // a linked call alone on its line starts it
                    float left = (float) line.stream().mapToDouble(TextPosition::getXDirAdj).min().orElse(g.getXDirAdj());
                    if (g.getXDirAdj() <= left + 0.5f) {
                        StringBuilder words = new StringBuilder();
                        line.stream().sorted((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj())).limit(30)
                                .forEach(t -> words.append(t.getUnicode()));
                        found.add("page " + page + ": call " + g.getUnicode() + " before \"" + words + "\"");
                    }
                }
            }
        }
        return found;
    }

    /** The rectangles of the link annotations of a page that go to a note ({@code /Contents} "Note N"). */
    private static List<PDRectangle> noteLinks(PDPage page) throws IOException {
        List<PDRectangle> links = new ArrayList<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
            String contents = annotation.getContents();
            if (annotation instanceof PDAnnotationLink && contents != null && contents.startsWith("Note ")) {
                links.add(annotation.getRectangle());
            }
        }
        return links;
    }

    private static boolean inside(TextPosition g, List<PDRectangle> links, PDPage page) {
        float x = g.getXDirAdj() + g.getWidthDirAdj() / 2;
        float y = page.getMediaBox().getHeight() - g.getYDirAdj() + g.getHeightDir() / 2;
        return Character.isDigit(g.getUnicode().charAt(0)) && links.stream().anyMatch(r -> r.contains(x, y));
    }

    private static boolean isFirstLinked(List<TextPosition> glyphs, int i, List<PDRectangle> links, PDPage page) {
        return i == 0 || !inside(glyphs.get(i - 1), links, page)
                || Math.abs(glyphs.get(i - 1).getYDirAdj() - glyphs.get(i).getYDirAdj()) > 0.5f;
    }

    /** A digit set at under 85% of a nearby glyph's size, raised, and not preceded by another such digit. */
    private static boolean isCallStart(List<TextPosition> glyphs, int i) {
        TextPosition g = glyphs.get(i);
        if (!isSmallDigit(glyphs, g)) {
            return false;
        }
        if (i > 0) {
            TextPosition p = glyphs.get(i - 1);
            boolean sameCall = isSmallDigit(glyphs, p) && Math.abs(p.getYDirAdj() - g.getYDirAdj()) < 0.5f
                    && Math.abs(p.getXDirAdj() + p.getWidthDirAdj() - g.getXDirAdj()) < 1f;
            return !sameCall;
        }
        return true;
    }

    private static boolean isSmallDigit(List<TextPosition> glyphs, TextPosition g) {
        return g.getUnicode().length() == 1 && Character.isDigit(g.getUnicode().charAt(0)) && !lineOf(glyphs, g).isEmpty();
    }

    /** The glyphs at least 1/0.85 times the size of g whose baseline is from g's to 0.6 of their size below it. */
    private static List<TextPosition> lineOf(List<TextPosition> glyphs, TextPosition g) {
        List<TextPosition> line = new ArrayList<>();
        float size = g.getFontSizeInPt();
        for (TextPosition t : glyphs) {
            float drop = t.getYDirAdj() - g.getYDirAdj();   // y grows downwards
            if (t != g && t.getFontSizeInPt() * 0.85f > size && drop > 0.5f && drop < 0.6f * t.getFontSizeInPt()
                    && !t.getUnicode().isBlank()) {
                line.add(t);
            }
        }
        return line;
    }

    private static List<TextPosition> glyphs(PDDocument document, int page) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                all.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.writeText(document, new StringWriter());
        return all;
    }
}
