package org.imprint.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.ReportException;
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

    private final PdfFinisher finisher = new PdfFinisher();
    private final FontCache fontCache = new FontCache();

    /**
     * Writes a PDF.
     *
     * @param html      the complete document from the layouts
     * @param resources the folder relative resources (figures) resolve against; nothing outside
     *                  it may be read
     * @param fonts     the fonts to embed
     * @param meta      document metadata
     * @param out       where the PDF goes
     */
    public void write(String html, Path resources, List<FontFace> fonts, PdfMetadata meta, OutputStream out)
            throws ReportException, IOException {
        String base = resources.toUri().toString();
        // The layouts write XHTML; parsing it as XML keeps openhtmltopdf's <bookmarks> in <head>.
        org.w3c.dom.Document dom = W3CDom.convert(Jsoup.parse(html, base, Parser.xmlParser()));
        List<String> problems = new ArrayList<>();

        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(dom, base)
                .withProducer(PdfFinisher.CREATOR)
                .useUnicodeLineBreaker(new ApostropheAwareLineBreaker(Locale.forLanguageTag(meta.language())))
                .withDiagnosticConsumer(d -> {
                    if (d.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                        problems.add(d.getFormattedMessage());
                    }
                })
                .useExternalResourceAccessControl(
                        (uri, type) -> ResourcePolicy.allows(uri, resources),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        PDDocument document = new PDDocument();
        builder.usePDDocument(document);
        for (FontFace face : fonts) {
            builder.useFont(fontCache.supplier(face.file(), document), face.family(), face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        try (document; PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            finisher.finish(document, meta);
            document.save(out);
        } catch (RuntimeException e) {
            throw new ReportException(resources, 0, "the PDF engine failed: " + e.getMessage(), e);
        }
    }
}
