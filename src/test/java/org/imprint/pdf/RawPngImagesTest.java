package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.Image;

/** The OpenPDF engine's PNG paths: compressed data kept, samples handed over, or left to OpenPDF. */
class RawPngImagesTest {

    @TempDir
    Path dir;

    @Test
    void anOpaqueRgbPngKeepsItsCompressedData() throws Exception {
        Image image = RawPngImages.read(Files.readAllBytes(png(BufferedImage.TYPE_3BYTE_BGR, "rgb.png")));
        assertNotNull(image);
        assertTrue(image.isDeflated());
        assertEquals(3, image.getColorspace());
        assertEquals(40, (int) image.getWidth());
        assertNull(image.getImageMask());
    }

    @Test
    void aPngWithAlphaGetsASoftMask() throws Exception {
        Image image = RawPngImages.read(Files.readAllBytes(png(BufferedImage.TYPE_4BYTE_ABGR, "rgba.png")));
        assertNotNull(image);
        assertFalse(image.isDeflated());
        assertEquals(3, image.getColorspace());
        assertNotNull(image.getImageMask());
    }

    @Test
    void aPalettePngIsLeftToOpenPdf() throws Exception {
        assertNull(RawPngImages.read(Files.readAllBytes(png(BufferedImage.TYPE_BYTE_INDEXED, "palette.png"))));
    }

    private Path png(int type, String name) throws Exception {
        BufferedImage image = new BufferedImage(40, 20, type);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 20; y++) {
                image.setRGB(x, y, (x < 20 ? 0x80FF0000 : 0xFF0000FF));
            }
        }
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
