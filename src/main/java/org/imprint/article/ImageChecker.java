package org.imprint.article;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.imprint.ReportException;
import org.imprint.image.SafeSvg;
import org.imprint.markdown.ImageRef;

/**
 * Validates the images an article refers to before anything is rendered: each must be a file
 * inside the report folder (or, when allowed, a downloaded remote image), a JPEG, PNG or GIF
 * within the pixel limit that decodes without error, or an SVG drawing that {@link SafeSvg}
 * accepts (its cleaned copy is what the outputs embed). Dimensions are read from the header, so a
 * huge image is refused before any pixel is decoded; the decoding check then reads every byte
 * but keeps at most about a megapixel, so it costs little memory whatever the image's size.
 *
 * <p>JPEG reading goes through TwelveMonkeys ImageIO where installed (it is a dependency), so
 * CMYK, YCCK and Adobe-marked JPEGs are read like any other.
 */
public final class ImageChecker {

    /**
     * Images above this many pixels are refused: decoding them costs seconds and memory in
     * every output. 50 megapixels takes a full-resolution 48-megapixel phone photo; print needs
     * about 9 (300 dpi on a full A4 page).
     */
    public static final long MAX_PIXELS = 50_000_000L;
    /** All the images of one report together may have at most this many pixels. */
    public static final long MAX_REPORT_PIXELS = 150_000_000L;

    /**
     * All the SVG figures of one report together may draw at most this many tiles of patterns (ten
     * figures at the limit of one, {@link org.imprint.image.SafeSvg#MAX_PATTERN_TILES}): a viewer
     * draws them each time it shows or prints the pages.
     */
    public static final long MAX_REPORT_PATTERN_TILES = 1_000_000L;

    /** The decoding check keeps about this many pixels, subsampling larger images. */
    private static final long CHECK_PIXELS = 1_000_000L;
    private static final Set<String> FORMATS = Set.of("jpeg", "png", "gif");
    /** Decoder warnings that mean the data is damaged (libjpeg: "Premature end of JPEG file", "Corrupt JPEG data: ..."). */
    private static final Pattern DAMAGE = Pattern.compile("(?i)premature|corrupt|truncat|bogus|unexpected|invalid|EOF");
    private static final String SCALE_DOWN = "(300 dpi at A4 width is about 2,500 pixels)";

    /** What an image's header says, before any pixel is decoded. */
    private record Header(ImageRef ref, Path file, String format, long width, long height, int orientation, String href,
                          List<String> notes, long patternTiles) {
    }

    /**
     * Checks every image's header (kind, size, pixel limits per image and per report) before
     * decoding any, so an oversized image or report costs no decoding at all.
     *
     * @param fetcher downloads remote images, or refuses them; its folder also receives the
     *                upright copies of photos turned by their EXIF orientation
     * @return the checked images by the source text the article used
     */
    public Map<String, ImageInfo> check(Article article, Iterable<ImageRef> images, ImageFetcher fetcher)
            throws ReportException {
        Map<String, Header> headers = new LinkedHashMap<>();
        Path folder = article.folder().normalize();
        long total = 0;
        long tiles = 0;
        for (ImageRef ref : images) {
            Header known = headers.get(ref.source());
            // each figure's pattern tiles are drawn wherever it is shown
            tiles += known != null ? known.patternTiles() : 0;
            if (tiles > MAX_REPORT_PATTERN_TILES) {
                throw tooManyTiles(article, ref, tiles);
            }
            if (known == null) {
                Header header = check(article.source(), folder, ref, fetcher);
                // a drawing is not decoded into pixels: its size is only its shape
                total += header.format().equals("svg") ? 0 : header.width() * header.height();
                if (total > MAX_REPORT_PIXELS) {
                    throw new ReportException(article.source(), ref.line(), "image \"" + ref.source() + "\" brings the report's images to "
                            + total / 1_000_000 + " megapixels, over the limit of " + MAX_REPORT_PIXELS / 1_000_000
                            + " megapixels per report; scale the largest images down " + SCALE_DOWN);
                }
                headers.put(ref.source(), header);
                tiles += header.patternTiles();
                if (tiles > MAX_REPORT_PATTERN_TILES) {
                    throw tooManyTiles(article, ref, tiles);
                }
            }
        }
        Map<String, ImageInfo> checked = new LinkedHashMap<>();
        for (var entry : headers.entrySet()) {
            checked.put(entry.getKey(), decodeCheck(article.source(), entry.getValue(), fetcher));
        }
        return checked;
    }

    private static ReportException tooManyTiles(Article article, ImageRef ref, long tiles) {
        return new ReportException(article.source(), ref.line(), "SVG image \"" + ref.source() + "\" brings the tiles the report's "
                + "patterns draw to " + String.format(java.util.Locale.ROOT, "%,d", tiles) + ", over the limit of "
                + String.format(java.util.Locale.ROOT, "%,d", MAX_REPORT_PATTERN_TILES) + " per report (a PDF viewer draws every tile "
                + "each time it shows the pages); make the patterns' tiles larger, or fill with plain colours or gradients");
    }

    private Header check(Path source, Path folder, ImageRef ref, ImageFetcher fetcher) throws ReportException {
        String src = ref.source();
        if (src.isBlank()) {
            throw new ReportException(source, ref.line(), "an image has no path; write ![caption](figures/name.jpg)");
        }
        Reference reference = Reference.of(src);
        return switch (reference.kind()) {
            case LOCAL -> header(source, ref, localFile(source, folder, ref, reference), reference.path(), fetcher);
            case WEB -> header(source, ref, fetcher.fetch(src, source, ref.line()), null, fetcher);
            case OUTSIDE -> throw outside(source, ref);
            case FRAGMENT, MAIL, OTHER -> throw new ReportException(source, ref.line(), "image \"" + src
                    + "\" is not a file of the report; put the image in the report folder and refer to it by a "
                    + "relative path, e.g. figures/name.jpg");
        };
    }

    private static Path localFile(Path source, Path folder, ImageRef ref, Reference reference) throws ReportException {
        Path file = reference.resolveIn(folder);
        if (Files.isDirectory(file)) {
            throw new ReportException(source, ref.line(), "image \"" + ref.source() + "\" is a folder, not an image file");
        }
        if (!Files.isRegularFile(file)) {
            String escaped = escapedName(folder, ref.source());
            throw new ReportException(source, ref.line(), "image \"" + ref.source() + "\" not found in the report folder; "
                    + (escaped != null ? "its name has \"#\", \"?\" or \"%\", which in a path start a fragment, a query or an "
                            + "escape: write it as " + escaped
                    : "check the spelling, and that the file is there"));
        }
        if (!Files.isReadable(file)) {
            throw unreadable(source, ref, new AccessDeniedException(file.toString()));
        }
        try {
            // A link inside the folder may still lead out of it.
            if (!file.toRealPath().startsWith(folder.toRealPath())) {
                throw outside(source, ref);
            }
        } catch (IOException e) {
            throw unreadable(source, ref, e);
        }
        return file;
    }

    /**
     * The source written so that it names the file it names literally, when a file of that name
     * exists and "#", "?" or "%" in it made the reference mean something else; else {@code null}.
     */
    private static String escapedName(Path folder, String src) {
        String written = src.strip().replace('\\', '/');
        if (written.chars().noneMatch(c -> c == '#' || c == '?' || c == '%')) {
            return null;
        }
        try {
            Path literal = folder.resolve(written).normalize();
            if (!literal.startsWith(folder) || !Files.isRegularFile(literal)) {
                return null;
            }
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        return written.replace("%", "%25").replace("#", "%23").replace("?", "%3F");
    }

    /**
     * Reads the kind, dimensions and EXIF orientation from the header, decoding no pixel.
     *
     * @param href the image's path in the report folder, or {@code null} for a downloaded image,
     *             which is named after its file and format under {@link ImageInfo#REMOTE_FOLDER}
     */
    private static Header header(Path source, ImageRef ref, Path file, String href, ImageFetcher fetcher)
            throws ReportException {
        String src = ref.source();
        if (isSvg(file)) {
            return svgHeader(source, ref, file, href, fetcher);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if ((readers == null || !readers.hasNext()) && gzipped(file)) {
                throw new ReportException(source, ref.line(), "image \"" + src + "\" is compressed (SVGZ or gzip), which Imprint does"
                        + " not read; unzip it (gunzip, or save it as plain SVG) and refer to the .svg file");
            }
            if (readers == null || !readers.hasNext()) {
                throw new ReportException(source, ref.line(), "image \"" + src
                        + "\" is not a JPEG, PNG or GIF file (or it is damaged); convert it to JPEG or PNG");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!FORMATS.contains(format)) {
                    throw new ReportException(source, ref.line(), "image \"" + src + "\" is a " + format.toUpperCase(Locale.ROOT)
                            + " file; Imprint takes JPEG, PNG and GIF: convert it to JPEG or PNG");
                }
                // before the reader, which may discard what it has read
                int orientation = format.equals("jpeg") ? ExifOrientation.of(in) : UprightImage.UPRIGHT;
                in.seek(0);
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new ReportException(source, ref.line(), "image \"" + src + "\" is " + width + " × " + height
                            + " pixels, over the limit of " + MAX_PIXELS / 1_000_000 + " megapixels per image; scale it down "
                            + SCALE_DOWN);
                }
                String as = href != null ? href
                        : ImageInfo.REMOTE_FOLDER + "/" + file.getFileName() + "." + (format.equals("jpeg") ? "jpg" : format);
                return new Header(ref, file, format, width, height, orientation, as, List.of(), 0);
            } finally {
                reader.dispose();
            }
        } catch (ReportException e) {
            throw e;
        } catch (AccessDeniedException e) {
            throw unreadable(source, ref, e);
        } catch (IOException | RuntimeException e) {
            throw damaged(source, ref, e);
        }
    }

    /** Whether the file starts as gzip does (an .svgz drawing). */
    private static boolean gzipped(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
        } catch (IOException e) {
            return false;
        }
    }

    /** An SVG file by its name or its first bytes (a downloaded file has no telling name). */
    private static boolean isSvg(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            return true;
        }
        try (var in = Files.newInputStream(file)) {
            return SafeSvg.looksLikeSvg(in.readNBytes(1024));
        } catch (IOException e) {
            return false; // the raster check reports it
        }
    }

    /**
     * Checks and cleans an SVG file ({@link SafeSvg}) and keeps the cleaned copy in the fetcher's
     * folder: every output embeds that copy, never the file as the author gave it.
     */
    private static Header svgHeader(Path source, ImageRef ref, Path file, String href, ImageFetcher fetcher)
            throws ReportException {
        String src = ref.source();
        try {
            SafeSvg svg = SafeSvg.clean(file);
            Path clean = fetcher.scratchFile("svg-" + UUID.randomUUID() + ".svg");
            Files.write(clean, svg.data());
            String as = href != null ? href : ImageInfo.REMOTE_FOLDER + "/" + file.getFileName() + ".svg";
            return new Header(ref, clean, "svg", svg.width(), svg.height(), UprightImage.UPRIGHT, as, svg.notes(), svg.patternTiles());
        } catch (SafeSvg.RefusedException e) {
            throw new ReportException(source, ref.line(), "SVG image \"" + src + "\" is refused: " + e.getMessage() + "; " + e.fix());
        } catch (AccessDeniedException e) {
            throw unreadable(source, ref, e);
        } catch (IOException e) {
            throw unreadable(source, ref, e);
        }
    }

    /**
     * Decodes the image (subsampled) to prove it is whole, and makes an upright copy of a photo
     * whose EXIF orientation turns it, in the fetcher's temporary folder.
     */
    private static ImageInfo decodeCheck(Path source, Header h, ImageFetcher fetcher) throws ReportException {
        ImageRef ref = h.ref();
        try {
            if (h.format().equals("svg")) {
                return new ImageInfo(h.file(), (int) h.width(), (int) h.height(), h.href(), UprightImage.UPRIGHT, h.notes());
            }
            // a PNG's structure proves it whole for a fraction of a decode (the row filters are most of one)
            if (!h.format().equals("png") || !PngStructure.verify(Files.readAllBytes(h.file()))) {
                decode(h);
            }
            Path file = h.file();
            long width = h.width();
            long height = h.height();
            if (h.orientation() != UprightImage.UPRIGHT) {
                file = fetcher.scratchFile("upright-" + UUID.randomUUID() + ".jpg");
                UprightImage.write(h.file(), h.orientation(), file);
                if (UprightImage.swapsSides(h.orientation())) {
                    width = h.height();
                    height = h.width();
                }
            }
            return new ImageInfo(file, (int) width, (int) height, h.href(), h.orientation());
        } catch (AccessDeniedException e) {
            throw unreadable(source, ref, e);
        } catch (IOException | RuntimeException e) {
            throw damaged(source, ref, e);
        } catch (OutOfMemoryError e) {
            throw new ReportException(source, ref.line(), "image \"" + ref.source() + "\" needs more memory to decode than"
                    + " Imprint has; scale it down " + SCALE_DOWN);
        }
    }

    private static ReportException damaged(Path source, ImageRef ref, Exception e) {
        return new ReportException(source, ref.line(), "image \"" + ref.source() + "\" is damaged or unreadable: "
                + e.getMessage() + "; re-export it as JPEG or PNG");
    }

    /**
     * Decodes the whole image, subsampled to about a megapixel. A truncated or corrupt file
     * fails here rather than vanishing from the output. Decoders report some damage (a JPEG
     * that ends early) as a warning only; those warnings count as damage, while others (a CMYK
     * JPEG without a colour profile) concern only this check's decoding, not the output, which
     * embeds the file as it is.
     */
    private static void decode(Header h) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(h.file().toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in, true, true);
                decode(reader, h.width() * h.height());
            } finally {
                reader.dispose();
            }
        }
    }

    private static void decode(ImageReader reader, long pixels) throws IOException {
        List<String> damage = new ArrayList<>();
        reader.addIIOReadWarningListener((r, warning) -> {
            if (DAMAGE.matcher(warning).find()) {
                damage.add(warning);
            }
        });
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / CHECK_PIXELS)));
        param.setSourceSubsampling(step, step, 0, 0);
        reader.read(0, param);
        if (!damage.isEmpty()) {
            throw new IOException(damage.get(0));
        }
    }

    private static ReportException outside(Path source, ImageRef ref) {
        return new ReportException(source, ref.line(), "image \"" + ref.source()
                + "\" is outside the report folder; copy it into the folder and use a relative path, e.g. figures/name.jpg");
    }

    private static ReportException unreadable(Path source, ImageRef ref, IOException e) {
        return new ReportException(source, ref.line(), "image \"" + ref.source() + "\" cannot be read ("
                + (e instanceof AccessDeniedException ? "permission denied" : e.getMessage())
                + "); check that the file is readable");
    }
}
