package org.imprint.brand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.imprint.markdown.NoteStyle;


/**
 * A brand: its profile ({@code brand.yaml}) and the folders holding its layouts and stylesheets.
 *
 * @param name          the folder name under {@code templates/}
 * @param folders       where its layouts are looked up: the brand's own folder first, then the
 *                      folders of the brands it extends, nearest first
 * @param profile       the whole profile, merged over the profiles it extends; handed to layouts
 *                      as {@code brand}
 * @param fonts         the font files to embed
 * @param fontStacks    the font stacks the stylesheets use (family names, first choice first)
 * @param parts         layout names of the report's parts, in reading order
 * @param defaultSeries the series label when an article names none
 * @param dateFormat    pattern for dates shown to readers
 * @param publisher     the organisation's name, for metadata
 * @param labels        the words layouts and writers print, by key (figure, notes, contents, ...)
 * @param lines         where each key of the profile is set, for messages about its values
 * @param accessibility its colour pairs measured against WCAG 2.1 AA; writers claim WCAG
 *                      conformance only when {@link BrandAccessibility#contrastPasses()}
 * @param lostTranslations the translations of the brands it extends that it drops because it
 *                      words their labels anew (see {@link #lostTranslations(String)})
 */
public record Brand(
        String name,
        List<Path> folders,
        Map<String, Object> profile,
        List<FontFace> fonts,
        List<List<String>> fontStacks,
        List<String> parts,
        String defaultSeries,
        String dateFormat,
        String publisher,
        Map<String, String> labels,
        ProfileLines lines,
        BrandAccessibility accessibility,
        List<LostTranslation> lostTranslations) {

    public Brand {
        folders = List.copyOf(folders);
        profile = Map.copyOf(profile);
        fonts = List.copyOf(fonts);
        fontStacks = List.copyOf(fontStacks);
        parts = List.copyOf(parts);
        labels = Map.copyOf(labels);
        lostTranslations = List.copyOf(lostTranslations);
    }

    /**
     * The labels an article in {@code language} prints in the brand's own words because the
     * brand rewords them and so drops the translations of the brand it extends, and gives none of
     * its own: the build warns of them (only for the article's language, which it prints).
     */
    public List<LostTranslation> lostTranslations(String language) {
        String primary = language == null ? "" : language.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
        Map<?, ?> own = profile.get("languages") instanceof Map<?, ?> languages
                && languages.get(primary) instanceof Map<?, ?> given && given.get("labels") instanceof Map<?, ?> l ? l : Map.of();
        return lostTranslations.stream().filter(t -> t.language().equals(primary) && !own.containsKey(t.label())).toList();
    }

    /**
     * The brand's faces for other scripts and symbols ({@code fonts.scripts}): the PDFBox engine
     * sets in them only the runs of text whose first face, in the order of {@code fonts.faces}, is one of them.
     */
    public List<String> scriptFamilies() {
        return profile.get("fonts") instanceof Map<?, ?> f && f.get("scripts") instanceof List<?> scripts
                ? scripts.stream().map(String::valueOf).toList() : List.of();
    }

    /**
     * The stacks prose is set in: every list under {@code fonts:} but {@code scripts} and
     * {@code mono} (code only), without the faces for other scripts, first choice first.
     */
    public List<List<String>> proseStacks() {
        List<List<String>> stacks = new java.util.ArrayList<>();
        if (profile.get("fonts") instanceof Map<?, ?> f) {
            for (var e : f.entrySet()) {
                if (!List.of("faces", "scripts", "mono").contains(String.valueOf(e.getKey())) && e.getValue() instanceof List<?> l) {
                    stacks.add(l.stream().map(String::valueOf).toList());
                }
            }
        }
        return stacks;
    }

    /** How the brand hyphenates its PDFs ({@code hyphenation:}, checked when loaded). */
    public HyphenationSettings hyphenation() {
        return HyphenationSettings.of(profile);
    }

    /**
     * Where the PDF sets notes ({@code notes:} in the profile, checked when loaded):
     * {@code page-foot} (the default) or {@code endnotes}. The e-book always has endnotes.
     */
    public NoteStyle notes() {
        return "endnotes".equals(profile.get("notes")) ? NoteStyle.ENDNOTES
                : NoteStyle.PAGE_FOOT;
    }

    /** The brand's own folder, {@code templates/<name>}. */
    public Path folder() {
        return folders.get(0);
    }

    /** The label for {@code key}, or the key itself when the brand has none. */
    public String label(String key) {
        return labels.getOrDefault(key, key);
    }

    /**
     * The brand as an article in {@code language} sees it: the words and date pattern of
     * {@code languages.<language>} in the profile (matched by the tag's language subtag, "ur" for
     * "ur-PK") over {@code labels} and {@code date_format}. The brand's own {@code date_format}
     * is written for English: a language that has none of its own dates as CLDR's long date of
     * that language ({@link CldrDates}), "2026年4月21日" in Chinese, "21 tháng 4, 2026" in
     * Vietnamese, not the English order with the language's month names.
     */
    @SuppressWarnings("unchecked")
    public Brand forLanguage(String language) {
        String primary = language.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
        Map<?, ?> own = profile.get("languages") instanceof Map<?, ?> languages
                && languages.get(primary) instanceof Map<?, ?> given ? given : Map.of();
        String pattern = own.get("date_format") instanceof String p ? p
                : primary.isEmpty() || primary.equals("en") ? dateFormat : CldrDates.longPattern(language);
        if (own.isEmpty() && pattern.equals(dateFormat)) {
            return this;
        }
        Map<String, String> words = new java.util.HashMap<>(labels);
        Map<String, Object> profileWords = new java.util.HashMap<>((Map<String, Object>) profile.getOrDefault("labels", Map.of()));
        if (own.get("labels") instanceof Map<?, ?> ownLabels) {
            ownLabels.forEach((k, v) -> {
                words.put(String.valueOf(k), String.valueOf(v));
                profileWords.put(String.valueOf(k), String.valueOf(v));
            });
        }
        Map<String, Object> merged = new java.util.HashMap<>(profile);
        merged.put("labels", profileWords);
        merged.put("date_format", pattern);
        return new Brand(name, folders, merged, fonts, fontStacks, parts, defaultSeries, pattern, publisher, words,
                lines, accessibility, lostTranslations);
    }

    /** The brand's date pattern as a formatter. */
    public DateTimeFormatter dateFormatter(java.util.Locale locale) {
        return DateTimeFormatter.ofPattern(dateFormat, locale);
    }

    private static final Pattern LITERAL_ID = Pattern.compile("\\bid=\"([A-Za-z][A-Za-z0-9_-]*)\"");

    /**
     * The ids the brand's layouts write literally ({@code id="article"}): a heading of the
     * article must not take one of them ("## Article"), or the documents would hold it twice.
     */
    public Set<String> layoutIds() {
        Set<String> ids = new HashSet<>();
        for (Path folder : folders) {
            Path layouts = folder.resolve("layouts");
            if (!Files.isDirectory(layouts)) {
                continue;
            }
            try (var files = Files.list(layouts)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".ftlh")).toList()) {
                    LITERAL_ID.matcher(Files.readString(file)).results().forEach(m -> ids.add(m.group(1)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ids;
    }
}
