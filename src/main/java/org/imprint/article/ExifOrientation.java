package org.imprint.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

/** Reads the EXIF orientation (tag 274) of a JPEG from its APP1 segment, without decoding pixels. */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /**
     * The orientation, 1 to 8; 1 (upright) when the JPEG has none, or a broken or unknown one.
     *
     * @param in the JPEG, read from its start
     */
    static int of(ImageInputStream in) {
        try {
            in.seek(0);
            List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (segments.isEmpty()) {
                return UprightImage.UPRIGHT;
            }
            byte[] data;
            try (InputStream s = segments.get(0).data()) {
                data = s.readAllBytes();
            }
            // after the "Exif\0" identifier comes one padding byte, then the TIFF structure
            int start = data.length > 0 && data[0] == 0 ? 1 : 0;
            try (ImageInputStream tiff = ImageIO.createImageInputStream(new ByteArrayInputStream(data, start, data.length - start))) {
                Directory directory = new TIFFReader().read(tiff);
                Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
                if (entry != null && entry.getValue() instanceof Number n && n.intValue() >= 1 && n.intValue() <= 8) {
                    return n.intValue();
                }
            }
        } catch (IOException | RuntimeException e) {
            // damaged EXIF says nothing about the turn; the decoding check judges the image itself
        }
        return UprightImage.UPRIGHT;
    }
}
