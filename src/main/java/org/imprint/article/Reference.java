package org.imprint.article;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a path or URL written in an article points to: an image source or a link target. One
 * classification serves the checks at load time and the sanitiser, so they cannot disagree.
 *
 * @param text the reference as written
 * @param kind what it points to
 * @param path for {@link Kind#LOCAL}, the file's path relative to the report folder, percent
 *             escapes decoded as a renderer decodes them; otherwise {@code null}
 */
public record Reference(String text, Kind kind, String path) {

    /** The kinds of reference. */
    public enum Kind {
        /** A place in the same document: {@code #notes}. */
        FRAGMENT,
        /** A file inside the report folder, by a relative path. */
        LOCAL,
        /** A file outside the report folder: a {@code ..} escape, an absolute path or a {@code file:} URL. */
        OUTSIDE,
        /** An {@code http:} or {@code https:} URL. */
        WEB,
        /** A {@code mailto:} address. */
        MAIL,
        /** Anything else: {@code javascript:}, {@code data:}, {@code ftp:}, a Windows drive, ... */
        OTHER
    }

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern ESCAPE = Pattern.compile("%[0-9a-fA-F]{2}");

    /** Classifies a reference as written in an article. */
    public static Reference of(String text) {
        // As a browser does: tabs and line breaks anywhere, and controls and spaces at the ends,
        // do not count ("java\tscript:" is "javascript:").
        String t = text.replaceAll("[\t\n\r]", "").replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "");
        if (t.startsWith("#")) {
            return new Reference(text, Kind.FRAGMENT, null);
        }
        var scheme = SCHEME.matcher(t);
        if (scheme.find()) {
            String name = t.substring(0, scheme.end() - 1).toLowerCase(Locale.ROOT);
            Kind kind = switch (name) {
                case "http", "https" -> Kind.WEB;
                case "mailto" -> Kind.MAIL;
                case "file" -> Kind.OUTSIDE;
                default -> Kind.OTHER;
            };
            return new Reference(text, kind, null);
        }
        // Renderers and viewers decode escapes and treat "\" as "/": judge what they will open.
        String path = decode(t.replaceAll("[?#].*$", "")).replace('\\', '/');
        if (path.startsWith("/") || path.indexOf('\0') >= 0) {
            return new Reference(text, Kind.OUTSIDE, null);
        }
        try {
            Path normal = Path.of(path).normalize();
            if (normal.startsWith("..")) {
                return new Reference(text, Kind.OUTSIDE, null);
            }
            return new Reference(text, Kind.LOCAL, normal.toString());
        } catch (InvalidPathException e) {
            return new Reference(text, Kind.OTHER, null);
        }
    }

    /** The file a {@link Kind#LOCAL} reference names inside {@code folder}. */
    public Path resolveIn(Path folder) {
        if (kind != Kind.LOCAL) {
            throw new IllegalStateException(text + " is not a file of the report");
        }
        return folder.resolve(path).normalize();
    }

    /**
     * Decodes %XX escapes as UTF-8 and leaves a lone "%" as it is, like a browser: the same
     * target written with or without escapes decodes to the same text.
     */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var m = ESCAPE.matcher(s);
        int at = 0;
        while (m.find()) {
            bytes.writeBytes(s.substring(at, m.start()).getBytes(StandardCharsets.UTF_8));
            bytes.write(Integer.parseInt(s.substring(m.start() + 1, m.end()), 16));
            at = m.end();
        }
        bytes.writeBytes(s.substring(at).getBytes(StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
