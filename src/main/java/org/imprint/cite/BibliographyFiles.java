package org.imprint.cite;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.BibliographyFileReader;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import org.imprint.Problem;
import org.imprint.ReportException;
import org.imprint.ReservedMarks;
import org.imprint.article.Article;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;

/**
 * Reads a report's bibliography files (BibTeX or BibLaTeX {@code .bib}, CSL JSON {@code .json},
 * CSL YAML {@code .yaml}) into CSL items by key, with citeproc-java's readers.
 */
final class BibliographyFiles {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private static final Pattern UNEXPECTED = Pattern.compile("Encountered unexpected token: \"([^\"]*)\"");

    /**
     * The items of every file the article names, by key. A key defined in two files is an
     * error: one of them would silently stand for the other in every citation.
     */
    Map<String, CSLItemData> read(Article article, Consumer<Problem> warnings) throws ReportException {
        return read(article, warnings, new java.util.HashMap<>());
    }

    /**
     * The items as {@link #read(Article, Consumer)} gives them, and in {@code datedStatuses} the
     * words of each whose status was written as its date (BibTeX's {@code year = {in press}}, CSL
     * JSON's {@code {"literal": "in press"}}), by key: a date citeproc-js prints as written, which
     * stays one where the style cannot print the status ({@link LiteralStatuses}).
     */
    Map<String, CSLItemData> read(Article article, Consumer<Problem> warnings, Map<String, String> datedStatuses)
            throws ReportException {
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        Map<String, String> from = new java.util.HashMap<>();
        for (String name : article.bibliography()) {
            for (Map.Entry<String, CSLItemData> item : readFile(article, name, warnings, datedStatuses).entrySet()) {
                String earlier = from.putIfAbsent(item.getKey(), name);
                if (earlier != null && !earlier.equals(name)) {
                    throw definedTwice(article, item.getKey(), earlier, name);
                }
                CSLItemData data = CslItemForms.readable(item.getValue());
                if (data.getDOI() != null && !data.getDOI().equals(Hrefs.bareDoi(data.getDOI()))) {
                    data = new de.undercouch.citeproc.csl.CSLItemDataBuilder(data).DOI(Hrefs.bareDoi(data.getDOI())).build();
                }
                String edition = Editions.number(data.getEdition());
                if (edition != null && !edition.equals(data.getEdition())) {
                    data = new de.undercouch.citeproc.csl.CSLItemDataBuilder(data).edition(edition).build();
                }
                items.put(item.getKey(), data);
            }
        }
        return items;
    }

    private static ReportException definedTwice(Article article, String key, String earlier, String later) {
        int first = lineOfKey(article.folder().resolve(earlier), key);
        return new ReportException(article.folder().resolve(later).normalize(), lineOfKey(article.folder().resolve(later), key),
                "the key \"" + key + "\" is also defined in " + earlier + (first > 0 ? " (line " + first + ")" : "")
                        + "; give each entry its own key, or remove one of the two");
    }

    /** The line on which a file defines a key (0 when it cannot be found). */
    static int lineOfKey(Path file, String key) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return lineOfKey(text, key);
    }

    /** The line on which a file's text defines a key (0 when it cannot be found). */
    static int lineOfKey(String text, String key) {
        String k = Pattern.quote(key);
        Matcher m = Pattern.compile("(?m)^[ \\t]*@[ \\t]*\\w+[ \\t]*[{(][ \\t]*" + k + "[ \\t]*,"    // BibTeX
                + "|\"id\"\\s*:\\s*\"" + k + "\""                                                   // CSL JSON
                + "|(?m)\\bid\\s*:\\s*['\"]?" + k + "['\"]?\\s*$").matcher(text);                      // CSL YAML
        return m.find() ? (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1 : 0;
    }

    private static Map<String, CSLItemData> readFile(Article article, String name, Consumer<Problem> warnings,
            Map<String, String> datedStatuses) throws ReportException {
        int keyLine = article.lineOf("bibliography");
        Path file = article.folder().resolve(name).normalize();
        if (!file.startsWith(article.folder())) {
            throw new ReportException(article.source(), keyLine, "bibliography \"" + name
                    + "\" is outside the report folder; put the file beside article.md");
        }
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!List.of("bib", "json", "yaml", "yml").contains(extension)) {
            throw new ReportException(article.source(), keyLine, "bibliography \"" + name
                    + "\" is not a .bib (BibTeX), .json (CSL JSON) or .yaml (CSL YAML) file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ReportException(article.source(), keyLine, "bibliography \"" + name
                    + "\" does not exist; put the file beside article.md or correct its name");
        } catch (IOException e) {
            throw new ReportException(article.source(), keyLine, "bibliography \"" + name + "\" cannot be read ("
                    + e.getMessage() + "); check that the file is readable");
        }
        String text = BibliographyText.decode(file, bytes, extension.equals("bib"));
        ReservedMarks.refuse(file, text, 1);
        if (extension.equals("bib")) {
            text = BibTeXParentheses.toBraces(text);
        }
        // the readers below take bytes and read them as UTF-8: hand them the text as UTF-8
        bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (extension.equals("bib")) {
                refuseDuplicateKeys(file, text);
                BibTeXConverter converter = new BibTeXConverter();
                BibTeXDatabase db;
                try {
                    db = converter.loadDatabase(new ByteArrayInputStream(bytes));
                } catch (ObjectResolutionException e) {
                    throw missingCrossref(file, text, db(bytes), e);
                }
                BibTeXFields.prepare(db);
                warnDoubtfulNames(file, text, db, warnings);
                datedStatuses.putAll(BibTeXFields.datedStatuses(db));
                Map<String, CSLItemData> read = BibTeXNames.fix(BibTeXFields.afterConversion(db, converter.toItemData(db)));
                read.replaceAll((id, item) -> CapitalTitles.keep(item));
                return read;
            }
            Map<String, CSLItemData> items = new LinkedHashMap<>();
            if (!extension.equals("json")) {
                CslYaml.read(file, text)
                        .forEach((id, item) -> items.put(id, cslRead(item, datedStatuses)));
                return items;
            }
            CslJsonSyntax.check(file, text);
            ItemDataProvider provider = new BibliographyFileReader().readBibliographyFile(new ByteArrayInputStream(bytes), name);
            for (String id : provider.getIds()) {
                items.put(id, cslRead(provider.retrieveItem(id), datedStatuses));
            }
            return items;
        } catch (ParseException e) {
            ReportException unclosed = unclosedBrace(file, text);
            if (unclosed != null) {
                throw unclosed;
            }
            int line = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.beginLine
                    : e.currentToken != null ? e.currentToken.beginLine : 0;
            Matcher token = UNEXPECTED.matcher(firstLine(e.getMessage()));
            String what = token.find() ? "unexpected \"" + token.group(1) + "\"" : firstLine(e.getMessage());
            throw new ReportException(file, line, "BibTeX syntax error: " + what
                    + "; check the braces, commas and quotes here and at the end of the line before");
        } catch (TokenMgrException e) {
            ReportException unclosed = unclosedBrace(file, text);
            if (unclosed != null) {
                throw unclosed;
            }
            throw new ReportException(file, lineIn(e.getMessage()), "BibTeX syntax error: " + firstLine(e.getMessage())
                    + "; check the entry's braces, commas and quotes");
        } catch (IOException | RuntimeException e) {
            throw new ReportException(file, lineIn(e.getMessage()), "cannot read the bibliography: "
                    + firstLine(e.getMessage()) + "; check that it is valid " + (extension.equals("json") ? "CSL JSON" : "CSL YAML"));
        }
    }

    /**
     * A name without a comma that has a number in it ("Group of 77", "John Smith 3rd"), which
     * BibTeX would split into given and family names no one means: it is kept as written, as an
     * organisation's name, and the author is told how to say what it is.
     */
    /**
     * A CSL JSON or YAML source as citeproc-js reads it: empty fields absent, particles written
     * into the names read as particles, rich text and capitalised titles kept, dates in words read.
     */
    private static CSLItemData cslRead(CSLItemData item, Map<String, String> datedStatuses) {
        return DateWords.read(CapitalTitles.keep(RichText.fromCsl(NameParticles.parsed(EmptyFields.dropped(item)))), datedStatuses);
    }

    private static void warnDoubtfulNames(Path file, String text, BibTeXDatabase db, Consumer<Problem> warnings) {
        for (Map.Entry<org.jbibtex.Key, org.jbibtex.BibTeXEntry> entry : db.getEntries().entrySet()) {
            for (Map.Entry<org.jbibtex.Key, org.jbibtex.Value> field : entry.getValue().getFields().entrySet()) {
                String fieldName = field.getKey().getValue().toLowerCase(Locale.ROOT);
                if (!BibTeXFields.isNames(fieldName)) {
                    continue;
                }
                String fault = BibTeXNameList.fault(field.getValue().toUserString());
                if (fault != null) {
                    warnings.accept(Problem.warning(file, lineOfField(text, entry.getKey().getValue(), fieldName),
                            fieldName + " of @" + entry.getKey().getValue() + " " + fault + ", so "
                                    + (fault.startsWith("has an empty") ? "the empty name is left out" : "the source is cited without these names")
                                    + "; write the names as family name, comma, given names, joined by a single \"and\""));
                }
                for (String name : BibTeXNameList.doubtful(field.getValue().toUserString())) {
                    warnings.accept(Problem.warning(file, lineOfField(text, entry.getKey().getValue(), fieldName),
                            fieldName + " \"" + name + "\" has a number and no comma, so it is printed as written, as an "
                                    + "organisation's name; if it is one, put it in braces ({" + name + "}); if it is a "
                                    + "person, write family name, comma, given names (e.g. Smith, 3rd, John)"));
                }
            }
        }
    }

    /** The line of an entry's field (of the entry when the field cannot be found; 0 when neither can). */
    private static int lineOfField(String text, String key, String field) {
        Matcher entry = Pattern.compile("(?m)^[ \\t]*@[ \\t]*\\w+[ \\t]*[{(][ \\t]*" + Pattern.quote(key) + "[ \\t]*,").matcher(text);
        if (!entry.find()) {
            return 0;
        }
        Matcher next = Pattern.compile("(?m)^[ \\t]*@").matcher(text);
        int end = next.find(entry.end()) ? next.start() : text.length();
        Matcher at = Pattern.compile("(?i)\\b" + Pattern.quote(field) + "\\s*=").matcher(text).region(entry.start(), end);
        int offset = at.find() ? at.start() : entry.start();
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static final Pattern ENTRY = Pattern.compile("(?m)^[ \\t]*@[ \\t]*(\\w+)[ \\t]*[{(][ \\t]*([^,\\s]+)[ \\t]*,");

    /**
     * Two entries with one key (BibTeX keys ignore case): the parser keeps one and drops the
     * other without a word, so a citation would silently show the wrong source.
     */
    private static void refuseDuplicateKeys(Path file, String text) throws ReportException {
        Map<String, Integer> seen = new java.util.HashMap<>();
        Matcher entry = ENTRY.matcher(text);
        int line = 1;
        int counted = 0;
        while (entry.find()) {
            String type = entry.group(1).toLowerCase(Locale.ROOT);
            if (type.equals("string") || type.equals("comment") || type.equals("preamble")) {
                continue;
            }
            // lines counted on from the last entry, not from the start: a .bib may hold thousands
            for (; counted < entry.start(2); counted++) {
                if (text.charAt(counted) == '\n') {
                    line++;
                }
            }
            Integer first = seen.putIfAbsent(entry.group(2).toLowerCase(Locale.ROOT), line);
            if (first != null) {
                throw new ReportException(file, line, "the key \"" + entry.group(2) + "\" is used by two entries (the other at line "
                        + first + "; BibTeX keys ignore case); give each entry its own key");
            }
        }
    }

    /**
     * A {@code crossref} to a key the file does not have: jbibtex names only the key, so the
     * entry that names it is found in the text.
     */
    private static ReportException missingCrossref(Path file, String text, BibTeXDatabase all, ObjectResolutionException e) {
        String key = e.getMessage() == null ? "" : e.getMessage().strip();
        Matcher field = Pattern.compile("(?i)\\bcrossref\\s*=\\s*[{\"]?\\s*" + Pattern.quote(key) + "\\s*[}\"]?").matcher(text);
        int line = field.find() ? (int) text.substring(0, field.start()).chars().filter(c -> c == '\n').count() + 1 : 0;
        java.util.Set<String> keys = new java.util.TreeSet<>();
        if (all != null) {
            all.getEntries().keySet().forEach(k -> keys.add(k.getValue()));
        }
        String hint = org.imprint.article.Suggest.closest(key, keys).map(k -> "; did you mean " + k + "?")
                .orElse("; add the entry it names, or remove the crossref");
        return new ReportException(file, line, "crossref = {" + key + "} names no entry of this file" + hint);
    }

    /** The entries of a file whose cross-references do not resolve, read without resolving them. */
    private static BibTeXDatabase db(byte[] bytes) {
        try {
            return new org.jbibtex.BibTeXParser() {
                @Override
                public void checkStringResolution(org.jbibtex.Key key, org.jbibtex.BibTeXString string) {
                }

                @Override
                public void checkCrossReferenceResolution(org.jbibtex.Key key, org.jbibtex.BibTeXEntry entry) {
                }
            }.parse(new java.io.InputStreamReader(new ByteArrayInputStream(bytes), java.nio.charset.StandardCharsets.UTF_8));
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }

    private static final Pattern FIELD_LINE = Pattern.compile("[ \\t]*([A-Za-z][\\w-]*)[ \\t]*=");
    private static final Pattern FIELD_BEFORE = Pattern.compile("([A-Za-z][\\w-]*)\\s*=\\s*$");

    /**
     * A field whose brace is never closed: the parser only stumbles on the next entry's "@",
     * lines later, so the field and the line where its brace opened are named. Found as an entry
     * left open at the next "@" in which a line starts a new field ("author = ") while a field's
     * brace is still open. {@code null} when no such field is found.
     */
    private static ReportException unclosedBrace(Path file, String text) {
        Matcher entryStart = Pattern.compile("(?m)^[ \\t]*@").matcher(text);
        List<Integer> starts = new java.util.ArrayList<>();
        while (entryStart.find()) {
            starts.add(entryStart.start());
        }
        starts.add(text.length());
        for (int i = 0; i + 1 < starts.size(); i++) {
            java.util.Deque<Integer> open = new java.util.ArrayDeque<>();
            int suspect = -1;
            for (int at = starts.get(i); at < starts.get(i + 1); at++) {
                char c = text.charAt(at);
                if (c == '\\') {
                    at++;
                } else if (c == '{') {
                    open.push(at);
                } else if (c == '}' && !open.isEmpty()) {
                    open.pop();
                } else if (c == '\n' && open.size() >= 2 && suspect < 0
                        && FIELD_LINE.matcher(text).region(at + 1, starts.get(i + 1)).lookingAt()) {
                    suspect = open.toArray(new Integer[0])[open.size() - 2];   // the brace opened inside the entry's
                }
            }
            if (!open.isEmpty() && suspect >= 0) {
                Matcher name = FIELD_BEFORE.matcher(text.substring(starts.get(i), suspect));
                int line = (int) text.substring(0, suspect).chars().filter(ch -> ch == '\n').count() + 1;
                return new ReportException(file, line, "the brace opened in field " + (name.find() ? name.group(1) : "")
                        + " is never closed; add the \"}\" that ends its value");
            }
        }
        return null;
    }

    private static int lineIn(String message) {
        Matcher m = LINE.matcher(message == null ? "" : message);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("").strip();
    }
}
