package org.imprint.cite;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;

/**
 * Sets apart, with Unicode's directional isolates, each run of a citation's or entry's text
 * written against the article's direction (an Arabic name in an English reference): without
 * them the punctuation and numbers after the run join it and move ("(1984 ,الجابري, p. 12)"),
 * and an entry that starts with the run is set as a right-to-left line. Isolates are plain
 * text, so the e-book and the PDF's bidirectional splitter (ICU) read them alike.
 */
final class Isolates {

    private static final char LRI = '\u2066';
    private static final char RLI = '\u2067';
    private static final char PDI = '\u2069';

    private Isolates() {
    }

    /** Isolates the runs against {@code rightToLeft} (the article's direction) in every text of the fragment. */
    static void apply(Document doc, boolean rightToLeft) {
        List<TextNode> texts = new ArrayList<>();
        doc.body().traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                texts.add(t);
            }
        });
        for (TextNode text : texts) {
            String isolated = isolate(text.getWholeText(), rightToLeft);
            if (!isolated.equals(text.getWholeText())) {
                text.text(isolated);
            }
        }
    }

    /** The text with each run against the direction between an isolate and its end. */
    static String isolate(String s, boolean rightToLeft) {
        StringBuilder out = null;
        int runStart = -1;
        int runEnd = -1;
        int done = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            Boolean rtl = strong(cp);
            if (rtl != null && rtl != rightToLeft) {
                if (runStart < 0) {
                    runStart = i;
                }
                runEnd = next;
            } else if (rtl != null && runStart >= 0) {
                out = close(out, s, done, runStart, runEnd, rightToLeft);
                done = runEnd;
                runStart = -1;
            }
            i = next;
        }
        if (runStart >= 0) {
            out = close(out, s, done, runStart, runEnd, rightToLeft);
            done = runEnd;
        }
        return out == null ? s : out.append(s, done, s.length()).toString();
    }

    private static StringBuilder close(StringBuilder out, String s, int done, int start, int end, boolean rightToLeft) {
        StringBuilder b = out == null ? new StringBuilder(s.length() + 8) : out;
        return b.append(s, done, start).append(rightToLeft ? LRI : RLI).append(s, start, end).append(PDI);
    }

    /**
     * The direction of a text's first strong letter (the bidirectional algorithm's rule for a
     * paragraph of its own): true right to left, false left to right, null when it has none.
     */
    static Boolean firstStrong(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Boolean rtl = strong(cp);
            if (rtl != null) {
                return rtl;
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /** Whether a character is strongly right to left, left to right, or neither ({@code null}). */
    private static Boolean strong(int cp) {
        return switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> true;
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> false;
            default -> null;
        };
    }
}
