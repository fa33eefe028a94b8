package org.imprint.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.Bidi;
import com.openhtmltopdf.extend.TextRenderer;

/**
 * openhtmltopdf's text renderer, which gives each number the bidirectional algorithm reorders
 * inside a right-to-left run its logical text. A right-to-left run is drawn as one string in
 * visual order ({@link ArabicShaper}), and in it "2024–2026" in an Urdu or Hebrew line is drawn
 * "2026–2024", "45-47" in Urdu "47-45", "5.2%" "%5.2", "-500" "500-", as a browser draws them
 * (UAX #9: the separators between Arabic numbers, or between numbers and letters, take the
 * right-to-left level). Text extractors read a word of digits left to right (pdftotext gave
 * "صفحات 47-45", "2026–2024"), so each such number is drawn inside a {@code Span} whose
 * {@code /ActualText} is its logical text, as {@link ListMarkerText} does for a list's number.
 * The glyphs drawn do not change; the logical text is set in a left-to-right override.
 *
 * <p>A number is a stretch of the drawn string between spaces and letters that holds a digit.
 * Its logical text is the bidirectional algorithm applied to it once more, between letters of
 * the run's kind (Arabic letters make European digits Arabic numbers, UAX #9 W2): the
 * reordering of a number between right-to-left letters is its own inverse. Whether a string is
 * a right-to-left run is asked of the reorderer that drew it ({@link DrawnDirection}), not read
 * from its letters: a number the layout sets apart in a font of its own ("۲۰۲۴–۲۰۲۶" in Hebrew,
 * from the Arabic face) is a run without letters, and was read "۲۰۲۶–۲۰۲۴". While drawing, the
 * run is marked ({@value #MARK}{@code n}); after drawing, {@link #apply} splits its text-showing
 * operators at each number and wraps it.
 */
final class ReorderedNumbers extends MarkingTextRenderer {

    /** The start of the tag that marks a run while drawing; the index of its numbers follows. */
    static final String MARK = "ImprintReorderedNumbers:";
    private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");
    /**
     * Round the logical text: pdftotext reads an ActualText as written, but PDFBox's text
     * stripper runs the bidirectional algorithm over the line with the ActualText in it, which
     * turned "2024–2026" back into "2026–2024" (bare, every number came back reversed). A
     * left-to-right override keeps it as written for both. A left-to-right isolate did for
     * European digits only: inside it Arabic-Indic digits (٠-٩, class AN) still go up a level
     * and a dash between them takes the right-to-left one, so PDFBox read "٤٥-٤٧" as "٤٧-٤٥".
     * (Directional marks instead were tried: a left-to-right mark made PDFBox read a Hebrew
     * line that begins with the number left to right, and with a right-to-left mark before it
     * PDFBox reversed the digits.) PDFBox keeps the invisible controls in its text.
     *
     * <p>Round the override, a left-to-right isolate in a right-to-left embedding (h19ac F3):
     * to the letters around it the number is then a neutral at a right-to-left level, which
     * keeps it, and the spaces beside it, in the right-to-left run it is drawn in, as an Arabic
     * number (AN) is. Bare, the override's left-to-right level reached out of it: in an English
     * line, PDFBox's reading by position put the spaces on either side of a number in an Urdu
     * quotation at the line's level, which parted the quotation into runs, each word read right
     * to left but the words in the order drawn: “صفحات 45-47 دیکھیے” was read “دیکھیے 45-47
     * صفحات”, and “-500 روپے کا نقصان” with the number last. None of the three is a strong
     * character, which PDFBox takes a line's direction from, and none is of a right-to-left
     * class, which makes PDFBox reverse a text position's text (a right-to-left mark round the
     * isolate did both: it turned a line of English that opens with "٤٥-٤٧" around, and PDFBox
     * read "2024–2026" with the mark as "6202–4202").
     */
    private static final String BEFORE = "\u202B\u2066\u202D";
    private static final String AFTER = "\u202C\u2069\u202C";
    /**
     * A right-to-left mark, read after a space beside a number that the layout drew as a
     * right-to-left run of its own ({@link #markOf}), or beside a sign drawn apart ({@link #signed}).
     * A Latin word beside an Arabic-Indic number ("عرصہ M ٢٠٢٤–٢٠٢٦ تک", "GDP ٥٫٢٪") is set
     * apart from it, the space between them right to left, and drawn right of it, as a browser
     * draws it; pdftotext and PDFBox read what stands between two right-to-left letters without
     * one of its own as one left-to-right stretch, "عرصہ ٢٠٢٤–٢٠٢٦ M تک" (h19ac F4). The mark
     * is not in the number's own ActualText: PDFBox reverses an ActualText of more than one
     * character that holds a right-to-left one, and read "2024–2026" as "6202–4202".
     */
    private static final String RIGHT_TO_LEFT_MARK = "\u200F";

    /**
     * One number of a drawn string, or one picture ({@link #pictures}): its code points
     * {@code start..end} and its logical text.
     */
    record Number(int start, int end, String logical) {
    }

    /** A marked run: the count of its code points and its numbers. */
    private record Run(int length, List<Number> numbers) {
    }

    private final List<Run> runs = new ArrayList<>();
    private final DrawnDirection direction;
    /** The index of the run of signs drawn last ({@link #signs}), if the string drawn last was one; else -1. */
    private int sign = -1;
    /** Its logical text. */
    private String signText;
    /** The indexes of the runs of spaces drawn last, after no number, until a string that is not one. */
    private final List<Integer> pendingSpaces = new ArrayList<>();
    /** Whether the string drawn last was a right-to-left run whose logical text ends with a number. */
    private boolean afterNumber;

    /** @param direction the reorderer the layout draws with, which tells the right-to-left runs */
    ReorderedNumbers(TextRenderer delegate, DrawnDirection direction) {
        super(delegate);
        this.direction = direction;
    }

    @Override
    String markOf(String string) {
        String logical = direction.logicalOf(string);
        int length = string.codePointCount(0, string.length());
        int sign = this.sign;
        this.sign = -1;
        if (logical != null && signs(logical)) {
            // held until the next string tells whether it opens with the number this sign is of
            runs.add(new Run(length, List.of()));
            this.sign = runs.size() - 1;
            signText = logical;
            return MARK + this.sign;
        }
        boolean afterNumber = this.afterNumber;
        this.afterNumber = logical != null && (endsWithNumber(logical) || afterNumber && spaces(logical));
        if (logical != null && !logical.isEmpty() && spaces(logical)) {
            // marked when a number is beside it: drawn before it, or next after the spaces
            runs.add(new Run(length, afterNumber ? List.of(new Number(0, length, logical + RIGHT_TO_LEFT_MARK)) : List.of()));
            if (!afterNumber) {
                pendingSpaces.add(runs.size() - 1);
                // a sign stays held over them: in a Hebrew line, "היה -٥٠٠ שקלים" is drawn "- ", then
                // the space after the number (left of it), then the digits (from the Arabic face), and
                // the sign dropped there was read "٥٠٠-", or lost before a paragraph's first number
                // (h19ac F10)
                this.sign = sign;
            }
            return MARK + (runs.size() - 1);
        }
        if (logical != null && endsWithNumber(new StringBuilder(logical).reverse().toString())) {
            for (int index : pendingSpaces) {
                int spaceLength = runs.get(index).length();
                runs.set(index, new Run(spaceLength, List.of(new Number(0, spaceLength, " ".repeat(spaceLength) + RIGHT_TO_LEFT_MARK))));
            }
        }
        pendingSpaces.clear();
        List<Number> numbers = logical == null ? List.of() : alone(string, logical) ? List.of(new Number(0,
                length, logical)) : withPictures(string, numbers(string));
        if (sign >= 0 && logical != null && !logical.isEmpty() && UCharacter.isDigit(logical.codePointAt(0))) {
            numbers = signed(string, numbers, sign);
        }
        if (numbers.isEmpty()) {
            return null;
        }
        runs.add(new Run(length, numbers));
        return MARK + (runs.size() - 1);
    }

    /**
     * Whether a right-to-left string is only signs that end before a number, with spaces: the
     * minus of "-٥٠٠" or "−٥٠٠" in an Urdu line, or the plus of "+٩٢-٥١", which the layout
     * draws as a string of their own, in the face that has them (the Arabic face has no "-" or
     * "−", and its digits are of the Arabic face only), right of the digits. Read as drawn, the
     * number came back "٥٠٠-", or the minus was lost: a loss read as a gain.
     */
    private static boolean signs(String logical) {
        String trimmed = logical.stripTrailing();
        return !trimmed.isEmpty() && trimmed.equals(logical) && logical.codePoints().allMatch(c -> sign(c) || UCharacter.isWhitespace(c))
                && sign(logical.codePointBefore(logical.length()));
    }

    /** Whether the character is a sign a number may open with: "-", "+", "−", "$", "%". */
    private static boolean sign(int cp) {
        int type = UCharacter.getDirection(cp);
        return type == UCharacterDirection.EUROPEAN_NUMBER_SEPARATOR || type == UCharacterDirection.EUROPEAN_NUMBER_TERMINATOR;
    }

    /**
     * The numbers of a string that opens with a number, the first of them given the signs drawn
     * just before as a string of their own ({@link #signs}), whose text moves into the number's:
     * its ActualText is what is left of it, its spaces.
     */
    private List<Number> signed(String drawn, List<Number> numbers, int index) {
        int[] cps = drawn.codePoints().toArray();
        int start = cps.length;
        while (start > 0 && numeric(cps[start - 1])) {
            start--;
        }
        if (start == cps.length) {
            return numbers;
        }
        String digits = new String(cps, start, cps.length - start);
        String logical = numbers.stream().filter(n -> n.end() == cps.length).map(Number::logical).findFirst()
                .orElse(digits);
        int spaces = signText.length();
        while (spaces > 0 && !UCharacter.isWhitespace(signText.charAt(spaces - 1))) {
            spaces--;
        }
        List<Number> out = new ArrayList<>(numbers.stream().filter(n -> n.end() != cps.length).toList());
        out.add(new Number(start, cps.length, signText.substring(spaces) + logical));
        int length = runs.get(index).length();
        String left = spaces > 0 ? signText.substring(0, spaces) + RIGHT_TO_LEFT_MARK : "";
        runs.set(index, new Run(length, List.of(new Number(0, length, left))));
        return out;
    }

    /**
     * Whether a right-to-left run is a number alone (set apart in a font of its own, or opening
     * an Arabic paragraph, {@link BidiRuns}) that a reader would put in another order than its
     * own: drawn reordered ("۲۰۲۴–۲۰۲۶" in Hebrew, drawn "۲۰۲۶–۲۰۲۴"), or drawn as it stands where
     * an Arabic letter before it would reorder it ("5.2%" opening an Urdu paragraph, which PDFBox,
     * reading the line's letters before it, gave as "%5.2").
     */
    private static boolean alone(String drawn, String logical) {
        return drawn.codePoints().allMatch(ReorderedNumbers::numeric) && drawn.codePoints().anyMatch(UCharacter::isDigit)
                && (!drawn.equals(logical) || !ArabicShaper.afterArabicLetter(logical).equals(drawn));
    }

    /**
     * The numbers of a right-to-left run, in drawing order, whose logical text differs from their
     * drawing ({@link ArabicShaper} orders a run with Arabic letters as Arabic text, any other as
     * right-to-left text).
     */
    static List<Number> numbers(String visual) {
        int[] cps = visual.codePoints().toArray();
        boolean arabic = false;
        for (int cp : cps) {
            arabic |= UCharacter.getDirection(cp) == UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
        }
        List<Number> numbers = new ArrayList<>();
        // an Arabic letter mark or a right-to-left mark on either side: the letters around it
        String context = arabic ? "\u061C" : "\u200F";
        int i = 0;
        while (i < cps.length) {
            if (!numeric(cps[i])) {
                i++;
                continue;
            }
            int start = i;
            boolean digit = false;
            while (i < cps.length && numeric(cps[i])) {
                digit |= UCharacter.isDigit(cps[i]);
                i++;
                // numbers apart only by spaces are one stretch, as the algorithm reorders them as a
                // group: "جون 2024: 20.5%", drawn "%20.5 :2024", with two ActualTexts side by side
                // read "20.5% 2024:" in both readers (h19ac F5)
                int next = i;
                while (next < cps.length && UCharacter.isWhitespace(cps[next])) {
                    next++;
                }
                if (next > i && next < cps.length && numeric(cps[next]) && digit && digitAhead(cps, next)) {
                    i = next;
                } else if (next > i && digit) {
                    // and so are numbers apart by a separator between spaces, which the algorithm
                    // reorders with them: "شرح 10 / 20 دیکھیے", drawn "20 / 10", was read so (h19ad F3)
                    int after = next;
                    while (after < cps.length && numeric(cps[after]) && !UCharacter.isDigit(cps[after])) {
                        after++;
                    }
                    int number = after;
                    while (number < cps.length && UCharacter.isWhitespace(cps[number])) {
                        number++;
                    }
                    if (after > next && number > after && number < cps.length && numeric(cps[number])
                            && digitAhead(cps, number)) {
                        i = number;
                    }
                }
            }
            String drawn = new String(cps, start, i - start);
            if (digit) {
                String logical = new Bidi(context + drawn + context, Bidi.RTL).writeReordered(Bidi.DO_MIRRORING)
                        .replace(context, "");
                if (!logical.equals(drawn)) {
                    numbers.add(new Number(start, i, logical));
                }
            }
        }
        return numbers;
    }

    /**
     * The run's numbers and its pictures ({@link #pictures}) that no number holds, in drawing order.
     */
    private static List<Number> withPictures(String visual, List<Number> numbers) {
        List<Number> all = new ArrayList<>(numbers);
        for (Number picture : pictures(visual)) {
            if (numbers.stream().noneMatch(n -> n.start() < picture.end() && picture.start() < n.end())) {
                all.add(picture);
            }
        }
        all.sort(java.util.Comparator.comparingInt(Number::start));
        return all;
    }

    /**
     * The pictures of a right-to-left run, in drawing order: each grapheme cluster that holds a
     * character outside the Basic Multilingual Plane without a direction of its own (an emoji,
     * "🎉", "👍🏽", "👨‍👩‍👧"), with its text. PDFBox's text stripper reads a right-to-left run back by
     * reversing it one UTF-16 unit at a time, which parts each such character's surrogates:
     * "یہ جملہ ہے 🎉 اور" came out with "??" for the emoji. In a left-to-right override, as a
     * number's logical text is, PDFBox reads it whole. pdftotext reads it as before: it reverses
     * the characters of a right-to-left line, an override's too, so a picture of several
     * characters drawn as written ("👍🏽", "👨‍👩‍👧") it read reversed before and after ("🏽👍").
     * Each picture has its own override, so that pdftotext still reads "🎉🎊", drawn "🎊🎉", in
     * its order; PDFBox reads two overrides side by side as one, left to right, "🎊🎉" (a
     * right-to-left mark after each parted them in a test, but PDFBox then read the words after
     * the picture unreversed). A letter outside the plane (𝑥, 𠀀) has a direction and is left
     * as it is: PDFBox reads it left to right, as it is drawn.
     */
    static List<Number> pictures(String visual) {
        com.ibm.icu.text.BreakIterator clusters = com.ibm.icu.text.BreakIterator.getCharacterInstance();
        clusters.setText(visual);
        List<Number> pictures = new ArrayList<>();
        int index = 0; // code points before the cluster
        for (int from = clusters.first(), to = clusters.next(); to != com.ibm.icu.text.BreakIterator.DONE; from = to, to = clusters.next()) {
            String cluster = visual.substring(from, to);
            int length = cluster.codePointCount(0, cluster.length());
            if (cluster.codePoints().anyMatch(cp -> Character.isSupplementaryCodePoint(cp)
                    && UCharacter.getDirection(cp) == UCharacterDirection.OTHER_NEUTRAL)) {
                pictures.add(new Number(index, index + length, cluster));
            }
            index += length;
        }
        return pictures;
    }

    /** Whether the text ends with a number: a digit, maybe followed by signs or separators ("45", "5.2%"). */
    private static boolean endsWithNumber(String text) {
        int i = text.length();
        while (i > 0 && numeric(text.codePointBefore(i))) {
            int cp = text.codePointBefore(i);
            if (UCharacter.isDigit(cp)) {
                return true;
            }
            i -= Character.charCount(cp);
        }
        return false;
    }

    /** Whether an ActualText is only spaces and marks, which need no override. */
    private static boolean spaces(String text) {
        return text.codePoints().allMatch(c -> UCharacter.isWhitespace(c) || c == RIGHT_TO_LEFT_MARK.codePointAt(0));
    }

    /** Whether the numeric stretch from {@code from} holds a digit. */
    private static boolean digitAhead(int[] cps, int from) {
        for (int i = from; i < cps.length && numeric(cps[i]); i++) {
            if (UCharacter.isDigit(cps[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character may be part of a number: not a space, not a letter, not a control. */
    private static boolean numeric(int cp) {
        if (UCharacter.isWhitespace(cp) || UCharacter.isSpaceChar(cp)) {
            return false;
        }
        return switch (UCharacter.getDirection(cp)) {
            case UCharacterDirection.EUROPEAN_NUMBER, UCharacterDirection.ARABIC_NUMBER,
                    UCharacterDirection.EUROPEAN_NUMBER_SEPARATOR, UCharacterDirection.EUROPEAN_NUMBER_TERMINATOR,
                    UCharacterDirection.COMMON_NUMBER_SEPARATOR, UCharacterDirection.OTHER_NEUTRAL -> true;
            default -> false;
        };
    }

    /** Wraps each marked run's numbers in a {@code Span} with their logical text, on every page. */
    void apply(PDDocument document) throws IOException {
        if (runs.isEmpty()) {
            return;
        }
        for (PDPage page : document.getPages()) {
            List<Object> tokens = new ArrayList<>();
            PDFStreamParser parser = new PDFStreamParser(page);
            boolean marked = false;
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                tokens.add(token);
                marked |= token instanceof COSName name && name.getName().startsWith(MARK);
            }
            if (marked) {
                PDStream stream = new PDStream(document);
                try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(os).writeTokens(rewrite(tokens, page.getResources()));
                }
                page.setContents(stream);
            }
        }
    }

    private List<Object> rewrite(List<Object> tokens, PDResources resources) throws IOException {
        List<Object> out = new ArrayList<>(tokens.size() + 32);
        PDFont font = null;
        Run run = null;
        List<Object> held = null; // the marked run's tokens, rewritten when it ends
        List<PDFont> fonts = null; // the font of each of its tokens
        int depth = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Object token = tokens.get(k);
            if (token instanceof Operator op) {
                String name = op.getName();
                if (name.equals("BDC") && k >= 2 && tokens.get(k - 2) instanceof COSName tag && tag.getName().startsWith(MARK)) {
                    out.remove(out.size() - 1);
                    out.remove(out.size() - 1);
                    run = runs.get(Integer.parseInt(tag.getName().substring(MARK.length())));
                    held = new ArrayList<>();
                    fonts = new ArrayList<>();
                    depth = 0;
                    continue;
                }
                if (name.equals("Tf") && k >= 2 && tokens.get(k - 2) instanceof COSName fontName && resources != null) {
                    font = resources.getFont(fontName);
                }
                if (held != null && (name.equals("BDC") || name.equals("BMC"))) {
                    depth++;
                } else if (held != null && name.equals("EMC") && depth-- == 0) {
                    out.addAll(wrapped(held, fonts, run));
                    held = null;
                    continue;
                }
            }
            if (held != null) {
                held.add(token);
                fonts.add(font);
            } else {
                out.add(token);
            }
        }
        if (held != null) {
            out.addAll(held);
        }
        return out;
    }

    /**
     * A run's tokens with each number's codes shown inside a {@code Span} with its logical text.
     * A number's digits and signs may be shown in two fonts (the dash from the Latin face), by two
     * text objects, and a marked-content sequence may not begin in one text object and end in
     * another: so the text object is ended at each end of a number and begun again where its text
     * stood, a {@code Tm} at the advance of the codes before. The tokens as they were if their codes
     * are not one per code point of the run or a font's widths are not known.
     */
    private static List<Object> wrapped(List<Object> tokens, List<PDFont> fonts, Run run) throws IOException {
        List<Object> out = new ArrayList<>(tokens.size() + 16 * run.numbers().size());
        float[] matrix = {1, 0, 0, 1, 0, 0};
        float size = 0;
        float advance = 0;
        int code = 0;
        Number open = null;
        for (int k = 0; k < tokens.size(); k++) {
            Object token = tokens.get(k);
            if (!(token instanceof Operator op)) {
                out.add(token);
                continue;
            }
            switch (op.getName()) {
                case "BT" -> advance = 0;
                case "Tm" -> {
                    if (k < 6) {
                        return tokens;
                    }
                    for (int i = 0; i < 6; i++) {
                        if (!(tokens.get(k - 6 + i) instanceof org.apache.pdfbox.cos.COSNumber n)) {
                            return tokens;
                        }
                        matrix[i] = n.floatValue();
                    }
                    advance = 0;
                }
                case "Tf" -> size = k >= 1 && tokens.get(k - 1) instanceof org.apache.pdfbox.cos.COSNumber n ? n.floatValue() : 0;
                case "Tc", "Tw", "Tz", "Td", "TD", "T*", "'", "\"" -> {
                    // spacing or moves this does not follow: not drawn by the layout
                    return tokens;
                }
                default -> {
                }
            }
            boolean show = op.getName().equals("Tj") || op.getName().equals("TJ");
            if (!show) {
                out.add(token);
                continue;
            }
            PDFont font = fonts.get(k);
            COSArray array = new COSArray();
            if (font == null) {
                return tokens;
            } else if (tokens.get(k - 1) instanceof COSString string) {
                array.add(string);
            } else if (tokens.get(k - 1) instanceof COSArray shown) {
                array = shown;
            } else {
                return tokens;
            }
            out.remove(out.size() - 1);
            COSArray part = new COSArray();
            for (COSBase item : array) {
                if (item instanceof org.apache.pdfbox.cos.COSNumber n) {
                    part.add(item);
                    advance -= n.floatValue() / 1000f * size;
                    continue;
                }
                if (!(item instanceof COSString string)) {
                    return tokens;
                }
                byte[] bytes = string.getBytes();
                InputStream in = new ByteArrayInputStream(bytes);
                int offset = 0;
                int from = 0;
                while (in.available() > 0) {
                    Number starting = at(run.numbers(), code);
                    if (starting != null || open != null && code == open.end()) {
                        if (offset > from) {
                            part.add(new COSString(java.util.Arrays.copyOfRange(bytes, from, offset)));
                        }
                        from = offset;
                        if (part.size() > 0) {
                            out.addAll(List.of(part, Operator.getOperator("TJ")));
                            part = new COSArray();
                        }
                        out.add(Operator.getOperator("ET"));
                        if (open != null && code == open.end()) {
                            out.add(Operator.getOperator("EMC"));
                            open = null;
                        }
                        if (starting != null) {
                            COSDictionary properties = new COSDictionary();
                            // the signs of a number drawn apart keep only their spaces ({@link #signs})
                            String text = spaces(starting.logical()) ? starting.logical() : actualText(starting.logical());
                            properties.setItem(ACTUAL_TEXT, new COSString(text));
                            out.addAll(List.of(COSName.getPDFName("Span"), properties, Operator.getOperator("BDC")));
                            open = starting;
                        }
                        out.add(Operator.getOperator("BT"));
                        for (float value : new float[] {matrix[0], matrix[1], matrix[2], matrix[3],
                                matrix[4] + matrix[0] * advance, matrix[5] + matrix[1] * advance}) {
                            out.add(new org.apache.pdfbox.cos.COSFloat(value));
                        }
                        out.add(Operator.getOperator("Tm"));
                    }
                    int before = in.available();
                    int glyph = font.readCode(in);
                    offset += before - in.available();
                    advance += font.getWidth(glyph) / 1000f * size;
                    code++;
                }
                if (offset > from) {
                    part.add(new COSString(java.util.Arrays.copyOfRange(bytes, from, offset)));
                }
            }
            if (part.size() > 0) {
                out.addAll(List.of(part, Operator.getOperator("TJ")));
            }
        }
        if (open != null) {
            if (code != open.end()) {
                return tokens;
            }
            out.add(Operator.getOperator("EMC"));
        }
        return code == run.length() ? out : tokens;
    }

    /** The ActualText of a number whose logical text is {@code logical}: it in {@link #BEFORE}…{@link #AFTER}. */
    static String actualText(String logical) {
        return BEFORE + logical + AFTER;
    }

    /** The number that starts at code {@code index}, or null. */
    private static Number at(List<Number> numbers, int index) {
        for (Number number : numbers) {
            if (number.start() == index) {
                return number;
            }
        }
        return null;
    }
}
