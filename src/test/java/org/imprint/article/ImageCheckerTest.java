package org.imprint.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.imprint.ReportException;
import org.imprint.Reports;
import org.imprint.markdown.ImageRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image checks that need a file system arranged at run time. */
public class ImageCheckerTest {

    private static final Path SMALL = Reports.HOME.resolve("src/test/resources/reports/real-world-images/figures/palette.png");

    @TempDir
    Path dir;

    private Article article(Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("article.md"), "---\ntitle: T\ndate: 2026-01-01\nauthors:\n  - name: A\n---\n");
        return new ArticleLoader().load(folder, p -> { });
    }

    private Map<String, ImageInfo> check(Article article, String... sources) throws ReportException {
        List<ImageRef> refs = java.util.Arrays.stream(sources).map(s -> new ImageRef(s, 9)).toList();
        return new ImageChecker().check(article, refs, new ImageFetcher(RemoteAccess.DENIED));
    }

    @Test
    void aSymbolicLinkOutOfTheFolderIsOutside() throws Exception {
        Path report = dir.resolve("report");
        Article article = article(report);
        Path outside = Files.copy(SMALL, dir.resolve("secret.png"));
        Files.createSymbolicLink(report.resolve("innocent.png"), outside);
        ReportException e = assertThrows(ReportException.class, () -> check(article, "innocent.png"));
        assertTrue(e.getMessage().endsWith("article.md:9: image \"innocent.png\" is outside the report folder; "
                + "copy it into the folder and use a relative path, e.g. figures/name.jpg"), e.getMessage());
    }

    @Test
    void escapesAreDecodedAsARendererDecodesThem() throws Exception {
        Path report = dir.resolve("report");
        Article article = article(report);
        Files.createDirectories(report.resolve("my figures"));
        Files.copy(SMALL, report.resolve("my figures/chart 1.png"));
        Map<String, ImageInfo> checked = check(article, "my%20figures/chart%201.png", "my figures/chart 1.png");
        assertEquals(2, checked.size());
        assertEquals(120, checked.get("my%20figures/chart%201.png").width());
    }

    @Test
    void anEncodedEscapeIsStillAnEscape() throws Exception {
        Article article = article(dir.resolve("report"));
        ReportException e = assertThrows(ReportException.class, () -> check(article, "%2e%2e/%2e%2e/etc/passwd"));
        assertTrue(e.getMessage().contains("is outside the report folder"), e.getMessage());
    }

    /** A JPEG whose left half is red and right half blue, with an EXIF orientation inserted after SOI. */
    public static byte[] photo(int width, int height, int orientation) throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, x < width / 2 ? 0xFF0000 : 0x0000FF);
            }
        }
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", jpeg);
        byte[] plain = jpeg.toByteArray();
        java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(26);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8).putShort((short) 1)
                .putShort((short) 274).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0).putInt(0);
        byte[] exif = new byte[6 + 26];
        System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, 26);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A phone's portrait photo (pixels landscape, EXIF "turn 90° clockwise") is shown upright. */
    @Test
    void exifOrientationGivesAnUprightCopy() throws Exception {
        Path report = dir.resolve("report");
        Article article = article(report);
        Files.write(report.resolve("turned.jpg"), photo(60, 40, 6));
        Files.write(report.resolve("plain.jpg"), photo(60, 40, 1));
        ImageFetcher fetcher = new ImageFetcher(RemoteAccess.DENIED);
        try {
            Map<String, ImageInfo> checked = new ImageChecker().check(article,
                    List.of(new ImageRef("turned.jpg", 9), new ImageRef("plain.jpg", 10)), fetcher);
            ImageInfo turned = checked.get("turned.jpg");
            assertEquals(6, turned.orientation());
            assertEquals(40, turned.width());
            assertEquals(60, turned.height());
            assertTrue(turned.portrait());
            assertEquals("turned.jpg", turned.href());
            assertTrue(turned.file().startsWith(fetcher.folder()), turned.file().toString());
            java.awt.image.BufferedImage upright = javax.imageio.ImageIO.read(turned.file().toFile());
            assertEquals(40, upright.getWidth());
            assertEquals(60, upright.getHeight());
            // turned clockwise, the red left half is on top
            assertTrue(((upright.getRGB(20, 5) >> 16) & 0xFF) > 200, Integer.toHexString(upright.getRGB(20, 5)));
            assertTrue((upright.getRGB(20, 55) & 0xFF) > 200, Integer.toHexString(upright.getRGB(20, 55)));

            ImageInfo plain = checked.get("plain.jpg");
            assertEquals(1, plain.orientation());
            assertEquals(report.resolve("plain.jpg").normalize(), plain.file().toAbsolutePath().normalize());
            assertEquals(60, plain.width());
        } finally {
            fetcher.discard();
        }
    }

    @Test
    void everyOrientationTurnsAsExifSays() {
        // a 2 × 1 image: left pixel 1, right pixel 2; where do they land?
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(2, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 1);
        image.setRGB(1, 0, 2);
        String[] expected = {"", "1 2", "2 1", "2 1", "1 2", "1/2", "1/2", "2/1", "2/1"};
        for (int o = 1; o <= 8; o++) {
            java.awt.image.BufferedImage t = UprightImage.turn(image, o);
            String got = t.getWidth() == 2 ? (t.getRGB(0, 0) & 0xFF) + " " + (t.getRGB(1, 0) & 0xFF)
                    : (t.getRGB(0, 0) & 0xFF) + "/" + (t.getRGB(0, 1) & 0xFF);
            assertEquals(expected[o], got, "orientation " + o);
        }
    }
}
