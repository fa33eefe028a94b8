package org.imprint.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.imprint.image.PdfSafeImage;
import org.imprint.model.Resources;

import com.openhtmltopdf.extend.FSStream;

/**
 * A resource the PDF engine asked for, served from the publication's {@link Resources}: the
 * engine gets a checked image of the report, from memory, or nothing; never a network connection.
 * Images come as PDF/A can hold them ({@link PdfSafeImage}: CMYK, ICC-tagged, 16-bit and palette
 * images in sRGB).
 */
final class ResolvedStream implements FSStream {

    private final Resources resources;
    private final String uri;

    ResolvedStream(Resources resources, String uri) {
        this.resources = resources;
        this.uri = uri;
    }

    @Override
    public InputStream getStream() {
        return resources.resolve(uri).map(image -> {
            try {
                // an SVG figure is already the cleaned copy; the SVG drawer parses it
                byte[] bytes = image.mediaType().equals("image/svg+xml") ? image.data() : PdfSafeImage.of(image.data());
                return (InputStream) new ByteArrayInputStream(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }

    @Override
    public Reader getReader() {
        InputStream in = getStream();
        return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
