package org.imprint.pdf;

import java.net.URI;
import java.nio.file.Path;

/** Which resources a report may load: files inside its own folder, nothing else. */
final class ResourcePolicy {

    private ResourcePolicy() {
    }

    static boolean allows(String uri, Path folder) {
        if (uri == null) {
            return false;
        }
        try {
            URI u = URI.create(uri);
            if (!"file".equals(u.getScheme())) {
                return false;
            }
            Path target = Path.of(u).toAbsolutePath().normalize();
            return target.startsWith(folder.toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
