package org.imprint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapper for the command line: every font a PDF names but does not embed is
 * stood in for by the Liberation Sans that PDFBox itself ships. PDFBox's default mapper scans
 * the machine's fonts on first use (dozens of files) and writes {@code ~/.pdfbox.cache}; Imprint
 * embeds every font it sets, so what the machine has installed must make no difference, and a
 * build must write nothing outside its output.
 *
 * <p>The default mapper is asked even so: openhtmltopdf 1.1.31 makes a Helvetica for form fields
 * whenever it finishes a document (1.1.65 only when there are forms), and reading a page before
 * it is saved (page-foot notes are tagged so) meets fonts not yet embedded. Nothing of those
 * stand-ins reaches the output: the fonts written are the brand's. PDFBox offers no per-document
 * mapper, only the JVM-wide {@code FontMappers.set}, which a library must not call for its host;
 * so the command line sets this one, once, in {@link Main}.
 */
final class NoSystemFonts implements FontMapper {

    private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private TrueTypeFont font;

    private synchronized TrueTypeFont font() {
        if (font == null) {
            try (InputStream in = FontMapper.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IOException("PDFBox's " + BUNDLED + " is missing");
                }
                font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return font;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font(), true);
    }
}
