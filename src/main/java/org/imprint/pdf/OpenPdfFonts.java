package org.imprint.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.imprint.fonts.FontService;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

/**
 * The brand's fonts parsed by OpenPDF once per engine, from the bytes the {@link FontService}
 * read. Given a file name, OpenPDF subsets a font by reading it four bytes per system call: for
 * the 4 MB CJK font that was most of a report's build time. OpenPDF shares its fonts between
 * documents itself.
 */
final class OpenPdfFonts {

    private final FontService files;
    private final Map<Path, BaseFont> fonts = new ConcurrentHashMap<>();

    OpenPdfFonts(FontService files) {
        this.files = files;
    }

    /** The font in {@code file}, Identity-H, to be embedded and subset. */
    BaseFont get(Path file) {
        return fonts.computeIfAbsent(file, f -> {
            try {
                return BaseFont.createFont(f.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, files.bytes(f), null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + f, e);
            } catch (DocumentException e) {
                throw new IllegalArgumentException("cannot use font " + f + ": " + e.getMessage(), e);
            }
        });
    }
}
