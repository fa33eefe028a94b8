package org.imprint.pdf;

import java.io.IOException;
import java.text.Normalizer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Text of a PDF as PDFBox reads it, with white space folded so phrases can be searched. */
final class PdfText {

    private PdfText() {
    }

    static String pages(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new SoftHyphenStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return fold(stripper.getText(document));
    }

    /** The number of the first page whose text (in drawing order) holds {@code phrase}, or 0. */
    static int firstPage(PDDocument document, String phrase) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(document).contains(phrase)) {
                return page;
            }
        }
        return 0;
    }

    static String all(PDDocument document) throws IOException {
        return pages(document, 1, document.getNumberOfPages());
    }

    /** The text of all pages without the running header ({@code header}) and page numbers. */
    static String withoutFurniture(PDDocument document, String header) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            String text = pages(document, page, page);
            if (text.startsWith(header)) {
                text = text.substring(header.length());
            }
            sb.append(text.replaceFirst(" " + page + "$", "")).append(' ');
        }
        return fold(sb.toString());
    }

    /**
     * Folds white space and ligatures (NFKC: "ﬂ" is "fl"), and rejoins what a line end split
     * after a hyphen or dash ("long- standing", "interests— collectively") or at a soft hyphen
     * ("promot\u00AD ing", which hyphenation broke: "promoting"). A soft hyphen before anything
     * else (a page number after a page's last line) stays, for the text of the next page to join.
     */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("\u00AD\\s*(?=\\p{Ll})", "")
                .replaceAll("\\s+", " ")
                .replaceAll("(?<=\\p{L})([-\u2014]) (?=\\p{Ll})", "$1")
                .strip();
    }
}
