package org.imprint.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.imprint.article.ResourceResolver;
import org.imprint.image.PdfSafeImage;

import com.openhtmltopdf.extend.FSStream;

/**
 * A resource the PDF engine asked for, read through the report's {@link ResourceResolver}: the
 * engine gets a checked file of the report or nothing, never a network connection. Images come
 * as PDF/A can hold them ({@link PdfSafeImage}: CMYK, ICC-tagged, 16-bit and palette images in
 * sRGB).
 */
final class ResolvedStream implements FSStream {

    private final ResourceResolver resources;
    private final String uri;

    ResolvedStream(ResourceResolver resources, String uri) {
        this.resources = resources;
        this.uri = uri;
    }

    @Override
    public InputStream getStream() {
        return resources.resolve(uri).map(file -> {
            try {
                return new ByteArrayInputStream(PdfSafeImage.of(Files.readAllBytes(file)));
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
