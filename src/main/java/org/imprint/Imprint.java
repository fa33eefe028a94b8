package org.imprint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.function.Consumer;

import org.imprint.article.RemoteAccess;
import org.imprint.brand.Brand;
import org.imprint.brand.BrandLoader;
import org.imprint.catalogue.CatalogueCard;
import org.imprint.catalogue.CoverPictures;
import org.imprint.cite.CitationFormatter;
import org.imprint.cite.CitationStyles;
import org.imprint.epub.CoverImage;
import org.imprint.epub.EpubOutput;
import org.imprint.fonts.FontService;
import org.imprint.html.HtmlOutput;
import org.imprint.fonts.GlyphCoverage;
import org.imprint.layout.Layouts;
import org.imprint.markdown.MarkdownRenderer;
import org.imprint.model.Publication;
import org.imprint.model.Publisher;
import org.imprint.pdf.OpenPdfEngine;
import org.imprint.pdf.PdfBoxEngine;
import org.imprint.pdf.PdfCapability;
import org.imprint.pdf.PdfEngine;
import org.imprint.pdf.PdfOutput;
import org.imprint.write.OutputWriter;
import org.imprint.write.Registry;

/**
 * Imprint's public API: compiles report folders into PDF and EPUB 3 files, web editions, or streams.
 *
 * <pre>{@code
 * Imprint imprint = new Imprint(Path.of("."));          // holds templates/ and fonts/
 * List<Path> files = imprint.build(BuildRequest.of(Path.of("reports/my-report"))
 *         .out(Path.of("out")).formats("pdf").warnings(System.err::println).build());
 * }</pre>
 *
 * <p>The pipeline: {@link #load} validates the article, its brand and its images;
 * {@link #publish} makes the one {@link Publication} every output is written from; the writers
 * registered by name ({@link #formats()}) write it. An instance caches brands, parsed layouts and
 * fonts, is safe to share between threads, and should be reused for a batch.
 */
public final class Imprint {

    private final Path templates;
    private final Path fonts;
    private final ReportLoader loader;
    private final Publisher publisher;
    private final FontService fontService = new FontService();
    private final GlyphCoverage glyphs = new GlyphCoverage(fontService);
    private final Layouts layouts = new Layouts();
    /** CSL styles and their processors, parsed once per style and language for all reports. */
    private final CitationStyles citationStyles = new CitationStyles();
    private final Registry<PdfEngine> engines = new Registry<PdfEngine>()
            .register("pdfbox", () -> new PdfBoxEngine(fontService))
            .register("openpdf", () -> new OpenPdfEngine(fontService));
    private final PdfOutput pdf = new PdfOutput(layouts, fontService, engines);
    private final Registry<OutputWriter> writers = new Registry<OutputWriter>()
            .register("pdf", () -> pdf)
            .register("epub", () -> new EpubOutput(layouts, fontService))
            .register("html", () -> new HtmlOutput(layouts, fontService, writers()));

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
        MarkdownRenderer markdown = new MarkdownRenderer();
        this.loader = new ReportLoader(new BrandLoader(templates, fonts), markdown, new CitationFormatter(citationStyles), remote);
        this.publisher = new Publisher(markdown, sourceDate());
    }

    /** The folder holding one folder per brand. */
    public Path templates() {
        return templates;
    }

    /** The folder holding the font files. */
    public Path fonts() {
        return fonts;
    }

    /** The formats this Imprint writes, by name, e.g. pdf and epub. */
    public Set<String> formats() {
        return writers.names();
    }

    /** The PDF engines by name, e.g. pdfbox and openpdf. */
    public Set<String> engines() {
        return engines.names();
    }

    /**
     * Loads and validates a report: its article, brand, fonts and images. Close the report when
     * done: that deletes the remote images it downloaded, if any.
     *
     * @param path     a report folder or its {@code article.md}
     * @param warnings receives problems that do not stop the build
     */
    public Report load(Path path, Consumer<Problem> warnings) throws ReportException {
        return load(path, warnings, true, brand -> "pdfbox");
    }

    /**
     * Loads the request's report as {@link #load(Path, Consumer)} does, warning of what the PDF
     * would not print (characters no font has, emoji sequences, figure words) only when the
     * request writes a PDF: the e-book and the web edition leave such characters to the reading
     * system's fonts and show emoji sequences whole.
     */
    public Report load(BuildRequest request) throws ReportException {
        boolean pdf = request.formats().contains("pdf");
        return load(request.report(), request.warnings(), pdf, brand -> engineName(request, brand));
    }

    /**
     * @param pdf            whether a PDF is written: the warnings of what it would not print are given only then
     * @param engine         the name of the engine that makes the PDF (which may depend on the brand): for
     *                       the pdfbox engine what its SVG drawer does not keep is warned of, and the emoji
     *                       sequences it prints side by side; an engine that cannot print those refuses them
     *                       with its own message (PdfOutput), after which the warning read as a contradiction
     */
    private Report load(Path path, Consumer<Problem> warnings, boolean pdf, java.util.function.Function<Brand, String> engine)
            throws ReportException {
        Report report = loader.load(path, warnings);
        fontService.check(report.brand());
        // a child brand that rewords a label drops the translations it inherits: say so when an
        // article in such a language is built, which then prints the brand's own words
        report.brand().lostTranslations(report.article().language()).forEach(t -> warnings.accept(t.warning()));
        try {
            if (pdf) {
                // the notes left out of the report print nothing: their lines are blanked, keeping the numbering
                Set<Integer> uncalled = org.imprint.markdown.NoteChecks.uncalledLines(report.body(), report.article().bodyLine());
                String[] lines = Files.readString(report.article().source()).split("\n", -1);
                uncalled.stream().filter(l -> l >= 1 && l <= lines.length).forEach(l -> lines[l - 1] = "");
                PdfEngine made = engines.find(engine.apply(report.brand()));
                GlyphCoverage glyphs = made == null || made.capabilities().contains(PdfCapability.EMOJI_SEQUENCES)
                        ? this.glyphs : this.glyphs.withoutSequences();
                glyphs.check(String.join("\n", lines), report.article().source(), report.brand(), warnings);
                checkReferenceGlyphs(report, glyphs, warnings);
                checkBrandGlyphs(report, glyphs, warnings);
            }
            checkFigureWords(report, warnings, pdf, pdf && "pdfbox".equalsIgnoreCase(engine.apply(report.brand())));
        } catch (IOException e) {
            report.close();
            throw new ReportException(report.article().source(), 0, IoMessage.of(e));
        }
        return report;
    }

    /**
     * Warns of the characters of the reference list's formatted entries that no font of the brand
     * has, naming the bibliography file, the line the character comes from (the entry's, or that of the {@code @string} or {@code crossref} entry it uses) and the key: the article's own
     * check does not see them, and the PDF printed "A book about ශ" as "A book about #" without a
     * word. Only the entries the list prints are looked at (an uncited source is left out of it).
     */
    private static void checkReferenceGlyphs(Report report, GlyphCoverage glyphs, Consumer<Problem> warnings) {
        Map<Path, List<GlyphCoverage.Piece>> byFile = new java.util.LinkedHashMap<>();
        org.imprint.cite.EntrySources sources = new org.imprint.cite.EntrySources(report.article());
        for (var entry : report.body().cited().entries()) {
            org.imprint.cite.EntrySource at = sources.of(entry.key());
            String text = org.jsoup.Jsoup.parseBodyFragment(entry.html()).text();
            // each run at the line it comes from: the entry's, or a @string's or crossref's it uses
            for (var run : sources.runs(at, entry.key(), text)) {
                byFile.computeIfAbsent(at.file(), f -> new ArrayList<>())
                        .add(new GlyphCoverage.Piece(run.line(), run.text(), "the reference list's entry \"" + entry.key() + "\""));
            }
        }
        byFile.forEach((file, pieces) -> glyphs.check(pieces, file, report.brand(), warnings));
    }

    /**
     * Warns of the characters of the brand's printed words (its organisation's texts, its labels
     * in the article's language) that none of its fonts has, naming the brand file, the line and
     * the key: "About ܐܦܪܝܡ" as a label printed "About #####" without a word. A text of several
     * lines (the blurb, written as a block after its key) is checked line by line below its key.
     */
    private static void checkBrandGlyphs(Report report, GlyphCoverage glyphs, Consumer<Problem> warnings) {
        Map<Path, List<GlyphCoverage.Piece>> byFile = new java.util.LinkedHashMap<>();
        for (org.imprint.brand.BrandTexts.Text text : org.imprint.brand.BrandTexts.of(report.brand(), report.article().language())) {
            String[] lines = text.text().split("\n", -1);
            String where = "the brand's \"" + text.path() + "\"";
            List<GlyphCoverage.Piece> pieces = byFile.computeIfAbsent(text.where().file(), f -> new ArrayList<>());
            int keyLine = text.where().line();
            List<String> source = keyLine == 0 ? List.of() : sourceLines(text.where().file());
            int last = org.imprint.article.ValueLines.lastLine(source, keyLine);
            if (last > keyLine && holdsAsWritten(source.subList(keyLine - 1, last), text.text())) {
                // a folded block, or a quoted text continued on more lines, is not line by line
                // the text it gives: each line of the file is checked where it stands
                for (int line = keyLine; line <= last; line++) {
                    pieces.add(new GlyphCoverage.Piece(line, source.get(line - 1), where));
                }
                continue;
            }
            for (int i = 0; i < lines.length; i++) {
                int line = keyLine == 0 ? 0 : keyLine + (lines.length == 1 ? 0 : i + 1);
                pieces.add(new GlyphCoverage.Piece(line, lines[i], where));
            }
        }
        byFile.forEach((file, pieces) -> glyphs.check(pieces, file, report.brand(), warnings));
    }

    private static List<String> sourceLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether the file's lines hold every character of the text beyond ASCII as written (no escapes). */
    private static boolean holdsAsWritten(List<String> lines, String text) {
        String written = String.join("\n", lines);
        return text.codePoints().filter(cp -> cp > 0x7F).allMatch(cp -> written.indexOf(cp) >= 0);
    }

    /**
     * Warns of the characters in SVG figures' and charts' words that no face of the brand has (when
     * a PDF is written), and of the text features the PDF's SVG drawer does not keep.
     */
    private void checkFigureWords(Report report, Consumer<Problem> warnings, boolean pdf, boolean drawerWarnings) throws IOException {
        for (var image : report.images().entrySet()) {
            byte[] head;
            try (var in = Files.newInputStream(image.getValue().file())) {
                head = in.readNBytes(1024);
            }
            if (!org.imprint.image.SafeSvg.looksLikeSvg(head)) {
                continue;
            }
            byte[] data = Files.readAllBytes(image.getValue().file());
            var figure = report.body().figures().stream().filter(f -> f.source().equals(image.getKey())).findFirst();
            String name = figure.filter(f -> f.chart() != null).map(f -> "the chart of \"" + f.chart().data() + "\"")
                    .orElse("figure \"" + image.getKey() + "\"");
            org.imprint.image.SvgWords words = org.imprint.image.SvgWords.of(data);
            int line = figure.map(f -> f.line()).orElse(0);
            if (pdf) {
                glyphs.checkFigure(words.text(), name, report.article().source(), line, report.brand(), warnings);
            }
            for (String note : image.getValue().notes()) {
                warnings.accept(Problem.warning(report.article().source(), line, name + ": " + note));
            }
            if (!drawerWarnings) {
                continue;
            }
            if (!words.unkept().isEmpty()) {
                warnings.accept(Problem.warning(report.article().source(), line, name + " has words with "
                        + String.join(", ", words.unkept()) + ", which the PDF does not keep: it sets those words"
                        + " as plain text in the brand's upright face (the e-book and web edition show them as drawn);"
                        + " turn such text into paths in the drawing program if its look matters in print"));
            }
            List<String> outlined = org.imprint.pdf.SvgOutlines.of(data);
            if (!outlined.isEmpty()) {
                warnings.accept(Problem.warning(report.article().source(), line, name + " has words the PDF draws as outlines, not"
                        + " text (" + String.join("; ", outlined) + "): in the PDF they cannot be searched, copied or read aloud;"
                        + " give them a plain colour fill, no stroke, clip or path, or write them in the caption"));
            }
            if (!words.rasterised().isEmpty()) {
                warnings.accept(Problem.warning(report.article().source(), line, name + " has "
                        + String.join(", ", words.rasterised()) + ", which the PDF draws as pixels (a raster image), not as"
                        + " lines and shapes: it may look soft when printed large; the e-book and web edition draw it as it is"));
            }
        }
    }

    /** Makes the publication every output of a loaded report is written from. */
    public Publication publish(Report report) throws ReportException {
        // the brand's words and date pattern in the article's language, where the brand has them
        Publication publication = publisher.publish(report.article(), report.brand().forLanguage(report.article().language()),
                report.body(), report.images());
        publication.cover().prefer(() -> CoverImage.fromPdf(pdf.cover(publication)));
        return publication;
    }

    /**
     * Writes one format of a publication to a stream.
     *
     * @param request the profile and engine to use (its report and output folder are not read)
     */
    public void write(Publication publication, String format, BuildRequest request, OutputStream out)
            throws ReportException, IOException {
        writer(format).write(publication, request, out);
    }

    /** Writes one format of a loaded report to a stream: screen profile, the brand's engine. */
    public void write(Report report, String format, OutputStream out) throws ReportException, IOException {
        Publication publication = publish(report);
        write(publication, format, BuildRequest.of(report.article().folder()).build(), out);
    }

    /**
     * Whether a format's output is a folder (the web edition): then {@link #write} writes a ZIP
     * of it ({@code index.html} at its root, entries sorted, fixed timestamps), to send as
     * {@code application/zip}, and {@link #build} writes the folder.
     */
    public boolean writesFolder(String format) {
        return writer(format).folder();
    }

    /** Where a format of a report goes: the output folder and the writer's name for the file. */
    public Path outputFile(BuildRequest request, String slug, String format) {
        return request.out().resolve(writer(format).fileName(slug, request));
    }

    /**
     * Builds a report into the request's output folder, one file (the web edition: one folder)
     * per format, and the report's card for the folder's catalogue ({@code catalogue/<slug>.*}).
     * Files are replaced atomically, and only when every format was written: a failed build
     * leaves no new file and earlier output as it was.
     *
     * @return the files written
     */
    public List<Path> build(BuildRequest request) throws ReportException, IOException {
        for (String format : request.formats()) {
            writer(format);   // an unknown format fails here, before any work
        }
        // in the order of registration: the PDF first, so that the e-book can take its cover from it
        List<OutputWriter> chosen = new ArrayList<>();
        for (String format : writers.names()) {
            if (request.formats().contains(format)) {
                chosen.add(writer(format));
            }
        }
        try (Report report = load(request); OutputFiles files = new OutputFiles()) {
            Publication publication = publish(report);
            List<Path> outputs = new ArrayList<>();
            Map<String, String> editions = new TreeMap<>();
            for (OutputWriter writer : chosen) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 19);
                writer.write(publication, request, bytes);
                if (writer == pdf && request.profile() == PdfProfile.SCREEN && request.engine() == null) {
                    // the e-book's cover is the first page of the screen PDF with the brand's engine: made already
                    publication.cover().prefer(() -> CoverImage.fromPdf(bytes.toByteArray()));
                }
                String name = writer.fileName(report.slug(), request);
                Path target = request.out().resolve(name);
                if (writer.folder()) {
                    files.writeFolder(target, bytes.toByteArray());
                } else {
                    files.write(target, bytes::writeTo);
                }
                outputs.add(target);
                editions.put(writer.name(), name);
            }
            writeCard(publication, editions, request.out(), files);
            files.commit();
            return outputs;
        }
    }

    /**
     * The name of the engine that makes the PDF: the requested one, else the brand's as its
     * {@code engine:} names it, else pdfbox. (The openpdf engine refuses SVG figures and emoji
     * sequences with its own messages, so the pdfbox engine's warnings about them are not given.)
     */
    private static String engineName(BuildRequest request, Brand brand) {
        if (request.engine() != null) {
            return request.engine().strip().toLowerCase(java.util.Locale.ROOT);
        }
        return brand.profile().get("engine") instanceof String named ? named.strip().toLowerCase(java.util.Locale.ROOT) : "pdfbox";
    }

    /** What the output folder's catalogue shows of the report: its card and its cover pictures. */
    private static void writeCard(Publication publication, Map<String, String> editions, Path out, OutputFiles files)
            throws IOException, ReportException {
        String slug = publication.slug();
        byte[] cover = publication.cover().get();
        byte[] json = CatalogueCard.of(publication, editions).toJson().getBytes(StandardCharsets.UTF_8);
        files.write(out.resolve(CatalogueCard.cardPath(slug)), o -> o.write(json));
        files.write(out.resolve(CatalogueCard.coverPath(slug)), o -> o.write(CoverPictures.scaled(cover, CoverPictures.COVER_WIDTH)));
        files.write(out.resolve(CatalogueCard.thumbnailPath(slug)), o -> o.write(CoverPictures.scaled(cover, CoverPictures.THUMBNAIL_WIDTH)));
    }

    private Registry<OutputWriter> writers() {
        return writers;
    }

    /**
     * The writer of a format.
     *
     * @throws IllegalArgumentException for a name that is not registered, saying which are
     */
    private OutputWriter writer(String format) {
        OutputWriter writer = writers.find(format);
        if (writer == null) {
            throw new IllegalArgumentException("unknown format \"" + format + "\" (use " + String.join(" or ", writers.names()) + ")");
        }
        return writer;
    }

    /** {@code SOURCE_DATE_EPOCH}, which makes every output's dates that moment, else {@code null}. */
    private static Instant sourceDate() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        return epoch != null && epoch.matches("\\d{1,12}") ? Instant.ofEpochSecond(Long.parseLong(epoch)) : null;
    }
}
