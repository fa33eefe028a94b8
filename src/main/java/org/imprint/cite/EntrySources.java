package org.imprint.cite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imprint.article.Article;

/**
 * Where the sources of an article's reference list are defined ({@link EntrySource}), each
 * bibliography file read and indexed once: looked up key by key in the text, a list of
 * thousands of entries cost a read and a search of the whole file per entry.
 */
public final class EntrySources {

    private final Article article;
    private final Map<Path, FileText> files = new HashMap<>();

    /** @param article the article whose bibliography files are read */
    public EntrySources(Article article) {
        this.article = article;
    }

    /**
     * The first of the article's bibliography files that defines {@code key}, or the first file
     * (line 0) when none can be seen to.
     */
    public EntrySource of(String key) {
        for (String name : article.bibliography()) {
            Path file = article.folder().resolve(name).normalize();
            FileText text = text(file);
            int line = text == null ? 0 : text.lineOfKey(key);
            if (line > 0) {
                return new EntrySource(file, line);
            }
        }
        return new EntrySource(article.folder().resolve(article.bibliography().get(0)).normalize(), 0);
    }

    /** The source's formatted entry cut where its characters come from ({@link EntrySource#runs(String, String)}). */
    public List<EntrySource.Run> runs(EntrySource source, String key, String text) {
        return source.runs(key, text, source.line() > 0 ? text(source.file()) : null);
    }

    private FileText text(Path file) {
        return files.computeIfAbsent(file, FileText::read);
    }

    /** A bibliography file's text with its lines, keys and {@code @string} entries indexed; built once per file. */
    static final class FileText {
        /** Where a key is defined: BibTeX's "@book{key,", CSL JSON's "id": "key", CSL YAML's id: key (as {@link BibliographyFiles#lineOfKey}). */
        private static final Pattern KEY = Pattern.compile("(?m)^[ \\t]*@[ \\t]*\\w+[ \\t]*[{(][ \\t]*([^,\\n]*?)[ \\t]*,"
                + "|\"id\"\\s*:\\s*\"([^\"]*)\""
                + "|(?m)\\bid\\s*:\\s*['\"]?(.*?)['\"]?\\s*$");

        private final String text;
        private final int[] lineStarts;
        private Map<String, Integer> keys;
        private List<int[]> strings;

        private FileText(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts.add(i + 1);
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The file's text as UTF-8, or {@code null} when it cannot be read so. */
        static FileText read(Path file) {
            try {
                return new FileText(Files.readString(file));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        String text() {
            return text;
        }

        /** The 1-based line an offset of the text is on. */
        int lineAt(int offset) {
            int at = Arrays.binarySearch(lineStarts, offset);
            return at >= 0 ? at + 1 : -at - 1;
        }

        /** Where a 1-based line starts; the text's end past its last line. */
        int offsetOfLine(int line) {
            return line >= 1 && line <= lineStarts.length ? lineStarts[line - 1] : line < 1 ? 0 : text.length();
        }

        /** The line that defines a key, 0 when none does. */
        int lineOfKey(String key) {
            if (keys == null) {
                keys = new HashMap<>();
                Matcher m = KEY.matcher(text);
                while (m.find()) {
                    String found = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    keys.putIfAbsent(found, lineAt(m.start()));
                }
            }
            Integer line = keys.get(key);
            // a key the index did not see as one (written in a way of its own) is looked for as before
            return line != null ? line : BibliographyFiles.lineOfKey(text, key);
        }

        /** The spans of the file's {@code @string} entries. */
        List<int[]> strings() {
            if (strings == null) {
                strings = EntrySource.strings(text);
            }
            return strings;
        }
    }
}
