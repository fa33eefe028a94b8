package org.imprint.brand;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.imprint.Problem;
import org.imprint.ReportException;

/**
 * Where each key of a brand profile was set: file and line, by path ({@code colours.accent},
 * {@code fonts.faces[2].file}, items counted from 1). A brand that extends another keeps the
 * lines of the keys it inherits in the other brand's file, so a message names the file that
 * holds the value at fault.
 */
public final class ProfileLines {

    /**
     * One place in a profile.
     *
     * @param file the {@code brand.yaml} that sets the value
     * @param line 1-based line, or 0 when unknown
     */
    public record Line(Path file, int line) {
    }

    private final Path own;
    private final Map<String, Line> lines;

    /**
     * @param own   the brand's own profile, named when a key is set nowhere
     * @param lines the line of each key, by path
     */
    ProfileLines(Path own, Map<String, Line> lines) {
        this.own = own;
        this.lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
    }

    /** The brand's own profile file. */
    public Path file() {
        return own;
    }

    /**
     * Where {@code path} is set; when it is not, where its nearest enclosing key is (a missing key
     * is reported at its section), else the brand's own file at line 0.
     */
    public Line at(String path) {
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            Line line = lines.get(p);
            if (line != null) {
                return line;
            }
        }
        return new Line(own, 0);
    }

    /** An error at {@code path}'s line. */
    public ReportException error(String path, String message) {
        Line line = at(path);
        return new ReportException(line.file(), line.line(), message);
    }

    /** A warning at {@code path}'s line. */
    public Problem warning(String path, String message) {
        Line line = at(path);
        return Problem.warning(line.file(), line.line(), message);
    }

    /** {@code a.b[2].c} → {@code a.b[2]} → {@code a.b} → {@code a} → "". */
    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
