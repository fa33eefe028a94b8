package org.imprint.golden;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * An e-book as reviewable text: each text entry (XHTML, OPF, nav, CSS, container) as it is, and
 * one listing of every entry in the order of the ZIP, where fonts and images are described by
 * size, digest and what a reader sees of them (a font's characters, an image's dimensions).
 */
record EpubSnapshot(Map<String, String> texts, String entries) {

    /** Entries compared as text; the rest are listed. */
    private static boolean isText(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.equals("mimetype") || lower.endsWith(".xhtml") || lower.endsWith(".html") || lower.endsWith(".opf")
                || lower.endsWith(".ncx") || lower.endsWith(".css") || lower.endsWith(".xml");
    }

    static EpubSnapshot of(Path epub) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        StringBuilder entries = new StringBuilder();
        try (InputStream in = Files.newInputStream(epub); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                byte[] data = zip.readAllBytes();
                String method = entry.getMethod() == ZipEntry.STORED ? "stored" : "deflated";
                entries.append(name).append("  ").append(data.length).append(" bytes  ").append(method);
                if (isText(name)) {
                    texts.put(name, new String(data, StandardCharsets.UTF_8));
                    entries.append("  (text, compared in full)\n");
                } else {
                    entries.append("  sha256 ").append(sha256(data)).append('\n');
                    describe(name, data, entries);
                }
            }
        }
        return new EpubSnapshot(texts, entries.toString());
    }

    /** What a reader sees of a font or an image, so a digest change can be judged in the diff. */
    private static void describe(String name, byte[] data, StringBuilder out) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ttf") || lower.endsWith(".otf")) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data));
            try (font) {
                out.append("    font ").append(font.getName()).append(", ").append(font.getNumberOfGlyphs())
                        .append(" glyphs, characters ").append(characters(font.getUnicodeCmapLookup())).append('\n');
            }
        } else if (lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".gif")) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
            if (image != null) {
                out.append("    image ").append(image.getWidth()).append('x').append(image.getHeight()).append('\n');
            }
        }
    }

    /** The font's mapped characters as ranges, {@code U+0020-007E U+00A0 ...}. */
    private static String characters(CmapLookup cmap) {
        StringBuilder ranges = new StringBuilder();
        int start = -1;
        for (int cp = 0; cp <= 0x110000; cp++) {
            boolean mapped = cp < 0x110000 && cmap.getGlyphId(cp) > 0;
            if (mapped && start < 0) {
                start = cp;
            } else if (!mapped && start >= 0) {
                ranges.append(ranges.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "U+%04X", start));
                if (cp - 1 > start) {
                    ranges.append(String.format(Locale.ROOT, "-%04X", cp - 1));
                }
                start = -1;
            }
        }
        return ranges.toString();
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
