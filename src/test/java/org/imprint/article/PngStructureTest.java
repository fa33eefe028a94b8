package org.imprint.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.imprint.Reports;
import org.junit.jupiter.api.Test;

/** The PNG check that stands in for a decode: whole files pass, every kind of damage is named. */
class PngStructureTest {

    @Test
    void wholePngsOfEveryKindPass() throws Exception {
        for (int type : new int[] {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_BYTE_GRAY,
                BufferedImage.TYPE_USHORT_GRAY, BufferedImage.TYPE_BYTE_INDEXED, BufferedImage.TYPE_BYTE_BINARY}) {
            assertTrue(PngStructure.verify(png(type, 97, 61)), "type " + type);
        }
        assertTrue(PngStructure.verify(Files.readAllBytes(Reports.EXAMPLE.resolve("figures/fig2.png"))));
    }

    @Test
    void everyDamageIsFound() throws Exception {
        byte[] whole = png(BufferedImage.TYPE_3BYTE_BGR, 200, 150);
        // cut anywhere after the signature: truncated
        for (int cut : new int[] {10, 40, whole.length / 2, whole.length - 13, whole.length - 1}) {
            byte[] truncated = Arrays.copyOf(whole, cut);
            assertThrows(IOException.class, () -> PngStructure.verify(truncated), "cut at " + cut);
        }
        // one flipped bit anywhere after the signature: a CRC or the structure fails
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] flipped = whole.clone();
            int at = 8 + random.nextInt(whole.length - 8);
            flipped[at] ^= (byte) (1 << random.nextInt(8));
            assertThrows(IOException.class, () -> PngStructure.verify(flipped), "bit flipped at " + at);
        }
    }

    @Test
    void anInterlacedPngIsLeftToTheDecoder() throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image(BufferedImage.TYPE_3BYTE_BGR, 40, 30), null, null), param);
        }
        assertFalse(PngStructure.verify(bytes.toByteArray()));
    }

    private static byte[] png(int type, int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image(type, width, height), "png", bytes);
        return bytes.toByteArray();
    }

    private static BufferedImage image(int type, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, type);
        Random random = new Random(width * 31L + height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }
}
