package org.imprint.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.imprint.CharacterAt;
import org.imprint.Problem;
import org.imprint.ReportException;
import org.imprint.StrictText;
import org.imprint.markdown.SourceChecks;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * First stage of the pipeline: reads {@code article.md}, splits the YAML front matter from the
 * Markdown body and validates the front matter into an {@link Article}.
 */
public final class ArticleLoader {

    /** The name of the article file inside a report folder. */
    public static final String ARTICLE_FILE = "article.md";

    private static final Set<String> TOP_KEYS = new LinkedHashSet<>(List.of(
            "title", "subtitle", "series", "date", "language", "brand", "authors",
            "first_published", "keywords", "abstract", "identifier", "bibliography", "citation_style"));
    private static final Set<String> AUTHOR_KEYS = new LinkedHashSet<>(List.of("name", "affiliation", "bio", "email", "photo"));
    private static final Set<String> FIRST_PUBLISHED_KEYS = new LinkedHashSet<>(List.of("outlet", "place", "date", "url"));
    private static final String AUTHORS_EXAMPLE = "authors:\n  - name: Jane Doe\n    affiliation: Senior Fellow";
    private static final String DEFAULT_BRAND = "rcas";
    /** Real front matter nests three levels (authors, an author, a key); this leaves ample room. */
    private static final int MAX_YAML_NESTING = 20;
    private static final String DEFAULT_LANGUAGE = "en";

    private final SourceChecks sourceChecks = new SourceChecks();

    /**
     * Loads and validates an article.
     *
     * @param path     a report folder or its {@code article.md}
     * @param warnings receives problems that do not stop the build (unknown keys, ...)
     * @throws ReportException naming file and line when the article cannot be used
     */
    public Article load(Path path, Consumer<Problem> warnings) throws ReportException {
        Path file = Files.isDirectory(path) ? path.resolve(ARTICLE_FILE) : path;
        String text = readUtf8(file);
        if (text.isBlank()) {
            throw new ReportException(file, 0, "the article is empty; it needs YAML front matter between \"---\" lines, then the Markdown body");
        }
        checkInvisibleCharacters(file, text);
        List<String> lines = text.lines().toList();
        if (!lines.get(0).strip().equals("---")) {
            throw new ReportException(file, 1, "the article must start with YAML front matter: a \"---\" line, keys such as title: and date:, then another \"---\" line");
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new ReportException(file, 1, "the front matter opened here is never closed; add a \"---\" line after its last key");
        }
        String yaml = String.join("\n", lines.subList(1, close));
        String body = String.join("\n", lines.subList(close + 1, lines.size()));
        Node root = parseYaml(file, yaml);
        if (root == null) {
            throw new ReportException(file, 2, "the front matter is empty; add at least title:, date: and authors:");
        }
        YamlFields fm = new YamlFields(file, 1, "", root);
        fm.warnUnknownKeys(TOP_KEYS, warnings);
        Map<String, Integer> keyLines = new HashMap<>(fm.keyLines());
        // where the Markdown texts of the front matter start, for the checks of their content
        Map<String, Integer> textLines = new HashMap<>();
        textLines.put("abstract", fm.textLine("abstract"));

        Path folder = file.toAbsolutePath().getParent();
        Article article = new Article(
                file,
                folder.getFileName().toString(),
                fm.requiredPlainText("title", "\"The Title of the Report\""),
                fm.plainText("subtitle"),
                fm.plainText("series"),
                fm.requiredDate("date"),
                language(fm),
                brand(fm),
                authors(fm, warnings, keyLines, textLines),
                firstPublished(fm, warnings, keyLines),
                fm.plainTexts("keywords"),
                fm.text("abstract"),
                fm.plainText("identifier"),
                body,
                close + 2,
                keyLines,
                textLines,
                fm.texts("bibliography"),
                fm.text("citation_style"));
        checkMarkdown(article, textLines);
        return article;
    }

    /**
     * What CommonMark accepts silently and loses: notes in the abstract or a biography, and
     * comments never closed in any Markdown text (each is rendered on its own, so a comment
     * hides the rest of its own text).
     */
    private void checkMarkdown(Article article, Map<String, Integer> textLines) throws ReportException {
        if (article.abstractText() != null) {
            sourceChecks.refuseNotes(article.source(), article.abstractText(), textLines.get("abstract"), "abstract");
            sourceChecks.refuseUnclosedComments(article.source(), article.abstractText(), textLines.get("abstract"), "abstract");
        }
        for (int i = 0; i < article.authors().size(); i++) {
            String bio = article.authors().get(i).bio();
            if (bio != null) {
                String key = "authors[" + (i + 1) + "].bio";
                sourceChecks.refuseNotes(article.source(), bio, textLines.get(key), "\"" + key + "\"");
                sourceChecks.refuseUnclosedComments(article.source(), bio, textLines.get(key), "biography (" + key + ")");
            }
        }
        sourceChecks.refuseUnclosedComments(article.source(), article.body(), article.bodyLine());
    }

    private static String language(YamlFields fm) throws ReportException {
        String tag = fm.text("language");
        if (tag == null) {
            return DEFAULT_LANGUAGE;
        }
        try {
            return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw fm.keyError("language", "language \"" + tag + "\" is not a BCP 47 language tag (use e.g. en, en-GB, zh-Hant-HK)");
        }
    }

    private static String brand(YamlFields fm) throws ReportException {
        String brand = fm.text("brand");
        if (brand == null) {
            return DEFAULT_BRAND;
        }
        if (!brand.matches("[a-z0-9][a-z0-9_-]*")) {
            throw fm.keyError("brand", "brand \"" + brand + "\" is not a brand name (lower-case letters, digits, - and _: a folder under templates/)");
        }
        return brand;
    }

    private static List<Author> authors(YamlFields fm, Consumer<Problem> warnings, Map<String, Integer> lines,
                                        Map<String, Integer> textLines) throws ReportException {
        List<YamlFields> entries = fm.mappings("authors", AUTHORS_EXAMPLE);
        if (entries.isEmpty()) {
            throw fm.keyError("authors", "at least one author is required; add:\n" + AUTHORS_EXAMPLE);
        }
        List<Author> authors = new ArrayList<>();
        for (YamlFields a : entries) {
            a.warnUnknownKeys(AUTHOR_KEYS, warnings);
            lines.putAll(a.keyLines());
            textLines.put("authors[" + (authors.size() + 1) + "].bio", a.textLine("bio"));
            authors.add(new Author(authorName(a), a.plainText("affiliation"), a.text("bio"),
                    a.email("email"), a.text("photo")));
        }
        return authors;
    }

    /**
     * An author's name. The PDF's Info dictionary has one Author string, the names "; "-joined as
     * readers and exiftool expect: a name holding ";" would read there as two authors, so it is
     * refused here, for every output alike, rather than written ambiguously. So is a look-alike
     * that normalisation makes one (the Greek question mark U+037E is ";" in NFC, the fullwidth and
     * small semicolons in NFKC), which a tool reading the line normalised would split; the Arabic
     * semicolon "؛" stays itself and is kept.
     */
    private static String authorName(YamlFields a) throws ReportException {
        String name = a.requiredPlainText("name", "Jane Doe");
        if (Normalizer.normalize(name, Normalizer.Form.NFKC).indexOf(';') >= 0) {
            throw a.keyError("name", "author name \"" + name + "\" holds \";\" (or a mark read as one), which the PDF's Author line uses"
                    + " between authors, so it would read as two names; give each author an entry of their own"
                    + " under authors:, or write the name without \";\"");
        }
        return name;
    }

    private static FirstPublished firstPublished(YamlFields fm, Consumer<Problem> warnings, Map<String, Integer> lines)
            throws ReportException {
        YamlFields fp = fm.mapping("first_published");
        if (fp == null) {
            return null;
        }
        fp.warnUnknownKeys(FIRST_PUBLISHED_KEYS, warnings);
        lines.putAll(fp.keyLines());
        return new FirstPublished(fp.requiredPlainText("outlet", "China-US Focus"), fp.plainText("place"), fp.date("date"), fp.webAddress("url"));
    }

    private static Node parseYaml(Path file, String yaml) throws ReportException {
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setMaxAliasesForCollections(20)
                // YAML 1.2's core schema: "~", "null" and "Null" are null, as every YAML user expects
                .setSchema(new CoreSchema()).build();
        try {
            checkNesting(file, settings, yaml);
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
            return composer.getSingleNode().orElse(null);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(2);
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            throw new ReportException(file, line, "front matter is not valid YAML: " + problem
                    + " (check indentation, and quote values that contain \": \" or start with a special character)");
        } catch (YamlEngineException e) {
            throw new ReportException(file, 2, "front matter is not valid YAML: " + e.getMessage());
        }
    }

    /**
     * Refuses front matter nested deeper than {@link #MAX_YAML_NESTING} before it is composed:
     * the composer recurses per level, and thousands of "[" would overflow its stack. The event
     * parser underneath does not recurse.
     */
    private static void checkNesting(Path file, LoadSettings settings, String yaml) throws ReportException {
        ParserImpl events = new ParserImpl(settings, new StreamReader(settings, yaml));
        int depth = 0;
        while (events.hasNext()) {
            Event event = events.next();
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (++depth > MAX_YAML_NESTING) {
                        int line = event.getStartMark().map(m -> m.getLine() + 2).orElse(2);
                        throw new ReportException(file, line, "the front matter is nested more than " + MAX_YAML_NESTING
                                + " levels deep here; check the brackets and the indentation");
                    }
                }
                case SequenceEnd, MappingEnd -> depth--;
                default -> { }
            }
        }
    }

    private static String readUtf8(Path file) throws ReportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ReportException(file, 0, "no such file; a report folder must contain " + ARTICLE_FILE);
        } catch (IOException e) {
            throw new ReportException(file, 0, "cannot read the file: " + e.getMessage());
        }
        StrictText.Decoded decoded = StrictText.decode(bytes, StandardCharsets.UTF_8);
        if (decoded.malformed() != null) {
            throw new ReportException(file, decoded.malformed().line(), "the file is not valid UTF-8 (byte "
                    + (decoded.malformed().offset() + 1) + "); save it as UTF-8 in your editor");
        }
        return decoded.text();
    }

    /**
     * Refuses, with line and column, the characters no output may carry: control characters
     * other than tab and line breaks, U+FEFF inside the text (a byte-order mark pasted along) and
     * the non-characters U+FFFE and U+FFFF. XML forbids most of them, and PDF/A forbids U+FEFF
     * and U+FFFE in the text a PDF maps its glyphs to. They are invisible in an editor, so the
     * message says where; the front matter's escapes ("\\u0007") are checked with its values.
     */
    private static void checkInvisibleCharacters(Path file, String text) throws ReportException {
        CharacterAt found = CharacterAt.first(text, 1,
                c -> (Character.isISOControl(c) && c != '\t' && c != '\r') || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF');
        if (found != null) {
            String name = Character.getName(found.c());
            throw new ReportException(file, found.line(), "the text contains the invisible character U+" + String.format("%04X", (int) found.c())
                    + (name == null ? "" : " (" + name.toLowerCase(Locale.ROOT) + ")") + " at column " + found.column()
                    + "; remove it (an editor's \"show invisibles\" or \"find\" with the code helps)");
        }
    }
}
