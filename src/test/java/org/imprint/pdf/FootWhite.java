package org.imprint.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Measures the white at the foot of each page of a PDF, the way a reader sees it: the height
 * between the lowest thing printed in the text block (a line of text, an image, a rule or a
 * background) and the foot of the text block, or the top of the page-foot notes when the page has
 * some, as a share of the text block's height.
 *
 * <p>The text block is the page (its trim box) without the brand's page margins, 25 mm at the
 * top and 24 mm at the foot (rcas and fieldstone; {@code -Dtop.mm=}, {@code -Dfoot.mm=} for
 * others): the running head and the folio stand in the margins and are not counted. The notes
 * begin at a thin horizontal rule whose next line of text begins with a note's number
 * ({@code "12. "}); the notes' own spacing above their rule (4 mm, {@code @footnote}'s
 * margin-top) is not counted as white. A part's last page (the page before a top-level bookmark's
 * page or before a page without a running head, and the document's last page) may end anywhere
 * and is marked {@code end of part}.
 *
 * <p>Run it with {@code bench/foot-white.sh FILE.pdf...}.
 */
public final class FootWhite {

    private static final float MM = 72f / 25.4f;
    /** The notes area's own margin above its rule ({@code @footnote { margin-top: 4mm }}). */
    private static final float NOTES_MARGIN = 4 * MM;

    /**
     * One page's white at its foot; also where its notes begin ({@code notesTop}, from the top of
     * the page, -1 without notes) and the tops and bottoms of its vertical rules (thin, over 10 pt
     * tall: a quotation's rule).
     */
    public record Page(int number, float whitePt, double whiteShare, boolean notes, boolean partEnd, float notesTop,
                       List<float[]> verticalRules) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "page %2d: %5.1f pt white at the foot (%4.1f %% of the text block)%s%s",
                    number, whitePt, 100 * whiteShare, notes ? ", above notes" : "", partEnd ? "  [end of part]" : "");
        }
    }

    private FootWhite() {
    }

    /** Every page's white at its foot. */
    public static List<Page> measure(Path pdf) throws IOException {
        float topMargin = Float.parseFloat(System.getProperty("top.mm", "25")) * MM;
        float footMargin = Float.parseFloat(System.getProperty("foot.mm", "24")) * MM;
        List<Page> result = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Set<Integer> partStarts = partStarts(document);
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                PDPage page = document.getPage(i);
                PDRectangle trim = page.getTrimBox();
                // top-down coordinates, from the top of the crop box as PDFBox gives text (a print
                // PDF's media box starts below 0, at the crop marks: its height is not its top)
                float height = page.getCropBox().getUpperRightY();
                float blockTop = height - trim.getUpperRightY() + topMargin;
                float blockBottom = height - trim.getLowerLeftY() - footMargin;
                List<Item> items = new ArrayList<>();
                items.addAll(textLines(document, i + 1));
                items.addAll(new Graphics(page).items());
                items.removeIf(item -> item.bottom() <= blockTop || item.top() >= blockBottom);
                items.sort(java.util.Comparator.comparingDouble(Item::top));
                float notesTop = blockBottom;
                boolean notes = false;
                for (int k = 0; k < items.size() && !notes; k++) {
                    Item rule = items.get(k);
                    if (rule.text() == null && rule.bottom() - rule.top() <= 1.5f && rule.width() > 20) {
                        for (int n = k + 1; n < items.size(); n++) {
                            Item next = items.get(n);
                            if (next.text() != null) {
                                if (next.top() - rule.bottom() < 4 * MM && next.text().matches("\\d+\\.\\s.*")) {
                                    notesTop = rule.top();
                                    notes = true;
                                }
                                break;
                            }
                        }
                    }
                }
                float lowest = blockTop;
                for (Item item : items) {
                    if (item.bottom() <= notesTop + 0.01f) {
                        lowest = Math.max(lowest, item.bottom());
                    }
                }
                float white = Math.max(0, notesTop - lowest - (notes ? NOTES_MARGIN : 0));
                boolean partEnd = i == count - 1 || partStarts.contains(i + 1) || !runningHead(document, i + 1, topMargin);
                List<float[]> rules = new ArrayList<>();
                for (Item item : items) {
                    if (item.text() == null && item.width() <= 3 && item.bottom() - item.top() > 10) {
                        rules.add(new float[] {item.top(), item.bottom()});
                    }
                }
                result.add(new Page(i + 1, white, white / (blockBottom - blockTop), notes, partEnd, notes ? notesTop : -1, rules));
            }
        }
        return result;
    }

    /** A thing printed: its top and bottom from the top of the page, its width, and its text if it is a line of text. */
    private record Item(float top, float bottom, float width, String text) {
    }

    /** Whether the 0-based page has text in its top margin: a page without a running head (a cover) is a part of its own. */
    private static boolean runningHead(PDDocument document, int index, float topMargin) throws IOException {
        float height = document.getPage(index).getCropBox().getUpperRightY();
        float trimTop = height - document.getPage(index).getTrimBox().getUpperRightY();
        for (Item line : textLines(document, index + 1)) {
            if (line.bottom() <= trimTop + topMargin) {
                return true;
            }
        }
        return false;
    }

    /** The 0-based page indexes that top-level bookmarks (the parts) point to. */
    private static Set<Integer> partStarts(PDDocument document) throws IOException {
        Set<Integer> starts = new HashSet<>();
        if (document.getDocumentCatalog().getDocumentOutline() == null) {
            return starts;
        }
        for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getDestination() instanceof PDPageDestination destination) {
                int index = destination.retrievePageNumber();
                if (index >= 0) {
                    starts.add(index);
                }
            } else {
                PDPage target = item.findDestinationPage(document);
                if (target != null) {
                    starts.add(document.getPages().indexOf(target));
                }
            }
        }
        return starts;
    }

    /** The page's lines of text, each from its glyphs' tops to its baseline plus a quarter of its size (descenders). */
    private static List<Item> textLines(PDDocument document, int page) throws IOException {
        List<Item> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                float top = Float.MAX_VALUE;
                float bottom = 0;
                float left = Float.MAX_VALUE;
                float right = 0;
                for (TextPosition p : positions) {
                    top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                    bottom = Math.max(bottom, p.getYDirAdj() + 0.25f * p.getFontSizeInPt());
                    left = Math.min(left, p.getXDirAdj());
                    right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                }
                if (!positions.isEmpty()) {
                    lines.add(new Item(top, bottom, right - left, text));
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return lines;
    }

    /** The boxes of a page's images and painted paths (rules, borders, backgrounds). */
    private static final class Graphics extends PDFGraphicsStreamEngine {
        private final List<Item> items = new ArrayList<>();
        private final float height;
        private Rectangle2D path;
        private Point2D current;

        Graphics(PDPage page) {
            super(page);
            height = page.getCropBox().getUpperRightY();
        }

        List<Item> items() throws IOException {
            processPage(getPage());
            return items;
        }

        private void add(Rectangle2D box) {
            if (box != null && box.getWidth() > 0.1) {
                items.add(new Item((float) (height - box.getMaxY()), (float) (height - box.getMinY()), (float) box.getWidth(), null));
            }
        }

        private void extend(Point2D p) {
            if (path == null) {
                path = new Rectangle2D.Double(p.getX(), p.getY(), 0, 0);
            } else {
                path.add(p);
            }
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            extend(p0);
            extend(p1);
            extend(p2);
            extend(p3);
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            Rectangle2D box = new Rectangle2D.Double(m.getTranslateX(), m.getTranslateY(), 0, 0);
            box.add(m.getTranslateX() + m.getScaleX(), m.getTranslateY() + m.getScaleY());
            add(box);
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
            extend(current);
        }

        @Override
        public void lineTo(float x, float y) {
            current = new Point2D.Float(x, y);
            extend(current);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
            extend(current);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path = null;
        }

        @Override
        public void strokePath() {
            if (path != null) {
                float w = getGraphicsState().getLineWidth();
                path.setRect(path.getX() - w / 2, path.getY() - w / 2, path.getWidth() + w, path.getHeight() + w);
            }
            add(path);
            path = null;
        }

        @Override
        public void fillPath(int windingRule) {
            add(path);
            path = null;
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: FootWhite FILE.pdf...");
            System.exit(2);
        }
        for (String arg : args) {
            System.out.println(arg + ":");
            for (Page page : measure(Path.of(arg))) {
                System.out.println("  " + page);
            }
        }
    }
}
