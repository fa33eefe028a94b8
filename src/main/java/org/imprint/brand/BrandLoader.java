package org.imprint.brand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.imprint.ReportException;

/**
 * Finds and reads brands under a templates folder, once per brand: a batch shares them. A brand
 * may build on another ({@code extends: rcas} in its {@code brand.yaml}): its profile is laid
 * over the other's (see {@link ProfileMerge}; a label it words differently loses the other's
 * translations of it, {@link ProfileMerge#withoutStaleTranslations}) and its layouts are looked up
 * in its own folder first, then in the other's. Every problem names the {@code brand.yaml} and line
 * of the value at fault, in whichever brand of the chain sets it.
 *
 * <p>Loading a brand also measures the colour pairs its {@code accessibility:} section declares
 * against WCAG 2.1 AA (see {@link ContrastRules}); the result is {@link Brand#accessibility()}.
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
     * @throws ReportException when the brand is unknown or its profile is wrong, naming
     *                         {@code brand.yaml} and line; also when a colour pair is below WCAG
     *                         2.1 AA and the brand sets {@code accessibility.contrast: error}
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
        List<LostTranslation> lost = new ArrayList<>();
        BrandYaml merged = profile(name, folders, lost);
        Map<String, Object> profile = merged.values();
        ProfileLines lines = new ProfileLines(file, merged.lines());

        Map<String, Object> fontsSection = map(profile, "fonts", lines);
        List<FontFace> faces = new ArrayList<>();
        List<?> faceList = list(fontsSection.get("faces"), "fonts.faces", lines);
        for (int i = 0; i < faceList.size(); i++) {
            String at = "fonts.faces[" + (i + 1) + "]";
            if (!(faceList.get(i) instanceof Map<?, ?> face) || !(face.get("family") instanceof String family)
                    || !(face.get("file") instanceof String fileName)) {
                throw lines.error(at, "each entry of fonts.faces needs family: and file:,"
                        + " e.g. { family: Noto Serif, file: NotoSerif-Regular.ttf }");
            }
            Path fontFile = fonts.resolve(fileName);
            if (!Files.isRegularFile(fontFile)) {
                throw lines.error(at + ".file", "font file " + fontFile + " named in fonts.faces does not exist");
            }
            int weight = face.get("weight") instanceof Number n ? n.intValue() : 400;
            boolean italic = "italic".equals(face.get("style"));
            faces.add(new FontFace(family, fontFile, weight, italic));
        }
        // every list of family names under fonts: (serif, sans, mono, ...) is a stack; the faces
        // for other scripts (fonts.scripts) are tried after each stack's own
        List<String> scripts = fontsSection.get("scripts") instanceof List<?> l
                ? l.stream().map(String::valueOf).toList() : List.of();
        List<List<String>> stacks = new ArrayList<>();
        for (var e : fontsSection.entrySet()) {
            if (!e.getKey().equals("faces") && !e.getKey().equals("scripts") && e.getValue() instanceof List<?> l) {
                List<String> stack = new ArrayList<>(l.stream().map(String::valueOf).toList());
                scripts.stream().filter(f -> !stack.contains(f)).forEach(stack::add);
                stacks.add(List.copyOf(stack));
            }
        }

        List<String> parts = list(profile.get("parts"), "parts", lines).stream().map(String::valueOf).toList();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (folders.stream().noneMatch(f -> Files.isRegularFile(f.resolve("layouts").resolve(part + ".ftlh")))) {
                throw lines.error("parts[" + (i + 1) + "]", "part \"" + part + "\" has no layout: add layouts/" + part + ".ftlh");
            }
        }

        Map<String, String> labels = new HashMap<>();
        for (var e : map(profile, "labels", lines).entrySet()) {
            labels.put(e.getKey(), String.valueOf(e.getValue()));
        }
        for (String required : List.of("figure", "notes")) {
            if (!labels.containsKey(required)) {
                throw lines.error("labels", "missing labels." + required + " in the brand profile");
            }
        }
        // engine: is checked where the engines are known, when a PDF is made (PdfOutput)
        try {
            HyphenationSettings.of(profile);
        } catch (IllegalArgumentException e) {
            throw lines.error("hyphenation", e.getMessage());
        }
        Object notes = profile.get("notes");
        if (notes != null && !notes.equals("page-foot") && !notes.equals("endnotes")) {
            throw lines.error("notes", "unknown notes \"" + notes + "\" (use page-foot or endnotes)");
        }
        String dateFormat = text(profile, "date_format", lines);
        try {
            DateTimeFormatter.ofPattern(dateFormat);
        } catch (IllegalArgumentException e) {
            throw lines.error("date_format", "date_format \"" + dateFormat + "\" is not a java.time pattern: " + e.getMessage());
        }
        // languages: { ur: { labels: {...}, date_format: ... } }: words for articles in other languages
        if (profile.get("languages") != null) {
            for (var language : map(profile, "languages", lines).entrySet()) {
                String at = "languages." + language.getKey();
                if (!(language.getValue() instanceof Map<?, ?> own)) {
                    throw lines.error(at, at + " must be a mapping with labels: and date_format:");
                }
                if (own.get("labels") != null && !(own.get("labels") instanceof Map)) {
                    throw lines.error(at + ".labels", at + ".labels must be a mapping of label names to words");
                }
                if (own.get("date_format") != null) {
                    try {
                        DateTimeFormatter.ofPattern(String.valueOf(own.get("date_format")));
                    } catch (IllegalArgumentException e) {
                        throw lines.error(at + ".date_format", at + ".date_format \"" + own.get("date_format")
                                + "\" is not a java.time pattern: " + e.getMessage());
                    }
                }
            }
        }

        BrandAccessibility accessibility = ContrastRules.check(profile, lines);
        List<ContrastResult> failures = accessibility.failures();
        if (accessibility.contrastIsError() && !failures.isEmpty()) {
            ContrastResult first = failures.get(0);
            throw new ReportException(first.line().file(), first.line().line(), first.message()
                    + (failures.size() > 1 ? " (and " + (failures.size() - 1) + " more pairs below AA)" : "")
                    + "; the brand sets accessibility.contrast: error, so the build stops");
        }
        return new Brand(name, folders, profile, faces, stacks, parts,
                text(map(profile, "series", lines), "series.default", lines),
                dateFormat,
                text(map(profile, "organisation", lines), "organisation.name", lines),
                labels, lines, accessibility, lost);
    }

    /**
     * The brand's profile laid over the profiles of the brands it extends ({@code extends:}),
     * with the line of every key, adding each brand's folder to {@code folders}, the brand's own
     * first.
     */
    private BrandYaml profile(String name, List<Path> folders, List<LostTranslation> lost) throws ReportException {
        Path folder = templates.resolve(name);
        Path file = folder.resolve(PROFILE);
        folders.add(folder);
        BrandYaml own = BrandYaml.read(file);
        rejectEmptyLabels(own, file);
        if (!own.values().containsKey(EXTENDS)) {
            return own;
        }
        ProfileLines ownLines = new ProfileLines(file, own.lines());
        if (!(own.values().get(EXTENDS) instanceof String parent) || !parent.matches("[a-z0-9][a-z0-9_-]*")) {
            throw ownLines.error(EXTENDS, "extends: must name one brand, a folder under templates/ (e.g. extends: rcas)");
        }
        Path parentFolder = templates.resolve(parent);
        if (folders.contains(parentFolder)) {
            List<String> cycle = new ArrayList<>(folders.stream().map(f -> f.getFileName().toString()).toList());
            cycle.add(parent);
            throw ownLines.error(EXTENDS, "brands cannot extend each other in a circle ("
                    + String.join(" extends ", cycle) + "); remove one of the extends: keys");
        }
        if (!Files.isRegularFile(parentFolder.resolve(PROFILE))) {
            throw ownLines.error(EXTENDS, "brand \"" + name + "\" extends unknown brand \"" + parent
                    + "\": there is no " + parentFolder.resolve(PROFILE) + " (brands here: " + String.join(", ", available()) + ")");
        }
        BrandYaml inherited = ProfileMerge.withoutStaleTranslations(profile(parent, folders, lost), own.values(), parent,
                own.lines(), lost);
        Map<String, Object> values = ProfileMerge.merge(inherited.values(), own.values());
        values.remove(EXTENDS);
        return new BrandYaml(values, ProfileMerge.mergeLines(inherited.values(), inherited.lines(), own.values(), own.lines()));
    }

    /**
     * Refuses a label set to {@code null} (or nothing) in {@code labels} or
     * {@code languages.<language>.labels}: the layouts print labels, and without one they printed
     * "null", failed in a layout ("macros.ftlh:27 ... brand.labels.byline_comma") or, for a
     * language, fell back to the English word silently (an Urdu byline joined with " and ").
     */
    private static void rejectEmptyLabels(BrandYaml own, Path file) throws ReportException {
        ProfileLines lines = new ProfileLines(file, own.lines());
        if (own.values().get("labels") instanceof Map<?, ?> labels) {
            for (var label : labels.entrySet()) {
                if (label.getValue() == null) {
                    String at = "labels." + label.getKey();
                    throw lines.error(at, at + " has no words (null): the layouts print it; give its words"
                            + " (e.g. " + label.getKey() + ": \"...\"), or leave the key out to keep the words"
                            + " of the brand this one extends");
                }
            }
        }
        if (own.values().get("languages") instanceof Map<?, ?> languages) {
            for (var language : languages.entrySet()) {
                if (language.getValue() instanceof Map<?, ?> l && l.get("labels") instanceof Map<?, ?> labels) {
                    for (var label : labels.entrySet()) {
                        if (label.getValue() == null) {
                            String at = "languages." + language.getKey() + ".labels." + label.getKey();
                            throw lines.error(at, at + " has no words (null): give the words in that language,"
                                    + " leave the key out to keep the inherited ones, or give \"\" for none (an optional"
                                    + " form such as byline_and_other_script is then not used)");
                        }
                    }
                }
            }
        }
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
    private static Map<String, Object> map(Map<String, Object> parent, String key, ProfileLines lines) throws ReportException {
        if (parent.get(key) instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw lines.error(key, "missing section \"" + key + ":\" in the brand profile");
    }

    private static List<?> list(Object value, String path, ProfileLines lines) throws ReportException {
        if (value instanceof List<?> l) {
            return l;
        }
        throw lines.error(path, "\"" + path + "\" must be a list in the brand profile");
    }

    /** The text at {@code path}, whose last part is its key in {@code parent}. */
    private static String text(Map<String, Object> parent, String path, ProfileLines lines) throws ReportException {
        String key = path.substring(path.lastIndexOf('.') + 1);
        if (parent.get(key) instanceof String s && !s.isBlank()) {
            return s;
        }
        throw lines.error(path, "missing text \"" + path + ":\" in the brand profile");
    }
}
