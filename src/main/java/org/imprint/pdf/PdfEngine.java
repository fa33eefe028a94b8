package org.imprint.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.imprint.ReportException;
import org.imprint.article.ResourceResolver;
import org.imprint.brand.FontFace;

/** Lays out the XHTML the layouts rendered and writes it as a PDF. */
public interface PdfEngine {

    /**
     * Writes a PDF.
     *
     * @param html      the complete document from the layouts
     * @param resources what the document may read (the report's checked images, nothing else)
     * @param fonts     the fonts to embed
     * @param meta      document metadata
     * @param options   tagged or not, and the bleed the layout was made with
     * @param out       where the PDF goes
     * @throws ReportException when the document cannot be laid out as written, e.g. an image the
     *                         engine could not use
     */
    void write(String html, ResourceResolver resources, List<FontFace> fonts, PdfMetadata meta, PdfOptions options,
               OutputStream out) throws ReportException, IOException;
}
