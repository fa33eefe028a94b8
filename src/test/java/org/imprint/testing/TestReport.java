package org.imprint.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.ReportException;
import org.imprint.Reports;

/**
 * A report folder written by a test: {@code article.md} (front matter and body) and the files
 * beside it, built through the real {@link Imprint} facade.
 *
 * <p>The front matter is written in one fixed order (title, date, language, brand, bibliography,
 * the extra lines, authors), so that the line numbers tests expect in messages
 * ({@code article.md:12}) stay where they are:
 *
 * <pre>
 * ---
 * title: "Drawings"
 * date: 2026-05-04
 * language: en
 * brand: rcas
 * authors:
 *   - name: Mei Lin Tan
 * ---
 *
 * BODY
 * </pre>
 */
public final class TestReport {

    /** One for all builds, as its parsed faces and templates are worth keeping. */
    private static final Imprint IMPRINT = new Imprint(Reports.HOME);

    private final Path folder;
    private String title = "Report";
    private String date = "2026-05-04";
    private String language = "en";
    private String brand = "rcas";
    private String bibliography;
    private final List<String> frontMatter = new ArrayList<>();
    private List<String> authors = List.of("Mei Lin Tan");
    private String body = "";
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private Path out;

    private TestReport(Path folder) {
        this.folder = folder;
        this.out = folder.resolveSibling("out");
    }

    /** A report to be written in {@code folder} (created when written). */
    public static TestReport at(Path folder) {
        return new TestReport(folder);
    }

    /**
     * The citation tests' report: in {@code dir/name}, built into {@code dir/out-name}, dated
     * 2026-03-02 by Jane Doe, citing {@code references.bib} in the CSL style {@code style} (an id
     * or a {@code .csl} file of the report).
     */
    public static TestReport citing(Path dir, String name, String style) {
        return at(dir.resolve(name)).out(dir.resolve("out-" + name)).date("2026-03-02").author("Jane Doe")
                .bibliography("references.bib").frontMatter("citation_style: " + style);
    }

    public TestReport title(String text) {
        title = text;
        return this;
    }

    public TestReport date(String isoDate) {
        date = isoDate;
        return this;
    }

    /** The language code; {@code null} leaves the line out. */
    public TestReport language(String code) {
        language = code;
        return this;
    }

    /** The brand's name; {@code null} leaves the line out. */
    public TestReport brand(String name) {
        brand = name;
        return this;
    }

    /** The {@code bibliography:} value as written (a file name, or a YAML list of them). */
    public TestReport bibliography(String value) {
        bibliography = value;
        return this;
    }

    /** A front-matter line of its own ({@code citation_style: apa}), written after the bibliography. */
    public TestReport frontMatter(String line) {
        frontMatter.add(line);
        return this;
    }

    /** The authors' names, in order (one by default: Mei Lin Tan). */
    public TestReport author(String name, String... more) {
        authors = new ArrayList<>(List.of(name));
        authors.addAll(List.of(more));
        return this;
    }

    /** Where {@link #build} writes the outputs (default: the folder {@code out} beside the report). */
    public TestReport out(Path folder) {
        out = folder;
        return this;
    }

    /** The Markdown after the front matter's blank line. */
    public TestReport body(String markdown) {
        body = markdown;
        return this;
    }

    /** A file beside {@code article.md}, by its path in the report ({@code figures/a.svg}). */
    public TestReport file(String path, String text) {
        return file(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A file beside {@code article.md}, by its path in the report. */
    public TestReport file(String path, byte[] content) {
        files.put(path, content);
        return this;
    }

    /** The {@code article.md} this report writes. */
    public String article() {
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: \"").append(title).append("\"\n");
        md.append("date: ").append(date).append('\n');
        if (language != null) {
            md.append("language: ").append(language).append('\n');
        }
        if (brand != null) {
            md.append("brand: ").append(brand).append('\n');
        }
        if (bibliography != null) {
            md.append("bibliography: ").append(bibliography).append('\n');
        }
        frontMatter.forEach(line -> md.append(line).append('\n'));
        md.append("authors:\n");
        authors.forEach(name -> md.append("  - name: ").append(name).append('\n'));
        md.append("---\n\n").append(body);
        return md.toString();
    }

    /** Writes the folder: {@code article.md} and the files; returns the folder. */
    public Path write() throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("article.md"), article());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path to = folder.resolve(file.getKey());
            Files.createDirectories(to.getParent());
            Files.write(to, file.getValue());
        }
        return folder;
    }

    /** Writes the folder and builds {@code formats} (none: the default ones) into {@link #out(Path)}. */
    public Built build(String... formats) throws IOException, ReportException {
        return build(request -> request, formats);
    }

    /**
     * Writes the folder and builds {@code formats} (none: the default ones) into {@link #out(Path)},
     * the request changed by {@code options} (another {@code out}, an engine, a profile, a warnings
     * consumer that outlives a failed build).
     */
    public Built build(UnaryOperator<BuildRequest.Builder> options, String... formats) throws IOException, ReportException {
        write();
        List<Problem> warnings = new ArrayList<>();
        BuildRequest.Builder request = BuildRequest.of(folder).out(out).warnings(warnings::add);
        if (formats.length > 0) {
            request.formats(formats);
        }
        List<Path> outputs = IMPRINT.build(options.apply(request).build());
        return new Built(outputs, warnings);
    }

    /**
     * What a build made.
     *
     * @param outputs  the output paths, as {@link Imprint#build(BuildRequest)} returns them
     * @param warnings the warnings it gave, in order
     */
    public record Built(List<Path> outputs, List<Problem> warnings) {

        public Path pdf() {
            return ending(".pdf");
        }

        public Path epub() {
            return ending(".epub");
        }

        /** The web edition's folder. */
        public Path web() {
            return outputs.stream().filter(Files::isDirectory).findFirst().orElseThrow(() -> new AssertionError("no web edition: " + outputs));
        }

        /**
         * The web edition's page, the e-book's article and the PDF's text (in drawing order), for
         * checks that every edition reads the same.
         */
        public List<String> editionTexts() throws IOException {
            String web = Files.readString(web().resolve("index.html"));
            String epub;
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(epub().toFile())) {
                var entry = zip.stream().filter(e -> e.getName().endsWith("article.xhtml")).findFirst().orElseThrow();
                epub = new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf().toFile())) {
                return List.of(web, epub, new org.apache.pdfbox.text.PDFTextStripper().getText(doc));
            }
        }

        /** The warnings as the command line prints them. */
        public List<String> warningLines() {
            return warnings.stream().map(Problem::toString).toList();
        }

        private Path ending(String suffix) {
            return outputs.stream().filter(p -> p.toString().endsWith(suffix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + suffix + " among " + outputs));
        }
    }
}
