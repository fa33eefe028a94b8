package org.imprint.cite;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imprint.ReportException;
import org.imprint.StrictText;

/**
 * Decodes a bibliography file's bytes strictly: as UTF-8, or, for a {@code .bib} that says so
 * in JabRef's {@code % Encoding:} header, as Latin-1 or Windows-1252. A byte that does not decode
 * is refused: replacing it would print "M\uFFFDller" in every citation of that author.
 */
final class BibliographyText {

    /** JabRef's header, on one of the first lines of a {@code .bib}: "% Encoding: ISO8859_1". */
    private static final Pattern HEADER = Pattern.compile("(?m)\\A(?:[ \\t]*%[^\\n]*\\n|[ \\t]*\\r?\\n){0,5}?[ \\t]*%[ \\t]*Encoding:[ \\t]*([\\w.:-]+)");

    /** The single-byte encodings JabRef writes, by the names it writes them with. */
    private static final Map<String, Charset> DECLARED = Map.of(
            "iso8859_1", StandardCharsets.ISO_8859_1, "iso-8859-1", StandardCharsets.ISO_8859_1,
            "latin1", StandardCharsets.ISO_8859_1, "cp1252", Charset.forName("windows-1252"),
            "windows-1252", Charset.forName("windows-1252"), "utf-8", StandardCharsets.UTF_8,
            "utf8", StandardCharsets.UTF_8);

    private BibliographyText() {
    }

    /**
     * The file's text, without a byte order mark.
     *
     * @param bib whether the file is BibTeX, whose {@code % Encoding:} header is honoured
     * @throws ReportException naming the line and the byte that is not UTF-8
     */
    static String decode(Path file, byte[] bytes, boolean bib) throws ReportException {
        Charset charset = bib ? declared(file, bytes) : StandardCharsets.UTF_8;
        StrictText.Decoded decoded = StrictText.decode(bytes, charset);
        if (decoded.malformed() != null) {
            String name = charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name();
            throw new ReportException(file, decoded.malformed().line(), "not " + name + " (byte 0x"
                    + String.format(Locale.ROOT, "%02X", decoded.malformed().value()) + "); save the file as UTF-8"
                    + (bib && charset == StandardCharsets.UTF_8
                            ? " (or, if it is Latin-1, make its first line \"% Encoding: ISO8859_1\")" : ""));
        }
        return decoded.text();
    }

    /** The charset a {@code .bib}'s JabRef header names; UTF-8 when it names none. */
    private static Charset declared(Path file, byte[] bytes) throws ReportException {
        // the header is ASCII, so reading the start as Latin-1 finds it whatever the file's encoding
        String start = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        Matcher m = HEADER.matcher(start.startsWith("\u00EF\u00BB\u00BF") ? start.substring(3) : start);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        Charset charset = DECLARED.get(m.group(1).toLowerCase(Locale.ROOT));
        if (charset == null) {
            int line = (int) start.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
            throw new ReportException(file, line, "the encoding \"" + m.group(1) + "\" is not supported (only UTF-8, "
                    + "ISO8859_1 and windows-1252 are); save the file as UTF-8 and remove this line");
        }
        return charset;
    }
}
