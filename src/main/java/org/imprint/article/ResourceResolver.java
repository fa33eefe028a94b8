package org.imprint.article;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a renderer may read for a report: the images that were checked, and nothing else. A
 * renderer resolves each resource URI against {@link #baseUri()} and asks here for the file; a
 * {@code ..} escape, an absolute path, a {@code file:} URL elsewhere, an unchecked file or any
 * network URL all come back empty. Documents refer to a downloaded remote image by its
 * {@link ImageInfo#href()}, which resolves here to the downloaded copy, so a renderer never
 * touches the network.
 */
public final class ResourceResolver {

    private final Path folder;
    private final Map<Path, Path> files = new HashMap<>();

    /**
     * @param folder the report folder
     * @param images the checked images
     */
    public ResourceResolver(Path folder, Map<String, ImageInfo> images) {
        this.folder = folder.toAbsolutePath().normalize();
        for (ImageInfo image : images.values()) {
            files.put(this.folder.resolve(image.href()).normalize(), image.file());
        }
    }

    /** The report folder. */
    public Path folder() {
        return folder;
    }

    /** The URI relative resources resolve against: the report folder. */
    public String baseUri() {
        return folder.toUri().toString();
    }

    /**
     * The file behind a resolved resource URI, if the report may read it.
     *
     * @param uri an absolute URI, as a renderer resolved it against {@link #baseUri()}
     */
    public Optional<Path> resolve(String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        try {
            URI u = new URI(uri.strip());
            if (u.getScheme() == null || !u.getScheme().toLowerCase(Locale.ROOT).equals("file")) {
                return Optional.empty();
            }
            return Optional.ofNullable(files.get(Path.of(u).toAbsolutePath().normalize()));
        } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }
}
