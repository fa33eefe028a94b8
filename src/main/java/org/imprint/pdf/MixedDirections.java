package org.imprint.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.Bidi;

/**
 * Finds the paragraphs of an article's Markdown where a phrase of the other direction than its
 * paragraph holds a link, an emphasis or a note call inside it: "an Urdu sentence with [an
 * English link](…) in it". openhtmltopdf 1.1.31 reorders text inside each inline box but places
 * the boxes of a line in the paragraph's direction, so such a phrase prints with its pieces in
 * reverse order. {@link ParagraphDirections} sets each paragraph in the direction of most of its
 * letters, which clears the common case (an English paragraph in an Urdu article); what remains
 * is reported, with its line, so the output is never silently scrambled.
 *
 * @param line   the line of the article where the paragraph starts
 * @param phrase the phrase of the other direction
 */
record MixedDirections(int line, String phrase) {

    /** Inline markup: a link's text opens and closes, emphasis, code, a note call. */
    private static final Pattern MARKUP = Pattern.compile("\\[\\^[^\\]]+\\]|\\]\\([^)]*\\)|\\[|\\*+|(?<=\\s|^)_+|_+(?=\\s|$|\\p{P})|`+");

    /** What opens a block on its line: a note's label, a list item's marker, a heading's or a quotation's. */
    private static final Pattern BLOCK_START = Pattern.compile("\\s*(\\[\\^[^\\]]+\\]:|[-*+]\\s|\\d+[.)]\\s|#+\\s|>\\s?)+");

    /**
     * The paragraphs of {@code markdown} (front matter included: it has no such paragraphs)
     * with a phrase of the other direction that spans markup; {@code rtl} is the article's direction.
     */
    static List<MixedDirections> in(String markdown, boolean rtl) {
        List<MixedDirections> found = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        StringBuilder paragraph = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i == lines.length ? "" : lines[i];
            Matcher opening = BLOCK_START.matcher(line);
            boolean starts = line.isBlank() || opening.lookingAt();
            if (starts && paragraph.length() > 0) {
                check(paragraph.toString(), start + 1, rtl, found);
                paragraph.setLength(0);
            }
            if (line.isBlank()) {
                continue;
            }
            if (paragraph.length() == 0) {
                start = i;
            }
            String text = starts ? line.substring(opening.end()) : line;
            if (text.contains("|")) {
                // a table row: each cell is a paragraph of its own
                for (String cell : text.split("\\|")) {
                    check(cell, i + 1, rtl, found);
                }
                continue;
            }
            paragraph.append(text).append(' ');
        }
        return found;
    }

    private static void check(String source, int line, boolean articleRtl, List<MixedDirections> found) {
        if (source.chars().noneMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)) {
            return;
        }
        // the text as printed, with where markup stood between its characters
        int balance = ParagraphDirections.strongBalance(MARKUP.matcher(source).replaceAll(""));
        boolean rtl = balance == 0 ? articleRtl : balance > 0;
        StringBuilder text = new StringBuilder();
        List<Integer> seams = new ArrayList<>();
        Matcher m = MARKUP.matcher(source);
        int at = 0;
        while (m.find()) {
            text.append(source, at, m.start());
            seams.add(text.length());
            if (rtl && m.group().startsWith("[^")) {
                // a note call's number after a left-to-right word in a right-to-left paragraph
                // belongs to the word's run, and prints over its neighbour; in a left-to-right
                // paragraph it stands where the author put it
                text.append('\u00B9');  // a European number, as the call prints
                seams.add(text.length());
            }
            at = m.end();
        }
        text.append(source.substring(at));
        Bidi bidi = new Bidi(text.toString(), rtl ? Bidi.RTL : Bidi.LTR);
        byte[] levels = bidi.getLevels();
        int base = rtl ? 1 : 0;
        for (int i = 0; i < levels.length; ) {
            if (levels[i] <= base) {
                i++;
                continue;
            }
            int end = i;
            while (end < levels.length && levels[end] > base) {
                end++;
            }
            String phrase = text.substring(i, end);
            int from = i + (phrase.length() - phrase.stripLeading().length());
            int to = end - (phrase.length() - phrase.stripTrailing().length());
            // numbers alone print in order, box by box
            boolean words = text.substring(from, Math.max(from, to)).codePoints().anyMatch(Character::isLetter);
            for (int seam : seams) {
                if (words && seam > from && seam < to) {
                    found.add(new MixedDirections(line, text.substring(from, to)));
                    break;
                }
            }
            i = end;
        }
    }
}
