package org.imprint.scaffold;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.imprint.ReportException;
import org.imprint.article.ArticleLoader;
import org.imprint.brand.Brand;
import org.imprint.brand.BrandLoader;
import org.imprint.layout.LayoutEngine;

/**
 * Starts a new report from its brand's scaffold: the files in {@code templates/<brand>/scaffold/},
 * or in the scaffold of a brand it extends. A {@code .ftl} file there is a FreeMarker template
 * and is written without that suffix ({@code article.md.ftl} becomes {@code article.md}); every
 * other file is copied as it is. The words of the scaffold belong to the brand, not to Java.
 */
public final class Scaffolder {

    /** The folder in a brand that holds its scaffold. */
    public static final String SCAFFOLD = "scaffold";

    private static final String TEMPLATE_SUFFIX = ".ftl";

    private final BrandLoader brands;

    /**
     * @param templates folder with one folder per brand
     * @param fonts     folder with the font files brands name
     */
    public Scaffolder(Path templates, Path fonts) {
        this.brands = new BrandLoader(templates, fonts);
    }

    /**
     * Creates {@code folder} and writes the scaffold into it.
     *
     * @param folder the new report folder; its name is the report's slug
     * @param brand  the brand's name
     * @param title  the report's title, or {@code null} for one made from the folder's name
     * @param date   the report's date
     * @return the files written, in path order
     * @throws FileAlreadyExistsException when {@code folder} exists: nothing is overwritten
     * @throws ReportException            when the brand is unknown, broken or has no scaffold
     */
    public List<Path> create(Path folder, String brand, String title, LocalDate date) throws IOException, ReportException {
        if (Files.exists(folder)) {
            throw new FileAlreadyExistsException(folder.toString(), null, "it already exists; choose a new folder name, or delete the old folder first");
        }
        Path article = folder.resolve(ArticleLoader.ARTICLE_FILE);
        Brand loaded = brands.load(brand, article, 0);
        Map<Path, Path> files = scaffoldFiles(loaded);
        if (!files.containsKey(Path.of(ArticleLoader.ARTICLE_FILE + TEMPLATE_SUFFIX))
                && !files.containsKey(Path.of(ArticleLoader.ARTICLE_FILE))) {
            throw new ReportException(loaded.folder().resolve(BrandLoader.PROFILE), 0, "brand \"" + brand
                    + "\" has no scaffold: add " + SCAFFOLD + "/" + ArticleLoader.ARTICLE_FILE + TEMPLATE_SUFFIX + " to its folder");
        }
        String slug = folder.toAbsolutePath().normalize().getFileName().toString();
        Map<String, Object> model = new HashMap<>();
        model.put("brand", loaded.profile());
        model.put("brand_name", loaded.name());
        model.put("slug", slug);
        model.put("title", title != null ? title : titleFrom(slug));
        model.put("date", date.toString());

        // every template is rendered before anything is written: a broken scaffold leaves no
        // half-made folder behind, which would then block the next attempt
        LayoutEngine engine = new LayoutEngine(loaded);
        Map<Path, String> rendered = new TreeMap<>();
        for (Path name : files.keySet()) {
            String template = name.toString().replace('\\', '/');
            if (template.endsWith(TEMPLATE_SUFFIX)) {
                rendered.put(name, engine.render(SCAFFOLD + "/" + template, model));
            }
        }
        Files.createDirectories(folder.toAbsolutePath().normalize().getParent());
        Files.createDirectory(folder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, Path> e : files.entrySet()) {
            Path target = folder.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            String text = rendered.get(e.getKey());
            if (text != null) {
                String name = target.getFileName().toString();
                target = target.resolveSibling(name.substring(0, name.length() - TEMPLATE_SUFFIX.length()));
                Files.writeString(target, text);
            } else {
                Files.copy(e.getValue(), target);
            }
            written.add(target);
        }
        return written;
    }

    /**
     * The scaffold's files by their path inside {@code scaffold/}: a brand's own file replaces
     * the file at the same path in the brands it extends.
     */
    private static Map<Path, Path> scaffoldFiles(Brand brand) throws IOException {
        Map<Path, Path> files = new TreeMap<>();
        List<Path> parentsFirst = new ArrayList<>(brand.folders());
        Collections.reverse(parentsFirst);
        for (Path brandFolder : parentsFirst) {
            Path scaffold = brandFolder.resolve(SCAFFOLD);
            if (Files.isDirectory(scaffold)) {
                try (Stream<Path> walk = Files.walk(scaffold)) {
                    for (Path file : walk.filter(Files::isRegularFile).toList()) {
                        files.put(scaffold.relativize(file), file);
                    }
                }
            }
        }
        return files;
    }

    /**
     * A working title from a folder name: "2026-05-port-cities" gives "Port Cities". A leading
     * date is dropped, as report folders often start with one.
     */
    static String titleFrom(String slug) {
        String words = slug.replaceFirst("^\\d{4}(-\\d{1,2}){0,2}[-_]?", "").replaceAll("[-_.]+", " ").strip();
        if (words.isEmpty()) {
            return "Untitled Report";
        }
        StringBuilder title = new StringBuilder();
        for (String word : words.split(" ")) {
            if (!title.isEmpty()) {
                title.append(' ');
            }
            title.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return title.toString();
    }
}
