package org.imprint.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.imprint.ReportException;
import org.imprint.brand.FontFace;
import org.imprint.fonts.ComplexScripts;
import org.imprint.fonts.FontService;
import org.imprint.model.ImageAsset;
import org.imprint.model.Resources;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
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
public final class PdfBoxEngine implements PdfEngine {

    /** Diagnostics of a resource the engine refused or could not read. */
    private static final Set<String> LOST_RESOURCE = Set.of(
            "LOAD_RESOURCE_ACCESS_REJECTED",
            "EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI",
            "EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI_NOT_FOUND");

    private final PdfFinisher finisher = new PdfFinisher();
    private final JdkXslt xslt = new JdkXslt();
    private final Hyphenators hyphenators = new Hyphenators();
    private final FontService fontService;

    /** @param fonts parses the brands' fonts, once per service */
    public PdfBoxEngine(FontService fonts) {
        this.fontService = fonts;
    }

    @Override
    public String name() {
        return "pdfbox";
    }

    @Override
    public Set<PdfCapability> capabilities() {
        return EnumSet.of(PdfCapability.PDF_A, PdfCapability.TAGGED, PdfCapability.PAGE_FOOT_NOTES,
                PdfCapability.PRINT_MARKS, PdfCapability.TRUETYPE_FONTS, PdfCapability.SVG_IMAGES,
                PdfCapability.COMPLEX_SCRIPTS, PdfCapability.LIST_NUMBER_ROOM, PdfCapability.EMOJI_SEQUENCES);
    }

    @Override
    public void write(String html, Resources resources, List<FontFace> fonts, PdfMetadata meta, PdfOptions options,
                      OutputStream out) throws ReportException, IOException {
        String base = resources.baseUri();
        // The layouts write XHTML; parsing it as XML keeps openhtmltopdf's <bookmarks> in <head>.
        org.w3c.dom.Document dom = W3CDom.convert(Jsoup.parse(html, base, Parser.xmlParser()));
        if (options.tagged()) {
            LinkDescriptions.titleLinks(dom);
        }
        QuoteElements.apply(dom);
        QuotationGlue.apply(dom);
        ListTypeStyles.apply(dom);
        BdiIsolates.apply(dom);
        IsolateSpans.apply(dom);
        if (!options.scriptFamilies().isEmpty()) {
            new GlyphFallback(fontService, options.scriptFamilies()).apply(dom, fonts);
        }
        ClosingPunctuationGlue.apply(dom);
        EdgeJoins.apply(dom, EdgeJoins.Citations.MARKS_INTO_LINK);
        new SoftHyphens(hyphenators, options.hyphenation()).insert(dom);
        TableColumns.mark(dom);
        List<String> problems = new ArrayList<>();
        // the images the layout loads; sorted, so that the document ID does not depend on load order
        Map<String, ImageAsset> loaded = new TreeMap<>();

        Locale locale = Locale.forLanguageTag(meta.language());
        boolean dictionary = ComplexScripts.withoutSpaces(html);
        SteeredBreaks steered = new SteeredBreaks();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(dom, base)
                .withProducer(PdfFinisher.PRODUCER)
                .usePdfAConformance(PdfAConformance.PDFA_2_U)
                .usePdfUaAccessibility(options.tagged())
                .useColorProfile(SrgbProfile.bytes())
                .useUnicodeLineBreaker(new ApostropheAwareLineBreaker(locale, dictionary, steered))
                .withDiagnosticConsumer(d -> {
                    if (LOST_RESOURCE.contains(d.getLogMessageId().toString())) {
                        problems.add(d.getFormattedMessage());
                    }
                })
                // Every resource is read through the resolver: the network and other files stay out of reach.
                .useExternalResourceAccessControl(
                        (uri, type) -> {
                            Optional<ImageAsset> image = resources.resolve(uri);
                            image.ifPresent(i -> loaded.put(i.href(), i));
                            return image.isPresent();
                        },
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useProtocolsStreamImplementation(uri -> new ResolvedStream(resources, uri), "file", "http", "https");
        if (resources.images().stream().anyMatch(i -> i.mediaType().equals("image/svg+xml"))) {
            // SVG figures and charts (cleaned when loaded) as vector graphics whose words are text
            builder.useSVGDrawer(new TextKeepingSvgDrawer(fonts));
        }
        RightToLeftTables mirrored = RightToLeftTables.mirror(dom);
        DrawnDirection drawnDirection = new DrawnDirection(new ArabicShaper());
        if (ComplexScripts.hasRightToLeft(html)) {
            DirectionStyles.apply(dom);
            // a word whose letters an element's edge parts (پاک<b>ستان</b>) is joined across it
            JoinsAcrossElements.apply(dom);
            // The Unicode bidirectional algorithm, and Arabic-script letters joined. Only where
            // there is right-to-left text. With it on, openhtmltopdf 1.1.31 fails on a page-foot
            // note whose box holds inline text (the box it makes for the note body has an element
            // made after its bidi pass, which has no paragraph for it): the brands' notes are
            // display: block, so the body holds the note's own block, which has one.
            builder.useUnicodeBidiSplitter(BidiRuns.FACTORY).useUnicodeBidiReorderer(drawnDirection);
        }
        PDDocument document = new PDDocument();
        builder.usePDDocument(document);
        // the fonts the layout loads whose text is shaped: the layout measures their words shaped,
        // and IndicShaping draws them so
        ShapedFaces shaped = new ShapedFaces(fontService);
        for (FontFace face : fonts) {
            builder.useFont(supplier(face.file(), document, shaped), face.family(), face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        try (document; PdfBoxRenderer renderer = FigurePlacement.layout(() -> ShapedMeasure.install(builder.buildPdfRenderer(), shaped),
                new ParagraphBreaking(steered, locale, dictionary, options.hyphenation().maxConsecutive()))) {
            List<PageFootNoteCheck.Misplaced> misplaced = PageFootNoteCheck.misplaced(renderer);
            if (!misplaced.isEmpty()) {
                throw new NotesOffTheirPage(misplaced);
            }
            // an item that opens with a figure: its marker at its top, in either direction
            ListMarkerTops.apply(renderer.getRootBox(), renderer.getSharedContext().newLayoutContextInstance());
            if (ComplexScripts.hasRightToLeft(html)) {
                RightToLeftJustification.apply(renderer.getRootBox());
                RightToLeftListMarkers.apply(renderer.getRootBox(), renderer.getSharedContext().newLayoutContextInstance());
                // a left-to-right item that opens with a code block, a quotation or a right-to-left line:
                // its marker at its edge, outside the box
                LeftToRightListMarkers.apply(renderer.getRootBox(), renderer.getSharedContext().newLayoutContextInstance());
                VisualLineOrder.apply(renderer.getRootBox());
                // a page-foot note of the other direction than its article: its number on the article's side
                NoteNumberSides.apply(renderer.getRootBox());
                // the running head and the page number are laid out per page, apart from the root box
                for (com.openhtmltopdf.render.BlockBox margin : PageMarginBoxes.of(renderer.getRootBox())) {
                    RightToLeftJustification.apply(margin);
                    VisualLineOrder.apply(margin);
                }
            } else {
                LeftToRightListMarkers.apply(renderer.getRootBox(), renderer.getSharedContext().newLayoutContextInstance());
            }
            // links, bookmarks and page references open the page of their target's first line
            PushedTargets.anchorAtText(renderer);
            // the hyphen drawn at a soft hyphen's break reads as U+00AD (DrawnHyphens, after drawing)
            // and a right-to-left list's number reads "995.", not ".995" (ListMarkerText)
            // and a number reordered in a right-to-left run reads as written, "45-47", not "47-45" (ReorderedNumbers)
            ReorderedNumbers numbers = new ReorderedNumbers(renderer.getSharedContext().getTextRenderer(), drawnDirection);
            renderer.getSharedContext().setTextRenderer(ListMarkerText.around(
                    new HyphenMarking(numbers), renderer.getRootBox(), document));
            xslt.run(renderer::createPDFWithoutClosing);
            DrawnHyphens.apply(document);
            ListMarkerText.apply(document);
            numbers.apply(document);
            if (options.tagged()) {
                mirrored.restoreOrder(renderer.getRootBox());
            }
            if (!problems.isEmpty()) {
                // Images are checked before rendering; one the engine still could not use would
                // silently vanish from the page, so the build fails instead, before writing.
                throw new ReportException(resources.folder(), 0, "the PDF engine could not use a resource: " + problems.get(0));
            }
            // PDF/A forbids interpolated images; the SVG drawer makes them for filters and masks
            NoInterpolation.apply(document);
            ShapedToUnicode saving = IndicShaping.apply(document, shaped)
                    .withArabic(ComplexScripts.hasRightToLeft(html) && html.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x08FF));
            EmptyLinkAnnotations.remove(document);
            if (options.tagged()) {
                FootnoteTags.apply(document, options.noteLabel());
                LinkDescriptions.describe(document);
                // the marks EdgeJoins moved into a citation's link are no part of its box
                LinkAnnotationEdges.apply(document);
            }
            if (options.bleedMm() > 0) {
                new PrintMarks(options.bleedMm()).apply(document);
            }
            finisher.finish(document, meta, options.tagged(), documentId(html, fonts, meta, options, loaded.values()));
            saving.save(document, out);
        } catch (NotesOffTheirPage e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ReportException(resources.folder(), 0, "the PDF engine failed: " + e.getMessage(), e);
        }
    }

    /** Everything that shapes the document: its markup, metadata, options, fonts and the files it loaded. */
    private static DocumentId documentId(String html, List<FontFace> fonts, PdfMetadata meta, PdfOptions options,
                                         Collection<ImageAsset> loaded) throws IOException {
        DocumentId.Builder id = new DocumentId.Builder().add(html).add(meta.toString()).add(options.toString());
        for (FontFace face : fonts) {
            // name and size stand for the font file: hashing megabytes of fonts per build is not worth it
            id.add(face.family()).add(face.weight() + (face.italic() ? " italic" : " normal"))
                    .add(face.file().getFileName().toString()).add(Long.toString(Files.size(face.file())));
        }
        for (ImageAsset image : loaded) {
            id.add(image.href()).add(image.digest());
        }
        return id.build();
    }

    /** A supplier that loads the font into {@code document}, subset, when the layout first needs it. */
    private PDFontSupplier supplier(Path file, PDDocument document, ShapedFaces shaped) {
        return new PDFontSupplier(null) {
            private PDFont font;

            @Override
            public PDFont supply() {
                if (font == null) {
                    try {
                        PDType0Font type0 = PDType0Font.load(document, fontService.forEmbedding(file), true);
                        shaped.loaded(type0, file);
                        font = type0;
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load font " + file, e);
                    }
                }
                return font;
            }
        };
    }
}
