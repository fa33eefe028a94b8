package org.imprint.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Proves a non-interlaced PNG whole without decoding its pixels: every chunk's CRC, the image
 * data inflating to exactly one filter byte and one row of samples per line, each filter byte one
 * of the five PNG defines, and the closing IEND. Damage that a decoder would meet (a truncated
 * file, a flipped bit, a corrupt zlib stream) is found here too, at a fraction of a decode's cost:
 * undoing the row filters is most of a PNG decode, and it cannot fail.
 */
final class PngStructure {

    private static final long SIGNATURE = 0x89504E470D0A1A0AL;

    private PngStructure() {
    }

    /**
     * Checks a PNG.
     *
     * @return true when the file is proven whole; false when it is interlaced and must be decoded
     *         to be checked
     * @throws IOException naming the damage
     */
    static boolean verify(byte[] png) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(png);
        if (png.length < 8 || in.getLong() != SIGNATURE) {
            throw new IOException("not a PNG signature");
        }
        Inflater inflater = new Inflater();
        try {
            Rows rows = null;
            while (true) {
                if (in.remaining() < 12) {
                    throw new IOException("the file ends before its IEND chunk (truncated)");
                }
                int length = in.getInt();
                int start = in.position();
                if (length < 0 || length > in.remaining() - 8) {
                    throw new IOException("a chunk runs past the end of the file (truncated)");
                }
                String type = new String(png, start, 4, java.nio.charset.StandardCharsets.US_ASCII);
                CRC32 crc = new CRC32();
                crc.update(png, start, 4 + length);
                in.position(start + 4 + length);
                if ((int) crc.getValue() != in.getInt()) {
                    throw new IOException("chunk " + type + " fails its CRC (the data is damaged)");
                }
                switch (type) {
                    case "IHDR" -> {
                        rows = Rows.of(ByteBuffer.wrap(png, start + 4, length));
                        if (rows == null) {
                            return false;
                        }
                    }
                    case "IDAT" -> {
                        if (rows == null) {
                            throw new IOException("image data before the header");
                        }
                        inflater.setInput(png, start + 4, length);
                        rows.inflate(inflater);
                    }
                    case "IEND" -> {
                        if (rows == null) {
                            throw new IOException("no header");
                        }
                        rows.finish(inflater);
                        return true;
                    }
                    default -> {
                        // ancillary and palette chunks: their CRC is all that can be wrong
                    }
                }
            }
        } catch (DataFormatException e) {
            throw new IOException("the image data is not a valid zlib stream (" + e.getMessage() + ")");
        } finally {
            inflater.end();
        }
    }

    /** The rows the header promises, counted as they inflate. */
    private static final class Rows {

        private final long rowBytes;
        private final long expected;
        private final byte[] buffer = new byte[1 << 16];
        private long produced;

        private Rows(long rowBytes, long height) {
            this.rowBytes = rowBytes;
            this.expected = (rowBytes + 1) * height;
        }

        /** The rows of a header, or null for an interlaced image. */
        static Rows of(ByteBuffer header) throws IOException {
            if (header.remaining() != 13) {
                throw new IOException("the header is not 13 bytes");
            }
            long width = header.getInt() & 0xffffffffL;
            long height = header.getInt() & 0xffffffffL;
            int depth = header.get();
            int colourType = header.get();
            header.get();
            header.get();
            int interlace = header.get();
            int channels = switch (colourType) {
                case 0, 3 -> 1;
                case 2 -> 3;
                case 4 -> 2;
                case 6 -> 4;
                default -> throw new IOException("unknown colour type " + colourType);
            };
            if (width == 0 || height == 0 || depth <= 0) {
                throw new IOException("an empty or impossible header");
            }
            return interlace != 0 ? null : new Rows((width * channels * depth + 7) / 8, height);
        }

        void inflate(Inflater inflater) throws DataFormatException, IOException {
            while (!inflater.needsInput() && !inflater.finished()) {
                int n = inflater.inflate(buffer);
                check(n);
                if (n == 0 && inflater.needsDictionary()) {
                    throw new IOException("the image data asks for a preset dictionary");
                }
            }
        }

        private void check(int n) throws IOException {
            long row = rowBytes + 1;
            // only the first byte of each row is a filter type: visit those, not every byte
            for (long at = (produced + row - 1) / row * row; at < produced + n; at += row) {
                if ((buffer[(int) (at - produced)] & 0xff) > 4) {
                    throw new IOException("row " + at / row + " has an unknown filter type");
                }
            }
            produced += n;
            if (produced > expected) {
                throw new IOException("more image data than the header's size allows");
            }
        }

        void finish(Inflater inflater) throws DataFormatException, IOException {
            inflate(inflater);
            if (!inflater.finished() || produced != expected) {
                throw new IOException("the image data ends early (" + produced + " of " + expected + " bytes): truncated or damaged");
            }
        }
    }
}
