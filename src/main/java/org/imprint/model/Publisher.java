package org.imprint.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.imprint.ReportException;
import org.imprint.article.Article;
import org.imprint.article.Author;
import org.imprint.article.ImageInfo;
import org.imprint.article.Reference;
import org.imprint.brand.Brand;
import org.imprint.image.SafeSvg;
import org.imprint.markdown.Figure;
import org.imprint.markdown.HtmlSanitizer;
import org.imprint.markdown.Labels;
import org.imprint.markdown.MarkdownRenderer;
import org.imprint.markdown.ParsedBody;

/**
 * The model stage of the pipeline: makes the {@link Publication} of a loaded report. Reads each
 * image once, assembles the metadata once, nests the outline. Safe to share between threads.
 */
public final class Publisher {

    private final MarkdownRenderer markdown;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final Instant sourceDate;

    /**
     * @param markdown   the Markdown renderer
     * @param sourceDate the date every output carries as its modification date
     *                   ({@code SOURCE_DATE_EPOCH}), or {@code null} for the article's date
     */
    public Publisher(MarkdownRenderer markdown, Instant sourceDate) {
        this.markdown = markdown;
        this.sourceDate = sourceDate;
    }

    /**
     * @param images its checked images, by the source text the article used
     * @return the publication; its cover has no recipe yet: the caller gives it one
     */
    public Publication publish(Article article, Brand brand, ParsedBody body, Map<String, ImageInfo> images)
            throws ReportException {
        List<ImageAsset> resources = new ArrayList<>();
        Set<String> portrait = new HashSet<>();
        Set<String> taken = new HashSet<>();
        images.values().forEach(info -> taken.add(info.href()));
        Map<String, String> documentHref = new HashMap<>();
        Map<String, String> byReference = new HashMap<>();
        for (Map.Entry<String, ImageInfo> e : images.entrySet()) {
            ImageInfo info = e.getValue();
            if (info.portrait()) {
                portrait.add(e.getKey());
            }
            String href = documentHref.get(info.href());
            if (href == null) {
                ImageAsset asset = read(article, info, taken);
                href = asset.href();
                documentHref.put(info.href(), href);
                resources.add(asset);
            }
            byReference.put(referenceKey(e.getKey()), href);
        }
        // Documents name each image by its safe name: never the network, never a query, fragment,
        // space or misleading extension, which renderers and EPUB readers would not resolve.
        UnaryOperator<String> imageSource = src -> byReference.getOrDefault(referenceKey(src), src);
        Markup markup = new Markup(markdown, sanitizer, body, new Labels(brand.label("figure"), brand.label("notes")),
                portrait, imageSource, article.rightToLeft());
        List<FigureEntry> figures = body.figures().stream()
                .map((Figure f) -> new FigureEntry(f.number(), f.source(), f.caption(), f.line(), imageSource.apply(f.source()))).toList();
        return new Publication(article, brand, brand.parts(), metadata(article, brand),
                OutlineEntry.of(body.headings(), body.noteNumbers().isEmpty() ? null : brand.label("notes"),
                        body.cited().entries().isEmpty() ? null : body.cited().heading()),
                figures, List.copyOf(body.noteNumbers().keySet()), new Resources(article.folder(), resources), markup,
                new Memo<>(null), body.cited());
    }

    private Metadata metadata(Article article, Brand brand) {
        Instant modified = sourceDate != null ? sourceDate : article.date().atStartOfDay().toInstant(ZoneOffset.UTC);
        String description = article.abstractText() == null ? null : markdown.plainText(article.abstractText());
        if (description != null && description.isBlank()) {
            description = null;   // an abstract of a script only: an empty dc:description is invalid EPUB
        }
        Object rights = brand.profile().get("rights");
        return new Metadata(article.title(), article.subtitle(),
                article.series() != null ? article.series() : brand.defaultSeries(),
                article.authors().stream().map(Author::name).toList(), article.date(), modified,
                identifier(article, brand), brand.publisher(), article.language(), article.keywords(),
                rights == null ? null : String.valueOf(rights), description);
    }

    /** The front matter's identifier, else a UUID derived from brand and slug: rebuilds keep it. */
    private static String identifier(Article article, Brand brand) {
        if (article.identifier() != null) {
            return article.identifier();
        }
        String name = "imprint:" + brand.name() + "/" + article.slug();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static ImageAsset read(Article article, ImageInfo info, Set<String> taken) throws ReportException {
        byte[] data;
        try {
            data = Files.readAllBytes(info.file());
        } catch (IOException e) {
            throw new ReportException(article.source(), 0, "image \"" + info.href() + "\" cannot be read ("
                    + e.getMessage() + "); check that the file is readable");
        }
        String mediaType = mediaType(data);
        return new ImageAsset(safeHref(info.href(), mediaType, taken), info.file(), data, sha256(data), mediaType,
                info.width(), info.height());
    }

    /** The same image, however the article wrote it: escapes decoded, query and fragment dropped. */
    private static String referenceKey(String src) {
        Reference reference = Reference.of(src);
        return reference.kind() == Reference.Kind.LOCAL ? reference.path() : Reference.decode(src.strip());
    }

    /**
     * The image's path when it is a plain relative URL whose extension tells its format; else a
     * name made so, not yet taken (a space, "#", "%" or a PNG named .jpg would break the EPUB).
     */
    static String safeHref(String href, String mediaType, Set<String> taken) {
        String extension = switch (mediaType) {
            case "image/png" -> "png";
            case "image/gif" -> "gif";
            case "image/svg+xml" -> "svg";
            default -> "jpg";
        };
        int slash = href.lastIndexOf('/');
        int dot = href.lastIndexOf('.');
        String stem = dot > slash + 1 ? href.substring(0, dot) : href;
        String given = dot > slash + 1 ? href.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        boolean extensionFits = given.equals(extension) || extension.equals("jpg") && given.equals("jpeg");
        if (extensionFits && SAFE_HREF.matcher(href).matches()) {
            return href;
        }
        String base = stem.replaceAll("[^A-Za-z0-9._/-]", "-").replaceAll("(^|/)\\.", "$1-");
        String candidate = base + "." + extension;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n + "." + extension;
        }
        taken.add(candidate);
        return candidate;
    }

    private static final Pattern SAFE_HREF =
            Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    /** The media type from the bytes, not the name: a PNG named .jpg is still a PNG. */
    static String mediaType(byte[] data) {
        if (data.length >= 4 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            return "image/png";
        }
        if (data.length >= 4 && data[0] == 'G' && data[1] == 'I' && data[2] == 'F' && data[3] == '8') {
            return "image/gif";
        }
        if (SafeSvg.looksLikeSvg(data)) {
            return "image/svg+xml"; // only ever the cleaned copy ImageChecker wrote
        }
        return "image/jpeg";
    }

    private static String sha256(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
