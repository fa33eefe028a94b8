package org.imprint.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Tells OpenType fonts with CFF outlines, which only the OpenPDF engine embeds, from TrueType ones. */
public final class CffFonts {

    /** The sfnt version of an OpenType font with CFF outlines. */
    private static final byte[] OTTO = {'O', 'T', 'T', 'O'};

    private CffFonts() {
    }

    /** Whether the font file holds CFF outlines (it starts with the tag {@code OTTO}). */
    public static boolean isCff(Path font) throws IOException {
        try (InputStream in = Files.newInputStream(font)) {
            return Arrays.equals(in.readNBytes(4), OTTO);
        }
    }
}
