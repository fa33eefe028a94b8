package org.imprint.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

/**
 * Fourth stage, PDF: lays out the rendered XHTML with openhtmltopdf's PDFBox renderer, embeds
 * and subsets the brand's fonts, then finishes the file with PDFBox.
 *
 * <p>Every PDF is PDF/A-2u with an sRGB output intent. A tagged one (the screen profile) is also
 * PDF/UA-1; a print one gets TrimBox, BleedBox and crop marks. The same inputs give the same
 * bytes: dates come from the metadata and the document ID from the inputs.
 */
public final class PdfWriter implements PdfEngine {

    /** Diagnostics of a resource the engine refused or could not read. */
    private static final Set<String> LOST_RESOURCE = Set.of(
            "LOAD_RESOURCE_ACCESS_REJECTED",
            "EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI",
            "EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI_NOT_FOUND");

    private final PdfFinisher finisher = new PdfFinisher();
    private final FontCache fontCache = new FontCache();
    private final Hyphenators hyphenators = new Hyphenators();

    /** Writes a screen PDF: {@link #write(String, ResourceResolver, List, PdfMetadata, PdfOptions, OutputStream)} with {@link PdfOptions#SCREEN}. */
    public void write(String html, ResourceResolver resources, List<FontFace> fonts, PdfMetadata meta, OutputStream out)
            throws ReportException, IOException {
        write(html, resources, fonts, meta, PdfOptions.SCREEN, out);
    }

    @Override
    public void write(String html, ResourceResolver resources, List<FontFace> fonts, PdfMetadata meta, PdfOptions options,
                      OutputStream out) throws ReportException, IOException {
        String base = resources.baseUri();
        // The layouts write XHTML; parsing it as XML keeps openhtmltopdf's <bookmarks> in <head>.
        org.w3c.dom.Document dom = W3CDom.convert(Jsoup.parse(html, base, Parser.xmlParser()));
        if (options.tagged()) {
            LinkDescriptions.titleLinks(dom);
        }
        new SoftHyphens(hyphenators, options.hyphenation()).insert(dom);
        List<String> problems = new ArrayList<>();
        // the files the layout loads; sorted, so that the document ID does not depend on load order
        Set<Path> loaded = new TreeSet<>();

        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(dom, base)
                .withProducer(PdfFinisher.PRODUCER)
                .usePdfAConformance(PdfAConformance.PDFA_2_U)
                .usePdfUaAccessibility(options.tagged())
                .useColorProfile(SrgbProfile.bytes())
                .useUnicodeLineBreaker(new ApostropheAwareLineBreaker(Locale.forLanguageTag(meta.language())))
                .withDiagnosticConsumer(d -> {
                    if (LOST_RESOURCE.contains(d.getLogMessageId().toString())) {
                        problems.add(d.getFormattedMessage());
                    }
                })
                // Every resource is read through the resolver: the network and other files stay out of reach.
                .useExternalResourceAccessControl(
                        (uri, type) -> {
                            Optional<Path> file = resources.resolve(uri);
                            file.ifPresent(loaded::add);
                            return file.isPresent();
                        },
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useProtocolsStreamImplementation(uri -> new ResolvedStream(resources, uri), "file", "http", "https");
        PDDocument document = new PDDocument();
        builder.usePDDocument(document);
        for (FontFace face : fonts) {
            builder.useFont(fontCache.supplier(face.file(), document), face.family(), face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        try (document; PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            FigurePlacement.layout(renderer);
            renderer.createPDFWithoutClosing();
            if (!problems.isEmpty()) {
                // Images are checked before rendering; one the engine still could not use would
                // silently vanish from the page, so the build fails instead, before writing.
                throw new ReportException(resources.folder(), 0, "the PDF engine could not use a resource: " + problems.get(0));
            }
            if (options.tagged()) {
                FootnoteTags.apply(document, options.noteLabel());
                LinkDescriptions.describe(document);
            }
            if (options.bleedMm() > 0) {
                new PrintMarks(options.bleedMm()).apply(document);
            }
            finisher.finish(document, meta, options.tagged(), documentId(html, fonts, meta, options, loaded));
            document.save(out);
        } catch (RuntimeException e) {
            throw new ReportException(resources.folder(), 0, "the PDF engine failed: " + e.getMessage(), e);
        }
    }

    /** Everything that shapes the document: its markup, metadata, options, fonts and the files it loaded. */
    private static DocumentId documentId(String html, List<FontFace> fonts, PdfMetadata meta, PdfOptions options,
                                         Set<Path> loaded) throws IOException {
        DocumentId.Builder id = new DocumentId.Builder().add(html).add(meta.toString()).add(options.toString());
        for (FontFace face : fonts) {
            // name and size stand for the font file: hashing megabytes of fonts per build is not worth it
            id.add(face.family()).add(face.weight() + (face.italic() ? " italic" : " normal"))
                    .add(face.file().getFileName().toString()).add(Long.toString(Files.size(face.file())));
        }
        for (Path file : loaded) {
            id.add(file.getFileName().toString());
            if (Files.isRegularFile(file)) {
                id.add(Files.readAllBytes(file));
            }
        }
        return id.build();
    }
}
