package org.imprint.cite;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imprint.article.Article;

/**
 * Where a source of the reference list is defined: the bibliography file and the line of its key,
 * for messages about what its formatted entry prints (a character no font has).
 *
 * @param file the bibliography file that defines the key
 * @param line the line of its key, or 0 when it cannot be found
 */
public record EntrySource(Path file, int line) {

    /**
     * The first of the article's bibliography files that defines {@code key}, or the first file
     * (line 0) when none can be seen to.
     */
    public static EntrySource of(Article article, String key) {
        return new EntrySources(article).of(key);
    }

    /** The start of a top-level BibTeX entry ("@book{", "@string("). */
    private static final Pattern ENTRY = Pattern.compile("(?m)^[ \\t]*@[ \\t]*(\\w+)[ \\t]*[{(]");
    private static final Pattern CROSSREF = Pattern.compile("(?i)\\bcrossref\\s*=\\s*[{\"]\\s*([^}\"\\s]+)");

    /**
     * The formatted entry's text cut where its characters come from: a run of characters the
     * entry holds is at the line of the entry that first has its character (the title's line,
     * not the key's); a run that only an {@code @string} of the file or the entry's
     * {@code crossref} holds is at that line (the publisher "ශ Press" of a {@code @string} was
     * named at the key of the entry that used it). A character found nowhere (written as a
     * LaTeX command) stays at the key.
     *
     * @param key  the entry's key
     * @param text the entry as the reference list prints it
     * @return the runs of the text, each with its line, in order
     */
    public List<Run> runs(String key, String text) {
        return runs(key, text, line > 0 ? EntrySources.FileText.read(file) : null);
    }

    /** {@link #runs(String, String)} with the file's text read already ({@code null} when it cannot be read). */
    List<Run> runs(String key, String text, EntrySources.FileText file) {
        List<Run> runs = new ArrayList<>();
        String bib = file == null || line == 0 ? null : file.text();
        List<int[]> elsewhere = bib == null ? List.of() : elsewhere(file, key);
        int[] entry = bib == null ? new int[] {0, 0} : spanAt(bib, file.offsetOfLine(line));
        String own = bib == null ? "" : bib.substring(entry[0], entry[1]);
        StringBuilder run = new StringBuilder();
        int runLine = line;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int at = line;
            int inOwn = cp > 0x7F ? own.indexOf(cp) : -1;
            if (inOwn >= 0) {
                at = file.lineAt(entry[0] + inOwn);
            } else if (cp > 0x7F && bib != null) {
                for (int[] span : elsewhere) {
                    int found = bib.substring(span[0], span[1]).indexOf(cp);
                    if (found >= 0) {
                        at = file.lineAt(span[0] + found);
                        break;
                    }
                }
            }
            // ASCII and marks follow the run they are in
            if (cp > 0x7F && at != runLine && !run.isEmpty()) {
                runs.add(new Run(runLine, run.toString()));
                run.setLength(0);
            }
            if (cp > 0x7F) {
                runLine = at;
            }
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (!run.isEmpty()) {
            runs.add(new Run(runLine, run.toString()));
        }
        return runs;
    }

    /**
     * A run of an entry's text and the line of the bibliography file it comes from.
     *
     * @param line the line, or 0 when not known
     * @param text the run
     */
    public record Run(int line, String text) {
    }

    /** The spans of the file other than the entry that its text may come from: the crossref's entry, then each @string. */
    private static List<int[]> elsewhere(EntrySources.FileText file, String key) {
        String bib = file.text();
        List<int[]> spans = new ArrayList<>();
        int keyLine = file.lineOfKey(key);
        if (keyLine > 0) {
            Matcher crossref = CROSSREF.matcher(block(bib, file.offsetOfLine(keyLine)));
            int parent = crossref.find() ? file.lineOfKey(crossref.group(1)) : 0;
            if (parent > 0) {
                int start = file.offsetOfLine(parent);
                spans.add(new int[] {start, start + block(bib, start).length()});
            }
        }
        spans.addAll(file.strings());
        return spans;
    }

    /** The spans of the file's {@code @string} entries, in order. */
    static List<int[]> strings(String bib) {
        List<int[]> spans = new ArrayList<>();
        Matcher entry = ENTRY.matcher(bib);
        while (entry.find()) {
            if (entry.group(1).equalsIgnoreCase("string")) {
                spans.add(new int[] {entry.start(), entry.start() + block(bib, entry.start()).length()});
            }
        }
        return spans;
    }

    /**
     * The span of the file that holds the entry whose key is on a line: a BibTeX entry from its
     * key to the next entry; a CSL JSON object or a CSL YAML mapping whole, its "title" before
     * its "id" too (the search ran from the id to the end of the file, and found the title of
     * the next entry).
     */
    static int[] ownSpan(String bib, int line) {
        return spanAt(bib, offsetOfLine(bib, line));
    }

    private static int[] spanAt(String bib, int start) {
        int lineEnd = bib.indexOf('\n', start);
        String keyLine = bib.substring(start, lineEnd < 0 ? bib.length() : lineEnd);
        if (Pattern.compile("\"id\"\\s*:").matcher(keyLine).find()) {
            return jsonObject(bib, start + keyLine.indexOf("\"id\""));
        }
        if (!keyLine.stripLeading().startsWith("@") && Pattern.compile("(^|[\\s-])id\\s*:").matcher(keyLine).find()) {
            return yamlMapping(bib, start, keyLine);
        }
        return new int[] {start, start + block(bib, start).length()};
    }

    /** The innermost JSON object around an offset, read outside strings. */
    private static int[] jsonObject(String json, int at) {
        ArrayDeque<Integer> open = new ArrayDeque<>();
        int objectStart = -1;
        boolean string = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (i == at) {
                objectStart = open.isEmpty() ? 0 : open.peek();
            }
            if (string) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    string = false;
                }
            } else if (c == '"') {
                string = true;
            } else if (c == '{') {
                open.push(i);
            } else if (c == '}' && !open.isEmpty()) {
                int begin = open.pop();
                if (objectStart >= 0 && begin == objectStart) {
                    return new int[] {begin, i + 1};
                }
            }
        }
        return new int[] {Math.max(0, objectStart), json.length()};
    }

    /**
     * The YAML mapping whose key "id" is on the line that starts at an offset: the lines
     * around it indented at least as far as its keys, with the "- " line that opens it.
     */
    private static int[] yamlMapping(String yaml, int lineStart, String keyLine) {
        Matcher id = Pattern.compile("(^|[\\s-])id\\s*:").matcher(keyLine);
        id.find();
        int column = id.start() + id.group(1).length();
        int start = lineStart;
        if (indent(keyLine) >= column) {
            while (start > 0) {
                int previous = yaml.lastIndexOf('\n', start - 2) + 1;
                String text = yaml.substring(previous, start - 1);
                if (!text.isBlank() && indent(text) < column) {
                    start = text.stripLeading().startsWith("- ") ? previous : start;
                    break;
                }
                start = previous;
            }
        }
        int end = yaml.indexOf('\n', lineStart);
        while (end >= 0 && end + 1 < yaml.length()) {
            int next = yaml.indexOf('\n', end + 1);
            String text = yaml.substring(end + 1, next < 0 ? yaml.length() : next);
            if (!text.isBlank() && indent(text) < column) {
                break;
            }
            end = next;
        }
        return new int[] {start, end < 0 ? yaml.length() : end};
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    /** The text of the entry that starts at an offset, up to the next entry. */
    private static String block(String bib, int start) {
        Matcher next = ENTRY.matcher(bib);
        int end = next.find(Math.min(bib.length(), start + 1)) ? next.start() : bib.length();
        return bib.substring(start, Math.max(start, end));
    }

    private static int offsetOfLine(String bib, int line) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = bib.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return bib.length();
            }
        }
        return offset;
    }

}
