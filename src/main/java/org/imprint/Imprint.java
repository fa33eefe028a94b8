package org.imprint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.imprint.article.Article;
import org.imprint.article.Author;
import org.imprint.article.ImageInfo;
import org.imprint.article.Reference;
import org.imprint.article.RemoteAccess;
import org.imprint.brand.Brand;
import org.imprint.brand.BrandLoader;
import org.imprint.epub.CoverImage;
import org.imprint.epub.EmbeddedFont;
import org.imprint.epub.EpubContent;
import org.imprint.epub.EpubPart;
import org.imprint.epub.EpubParts;
import org.imprint.epub.EpubWriter;
import org.imprint.layout.HtmlSanitizer;
import org.imprint.layout.LayoutEngine;
import org.imprint.layout.LayoutModel;
import org.imprint.layout.PageGeometry;
import org.imprint.markdown.Labels;
import org.imprint.markdown.MarkdownRenderer;
import org.imprint.markdown.NoteStyle;
import org.imprint.brand.FontFace;
import org.imprint.pdf.CffFonts;
import org.imprint.pdf.OpenPdfEngine;
import org.imprint.pdf.PdfEngine;
import org.imprint.pdf.PdfMetadata;
import org.imprint.pdf.PdfOptions;
import org.imprint.pdf.PdfWriter;

/**
 * Imprint's public API: compiles report folders into PDF and EPUB 3 files or streams.
 *
 * <pre>{@code
 * Imprint imprint = new Imprint(Path.of("."));          // holds templates/ and fonts/
 * List<Path> files = imprint.build(Path.of("reports/my-report"), Path.of("out"),
 *         Set.of(Format.PDF), System.err::println);
 * }</pre>
 *
 * <p>The pipeline: load and validate the article, parse its Markdown, render the brand's
 * FreeMarker layouts, write the PDF and the EPUB from the same layouts and data. An instance
 * caches brands and parsed layouts, is safe to share between threads, and should be reused for a
 * batch.
 */
public final class Imprint {

    private final Path templates;
    private final Path fonts;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final ReportLoader loader;
    private final LayoutModel model = new LayoutModel(markdown, new HtmlSanitizer());
    private final Map<String, LayoutEngine> layouts = new ConcurrentHashMap<>();
    private final Map<Engine, PdfEngine> pdfEngines = Map.of(Engine.PDFBOX, new PdfWriter(), Engine.OPENPDF, new OpenPdfEngine());
    private final EpubWriter epub = new EpubWriter();

    /**
     * An Imprint whose brands and fonts are in {@code home/templates} and {@code home/fonts}, and
     * which fetches nothing from the network.
     */
    public Imprint(Path home) {
        this(home, RemoteAccess.DENIED);
    }

    /**
     * An Imprint whose brands and fonts are in {@code home/templates} and {@code home/fonts}.
     *
     * @param remote whether remote images may be downloaded, and within which limits
     */
    public Imprint(Path home, RemoteAccess remote) {
        this(home.resolve("templates"), home.resolve("fonts"), remote);
    }

    /**
     * @param templates folder with one folder per brand
     * @param fonts     folder with the font files brands name
     */
    public Imprint(Path templates, Path fonts) {
        this(templates, fonts, RemoteAccess.DENIED);
    }

    /**
     * @param templates folder with one folder per brand
     * @param fonts     folder with the font files brands name
     * @param remote    whether remote images may be downloaded, and within which limits
     */
    public Imprint(Path templates, Path fonts, RemoteAccess remote) {
        this.templates = templates;
        this.fonts = fonts;
        this.loader = new ReportLoader(new BrandLoader(templates, fonts), markdown, remote);
    }

    /** The folder holding one folder per brand. */
    public Path templates() {
        return templates;
    }

    /** The folder holding the font files. */
    public Path fonts() {
        return fonts;
    }

    /**
     * Loads and validates a report: its article, brand and images. Close the report when done:
     * that deletes the remote images it downloaded, if any.
     *
     * @param path     a report folder or its {@code article.md}
     * @param warnings receives problems that do not stop the build
     */
    public Report load(Path path, Consumer<Problem> warnings) throws ReportException {
        return loader.load(path, warnings);
    }

    /** Writes the report's screen PDF to a stream, with the brand's engine. */
    public void writePdf(Report report, OutputStream out) throws ReportException, IOException {
        writePdf(report, PdfProfile.SCREEN, out);
    }

    /** Writes the report's PDF for a profile (screen or print) to a stream, with the brand's engine. */
    public void writePdf(Report report, PdfProfile profile, OutputStream out) throws ReportException, IOException {
        writePdf(report, profile, null, out);
    }

    /**
     * Writes the report's PDF for a profile with an engine.
     *
     * @param engine the engine, or null for the one the brand names ({@code engine:}, else PDFBox)
     */
    public void writePdf(Report report, PdfProfile profile, Engine engine, OutputStream out)
            throws ReportException, IOException {
        writePdf(report, report.brand().parts(), profile, engineFor(report, engine), out);
    }

    /** The engine asked for, else the brand's. */
    private static Engine engineFor(Report report, Engine requested) {
        return requested != null ? requested : report.brand().engine();
    }

    private void writePdf(Report report, List<String> parts, PdfProfile profile, Engine engine, OutputStream out)
            throws ReportException, IOException {
        Article article = report.article();
        Brand brand = report.brand();
        if (engine == Engine.PDFBOX) {
            requireTrueType(brand);
        }
        LayoutEngine layout = layout(brand);
        // Notes at the page foot unless the brand asks for endnotes (FootnoteTags makes them
        // PDF/UA in the tagged PDF). OpenPDF has no float: footnote, so its notes are always endnotes.
        boolean pageFoot = brand.notes() == NoteStyle.PAGE_FOOT && engine == Engine.PDFBOX;
        Map<String, Object> data = dataFor(report, pageFoot ? NoteStyle.PAGE_FOOT : NoteStyle.ENDNOTES, "pdf");
        PageGeometry page = PageGeometry.of(brand, profile);
        data.put("parts", parts);
        data.put("page", page.toModel());
        data.put("profile", profile.name().toLowerCase(java.util.Locale.ROOT));
        data.put("engine", engine.id());
        String html = layout.render("layouts/pdf.ftlh", "styles/print.css", data);
        pdfEngines.get(engine).write(html, report.resources(), brand.fonts(), metadata(article),
                PdfOptions.of(profile, page.bleed()).withHyphenation(brand.hyphenation()).withNoteLabel(brand.label("note")), out);
    }

    /** PDFBox embeds TrueType outlines only: a CFF font fails here, with the way out. */
    private static void requireTrueType(Brand brand) throws ReportException, IOException {
        for (FontFace face : brand.fonts()) {
            if (CffFonts.isCff(face.file())) {
                throw new ReportException(brand.folder().resolve("brand.yaml"), 0, "font " + face.file().getFileName()
                        + " (" + face.family() + ") has CFF outlines, which the pdfbox engine cannot embed:"
                        + " set engine: openpdf in the brand profile (or build with --engine openpdf), or use a TrueType font");
            }
        }
    }

    /**
     * Writes the report's EPUB 3 to a stream. Its cover image is the print cover, laid out
     * for this purpose; {@link #build} reuses the PDF's first page instead when it writes both.
     */
    public void writeEpub(Report report, OutputStream out) throws ReportException, IOException {
        writeEpub(report, CoverImage.fromPdf(pdfBytes(report, List.of(report.brand().parts().get(0)), PdfProfile.SCREEN,
                report.brand().engine())), out);
    }

    private void writeEpub(Report report, byte[] cover, OutputStream out) throws ReportException, IOException {
        Article article = report.article();
        Brand brand = report.brand();
        LayoutEngine engine = layout(brand);
        Map<String, Object> data = dataFor(report, NoteStyle.ENDNOTES, "epub");
        data.put("cover_image", EpubWriter.COVER_IMAGE_HREF);
        List<EpubPart> parts = new ArrayList<>();
        for (String part : brand.parts()) {
            data.put("part", part);
            EpubPart rendered = EpubParts.parse(part, engine.render("layouts/epub.ftlh", data));
            if (rendered != null) {
                parts.add(rendered);
            }
        }
        List<EmbeddedFont> fonts = epub.fontsFor(brand.fonts(), brand.fontStacks(), parts);
        data.put("fonts", fonts.stream().map(f -> Map.of("family", f.family(), "weight", f.weight(),
                "style", f.italic() ? "italic" : "normal", "href", f.href())).toList());
        String css = engine.render("styles/epub.css", data);
        Map<String, Path> images = new LinkedHashMap<>();
        for (ImageInfo image : report.images().values()) {
            images.put(image.href(), image.file());
        }
        epub.write(new EpubContent(identifier(report), article.title(),
                article.authors().stream().map(Author::name).toList(), article.language(), article.date(),
                buildDate(article), brand.publisher(), article.keywords(),
                article.abstractText() == null ? null : markdown.plainText(article.abstractText()),
                parts, css, images, cover, fonts, brand.labels()), out);
    }

    private byte[] pdfBytes(Report report, List<String> parts, PdfProfile profile, Engine engine)
            throws ReportException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 19);
        writePdf(report, parts, profile, engine, bytes);
        return bytes.toByteArray();
    }

    /** The front matter's identifier, else a UUID derived from brand and slug: rebuilds keep it. */
    private static String identifier(Report report) {
        String given = report.article().identifier();
        if (given != null) {
            return given;
        }
        String name = "imprint:" + report.brand().name() + "/" + report.slug();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Builds a report into {@code outDir/<slug>.<format>} for each format. Files are replaced
     * atomically, and only when every format was written: a failed build leaves no new file
     * and earlier output as it was.
     *
     * @return the files written
     */
    public List<Path> build(Path path, Path outDir, Set<Format> formats, Consumer<Problem> warnings)
            throws ReportException, IOException {
        return build(path, outDir, formats, PdfProfile.SCREEN, warnings);
    }

    /**
     * Builds a report as {@link #build(Path, Path, Set, Consumer)} does, with the PDF made for a
     * profile: the print PDF is {@code outDir/<slug>-print.pdf}, beside the screen PDF. The files
     * are moved into place together, only when every format has been written.
     *
     * @return the files written
     */
    public List<Path> build(Path path, Path outDir, Set<Format> formats, PdfProfile profile, Consumer<Problem> warnings)
            throws ReportException, IOException {
        return build(path, outDir, formats, profile, null, warnings);
    }

    /**
     * Builds a report as {@link #build(Path, Path, Set, PdfProfile, Consumer)} does, with a PDF
     * engine. The file name does not say which engine made it: {@code <slug>.pdf} either way.
     *
     * @param engine the engine, or null for the one the brand names ({@code engine:}, else PDFBox)
     * @return the files written
     */
    public List<Path> build(Path path, Path outDir, Set<Format> formats, PdfProfile profile, Engine engine,
                            Consumer<Problem> warnings) throws ReportException, IOException {
        try (Report report = load(path, warnings); OutputFiles files = new OutputFiles()) {
            Engine chosen = engineFor(report, engine);
            // The PDF is made first: the e-book's cover is its first page (of the screen PDF, which
            // has no bleed or marks).
            byte[] pdfBytes = formats.contains(Format.PDF) ? pdfBytes(report, report.brand().parts(), profile, chosen) : null;
            if (pdfBytes != null) {
                files.write(outDir.resolve(report.slug() + profile.fileSuffix() + "." + Format.PDF.extension()),
                        out -> out.write(pdfBytes));
            }
            if (formats.contains(Format.EPUB)) {
                byte[] cover = CoverImage.fromPdf(pdfBytes != null && profile == PdfProfile.SCREEN ? pdfBytes
                        : pdfBytes(report, List.of(report.brand().parts().get(0)), PdfProfile.SCREEN, chosen));
                files.write(outDir.resolve(report.slug() + "." + Format.EPUB.extension()), out -> writeEpub(report, cover, out));
            }
            return files.commit();
        }
    }

    private Map<String, Object> dataFor(Report report, NoteStyle notes, String format) {
        Brand brand = report.brand();
        Set<String> portrait = report.images().entrySet().stream()
                .filter(e -> e.getValue().portrait()).map(Map.Entry::getKey).collect(Collectors.toSet());
        String body = markdown.render(report.body(), notes, new Labels(brand.label("figure"), brand.label("notes")), portrait);
        return model.build(report.article(), brand, body, report.body().headings(), format, localSources(report));
    }

    /**
     * Maps each remote image's URL, as it appears in the rendered HTML, to its downloaded copy's
     * {@link ImageInfo#href()}: documents never refer to the network. Other sources stay.
     */
    private static UnaryOperator<String> localSources(Report report) {
        Map<String, String> remote = new HashMap<>();
        report.images().forEach((source, image) -> {
            if (Reference.of(source).kind() == Reference.Kind.WEB) {
                remote.put(Reference.decode(source.strip()), image.href());
            }
        });
        return src -> remote.getOrDefault(Reference.decode(src.strip()), src);
    }

    private LayoutEngine layout(Brand brand) throws ReportException {
        LayoutEngine engine = layouts.get(brand.name());
        if (engine == null) {
            engine = new LayoutEngine(brand);
            layouts.putIfAbsent(brand.name(), engine);
        }
        return engine;
    }

    private PdfMetadata metadata(Article article) {
        String subject = article.abstractText() != null ? markdown.plainText(article.abstractText()) : article.title();
        return new PdfMetadata(article.title(), article.authors().stream().map(Author::name).toList(), subject,
                article.keywords(), article.language(), buildDate(article));
    }

    /** Dates in the output come from SOURCE_DATE_EPOCH, else the article's date: rebuilds stay identical. */
    private static Instant buildDate(Article article) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        return article.date().atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
