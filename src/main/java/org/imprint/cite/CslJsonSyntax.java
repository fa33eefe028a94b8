package org.imprint.cite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imprint.Problem;
import org.imprint.ReportException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Checks that a CSL JSON file is JSON before citeproc-java reads it: its reader names a fault
 * only by the token it met ("Unexpected token: START_OBJECT"), with no line. A fault is named by
 * {@code references.json:LINE:COLUMN} and the usual fix: the comma missing between two sources,
 * a key or text without double quotes, a text never closed, a file cut short, a comment.
 */
final class CslJsonSyntax {

    private static final String AROUND = "; check the commas, quotes and brackets here and at the end of the line before";

    private CslJsonSyntax() {
    }

    /** Throws, naming the line and column, when {@code text} is not one JSON value. */
    static void check(Path file, String text) throws ReportException {
        ReportException comma = trailingComma(file, text);
        if (comma != null) {
            throw comma;
        }
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            if (parser.nextToken() == null) {
                throw new ReportException(Problem.error(file, 1, 1, "the CSL JSON file is empty; it must be a list of sources, [ {...}, {...} ]"));
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new ReportException(Problem.error(file, at.getLineNr(), at.getColumnNr(),
                        "more follows the end of the JSON list; join the sources into one list, [ {...}, {...} ], with a comma between each two"));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new ReportException(Problem.error(file, Math.max(line, 0), Math.max(column, 0), "CSL JSON syntax error: "
                    + explained(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new ReportException(file, 0, "cannot read the CSL JSON: " + e.getMessage());
        }
    }

    /** Jackson's "Unexpected close marker ']': expected '}' (for Object starting at [...; line: 3, column: 3])". */
    private static final Pattern UNCLOSED = Pattern.compile(
            "(?s)Unexpected close marker '(.)': expected '(.)' \\(for (Object|Array) starting at .*?line: (\\d+), column: (\\d+)");

    /** Jackson's message worded for the file's author, with how to fix it. */
    private static String explained(String message) {
        String m = message == null ? "" : message;
        if (m.contains("expecting comma to separate")) {
            return "a comma is missing before this; put \",\" between each two sources or fields";
        }
        if (m.contains("expecting a colon")) {
            return "a colon is missing after the key; write \"key\": value";
        }
        if (m.contains("comment")) {
            return "JSON has no comments; remove the comment";
        }
        if (m.contains("('''")) {
            return "JSON puts keys and text in double quotes (\"...\"), not single ones";
        }
        if (m.contains("double-quote to start field name")) {
            return "a key must be in double quotes, \"type\": \"book\"";
        }
        if (m.contains("CTRL-CHAR") || m.contains("in a String value")) {
            return "a text (in double quotes) is not closed on its line; add its closing \" (a \" inside a text is written \\\")";
        }
        if (m.contains("end-of-input")) {
            return "the file ends before its sources do (it was cut short, or a \"]\" or \"}\" is missing); complete it";
        }
        Matcher close = UNCLOSED.matcher(m);
        if (close.find()) {
            return "this \"" + close.group(1) + "\" comes before the " + ("Object".equals(close.group(3)) ? "source or field" : "list")
                    + " opened at line " + close.group(4) + ", column " + close.group(5) + " is closed; add its \"" + close.group(2) + "\" first";
        }
        if (m.startsWith("Unrecognized character escape")) {
            return "a backslash in a text starts an escape JSON does not know; write a backslash itself as \\\\ (or a character as \\u and its four hex digits)";
        }
        if (m.startsWith("Unrecognized token")) {
            return "a word that is not JSON (" + m.replaceAll("(?s)^Unrecognized token '([^']*)'.*", "$1")
                    + "); put text in double quotes, and check that the text before it is closed";
        }
        return m.lines().findFirst().orElse("").replaceAll(" \\(code \\d+\\)", "") + AROUND;
    }

    /**
     * A comma right before "}" or "]", which JSON does not allow (a list ends with nothing after
     * it): said as such, where a parser says it expected a key. {@code null} when there is none.
     */
    private static ReportException trailingComma(Path file, String text) {
        boolean inString = false;
        int comma = -1;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (inString) {
                if (c == '\\') {
                    at++;
                } else if (c == '"' || c == '\n') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                comma = -1;
            } else if (c == ',') {
                comma = at;
            } else if ((c == '}' || c == ']') && comma >= 0) {
                int line = (int) text.substring(0, comma).chars().filter(ch -> ch == '\n').count() + 1;
                int column = comma - text.lastIndexOf('\n', comma - 1);
                return new ReportException(Problem.error(file, line, column, "a comma before \"" + c
                        + "\" ends the list with nothing after it, which JSON does not allow; remove that comma"));
            } else if (!Character.isWhitespace(c)) {
                comma = -1;
            }
        }
        return null;
    }
}
