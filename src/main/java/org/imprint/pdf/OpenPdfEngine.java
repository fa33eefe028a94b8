package org.imprint.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

import org.imprint.ReportException;
import org.imprint.brand.FontFace;
import org.imprint.fonts.FontService;
import org.imprint.model.ImageAsset;
import org.imprint.model.Resources;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.simple.extend.XhtmlCssOnlyNamespaceHandler;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;

/**
 * The draft engine: lays out the same XHTML with Flying Saucer on OpenPDF, several times faster
 * than {@link PdfWriter}, and embeds OpenType fonts with CFF outlines, which PDFBox cannot.
 *
 * <p>The PDF is neither PDF/A nor PDF/UA and has no print marks: it is for drafts and for brands
 * whose fonts only exist as CFF. Its bytes are not reproducible (OpenPDF writes a random document
 * ID). Title, authors, subject, keywords, language and dates come from the metadata, as with
 * PDFBox.
 */
public final class OpenPdfEngine implements PdfEngine {

    /** Flying Saucer's CSS pixels per PDF point and device dots per CSS pixel: its defaults. */
    private static final float DOTS_PER_POINT = 20f * 4f / 3f;
    private static final int DOTS_PER_PIXEL = 20;

    /**
     * Flying Saucer's default stylesheet for XHTML. openhtmltopdf has its own at the same path in
     * its jar, so the classpath lookup may find the wrong one: this is read from Flying Saucer's jar.
     */
    private final byte[] defaultCss = defaultStylesheet();
    private final OpenPdfFonts parsedFonts;
    private final GlyphFallback fallback;

    /** @param fonts the brands' fonts, read once per service */
    public OpenPdfEngine(FontService fonts) {
        this.parsedFonts = new OpenPdfFonts(fonts);
        this.fallback = new GlyphFallback(fonts);
    }

    @Override
    public String name() {
        return "openpdf";
    }

    @Override
    public Set<PdfCapability> capabilities() {
        return EnumSet.of(PdfCapability.TRUETYPE_FONTS, PdfCapability.CFF_FONTS);
    }

    @Override
    public void write(String html, Resources resources, List<FontFace> fonts, PdfMetadata meta, PdfOptions options,
                      OutputStream out) throws ReportException, IOException {
        String base = resources.baseUri();
        org.w3c.dom.Document dom = W3CDom.convert(Jsoup.parse(html, base, Parser.xmlParser()));
        // before the fonts are chosen: Flying Saucer would draw a joiner's visible glyph
        OpenPdfInvisibles.strip(dom);
        QuoteElements.apply(dom);
        fallback.apply(dom, fonts);
        ListTypeStyles.apply(dom);
        QuotationGlue.glueToEmphasis(dom);
        ClosingPunctuationGlue.apply(dom);
        EdgeJoins.apply(dom, EdgeJoins.Citations.IN_BOX_WHERE_SHORT);
        TableColumns.mark(dom);
        // Flying Saucer lays out every table left to right too; it writes no structure tree to put back
        RightToLeftTables.mirror(dom);
        List<String> refused = new ArrayList<>();
        ITextOutputDevice device = new ClippedTextDevice(DOTS_PER_POINT);
        ITextRenderer renderer = new ITextRenderer(DOTS_PER_POINT, DOTS_PER_PIXEL, device,
                new ResolvingUserAgent(device, resources, defaultCss, refused));
        try {
            Set<Path> registered = new HashSet<>();
            for (FontFace face : fonts) {
                // Flying Saucer reads weight and style from the file itself; a file named twice
                // (e.g. a CJK font standing in for bold too) is registered once.
                if (registered.add(face.file())) {
                    // the brand's family name, not the file's: the stylesheet's font stacks use it
                    renderer.getFontResolver().addFont(parsedFonts.get(face.file()), face.file().toString(), face.family());
                }
            }
            renderer.getSharedContext().setLineBreakingStrategy(new ApostropheAwareBreakingStrategy());
            // the layouts' max-height and max-width on images, which Flying Saucer does not apply
            renderer.getSharedContext().setReplacedElementFactory(new ImageMaxSizes(device));
            renderer.setDocument(dom, base);
            renderer.setListener(new MetadataListener(meta));
            renderer.layout();
            if (!refused.isEmpty()) {
                // as with PDFBox: an image that would silently vanish from the page fails the build
                throw new ReportException(resources.folder(), 0, "the PDF engine could not use a resource: " + refused.get(0));
            }
            // an item that opens with a figure: its marker at its top, as with PDFBox
            OpenPdfListMarkerTops.apply(renderer.getRootBox(),
                    renderer.getSharedContext().newLayoutContextInstance(new org.xhtmlrenderer.pdf.ITextFontContext()));
            // links and bookmarks open the page of their target's first line
            OpenPdfPushedTargets.anchorAtText(renderer);
            renderer.createPDF(out);
        } catch (RuntimeException e) {
            throw new ReportException(resources.folder(), 0, "the PDF engine failed: " + e.getMessage(), e);
        }
    }

    private static final String DEFAULT_CSS = "/resources/css/XhtmlNamespaceHandler.css";

    private static byte[] defaultStylesheet() {
        try {
            URL jar = XhtmlCssOnlyNamespaceHandler.class.getProtectionDomain().getCodeSource().getLocation();
            try (InputStream in = new URL("jar:" + jar + "!" + DEFAULT_CSS).openStream()) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Flying Saucer's default stylesheet", e);
        }
    }

    /** Reads every resource through the report's resolver: the network and other files stay out of reach. */
    private static final class ResolvingUserAgent extends ITextUserAgent {

        private final Resources resources;
        private final byte[] defaultCss;
        private final List<String> refused;

        ResolvingUserAgent(ITextOutputDevice device, Resources resources, byte[] defaultCss, List<String> refused) {
            super(device, DOTS_PER_PIXEL);
            this.resources = resources;
            this.defaultCss = defaultCss;
            this.refused = refused;
        }

        @Override
        protected InputStream openStream(String uri) throws IOException {
            if (uri.startsWith("jar:") && uri.endsWith(DEFAULT_CSS)) {
                return new ByteArrayInputStream(defaultCss);
            }
            Optional<ImageAsset> image = resources.resolve(uri);
            if (image.isEmpty()) {
                refused.add(uri);
                throw new IOException("not a resource of the report: " + uri);
            }
            return new ByteArrayInputStream(image.get().data());
        }

        /**
         * PNGs are made into images here, the fast way; the rest (JPEG keeps its bytes) is left to
         * Flying Saucer, which finds a PNG made here in its cache.
         */
        @Override
        public ImageResource getImageResource(String uri) {
            String resolved = resolveURI(uri);
            // Flying Saucer's cache is keyed by the URI as written
            if (resolved != null && !_imageCache.containsKey(uri)) {
                Optional<ImageAsset> png = resources.resolve(resolved).filter(i -> i.mediaType().equals("image/png"));
                if (png.isPresent()) {
                    try {
                        Image image = RawPngImages.read(png.get().data());
                        if (image != null) {
                            // as Flying Saucer scales an image: one image pixel is one CSS pixel
                            image.scaleAbsolute(image.getPlainWidth() * DOTS_PER_PIXEL, image.getPlainHeight() * DOTS_PER_PIXEL);
                            _imageCache.put(uri, new ImageResource(resolved, new ITextFSImage(image)));
                        }
                    } catch (IOException e) {
                        refused.add(uri + " (" + e.getMessage() + ")");
                    }
                }
            }
            return super.getImageResource(uri);
        }

        @Override
        protected URLConnection openConnection(String uri) throws IOException {
            refused.add(uri);
            throw new IOException("no network access: " + uri);
        }
    }

    /** Writes the Info dictionary and the document language from the metadata, not from the page. */
    private static final class MetadataListener extends DefaultPDFCreationListener {

        private final PdfMetadata meta;

        MetadataListener(PdfMetadata meta) {
            this.meta = meta;
        }

        @Override
        public void onClose(ITextRenderer renderer) {
            PdfDictionary info = renderer.getWriter().getInfo();
            info.put(PdfName.TITLE, new PdfString(meta.title(), PdfString.TEXT_UNICODE));
            info.put(PdfName.AUTHOR, new PdfString(meta.authorLine(), PdfString.TEXT_UNICODE));
            info.put(PdfName.SUBJECT, new PdfString(meta.subject(), PdfString.TEXT_UNICODE));
            info.put(PdfName.KEYWORDS, new PdfString(meta.keywordLine(), PdfString.TEXT_UNICODE));
            info.put(PdfName.PRODUCER, new PdfString(PdfFinisher.CREATOR + " (Flying Saucer, OpenPDF)"));
            Calendar date = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            date.setTimeInMillis(meta.date().toEpochMilli());
            info.put(PdfName.CREATIONDATE, new PdfDate(date));
            info.put(PdfName.MODDATE, new PdfDate(date));
            renderer.getWriter().getExtraCatalog().put(PdfName.LANG, new PdfString(meta.language()));
        }
    }
}
