package org.imprint.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

import org.imprint.ReportException;
import org.imprint.brand.FontFace;
import org.imprint.model.Resources;

/**
 * Lays out the XHTML the layouts rendered and writes it as a PDF. Each engine declares what it
 * can do; {@link PdfOutput} checks a request against it before any work is done.
 */
public interface PdfEngine {

    /** The name {@code --engine} and a brand's {@code engine:} use. */
    String name();

    /** What this engine can do. */
    Set<PdfCapability> capabilities();

    /**
     * Writes a PDF.
     *
     * @param html      the complete document from the layouts
     * @param resources what the document may read (the report's checked images, nothing else)
     * @param fonts     the fonts to embed
     * @param meta      document metadata
     * @param options   tagged or not, and the bleed the layout was made with; only what
     *                  {@link #capabilities()} declares is asked for
     * @param out       where the PDF goes
     * @throws ReportException when the document cannot be laid out as written, e.g. an image the
     *                         engine could not use
     */
    void write(String html, Resources resources, List<FontFace> fonts, PdfMetadata meta, PdfOptions options,
               OutputStream out) throws ReportException, IOException;
}
