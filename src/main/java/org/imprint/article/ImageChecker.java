package org.imprint.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.imprint.ReportException;
import org.imprint.markdown.ImageRef;

/**
 * Validates the images an article refers to before anything is rendered: each must be a file
 * inside the report folder, readable as an image, and within the pixel limit. Dimensions are
 * read from the header, so a huge image is refused without being decoded.
 */
public final class ImageChecker {

    /** Images above this many pixels (about 10,000 × 10,000) are refused: decoding them could exhaust memory. */
    public static final long MAX_PIXELS = 100_000_000L;

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /**
     * @return the checked images by the source text the article used
     */
    public Map<String, ImageInfo> check(Article article, Iterable<ImageRef> images) throws ReportException {
        Map<String, ImageInfo> checked = new LinkedHashMap<>();
        Path folder = article.folder().normalize();
        for (ImageRef ref : images) {
            if (!checked.containsKey(ref.source())) {
                checked.put(ref.source(), check(article.source(), folder, ref));
            }
        }
        return checked;
    }

    private ImageInfo check(Path source, Path folder, ImageRef ref) throws ReportException {
        String src = ref.source();
        if (src.isBlank()) {
            throw new ReportException(source, ref.line(), "an image has no path; write ![caption](figures/name.jpg)");
        }
        if (SCHEME.matcher(src).find()) {
            throw new ReportException(source, ref.line(), "image \"" + src
                    + "\" is not a file of the report: Imprint fetches nothing from the network or elsewhere; "
                    + "download it into the report folder and refer to it by a relative path");
        }
        Path file;
        try {
            file = folder.resolve(src).normalize();
        } catch (InvalidPathException e) {
            throw new ReportException(source, ref.line(), "image path \"" + src + "\" is not a valid path");
        }
        if (Path.of(src).isAbsolute() || !file.startsWith(folder)) {
            throw new ReportException(source, ref.line(), "image \"" + src
                    + "\" is outside the report folder; copy it into the folder and use a relative path");
        }
        if (!Files.isRegularFile(file)) {
            throw new ReportException(source, ref.line(), "image \"" + src + "\" not found (looked for " + file + ")");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new ReportException(source, ref.line(), "image \"" + src
                        + "\" is not a JPEG, PNG or GIF file Imprint can read; convert it to JPEG or PNG");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new ReportException(source, ref.line(), "image \"" + src + "\" is " + width + " × " + height
                            + " pixels, over the limit of " + MAX_PIXELS / 1_000_000 + " megapixels; scale it down (300 dpi at A4 width is about 2,500 pixels)");
                }
                return new ImageInfo(file, (int) width, (int) height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ReportException(source, ref.line(), "image \"" + src + "\" is damaged or unreadable: "
                    + e.getMessage() + "; re-export it as JPEG or PNG");
        }
    }
}
