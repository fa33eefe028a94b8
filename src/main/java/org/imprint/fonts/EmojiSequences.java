package org.imprint.fonts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;

/**
 * Emoji written as sequences of several characters that a colour emoji font shows as one picture:
 * ZWJ sequences (👨‍👩‍👧‍👦), flags (two regional indicators, or a tag sequence), skin tones (👍🏽)
 * and keycaps (1️⃣). The PDF engine draws a font's glyphs one character at a time, without the
 * font's ligatures, so each prints as its pieces: the build says so.
 */
public final class EmojiSequences {

    private EmojiSequences() {
    }

    /** The sequences of {@code text}, distinct per line, by line (from 1), in the order they come. */
    public static Map<Integer, Set<String>> in(String text) {
        Map<Integer, Set<String>> byLine = new LinkedHashMap<>();
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text);
        int line = 1;
        int counted = 0;
        for (int start = graphemes.first(), end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            String cluster = text.substring(start, end);
            if (sequence(cluster)) {
                for (int i = counted; i < start; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                }
                counted = start;
                byLine.computeIfAbsent(line, l -> new LinkedHashSet<>()).add(cluster);
            }
        }
        return byLine;
    }

    /** Whether a grapheme cluster is an emoji sequence of more than one picture-bearing character. */
    static boolean sequence(String cluster) {
        if (cluster.codePointCount(0, cluster.length()) < 2) {
            return false;
        }
        boolean pictographic = cluster.codePoints().anyMatch(cp -> UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC));
        long regional = cluster.codePoints().filter(cp -> cp >= 0x1F1E6 && cp <= 0x1F1FF).count();
        boolean zwj = cluster.indexOf('\u200D') >= 0;
        boolean modifier = cluster.codePoints().anyMatch(cp -> cp >= 0x1F3FB && cp <= 0x1F3FF);
        boolean tags = cluster.codePoints().anyMatch(cp -> cp >= 0xE0020 && cp <= 0xE007F);
        boolean keycap = cluster.indexOf('\u20E3') >= 0;
        return regional >= 2 || keycap || (pictographic && (zwj || modifier || tags));
    }

    /** "👨‍👩‍👧‍👦 (U+1F468 U+200D U+1F469 …)", each sequence with its code points. */
    static String describe(Set<String> sequences) {
        List<String> parts = new ArrayList<>();
        for (String sequence : sequences) {
            StringBuilder sb = new StringBuilder(sequence).append(" (");
            sequence.codePoints().forEach(cp -> sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : " ").append(String.format("U+%04X", cp)));
            parts.add(sb.append(')').toString());
        }
        return String.join(", ", parts);
    }
}
