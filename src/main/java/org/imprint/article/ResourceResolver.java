package org.imprint.article;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a renderer may read for a report: the images that were checked, and nothing else. A
 * renderer resolves each resource URI against {@link #baseUri()} and asks here for the file; a
 * {@code ..} escape, an absolute path, a {@code file:} URL elsewhere, an unchecked file or a URL
 * that was not downloaded all come back empty. Remote images come back as their downloaded
 * copies, so a renderer never touches the network.
 */
public final class ResourceResolver {

    private final Path folder;
    private final Set<Path> local = new HashSet<>();
    private final Map<String, Path> remote = new HashMap<>();

    /**
     * @param folder the report folder
     * @param images the checked images, by the source the article used
     */
    public ResourceResolver(Path folder, Map<String, ImageInfo> images) {
        this.folder = folder.toAbsolutePath().normalize();
        images.forEach((source, info) -> {
            if (Reference.of(source).kind() == Reference.Kind.WEB) {
                remote.put(key(source), info.file());
            } else {
                local.add(info.file().toAbsolutePath().normalize());
            }
        });
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
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            return switch (scheme) {
                case "file" -> {
                    Path file = Path.of(u).toAbsolutePath().normalize();
                    yield local.contains(file) ? Optional.of(file) : Optional.empty();
                }
                case "http", "https" -> Optional.ofNullable(remote.get(key(uri)));
                default -> Optional.empty();
            };
        } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    private static String key(String url) {
        try {
            return URI.create(url.strip()).normalize().toString();
        } catch (IllegalArgumentException e) {
            return url.strip();
        }
    }
}
