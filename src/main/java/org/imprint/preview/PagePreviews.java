package org.imprint.preview;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders a PDF's pages as PNG thumbnails ({@code page-01.png}, ...) and one contact sheet
 * ({@code contact-sheet.png}, every page in a grid), with PDFBox: for reviewing a layout at a
 * glance and as CI artefacts. The PDF is rendered as any viewer would show it, embedded fonts
 * and all; nothing is rebuilt.
 */
public final class PagePreviews {

    /** Thumbnail resolution: an A4 page is 496 × 701 pixels, enough to judge a layout. */
    public static final float DEFAULT_DPI = 60;
    /** The contact sheet's file name. */
    public static final String CONTACT_SHEET = "contact-sheet.png";

    private static final Pattern PAGE_FILE = Pattern.compile("page-\\d+\\.png");
    private static final int COLUMNS = 4;
    private static final int CELL_WIDTH = 320;
    private static final int GAP = 24;
    private static final Color SHEET = new Color(0xDADCDE);
    private static final Color BORDER = new Color(0x8A8F94);

    private final float dpi;

    /** @param dpi the thumbnails' resolution, from 10 to 600 */
    public PagePreviews(float dpi) {
        if (!(dpi >= 10 && dpi <= 600)) {
            throw new IllegalArgumentException("dpi must be between 10 and 600, not " + dpi);
        }
        this.dpi = dpi;
    }

    /** The previews of one PDF: a thumbnail per page, in order, and the contact sheet. */
    public record Previews(List<Path> pages, Path contactSheet) {
        public Previews {
            pages = List.copyOf(pages);
        }
    }

    /** The default folder for a PDF's previews: {@code x-preview/} beside {@code x.pdf}. */
    public static Path folderFor(Path pdf) {
        String name = pdf.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        return pdf.toAbsolutePath().resolveSibling(stem + "-preview");
    }

    /**
     * Writes the previews of {@code pdf} into {@code folder}, creating it; thumbnails left there
     * by an earlier, longer version of the document are removed.
     *
     * @throws IOException when the file is not a PDF PDFBox can read, or a PNG cannot be written
     */
    public Previews write(Path pdf, Path folder) throws IOException {
        Files.createDirectories(folder);
        removeOldPages(folder);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int count = document.getNumberOfPages();
            if (count == 0) {
                throw new IOException(pdf + " has no pages");
            }
            // every page is drawn into a cell of the same size: that of the largest page, scaled
            double scale = CELL_WIDTH / (double) maxPixels(document, true);
            int cellWidth = CELL_WIDTH;
            int cellHeight = (int) Math.ceil(maxPixels(document, false) * scale);
            int columns = Math.min(COLUMNS, count);
            int rows = (count + COLUMNS - 1) / COLUMNS;
            BufferedImage sheet = new BufferedImage(GAP + columns * (cellWidth + GAP), GAP + rows * (cellHeight + GAP),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = sheet.createGraphics();
            try {
                g.setColor(SHEET);
                g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                PDFRenderer renderer = new PDFRenderer(document);
                String format = "page-%0" + Math.max(2, String.valueOf(count).length()) + "d.png";
                List<Path> pages = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    BufferedImage page = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                    Path file = folder.resolve(String.format(Locale.ROOT, format, i + 1));
                    writePng(page, file);
                    pages.add(file);
                    BufferedImage thumb = scaled(page, scale);
                    int x = GAP + (i % COLUMNS) * (cellWidth + GAP) + (cellWidth - thumb.getWidth()) / 2;
                    int y = GAP + (i / COLUMNS) * (cellHeight + GAP) + (cellHeight - thumb.getHeight()) / 2;
                    g.drawImage(thumb, x, y, null);
                    g.setColor(BORDER);
                    g.drawRect(x - 1, y - 1, thumb.getWidth() + 1, thumb.getHeight() + 1);
                }
                Path contact = folder.resolve(CONTACT_SHEET);
                writePng(sheet, contact);
                return new Previews(pages, contact);
            } finally {
                g.dispose();
            }
        }
    }

    /** The widest (or tallest) page in pixels at this resolution, as shown: rotation applied. */
    private int maxPixels(PDDocument document, boolean width) {
        float max = 0;
        for (PDPage page : document.getPages()) {
            PDRectangle box = page.getCropBox();
            boolean turned = page.getRotation() % 180 != 0;
            max = Math.max(max, width != turned ? box.getWidth() : box.getHeight());
        }
        return Math.max(1, (int) Math.floor(max * dpi / 72));   // as PDFRenderer sizes its images
    }

    /**
     * The image scaled down; halving step by step first, because one large bilinear step skips
     * pixels and makes thin rules and text shimmer.
     */
    private static BufferedImage scaled(BufferedImage image, double scale) {
        BufferedImage current = image;
        int targetWidth = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int targetHeight = Math.max(1, (int) Math.round(image.getHeight() * scale));
        while (current.getWidth() != targetWidth || current.getHeight() != targetHeight) {
            int w = Math.max(targetWidth, current.getWidth() / 2);
            int h = Math.max(targetHeight, current.getHeight() / 2);
            if (scale > 1) {
                w = targetWidth;
                h = targetHeight;
            }
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        }
        return current;
    }

    private static void removeOldPages(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> PAGE_FILE.matcher(f.getFileName().toString()).matches()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void writePng(BufferedImage image, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        }
    }
}
