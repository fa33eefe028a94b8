package org.imprint.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.ReportException;
import org.imprint.article.ResourceResolver;
import org.imprint.brand.FontFace;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Fourth stage, PDF: lays out the rendered XHTML with openhtmltopdf's PDFBox renderer, embeds
 * and subsets the brand's fonts, then finishes the file with PDFBox.
 */
public final class PdfWriter {

    /** Diagnostics of a resource the engine refused or could not read. */
    private static final Set<String> LOST_RESOURCE = Set.of(
            "LOAD_RESOURCE_ACCESS_REJECTED",
            "EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI",
            "EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI_NOT_FOUND");

    private final PdfFinisher finisher = new PdfFinisher();

    /**
     * Writes a PDF.
     *
     * @param html      the complete document from the layouts
     * @param resources what the document may read (the report's checked images, nothing else)
     * @param fonts     the fonts to embed
     * @param meta      document metadata
     * @param out       where the PDF goes
     */
    public void write(String html, ResourceResolver resources, List<FontFace> fonts, PdfMetadata meta, OutputStream out)
            throws ReportException, IOException {
        String base = resources.baseUri();
        // The layouts write XHTML; parsing it as XML keeps openhtmltopdf's <bookmarks> in <head>.
        org.w3c.dom.Document dom = W3CDom.convert(Jsoup.parse(html, base, Parser.xmlParser()));
        List<String> problems = new ArrayList<>();

        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(dom, base)
                .withProducer(PdfFinisher.CREATOR)
                .useUnicodeLineBreaker(new ApostropheAwareLineBreaker(Locale.forLanguageTag(meta.language())))
                .withDiagnosticConsumer(d -> {
                    if (LOST_RESOURCE.contains(d.getLogMessageId().toString())) {
                        problems.add(d.getFormattedMessage());
                    }
                })
                // Every resource is read through the resolver: the network and other files stay out of reach.
                .useExternalResourceAccessControl(
                        (uri, type) -> resources.resolve(uri).isPresent(),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useProtocolsStreamImplementation(uri -> new ResolvedStream(resources, uri), "file", "http", "https");
        for (FontFace face : fonts) {
            builder.useFont(face.file().toFile(), face.family(), face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            if (!problems.isEmpty()) {
                // Images are checked before rendering; one the engine still could not use would
                // silently vanish from the page, so the build fails instead, before writing.
                throw new ReportException(resources.folder(), 0, "the PDF engine could not use a resource: " + problems.get(0));
            }
            PDDocument document = renderer.getPdfDocument();
            finisher.finish(document, meta);
            document.save(out);
        } catch (RuntimeException e) {
            throw new ReportException(resources.folder(), 0, "the PDF engine failed: " + e.getMessage(), e);
        }
    }
}
