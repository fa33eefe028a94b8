package org.imprint.image;

import java.awt.color.CMMException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.TreeMap;

/** The ICC profile embedded in a JPEG (APP2 "ICC_PROFILE" chunks), if Java's colour engine can use it. */
final class IccProfiles {

    private IccProfiles() {
    }

    /** The JPEG's embedded CMYK profile as a colour space, or null when it has none that works. */
    static ICC_ColorSpace cmyk(byte[] jpeg) {
        byte[] data = embedded(jpeg);
        if (data == null) {
            return null;
        }
        try {
            ICC_ColorSpace space = new ICC_ColorSpace(ICC_Profile.getInstance(data));
            if (space.getType() != ColorSpace.TYPE_CMYK) {
                return null;
            }
            space.toRGB(new float[] {0, 0, 0, 0}); // links the profile now: a broken one fails here
            return space;
        } catch (IllegalArgumentException | CMMException e) {
            return null;
        }
    }

    /**
     * Whether the JPEG's embedded profile is an sRGB one (by its description, as cameras and
     * editors name it): such a JPEG shows the same in a PDF with an sRGB output intent.
     */
    static boolean isSrgb(byte[] jpeg) {
        byte[] data = embedded(jpeg);
        if (data == null) {
            return false;
        }
        try {
            ICC_Profile profile = ICC_Profile.getInstance(data);
            byte[] description = profile.getData(ICC_Profile.icSigProfileDescriptionTag);
            return profile.getColorSpaceType() == ColorSpace.TYPE_RGB && description != null
                    && new String(description, java.nio.charset.StandardCharsets.ISO_8859_1).contains("sRGB");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The profile's bytes, its chunks joined in their order; null when there are none. */
    private static byte[] embedded(byte[] d) {
        Map<Integer, byte[]> chunks = new TreeMap<>();
        int pos = 2;
        while (pos + 4 <= d.length && (d[pos] & 0xFF) == 0xFF) {
            int marker = d[pos + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                break;
            }
            int length = ((d[pos + 2] & 0xFF) << 8) | (d[pos + 3] & 0xFF);
            if (marker == 0xE2 && length > 16 && pos + 2 + length <= d.length
                    && PdfSafeImage.ascii(d, pos + 4, 11).equals("ICC_PROFILE")) {
                int sequence = d[pos + 16] & 0xFF;
                byte[] chunk = new byte[length - 16];
                System.arraycopy(d, pos + 18, chunk, 0, chunk.length);
                chunks.put(sequence, chunk);
            }
            pos += 2 + length;
        }
        if (chunks.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunks.values().forEach(out::writeBytes);
        return out.toByteArray();
    }
}
