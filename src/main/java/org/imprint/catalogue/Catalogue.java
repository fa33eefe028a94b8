package org.imprint.catalogue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.imprint.write.RelativeHref;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * The output folder's catalogue: {@code index.html}, a page listing every report in the folder
 * (newest first, with filters by series and year that work without a server or script), and
 * {@code opds.xml}, an OPDS 1.2 acquisition feed of the same reports. Both come from the
 * templates in {@code templates/catalogue/} and list the reports the build manifest knows (and
 * those whose rebuild failed, by their last good outputs), each as its card
 * ({@link CatalogueCard}) describes it; a report none of whose outputs is left is not listed. Each file is replaced atomically, and
 * only when its content changed.
 */
public final class Catalogue {

    /** The catalogue's files in the output folder. */
    public static final String PAGE = "index.html";
    public static final String FEED = "opds.xml";

    private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

    private final Configuration config;

    /** Whether a folder of brands has the catalogue's templates: without them there is no catalogue. */
    public static boolean available(Path templates) {
        return Files.isRegularFile(templates.resolve("catalogue/index.ftlh")) && Files.isRegularFile(templates.resolve("catalogue/opds.ftlx"));
    }

    /** @param templates the folder of brands, which holds {@code catalogue/} */
    public Catalogue(Path templates) throws IOException {
        config = new Configuration(VERSION);
        config.setDirectoryForTemplateLoading(templates.resolve("catalogue").toFile());
        config.setDefaultEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true);   // .ftlh escapes HTML, .ftlx XML
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setLocalizedLookup(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(VERSION).build());
    }

    /**
     * Writes the catalogue of an output folder.
     *
     * @param out     the output folder
     * @param reports the reports the folder's manifest lists: slug → its outputs' names
     * @param baseUrl where the folder is published, making the feed's links absolute; or {@code null}
     * @return the files that changed
     */
    public List<Path> write(Path out, Map<String, ? extends Collection<String>> reports, String baseUrl) throws IOException {
        // the manifest forgets a report whose rebuild failed, but its last good outputs are still here
        Map<String, Collection<String>> all = new TreeMap<>(reports);
        Path cards = out.resolve(CatalogueCard.FOLDER);
        if (Files.isDirectory(cards)) {
            try (Stream<Path> files = Files.list(cards)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.startsWith("."))
                        .forEach(n -> all.putIfAbsent(n.substring(0, n.length() - ".json".length()), List.of()));
            }
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (var report : all.entrySet()) {
            Map<String, Object> entry = entry(out, report.getKey(), report.getValue());
            if (entry != null) {
                entries.add(entry);
            }
        }
        if (entries.isEmpty() && !Files.exists(out.resolve(PAGE)) && !Files.exists(out.resolve(FEED))) {
            return List.of();   // nothing built here yet (the one report failed): no empty catalogue
        }
        entries.sort(Comparator.comparing((Map<String, Object> e) -> (String) e.get("date")).reversed()
                .thenComparing(e -> (String) e.get("title")));
        Map<String, Object> model = new HashMap<>();
        model.put("reports", entries);
        model.put("series", filter(entries, "series"));
        List<Map<String, Object>> years = filter(entries, "year");
        java.util.Collections.reverse(years);
        model.put("years", years);
        model.put("base", baseUrl == null ? "" : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/"));
        model.put("updated", entries.stream().map(e -> (String) e.get("modified")).max(Comparator.naturalOrder())
                .orElse("1970-01-01T00:00:00Z"));
        List<Path> changed = new ArrayList<>();
        if (replace(out.resolve(PAGE), render("index.ftlh", model))) {
            changed.add(out.resolve(PAGE));
        }
        if (replace(out.resolve(FEED), render("opds.ftlx", model))) {
            changed.add(out.resolve(FEED));
        }
        return changed;
    }

    /** The distinct values of a key, with the CSS-safe id each filter uses, sorted. */
    private static List<Map<String, Object>> filter(List<Map<String, Object>> entries, String key) {
        Map<String, String> ids = new TreeMap<>();
        for (Map<String, Object> e : entries) {
            ids.put((String) e.get(key), (String) e.get(key + "_id"));
        }
        List<Map<String, Object>> values = new ArrayList<>();
        ids.forEach((value, id) -> values.add(Map.of("name", value, "id", id)));
        return values;
    }

    /** One report as the templates see it, or {@code null} when none of its outputs is left. */
    private static Map<String, Object> entry(Path out, String slug, Collection<String> outputs) {
        CatalogueCard card = CatalogueCard.read(out.resolve(CatalogueCard.cardPath(slug)));
        Map<String, String> editions = new TreeMap<>();
        if (card != null) {
            editions.putAll(card.editions());
        }
        for (String name : outputs) {
            editions.putIfAbsent(formatOf(out, name), name);
        }
        editions.values().removeIf(name -> !Files.exists(out.resolve(name)));
        if (editions.isEmpty()) {
            return null;
        }
        Map<String, Object> e = new HashMap<>();
        e.put("slug", slug);
        String title = card != null && card.title() != null ? card.title() : slug;
        e.put("title", title);
        e.put("subtitle", card == null ? null : card.subtitle());
        String series = card != null && card.series() != null ? card.series() : "";
        e.put("series", series);
        e.put("series_id", "s-" + cssId(series));
        e.put("authors", card == null ? List.of() : card.authors());
        String date = card != null && card.date() != null ? card.date() : "";
        e.put("date", date);
        String year = date.length() >= 4 ? date.substring(0, 4) : "";
        e.put("year", year);
        e.put("year_id", "y-" + cssId(year));
        e.put("modified", card != null && card.modified() != null ? card.modified() : "1970-01-01T00:00:00Z");
        e.put("identifier", card != null && card.identifier() != null ? card.identifier() : "urn:imprint:" + slug);
        e.put("language", card == null ? null : card.language());
        // the report's own words (title, names, summary) are set in its language and direction
        e.put("dir", card != null && card.language() != null
                && com.ibm.icu.util.ULocale.forLanguageTag(card.language()).isRightToLeft() ? "rtl" : "ltr");
        e.put("summary", card == null ? null : card.summary());
        e.put("publisher", card == null ? null : card.publisher());
        Map<String, String> links = new LinkedHashMap<>();
        // the links are URI references: a name may hold "#", "?", "%" or spaces (RelativeHref)
        editions.forEach((format, name) -> links.put(format,
                RelativeHref.of(Files.isDirectory(out.resolve(name)) ? name + "/index.html" : name)));
        e.put("editions", links);
        // the web edition's faces, for the report's own words: without them a script the reader's
        // system has no font for shows as boxes (Urdu in Chromium without an Urdu font)
        String html = editions.get("html");
        boolean faces = html != null && card != null && !card.fonts().isEmpty()
                && Files.isRegularFile(out.resolve(html).resolve(org.imprint.html.HtmlOutput.FONTS));
        e.put("fonts_css", faces ? RelativeHref.of(html + "/" + org.imprint.html.HtmlOutput.FONTS) : null);
        e.put("font_family", faces ? card.fonts().stream()
                .map(f -> "\"" + org.imprint.html.HtmlOutput.familyScope(slug) + " " + f + "\"").collect(java.util.stream.Collectors.joining(", ")) : null);
        e.put("cover", Files.isRegularFile(out.resolve(CatalogueCard.coverPath(slug))) ? RelativeHref.of(CatalogueCard.coverPath(slug)) : null);
        e.put("thumbnail", Files.isRegularFile(out.resolve(CatalogueCard.thumbnailPath(slug))) ? RelativeHref.of(CatalogueCard.thumbnailPath(slug)) : null);
        return e;
    }

    /** The format of an output named in the manifest: its extension, or html for a folder. */
    private static String formatOf(Path out, String name) {
        if (Files.isDirectory(out.resolve(name))) {
            return "html";
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A value as an id: letters and digits, the rest as hyphens. */
    private static String cssId(String value) {
        String id = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        // different values that fold to one id stay apart
        return (id.isEmpty() ? "none" : id) + "-" + Integer.toHexString(value.hashCode() & 0xfffff);
    }

    private String render(String template, Map<String, Object> model) throws IOException {
        StringWriter text = new StringWriter();
        try {
            config.getTemplate(template).process(model, text);
        } catch (TemplateException e) {
            throw new IOException("the catalogue template " + template + " failed at line " + e.getLineNumber()
                    + ": " + e.getMessageWithoutStackTop(), e);
        }
        return text.toString();
    }

    /** Replaces a file atomically when its content differs; whether it did. */
    private static boolean replace(Path file, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
        try {
            Files.write(temp, bytes);
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                // temporary files are private; the catalogue is published
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return true;
    }
}
