package org.imprint.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
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

/**
 * Gives the hyphen drawn at a soft hyphen's line break the text of a soft hyphen (U+00AD), as
 * PDF 1.7 (14.8.2.2.3) asks and Typst does: the hyphen's glyph is set apart in a {@code Span}
 * marked-content sequence with {@code /ActualText} U+00AD, so copying or searching the text
 * finds "hyphen­ated", a word, not "hyphen-ated". Only the hyphen is wrapped, so the words'
 * positions read as before.
 *
 * <p>The runs to change are those {@link HyphenMarking} marked while drawing; their last glyph
 * is the hyphen. A run's string is split before its last character code, which draws the same
 * (a show-text operator advances over each glyph in turn). The marks are removed.
 */
final class DrawnHyphens {

    private static final COSName MARK = COSName.getPDFName(HyphenMarking.MARK);

    private DrawnHyphens() {
    }

    /** Rewrites every page whose content has a marked run. */
    static void apply(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            List<Object> tokens = tokens(page);
            if (tokens.stream().anyMatch(MARK::equals)) {
                List<Object> out = rewrite(tokens, page.getResources());
                PDStream stream = new PDStream(document);
                try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(os).writeTokens(out);
                }
                page.setContents(stream);
            }
        }
    }

    private static List<Object> tokens(PDPage page) throws IOException {
        List<Object> tokens = new ArrayList<>();
        PDFStreamParser parser = new PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            tokens.add(token);
        }
        return tokens;
    }

    private static List<Object> rewrite(List<Object> tokens, PDResources resources) throws IOException {
        List<Object> out = new ArrayList<>(tokens.size() + 16);
        PDFont font = null;
        int markStart = -1; // where in out the marked run's tokens begin, -1 outside a mark
        int depth = 0; // marked content opened inside the mark
        int lastShow = -1;
        PDFont lastShowFont = null;
        for (int k = 0; k < tokens.size(); k++) {
            Object token = tokens.get(k);
            if (token instanceof Operator op) {
                String name = op.getName();
                if (name.equals("BDC") && k >= 2 && MARK.equals(tokens.get(k - 2))) {
                    // drop the mark's name and property list already copied
                    out.remove(out.size() - 1);
                    out.remove(out.size() - 1);
                    markStart = out.size();
                    depth = 0;
                    lastShow = -1;
                    continue;
                }
                if (markStart >= 0 && (name.equals("BDC") || name.equals("BMC"))) {
                    depth++;
                } else if (markStart >= 0 && name.equals("EMC")) {
                    if (depth-- == 0) {
                        if (lastShow >= 0 && lastShowFont != null) {
                            splitLast(out, lastShow, lastShowFont);
                        }
                        markStart = -1;
                        continue;
                    }
                } else if (name.equals("Tf") && k >= 2 && tokens.get(k - 2) instanceof COSName fontName && resources != null) {
                    font = resources.getFont(fontName);
                } else if (markStart >= 0 && (name.equals("Tj") || name.equals("TJ"))) {
                    lastShow = out.size();
                    lastShowFont = font;
                }
            }
            out.add(token);
        }
        return out;
    }

    /**
     * Splits the show-text operator at {@code at} (its operand just before it) before its last
     * character code, and wraps that code's show in a Span with the text of a soft hyphen.
     */
    private static void splitLast(List<Object> out, int at, PDFont font) throws IOException {
        Object operand = out.get(at - 1);
        Operator show = (Operator) out.get(at);
        COSArray before = new COSArray();
        COSString last;
        if (show.getName().equals("Tj") && operand instanceof COSString s) {
            byte[][] parts = splitBeforeLastCode(s.getBytes(), font);
            if (parts == null) {
                return;
            }
            if (parts[0].length > 0) {
                before.add(new COSString(parts[0]));
            }
            last = new COSString(parts[1]);
        } else if (operand instanceof COSArray array && array.size() > 0) {
            int lastString = -1;
            for (int i = array.size() - 1; i >= 0; i--) {
                if (array.getObject(i) instanceof COSString) {
                    lastString = i;
                    break;
                }
            }
            if (lastString < 0) {
                return;
            }
            byte[][] parts = splitBeforeLastCode(((COSString) array.getObject(lastString)).getBytes(), font);
            if (parts == null) {
                return;
            }
            for (int i = 0; i < lastString; i++) {
                before.add(array.get(i));
            }
            if (parts[0].length > 0) {
                before.add(new COSString(parts[0]));
            }
            last = new COSString(parts[1]);
            // a positioning number after the hyphen would move nothing that is drawn: left out
        } else {
            return;
        }
        List<Object> replacement = new ArrayList<>();
        if (before.size() > 0) {
            replacement.add(before);
            replacement.add(Operator.getOperator("TJ"));
        }
        COSDictionary properties = new COSDictionary();
        properties.setItem(COSName.getPDFName("ActualText"), new COSString(new byte[] {(byte) 0xFE, (byte) 0xFF, 0x00, (byte) 0xAD}));
        replacement.add(COSName.getPDFName("Span"));
        replacement.add(properties);
        replacement.add(Operator.getOperator("BDC"));
        replacement.add(last);
        replacement.add(Operator.getOperator("Tj"));
        replacement.add(Operator.getOperator("EMC"));
        out.remove(at);
        out.remove(at - 1);
        out.addAll(at - 1, replacement);
    }

    /** The bytes before the last character code and that code's bytes, or {@code null} if they cannot be read. */
    private static byte[][] splitBeforeLastCode(byte[] bytes, PDFont font) throws IOException {
        InputStream in = new ByteArrayInputStream(bytes);
        int lastStart = -1;
        int read = 0;
        while (in.available() > 0) {
            lastStart = read;
            int before = in.available();
            font.readCode(in);
            read += before - in.available();
        }
        if (lastStart < 0) {
            return null;
        }
        byte[] head = java.util.Arrays.copyOfRange(bytes, 0, lastStart);
        byte[] tail = java.util.Arrays.copyOfRange(bytes, lastStart, bytes.length);
        return new byte[][] {head, tail};
    }
}
