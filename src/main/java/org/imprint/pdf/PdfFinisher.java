package org.imprint.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Finishes a laid-out PDF with PDFBox: Info and XMP metadata, document language, and viewer
 * settings (show the title, open with bookmarks).
 */
final class PdfFinisher {

    static final String CREATOR = "Imprint";

    void finish(PDDocument document, PdfMetadata meta) throws IOException {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(meta.date().toEpochMilli());
        String authors = String.join(", ", meta.authors());
        String keywords = String.join(", ", meta.keywords());

        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(meta.title());
        info.setAuthor(authors);
        info.setSubject(meta.subject());
        info.setKeywords(keywords);
        info.setCreator(CREATOR);
        info.setProducer(CREATOR + " (openhtmltopdf, Apache PDFBox)");
        info.setCreationDate(date);
        info.setModificationDate(date);
        document.setDocumentInformation(info);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(meta.language());
        catalog.setPageMode(PageMode.USE_OUTLINES);
        PDViewerPreferences prefs = catalog.getViewerPreferences();
        if (prefs == null) {
            prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
            catalog.setViewerPreferences(prefs);
        }
        prefs.setDisplayDocTitle(true);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(meta.title());
        meta.authors().forEach(dc::addCreator);
        dc.addDate(date);
        dc.addLanguage(meta.language());
        meta.keywords().forEach(dc::addSubject);
        if (meta.subject() != null) {
            dc.setDescription(meta.subject());
        }
        dc.setFormat("application/pdf");
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setKeywords(keywords);
        pdf.setProducer(info.getProducer());
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(CREATOR);
        basic.setCreateDate(date);
        basic.setModifyDate(date);
        basic.setMetadataDate(date);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(bytes.toByteArray());
        catalog.setMetadata(metadata);
    }
}
