package org.imprint.golden;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF as reviewable text: the page count, the document information, the bookmarks with their
 * pages, and the text of each page as PDFBox extracts it (by position; ligature characters and
 * line breaks kept, as a reader copying the text would get them).
 */
final class PdfSnapshot {

    private PdfSnapshot() {
    }

    static String of(PDDocument pdf) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("pages: ").append(pdf.getNumberOfPages()).append('\n');
        PDDocumentInformation info = pdf.getDocumentInformation();
        for (String key : List.of("Title", "Author", "Subject", "Keywords")) {
            out.append(key.toLowerCase(Locale.ROOT)).append(": ").append(info.getCustomMetadataValue(key)).append('\n');
        }
        out.append("language: ").append(pdf.getDocumentCatalog().getLanguage()).append('\n');
        out.append("bookmarks:\n");
        if (pdf.getDocumentCatalog().getDocumentOutline() != null) {
            bookmarks(pdf, pdf.getDocumentCatalog().getDocumentOutline(), "  ", out);
        }
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        stripper.setPageEnd("");
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            PDRectangle box = pdf.getPage(page - 1).getMediaBox();
            out.append(String.format(Locale.ROOT, "\n=== page %d (%.1f x %.1f pt) ===\n", page, box.getWidth(), box.getHeight()));
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            out.append(stripper.getText(pdf).stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static void bookmarks(PDDocument pdf, PDOutlineNode node, String indent, StringBuilder out) throws IOException {
        for (PDOutlineItem item : node.children()) {
            PDPage target = item.findDestinationPage(pdf);
            int page = target == null ? -1 : pdf.getPages().indexOf(target) + 1;
            out.append(indent).append(item.getTitle()).append(" -> page ").append(page).append('\n');
            bookmarks(pdf, item, indent + "  ", out);
        }
    }
}
