package org.imprint.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.render.JustificationInfo;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.MarkerData;

/**
 * openhtmltopdf's text renderer, which gives the number of each item of a right-to-left list its
 * logical text. openhtmltopdf 1.1.31 draws such a marker as one string in visual order, the full
 * stop first ({@code "  .995"}, {@code ListItemPainter}), so that copying it or reading it aloud
 * gave ".995"; the string is drawn inside a {@code Span} marked-content sequence whose
 * {@code /ActualText} is the drawn spaces, then "995." in the isolate of a reordered number
 * ({@link ReorderedNumbers#actualText}) (PDF 1.7, 14.9.4), as {@link DrawnHyphens} does for a
 * drawn hyphen: it keeps the number apart from a Latin word or a number the item opens with
 * ("1. 2023 میں" was read "20231."); right-to-left marks did too, but PDFBox reverses a text
 * holding one, and read "12." as "21.". Text extraction that honours ActualText (pdftotext, Acrobat, assistive technology)
 * reads the number; PDFBox's text stripper ignores it. The glyphs drawn do not change.
 *
 * <p>A marker is known by its string instance, which {@code ListItemPainter} passes as the
 * layout made it: a word of the text that reads the same is another string and is left alone.
 * While drawing, the marker is wrapped in a marked-content sequence whose tag carries its text
 * ({@value #MARK}{@code 995.}): openhtmltopdf writes a sequence's properties as a page resource
 * it then leaves empty, so {@link #apply} writes them into the content after drawing.
 */
final class ListMarkerText extends MarkingTextRenderer {

    /** The start of the tag that marks a marker while drawing; its logical text follows. */
    static final String MARK = "ImprintListMarker:";

    /** Each right-to-left marker's string, by identity, with its logical text. */
    private final Map<String, String> logical;
    /** The pages of the layout, in order: page i is the document's page i. */
    private final List<PageBox> pages;
    /** The document drawn into, whose current page the output device names. */
    private final PDDocument document;

    private ListMarkerText(TextRenderer delegate, Map<String, String> logical, List<PageBox> pages, PDDocument document) {
        super(delegate);
        this.logical = logical;
        this.pages = pages;
        this.document = document;
    }

    /**
     * {@code delegate}, drawing the markers of the right-to-left lists under {@code root} with
     * their logical text, each on its item's first line's page only; {@code delegate} itself when
     * there are none.
     *
     * @param document the document the pages are drawn into, page for page as {@code root} is laid out
     */
    static TextRenderer around(TextRenderer delegate, BlockBox root, PDDocument document) {
        Map<String, String> logical = new IdentityHashMap<>();
        LaidOutBoxes.sum(root, box -> {
            if (box instanceof BlockBox item && item.getMarkerData() != null && item.getMarkerData().getTextMarker() != null) {
                MarkerData.TextMarker marker = item.getMarkerData().getTextMarker();
                String text = marker.getText().strip();
                // "  .995": the full stop drawn first, left of the number, in a right-to-left list or
                // item (an Urdu item of an English list, its number turned by TurnedMarkerText)
                if (item.getStyle().getDirection() == IdentValue.RTL && text.length() > 1 && text.startsWith(".")) {
                    // the spaces drawn left of the full stop, between the number and the item's text,
                    // stay in the text where they are drawn: without them the logical text spread over
                    // them, touching the item's first word, and pdftotext read "3. State Bank نے" as
                    // "State Bank3. نے" (h19ac F10); the number itself as a reordered number's, isolated
                    String spaces = marker.getText().substring(0, marker.getText().indexOf('.'));
                    logical.put(marker.getText(), spaces + ReorderedNumbers.actualText(text.substring(1) + "."));
                }
            }
            return 0;
        });
        return logical.isEmpty() ? delegate : new ListMarkerText(delegate, logical, root.getLayer().getPages(), document);
    }

    /**
     * Draws a right-to-left list's marker only on the page of the line it stands beside. An item
     * whose box begins at a page's foot and whose first line went on to the next page is painted on
     * both pages, and so is its marker: on the first page outside the page's clip, unseen, but
     * its text was there, and "34." was read twice (pdftotext, PDFBox), once at the foot of one
     * page and once beside its item.
     */
    @Override
    public void drawString(OutputDevice device, String string, float x, float y) {
        if (onItsPage(device, string, y)) {
            super.drawString(device, string, x, y);
        }
    }

    @Override
    public void drawString(OutputDevice device, String string, float x, float y, JustificationInfo info) {
        if (onItsPage(device, string, y)) {
            super.drawString(device, string, x, y, info);
        }
    }

    /** False for a marker whose baseline {@code y} (the layout's) is not on the page being drawn. */
    private boolean onItsPage(OutputDevice device, String string, float y) {
        if (!logical.containsKey(string) || !(device instanceof PdfBoxFastOutputDevice pdf)) {
            return true;
        }
        int index = document.getPages().indexOf(pdf.getPage());
        if (index < 0 || index >= pages.size()) {
            return true;
        }
        PageBox page = pages.get(index);
        return y >= page.getTop() && y < page.getBottom();
    }

    @Override
    String markOf(String string) {
        String text = logical.get(string);
        return text == null ? null : MARK + text;
    }

    /** Turns each marker's mark into a {@code Span} with its {@code /ActualText}, on every page that has one. */
    static void apply(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            List<Object> tokens = new ArrayList<>();
            boolean marked = false;
            PDFStreamParser parser = new PDFStreamParser(page);
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (token instanceof Operator op && op.getName().equals("BDC") && tokens.size() >= 2
                        && tokens.get(tokens.size() - 2) instanceof COSName tag && tag.getName().startsWith(MARK)) {
                    COSDictionary properties = new COSDictionary();
                    properties.setItem(COSName.getPDFName("ActualText"), new COSString(tag.getName().substring(MARK.length())));
                    tokens.set(tokens.size() - 2, COSName.getPDFName("Span"));
                    tokens.set(tokens.size() - 1, properties);
                    marked = true;
                }
                tokens.add(token);
            }
            if (marked) {
                PDStream stream = new PDStream(document);
                try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(os).writeTokens(tokens);
                }
                page.setContents(stream);
            }
        }
    }
}
