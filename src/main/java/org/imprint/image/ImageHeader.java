package org.imprint.image;

import java.io.ByteArrayOutputStream;

/**
 * What the first bytes of a JPEG or PNG say about its colours, read without decoding it.
 *
 * @param jpeg      a JPEG (else a PNG, or something else: {@code components} 0)
 * @param components colour components: 4 for CMYK or YCCK; 0 when unknown (PNGs: not read)
 * @param hasIcc    an ICC profile is embedded (JPEG APP2, PNG iCCP)
 * @param adobe     a JPEG with Adobe's APP14 marker (its CMYK is stored inverted)
 */
record ImageHeader(boolean jpeg, int components, boolean hasIcc, boolean adobe) {

    private static final ImageHeader UNKNOWN = new ImageHeader(false, 0, false, false);

    /**
     * Whether the image must be converted: CMYK would be DeviceCMYK, which PDF/A forbids with an
     * sRGB output intent, and an embedded profile would be dropped with the colours it gives.
     * 16-bit, palette and alpha PNGs are embedded as they are: veraPDF accepts them.
     */
    boolean needsConversion() {
        return components == 4 || hasIcc;
    }

    static ImageHeader of(byte[] data) {
        if (data.length > 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8) {
            return jpeg(data);
        }
        if (data.length > 8 && PdfSafeImage.ascii(data, 1, 3).equals("PNG")) {
            return png(data);
        }
        return UNKNOWN;
    }

    private static ImageHeader jpeg(byte[] d) {
        int components = 0;
        boolean icc = false;
        boolean adobe = false;
        int pos = 2;
        while (pos + 4 <= d.length) {
            if ((d[pos] & 0xFF) != 0xFF) {
                break;
            }
            int marker = d[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++;
                continue;
            }
            if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                pos += 2;
                continue;
            }
            int length = ((d[pos + 2] & 0xFF) << 8) | (d[pos + 3] & 0xFF);
            if (marker == 0xE2 && PdfSafeImage.ascii(d, pos + 4, 11).equals("ICC_PROFILE")) {
                icc = true;
            }
            if (marker == 0xEE && PdfSafeImage.ascii(d, pos + 4, 5).equals("Adobe")) {
                adobe = true;
            }
            boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof && pos + 9 < d.length) {
                components = d[pos + 9] & 0xFF;
            }
            if (marker == 0xDA || marker == 0xD9) {
                break;
            }
            pos += 2 + length;
        }
        return new ImageHeader(true, components, icc, adobe);
    }

    private static ImageHeader png(byte[] d) {
        int pos = 8;
        while (pos + 8 <= d.length) {
            int length = ((d[pos] & 0xFF) << 24) | ((d[pos + 1] & 0xFF) << 16) | ((d[pos + 2] & 0xFF) << 8) | (d[pos + 3] & 0xFF);
            String type = PdfSafeImage.ascii(d, pos + 4, 4);
            if (type.equals("iCCP")) {
                return new ImageHeader(false, 0, true, false);
            }
            if (type.equals("IDAT") || length < 0) {
                break;
            }
            pos += 12 + length;
        }
        return UNKNOWN;
    }

    /** The image without its ICC profile: for a profile that cannot be used. */
    byte[] withoutIcc(byte[] d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        if (jpeg) {
            out.write(d, 0, 2);
            int pos = 2;
            while (pos + 4 <= d.length && (d[pos] & 0xFF) == 0xFF) {
                int marker = d[pos + 1] & 0xFF;
                if (marker == 0xDA) {
                    break;
                }
                int length = ((d[pos + 2] & 0xFF) << 8) | (d[pos + 3] & 0xFF);
                if (!(marker == 0xE2 && PdfSafeImage.ascii(d, pos + 4, 11).equals("ICC_PROFILE"))) {
                    out.write(d, pos, Math.min(2 + length, d.length - pos));
                }
                pos += 2 + length;
            }
            out.write(d, pos, d.length - pos);
        } else {
            out.write(d, 0, 8);
            int pos = 8;
            while (pos + 8 <= d.length) {
                int length = ((d[pos] & 0xFF) << 24) | ((d[pos + 1] & 0xFF) << 16) | ((d[pos + 2] & 0xFF) << 8) | (d[pos + 3] & 0xFF);
                if (length < 0 || pos + 12 + length > d.length) {
                    out.write(d, pos, d.length - pos);
                    break;
                }
                if (!PdfSafeImage.ascii(d, pos + 4, 4).equals("iCCP")) {
                    out.write(d, pos, 12 + length);
                }
                pos += 12 + length;
            }
        }
        return out.toByteArray();
    }
}
