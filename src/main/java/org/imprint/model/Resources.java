package org.imprint.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a writer may read for a publication: its checked images, in memory, and nothing else. A
 * renderer resolves each resource URI against {@link #baseUri()} and asks here; a {@code ..}
 * escape, an absolute path, a {@code file:} URL elsewhere, an unchecked file or any network URL
 * all come back empty, so no writer touches the network or another file.
 */
public final class Resources {

    private final Path folder;
    private final List<ImageAsset> images;
    private final Map<Path, ImageAsset> byPath = new HashMap<>();

    /**
     * @param folder the report folder, which relative references resolve against
     * @param images the checked images, in the order the article names them
     */
    public Resources(Path folder, List<ImageAsset> images) {
        this.folder = folder.toAbsolutePath().normalize();
        this.images = List.copyOf(images);
        for (ImageAsset image : this.images) {
            byPath.put(this.folder.resolve(image.href()).normalize(), image);
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

    /** Every image, in the order the article names them. */
    public Collection<ImageAsset> images() {
        return images;
    }

    /**
     * The image behind a resolved resource URI, if the publication may read it.
     *
     * @param uri an absolute URI, as a renderer resolved it against {@link #baseUri()}
     */
    public Optional<ImageAsset> resolve(String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        try {
            URI u = new URI(uri.strip());
            if (u.getScheme() == null || !u.getScheme().toLowerCase(Locale.ROOT).equals("file")) {
                return Optional.empty();
            }
            return Optional.ofNullable(byPath.get(Path.of(u).toAbsolutePath().normalize()));
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }
}
