package org.imprint.pdf;

import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Finishes a laid-out PDF with PDFBox: Info dictionary and XMP metadata that agree exactly
 * (PDF/A requires it) and claim PDF/A-2u and, for a tagged document, PDF/UA-1; document
 * language; viewer settings (show the title, open with bookmarks); the document ID.
 *
 * <p>openhtmltopdf writes its own Info and XMP with the time of rendering; both are replaced
 * here, so that the same inputs give the same bytes.
 */
final class PdfFinisher {

    static final String CREATOR = "Imprint";
    static final String PRODUCER = CREATOR + " (openhtmltopdf, Apache PDFBox)";

    /**
     * @param tagged     whether the document has a structure tree and so claims PDF/UA-1
     * @param documentId the document's identity, derived from its content
     */
    void finish(PDDocument document, PdfMetadata meta, boolean tagged, DocumentId documentId) throws IOException {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(meta.date().toEpochMilli());
        String authors = meta.authorLine();
        String keywords = meta.keywordLine();

        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(meta.title());
        info.setAuthor(authors);
        info.setSubject(meta.subject());
        if (!keywords.isEmpty()) {
            info.setKeywords(keywords);
        }
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        document.setDocumentInformation(info);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(meta.language());
        catalog.setPageMode(PageMode.USE_OUTLINES);
        PDViewerPreferences prefs = catalog.getViewerPreferences();
        if (prefs == null) {
            prefs = new PDViewerPreferences(new COSDictionary());
            catalog.setViewerPreferences(prefs);
        }
        prefs.setDisplayDocTitle(true);
        if (!tagged) {
            // openhtmltopdf marks every PDF/A document as tagged; an untagged one must not claim it
            catalog.getCOSObject().removeItem(COSName.MARK_INFO);
        }

        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(XmpPacket.of(meta, authors, keywords, PRODUCER, CREATOR, documentId.uuid(), tagged));
        catalog.setMetadata(metadata);

        document.getDocument().setDocumentID(documentId.toCOSArray());
    }
}
