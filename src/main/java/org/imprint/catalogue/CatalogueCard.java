package org.imprint.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.imprint.model.Metadata;
import org.imprint.model.Publication;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * What the catalogue says about one report, written beside its outputs by every build
 * ({@code catalogue/<slug>.json}), so the catalogue can list reports built by earlier runs.
 *
 * @param slug        the report's name
 * @param title       title
 * @param subtitle    subtitle, or {@code null}
 * @param series      series label
 * @param authors     author names
 * @param date        publication date, ISO
 * @param modified    when the outputs were made, ISO instant
 * @param identifier  the publication's identifier
 * @param language    BCP 47 tag
 * @param summary     the abstract as plain text, or {@code null}
 * @param publisher   the organisation, or {@code null}
 * @param editions    format name → output path relative to the output folder, as built
 * @param fonts       the families the report's words are set in, first choice first (its brand's
 *                    text stack, then its faces for other scripts): the catalogue sets its title,
 *                    names and summary in them, from the web edition's faces
 */
public record CatalogueCard(String slug, String title, String subtitle, String series, List<String> authors,
                            String date, String modified, String identifier, String language, String summary,
                            String publisher, Map<String, String> editions, List<String> fonts) {

    /** The folder inside the output folder that holds the cards and the cover pictures. */
    public static final String FOLDER = "catalogue";

    public CatalogueCard {
        authors = List.copyOf(authors);
        editions = new TreeMap<>(editions);
        fonts = fonts == null ? List.of() : List.copyOf(fonts);
    }

    /** The card of a publication whose outputs are {@code editions}. */
    public static CatalogueCard of(Publication publication, Map<String, String> editions) {
        Metadata m = publication.metadata();
        return new CatalogueCard(publication.slug(), m.title(), m.subtitle(), m.series(), m.authors(),
                m.date().toString(), m.modified().toString(), m.identifier(), m.language(), m.description(),
                m.publisher(), editions, families(publication.brand()));
    }

    /** The brand's first prose stack, then its faces for other scripts, as the web stylesheet's stacks. */
    private static List<String> families(org.imprint.brand.Brand brand) {
        java.util.Set<String> families = new java.util.LinkedHashSet<>();
        brand.proseStacks().stream().findFirst().ifPresent(families::addAll);
        families.addAll(brand.scriptFamilies());
        return new ArrayList<>(families);
    }

    /** Where the card of a report goes, relative to the output folder. */
    public static String cardPath(String slug) {
        return FOLDER + "/" + slug + ".json";
    }

    /** Where the cover picture of a report goes, relative to the output folder. */
    public static String coverPath(String slug) {
        return FOLDER + "/" + slug + ".jpg";
    }

    /** Where the thumbnail of a report's cover goes, relative to the output folder. */
    public static String thumbnailPath(String slug) {
        return FOLDER + "/" + slug + "-thumbnail.jpg";
    }

    public String toJson() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", slug);
        m.put("title", title);
        m.put("subtitle", subtitle);
        m.put("series", series);
        m.put("authors", new ArrayList<>(authors));
        m.put("date", date);
        m.put("modified", modified);
        m.put("identifier", identifier);
        m.put("language", language);
        m.put("summary", summary);
        m.put("publisher", publisher);
        m.put("editions", editions);
        m.put("fonts", new ArrayList<>(fonts));
        return JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(m);
    }

    /** The card in a file, or {@code null} when it is missing or unreadable (the report is then listed by its name). */
    public static CatalogueCard read(Path file) {
        try {
            Map<String, Object> m = JSON.std.mapFrom(Files.readString(file));
            Map<String, String> editions = new TreeMap<>();
            if (m.get("editions") instanceof Map<?, ?> e) {
                e.forEach((k, v) -> editions.put(String.valueOf(k), String.valueOf(v)));
            }
            List<String> authors = m.get("authors") instanceof List<?> a ? a.stream().map(String::valueOf).toList() : List.of();
            return new CatalogueCard(text(m, "slug"), text(m, "title"), text(m, "subtitle"), text(m, "series"), authors,
                    text(m, "date"), text(m, "modified"), text(m, "identifier"), text(m, "language"), text(m, "summary"),
                    text(m, "publisher"), editions,
                    m.get("fonts") instanceof List<?> f ? f.stream().map(String::valueOf).toList() : List.of());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : String.valueOf(v);
    }
}
