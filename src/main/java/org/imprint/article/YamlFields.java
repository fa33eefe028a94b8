package org.imprint.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.imprint.Problem;
import org.imprint.ReportException;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Typed, line-aware access to one YAML mapping of the front matter. Every accessor names the
 * file and line of the offending value when the value has the wrong shape.
 */
final class YamlFields {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@:/<>\"]+@[^\\s@:/<>\"]+\\.[^\\s@:/<>\"]+");

    private final Path file;
    private final int lineOffset;
    private final String context;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    /**
     * @param context    how to name this mapping in messages, e.g. "" for the top level or
     *                   "authors[1]." for the first author
     * @param lineOffset lines of the file before the YAML text starts
     */
    YamlFields(Path file, int lineOffset, String context, Node node) throws ReportException {
        this.file = file;
        this.lineOffset = lineOffset;
        this.context = context;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, (context.isEmpty() ? "the front matter" : quoted(context.substring(0, context.length() - 1)))
                    + " must be a mapping of keys to values (key: value)");
        }
        List<NodeTuple> merged = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            if (isMergeKey(key)) {
                merged.addAll(mergedTuples(tuple.getValueNode(), 0));
                continue;
            }
            NodeTuple earlier = entries.put(key.getValue(), tuple);
            if (earlier != null) {
                throw error(key, "key \"" + context + key.getValue() + "\" is given twice, here and on line "
                        + line(earlier.getKeyNode()) + "; keep one of them");
            }
        }
        // YAML merge keys ("<<: *defaults"): keys written out in the mapping win over merged ones
        for (NodeTuple tuple : merged) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                entries.putIfAbsent(key.getValue(), tuple);
            }
        }
    }

    private static boolean isMergeKey(ScalarNode key) {
        return key.getValue().equals("<<") && key.isPlain();
    }

    /**
     * The entries a merge key brings in: one mapping, or a list of mappings of which the first
     * wins, each with its own merge keys applied.
     */
    private List<NodeTuple> mergedTuples(Node value, int depth) throws ReportException {
        List<NodeTuple> out = new ArrayList<>();
        if (depth > 20) {
            throw error(value, "merge keys (<<) are nested too deep here");
        }
        if (value instanceof SequenceNode seq && depth == 0) {
            for (Node item : seq.getValue()) {
                out.addAll(mergedTuples(item, depth + 1));
            }
            return out;
        }
        if (!(value instanceof MappingNode map)) {
            throw error(value, "a merge key (<<) must name a mapping, e.g. <<: *defaults, or a list of them");
        }
        List<NodeTuple> inner = new ArrayList<>();
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && isMergeKey(key)) {
                inner.addAll(mergedTuples(tuple.getValueNode(), depth + 1));
            } else {
                out.add(tuple);
            }
        }
        out.addAll(inner);
        return out;
    }

    int line(Node n) {
        return n.getStartMark().map(m -> m.getLine() + 1 + lineOffset).orElse(0);
    }

    int lineOfKey(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? line(node) : line(t.getKeyNode());
    }

    /**
     * The line on which a text value's first line stands: the key's line, or the next one for
     * a block ("key: |" or "key: >").
     */
    int textLine(String key) {
        Node v = value(key);
        if (v instanceof ScalarNode s && (s.getScalarStyle() == ScalarStyle.LITERAL || s.getScalarStyle() == ScalarStyle.FOLDED)) {
            return line(v) + 1;
        }
        return lineOfKey(key);
    }

    /** The line of each key of this mapping, named as in messages (e.g. "authors[1].photo"). */
    Map<String, Integer> keyLines() {
        Map<String, Integer> lines = new LinkedHashMap<>();
        entries.forEach((key, tuple) -> lines.put(context + key, line(tuple.getKeyNode())));
        return lines;
    }

    /** An error reported at {@code key}'s line (or the mapping's, when the key is absent). */
    ReportException keyError(String key, String message) {
        return new ReportException(file, lineOfKey(key), message);
    }

    ReportException error(Node at, String message) {
        return new ReportException(file, line(at), message);
    }

    /** Warns about keys that are not in {@code known}, suggesting the closest known key. */
    void warnUnknownKeys(Set<String> known, Consumer<Problem> warnings) {
        for (var e : entries.entrySet()) {
            String key = e.getKey();
            if (!known.contains(key)) {
                String hint = Suggest.closest(key, known)
                        .map(s -> "; did you mean \"" + context + s + "\"?")
                        .orElse("; known keys are " + String.join(", ", known));
                warnings.accept(Problem.warning(file, line(e.getValue().getKeyNode()),
                        "unknown key \"" + context + key + "\" is ignored" + hint));
            }
        }
    }

    private Node value(String key) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            return null;
        }
        Node v = t.getValueNode();
        return isNull(v) ? null : v;
    }

    /** "~", "null" and nothing at all are YAML's null: no value, not the text "~". */
    private static boolean isNull(Node v) {
        return v instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
    }

    /**
     * Refuses control characters (other than tab and line breaks) and the non-characters
     * U+FFFE and U+FFFF. They can only come from escapes such as "\\u0007" or a paste, are
     * invisible, and are not allowed in the XML of the EPUB and the PDF's metadata. Removing
     * them silently would change the author's text behind their back: say where they are.
     * Refuses, for the same reason, bidirectional controls left open or closing nothing
     * ({@link BidiControls}): their override would run on into the text set after the value.
     */
    private String checked(ScalarNode s, String name) throws ReportException {
        String text = s.getValue();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF') {
                throw new ReportException(file, lineOf(s, i), quoted(name) + " contains the invisible control character U+"
                        + String.format("%04X", (int) c) + " (character " + (i + 1) + " of the value); remove it");
            }
        }
        var bidi = BidiControls.problem(text);
        if (bidi.isPresent()) {
            throw new ReportException(file, lineOf(s, bidi.get().index()), quoted(name) + " contains " + bidi.get().message());
        }
        return text;
    }

    /**
     * The line of the file the scalar's character at {@code index} is written on: a block's or
     * a continued text's lines are not the key's ({@link ValueLines}); the scalar's first line
     * when the file does not hold the character as written (an escape).
     */
    private int lineOf(ScalarNode s, int index) {
        var start = s.getStartMark();
        var end = s.getEndMark();
        if (start.isEmpty() || end.isEmpty() || start.get().getLine() == end.get().getLine()) {
            return line(s);
        }
        try {
            List<String> source = java.nio.file.Files.readAllLines(file);
            int found = ValueLines.lineOf(source, start.get().getLine() + 1 + lineOffset, start.get().getColumn(),
                    end.get().getLine() + 1 + lineOffset, s.getValue(), index);
            return found == 0 ? line(s) : found;
        } catch (java.io.IOException | RuntimeException e) {
            // the message still names the value and the character; its key's line will do
            return line(s);
        }
    }

    /** Text value, trimmed; {@code null} when absent or blank. */
    String text(String key) throws ReportException {
        Node v = value(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof ScalarNode s)) {
            throw error(v, quoted(context + key) + " must be text, not a " + shape(v)
                    + " (write it on one line after \"" + key + ":\", or as a block with \"" + key + ": |\")");
        }
        String text = checked(s, context + key).strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * A text value printed as written (a title, a name), trimmed; {@code null} when absent or
     * blank. Markup in it is refused ({@link PlainText}).
     */
    String plainText(String key) throws ReportException {
        String text = text(key);
        if (text != null) {
            refuseMarkup((ScalarNode) value(key), context + key);
        }
        return text;
    }

    /** {@link #plainText} that must be given. */
    String requiredPlainText(String key, String example) throws ReportException {
        requiredText(key, example);
        return plainText(key);
    }

    /** A list of texts printed as written ({@link #texts}, {@link #plainText}). */
    List<String> plainTexts(String key) throws ReportException {
        List<String> texts = texts(key);
        Node v = value(key);
        if (v instanceof ScalarNode s) {
            refuseMarkup(s, context + key);
        } else if (v instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s) {
                    refuseMarkup(s, context + key);
                }
            }
        }
        return texts;
    }

    private void refuseMarkup(ScalarNode s, String name) throws ReportException {
        var markup = PlainText.markup(s.getValue());
        if (markup.isPresent()) {
            throw new ReportException(file, lineOf(s, markup.get().index()), markup.get().message(name));
        }
    }

    String requiredText(String key, String example) throws ReportException {
        String text = text(key);
        if (text == null) {
            throw keyError(key, (entries.containsKey(key) ? "empty" : "missing")
                    + " required key \"" + context + key + "\" (add e.g. " + key + ": " + example + ")");
        }
        return text;
    }

    /** An http or https URL: layouts make it a live link, so nothing else may pass. */
    String webAddress(String key) throws ReportException {
        String text = text(key);
        if (text != null && !isWebAddress(text)) {
            throw error(value(key), context + key + " \"" + text
                    + "\" is not a web address (write it in full, e.g. https://example.org/page)");
        }
        return text;
    }

    /**
     * A complete http(s) URL: a host, and nothing a URL may not hold as written (spaces,
     * quotes, angle brackets, a stray "%"), which viewers and EPUBCheck would refuse.
     */
    private static boolean isWebAddress(String text) {
        if (Reference.of(text).kind() != Reference.Kind.WEB) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return uri.getHost() != null && !uri.getHost().isEmpty()
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** An e-mail address: layouts make it a mailto: link. */
    String email(String key) throws ReportException {
        String text = text(key);
        if (text != null && !EMAIL.matcher(text).matches()) {
            throw error(value(key), context + key + " \"" + text + "\" is not an e-mail address (e.g. jane.doe@example.org)");
        }
        return text;
    }

    LocalDate date(String key) throws ReportException {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // fall through to the message below
        }
        throw error(value(key), context + key + " \"" + text + "\" is not a valid date (use yyyy-mm-dd, e.g. 2026-04-21)");
    }

    LocalDate requiredDate(String key) throws ReportException {
        requiredText(key, "2026-04-21");
        return date(key);
    }

    /** A list of texts; a single text is accepted as a list of one. */
    List<String> texts(String key) throws ReportException {
        Node v = value(key);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v instanceof ScalarNode s) {
            if (!checked(s, context + key).isBlank()) {
                out.add(s.getValue().strip());
            }
            return out;
        }
        if (!(v instanceof SequenceNode seq)) {
            throw error(v, quoted(context + key) + " must be a list of texts, e.g. " + key + ": [one, two]");
        }
        for (Node item : seq.getValue()) {
            if (isNull(item)) {
                continue;
            }
            if (!(item instanceof ScalarNode s)) {
                throw error(item, "each entry of \"" + context + key + "\" must be text, not a " + shape(item));
            }
            if (!checked(s, context + key).isBlank()) {
                out.add(s.getValue().strip());
            }
        }
        return out;
    }

    /** A nested mapping, or {@code null} when absent. */
    YamlFields mapping(String key) throws ReportException {
        Node v = value(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof MappingNode)) {
            throw error(v, quoted(context + key) + " must be a mapping of keys to values (indented key: value lines), not a " + shape(v));
        }
        return new YamlFields(file, lineOffset, context + key + ".", v);
    }

    /** A list of mappings; absent gives an empty list. */
    List<YamlFields> mappings(String key, String example) throws ReportException {
        Node v = value(key);
        List<YamlFields> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof SequenceNode seq)) {
            throw error(v, quoted(context + key) + " must be a list of entries, not a " + shape(v) + "; write it as:\n" + example);
        }
        int i = 1;
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode)) {
                throw error(item, "entry " + i + " of \"" + context + key + "\" must be a mapping, not a " + shape(item) + "; write it as:\n" + example);
            }
            out.add(new YamlFields(file, lineOffset, context + key + "[" + i + "].", item));
            i++;
        }
        return out;
    }

    private static String shape(Node n) {
        if (n instanceof SequenceNode) {
            return "list";
        }
        if (n instanceof MappingNode) {
            return "mapping";
        }
        return "text";
    }

    private static String quoted(String key) {
        return "\"" + key + "\"";
    }
}
