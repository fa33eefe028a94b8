package org.imprint.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Narrows each link annotation to the words of its description, leaving out the marks at its
 * edges that are not the link's: for openhtmltopdf, {@link EdgeJoins} moves the brackets and
 * punctuation touching a citation's link into it (so that no line ends with "(" or starts with
 * ")."), and the annotation's box then took them in, "(Lee, 2019;" and "Novak, 2020)." for
 * "(Lee, 2019; Novak, 2020).", where the e-book and the web edition link "Lee, 2019" and
 * "Novak, 2020". The text under the box is read from the page; where it is the description with
 * only marks (no letter, digit or space) before or after it, the box is cut to the description's
 * first and last glyph (the description's ASCII marks must read the same; its other characters
 * only count). A link split over two lines is cut piece by piece (the first piece's head, the
 * last one's tail). Any other text under a box (a hyphenated word, a right-to-left line) is left
 * as laid out, and so is the tagged text: the Link structure element still holds the marks, its
 * description does not.
 */
final class LinkAnnotationEdges {

    /** How far inside the last glyph's end the box stops, so that readers take no glyph after it. */
    private static final float INSET = 0.05f;

    private LinkAnnotationEdges() {
    }

    /** Narrows every described link annotation of {@code document}; after {@link LinkDescriptions#describe}. */
    static void apply(PDDocument document) throws IOException {
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() != null && !link.getContents().isBlank()
                        && link.getRectangle() != null) {
                    links.add(link);
                }
            }
            if (links.isEmpty()) {
                continue;
            }
            List<TextPosition> glyphs = glyphs(document, number);
            for (PDAnnotationLink link : links) {
                narrow(link, glyphs);
            }
        }
    }

    /** The page's glyphs, in the order they are drawn. */
    private static List<TextPosition> glyphs(PDDocument document, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return glyphs;
    }

    private static void narrow(PDAnnotationLink link, List<TextPosition> glyphs) {
        PDRectangle box = link.getRectangle();
        List<TextPosition> under = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
            float x = glyph.getTextMatrix().getTranslateX();
            float y = glyph.getTextMatrix().getTranslateY();
            float middle = x + glyph.getWidthDirAdj() / 2;
            if (middle > box.getLowerLeftX() && middle < box.getUpperRightX() && y >= box.getLowerLeftY() && y <= box.getUpperRightY()
                    && !glyph.getUnicode().isBlank()) {
                under.add(glyph);
                for (int i = 0; i < glyph.getUnicode().length(); i++) {
                    text.append(glyph.getUnicode().charAt(i));
                    owner.add(under.size() - 1);
                }
            }
        }
        if (under.isEmpty()) {
            return;
        }
        // left to right only: a glyph drawn left of the one before means another order
        for (int i = 1; i < under.size(); i++) {
            if (under.get(i).getTextMatrix().getTranslateX() < under.get(i - 1).getTextMatrix().getTranslateX()) {
                return;
            }
        }
        String words = link.getContents().replaceAll("\\s+", "");
        String seen = text.toString();
        // the fewest marks off the head, then off the tail, that leave the description or a piece of it
        int heads = 0;
        while (heads < seen.length() && mark(seen.charAt(heads))) {
            heads++;
        }
        int tails = 0;
        while (tails < seen.length() && mark(seen.charAt(seen.length() - 1 - tails))) {
            tails++;
        }
        int from = -1;
        int to = -1;
        for (int f = 0; f <= heads && from < 0; f++) {
            for (int t = seen.length(); t >= seen.length() - tails && t > f; t--) {
                if (fits(seen.substring(f, t), words)) {
                    from = f;
                    to = t;
                    break;
                }
            }
        }
        if (from < 0 || from == 0 && to == seen.length()) {
            return;
        }
        TextPosition first = under.get(owner.get(from));
        TextPosition last = under.get(owner.get(to - 1));
        float left = first.getTextMatrix().getTranslateX();
        float right = last.getTextMatrix().getTranslateX() + last.getWidthDirAdj() - INSET;
        if (right <= left) {
            return;
        }
        box.setLowerLeftX(Math.max(box.getLowerLeftX(), left));
        box.setUpperRightX(Math.min(box.getUpperRightX(), right));
        link.setRectangle(box);
        link.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.getPDFName("QuadPoints"));
    }

    /** Whether a piece of a link's text is its description, or its head or tail (a link split over two lines). */
    private static boolean fits(String piece, String words) {
        return piece.length() <= words.length() && (same(piece, words, 0) || same(piece, words, words.length() - piece.length()));
    }

    /**
     * Whether the piece reads as the words from {@code at}: each ASCII mark the same; a letter or
     * digit, or another character, of the words any glyph but an ASCII mark (before the PDF is
     * saved, PDFBox reads some glyphs of a font subset not yet written by their names: "ı" as "›").
     */
    private static boolean same(String piece, String words, int at) {
        for (int i = 0; i < piece.length(); i++) {
            char w = words.charAt(at + i);
            char p = piece.charAt(i);
            if (w != p && (asciiMark(w) || asciiMark(p))) {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiMark(char c) {
        return c < 0x80 && !Character.isLetterOrDigit(c);
    }

    /** A mark that may touch a link: anything but a letter, a digit or a space. */
    private static boolean mark(char c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }
}
