package org.imprint.brand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.imprint.Engine;
import org.imprint.ReportException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Finds and reads brands under a templates folder, once per brand: a batch shares them. A brand
 * may build on another ({@code extends: rcas} in its {@code brand.yaml}): its profile is laid
 * over the other's (see {@link ProfileMerge}) and its layouts are looked up in its own folder
 * first, then in the other's.
 */
public final class BrandLoader {

    /** The profile's file name inside a brand folder. */
    public static final String PROFILE = "brand.yaml";

    /** The profile key naming the brand a brand builds on. */
    private static final String EXTENDS = "extends";

    private final Path templates;
    private final Path fonts;
    private final Map<String, Brand> loaded = new ConcurrentHashMap<>();

    /**
     * @param templates the folder holding one folder per brand
     * @param fonts     the folder holding the font files the brands name
     */
    public BrandLoader(Path templates, Path fonts) {
        this.templates = templates;
        this.fonts = fonts;
    }

    /**
     * The named brand.
     *
     * @param name   the brand's folder name
     * @param source the article that asked for it, named in the error when the brand is unknown
     * @param line   the line of the article that names the brand, or 0
     */
    public Brand load(String name, Path source, int line) throws ReportException {
        Brand brand = loaded.get(name);
        if (brand == null) {
            brand = read(name, source, line);
            loaded.putIfAbsent(name, brand);
        }
        return brand;
    }

    private Brand read(String name, Path source, int line) throws ReportException {
        Path folder = templates.resolve(name);
        Path file = folder.resolve(PROFILE);
        if (!Files.isRegularFile(file)) {
            throw new ReportException(source, line, "unknown brand \"" + name + "\"; the brands are "
                    + String.join(", ", available()) + " (folders with a " + PROFILE + " under " + templates.getFileName() + "/)");
        }
        List<Path> folders = new ArrayList<>();
        Map<String, Object> profile = profile(name, folders);
        Map<String, Object> fontsSection = map(profile, "fonts", file);
        List<FontFace> faces = new ArrayList<>();
        for (Object o : list(fontsSection, "faces", file)) {
            if (!(o instanceof Map<?, ?> face) || !(face.get("family") instanceof String family)
                    || !(face.get("file") instanceof String fileName)) {
                throw new ReportException(file, 0, "each entry of fonts.faces needs family: and file:");
            }
            Path fontFile = fonts.resolve(fileName);
            if (!Files.isRegularFile(fontFile)) {
                throw new ReportException(file, 0, "font file " + fontFile + " named in fonts.faces does not exist");
            }
            int weight = face.get("weight") instanceof Number n ? n.intValue() : 400;
            boolean italic = "italic".equals(face.get("style"));
            faces.add(new FontFace(family, fontFile, weight, italic));
        }
        // every list of family names under fonts: (serif, sans, mono, ...) is a stack
        List<List<String>> stacks = new ArrayList<>();
        for (var e : fontsSection.entrySet()) {
            if (!e.getKey().equals("faces") && e.getValue() instanceof List<?> l) {
                stacks.add(l.stream().map(String::valueOf).toList());
            }
        }
        List<String> parts = list(profile, "parts", file).stream().map(String::valueOf).collect(Collectors.toList());
        for (String part : parts) {
            if (folders.stream().noneMatch(f -> Files.isRegularFile(f.resolve("layouts").resolve(part + ".ftlh")))) {
                throw new ReportException(file, 0, "part \"" + part + "\" has no layout: add layouts/" + part + ".ftlh");
            }
        }
        Map<String, String> labels = new java.util.HashMap<>();
        for (var e : map(profile, "labels", file).entrySet()) {
            labels.put(e.getKey(), String.valueOf(e.getValue()));
        }
        for (String required : List.of("figure", "notes")) {
            if (!labels.containsKey(required)) {
                throw new ReportException(file, 0, "missing labels." + required + " in the brand profile");
            }
        }
        Object engine = profile.get("engine");
        if (engine != null) {
            try {
                Engine.parse(String.valueOf(engine));
            } catch (IllegalArgumentException e) {
                throw new ReportException(file, lineOf(file, "engine"), "unknown engine \"" + engine + "\" (use pdfbox or openpdf)");
            }
        }
        try {
            HyphenationSettings.of(profile);
        } catch (IllegalArgumentException e) {
            throw new ReportException(file, lineOf(file, "hyphenation"), e.getMessage());
        }
        Object notes = profile.get("notes");
        if (notes != null && !notes.equals("page-foot") && !notes.equals("endnotes")) {
            throw new ReportException(file, lineOf(file, "notes"), "unknown notes \"" + notes + "\" (use page-foot or endnotes)");
        }
        String dateFormat = text(profile, "date_format", file);
        try {
            DateTimeFormatter.ofPattern(dateFormat);
        } catch (IllegalArgumentException e) {
            throw new ReportException(file, 0, "date_format \"" + dateFormat + "\" is not a java.time pattern: " + e.getMessage());
        }
        return new Brand(name, folders, profile, faces, stacks, parts,
                text(map(profile, "series", file), "default", file),
                dateFormat,
                text(map(profile, "organisation", file), "name", file),
                labels);
    }

    /**
     * The brand's profile laid over the profiles of the brands it extends ({@code extends:}),
     * adding each brand's folder to {@code folders}, the brand's own first.
     */
    private Map<String, Object> profile(String name, List<Path> folders) throws ReportException {
        Path folder = templates.resolve(name);
        Path file = folder.resolve(PROFILE);
        folders.add(folder);
        Map<String, Object> own = parse(file);
        if (!own.containsKey(EXTENDS)) {
            return own;
        }
        int line = lineOf(file, EXTENDS);
        if (!(own.get(EXTENDS) instanceof String parent) || !parent.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new ReportException(file, line, "extends: must name one brand, a folder under templates/ (e.g. extends: rcas)");
        }
        Path parentFolder = templates.resolve(parent);
        if (folders.contains(parentFolder)) {
            List<String> cycle = new ArrayList<>(folders.stream().map(f -> f.getFileName().toString()).toList());
            cycle.add(parent);
            throw new ReportException(file, line, "brands cannot extend each other in a circle ("
                    + String.join(" extends ", cycle) + "); remove one of the extends: keys");
        }
        if (!Files.isRegularFile(parentFolder.resolve(PROFILE))) {
            throw new ReportException(file, line, "brand \"" + name + "\" extends unknown brand \"" + parent
                    + "\": there is no " + parentFolder.resolve(PROFILE) + " (brands here: " + String.join(", ", available()) + ")");
        }
        Map<String, Object> merged = ProfileMerge.merge(profile(parent, folders), own);
        merged.remove(EXTENDS);
        return merged;
    }

    /** The 1-based line on which a top-level key is set, or 0: for messages about that key. */
    private static int lineOf(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(key + ":")) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // the line is a courtesy; the message stands without it
        }
        return 0;
    }

    private List<String> available() {
        try (var list = Files.list(templates)) {
            return list.filter(p -> Files.isRegularFile(p.resolve(PROFILE)))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(Path file) throws ReportException {
        try {
            Object root = new Load(LoadSettings.builder().setLabel(file.toString()).build())
                    .loadFromString(Files.readString(file));
            if (!(root instanceof Map<?, ?>)) {
                throw new ReportException(file, 1, "a brand profile must be a mapping of keys to values");
            }
            return (Map<String, Object>) root;
        } catch (MarkedYamlEngineException e) {
            throw new ReportException(file, e.getProblemMark().map(m -> m.getLine() + 1).orElse(0),
                    "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException | IOException e) {
            throw new ReportException(file, 0, "cannot read the brand profile: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key, Path file) throws ReportException {
        if (parent.get(key) instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new ReportException(file, 0, "missing section \"" + key + ":\" in the brand profile");
    }

    private static List<?> list(Map<String, Object> parent, String key, Path file) throws ReportException {
        if (parent.get(key) instanceof List<?> l) {
            return l;
        }
        throw new ReportException(file, 0, "\"" + key + "\" must be a list in the brand profile");
    }

    private static String text(Map<String, Object> parent, String key, Path file) throws ReportException {
        if (parent.get(key) instanceof String s && !s.isBlank()) {
            return s;
        }
        throw new ReportException(file, 0, "missing text \"" + key + ":\" in the brand profile");
    }
}
