package org.imprint.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thumbnails and contact sheet of a small PDF made here: four A4 pages and a landscape one. */
class PagePreviewsTest {

    @TempDir
    Path dir;

    private Path pdf() throws IOException {
        Path file = dir.resolve("report.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 5; i++) {
                PDRectangle a4 = PDRectangle.A4;
                PDPage page = new PDPage(i == 4 ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setNonStrokingColor(0.05f, 0.23f, 0.26f);   // a dark block on each page
                    content.addRect(100, 100, 300, 300);
                    content.fill();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void aThumbnailPerPageAndAContactSheet() throws IOException {
        Path folder = dir.resolve("report-preview");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("page-09.png"), "left by a longer, earlier version");
        Files.writeString(folder.resolve("notes.txt"), "not ours");

        PagePreviews.Previews previews = new PagePreviews(PagePreviews.DEFAULT_DPI).write(pdf(), folder);

        assertEquals(List.of("page-01.png", "page-02.png", "page-03.png", "page-04.png", "page-05.png"),
                previews.pages().stream().map(p -> p.getFileName().toString()).toList());
        BufferedImage first = ImageIO.read(previews.pages().get(0).toFile());
        assertEquals(496, first.getWidth(), "A4 at 60 dpi: 595 × 842 pt");
        assertEquals(701, first.getHeight());
        BufferedImage landscape = ImageIO.read(previews.pages().get(4).toFile());
        assertEquals(701, landscape.getWidth());
        assertEquals(496, landscape.getHeight());
        assertFalse(Files.exists(folder.resolve("page-09.png")), "stale thumbnail removed");
        assertTrue(Files.exists(folder.resolve("notes.txt")), "other files are left alone");

        BufferedImage sheet = ImageIO.read(previews.contactSheet().toFile());
        assertEquals(folder.resolve("contact-sheet.png"), previews.contactSheet());
        // four columns, two rows; the cells fit the largest page in either direction
        assertEquals(24 + 4 * (320 + 24), sheet.getWidth());
        assertEquals(24 + 2 * (320 + 24), sheet.getHeight());
        assertEquals(0xDADCDE, sheet.getRGB(5, 5) & 0xFFFFFF, "sheet background");
        int white = 0;
        int dark = 0;
        for (int x = 0; x < sheet.getWidth(); x++) {
            int rgb = sheet.getRGB(x, 24 + 224) & 0xFFFFFF;   // 70 % down the first row: through the blocks
            white += rgb == 0xFFFFFF ? 1 : 0;
            dark += (rgb >> 16) < 0x40 ? 1 : 0;
        }
        assertTrue(white > 400 && dark > 100, "pages drawn into the first row: " + white + " white, " + dark + " dark");
    }

    @Test
    void theDefaultFolderIsBesideThePdf() {
        assertEquals(dir.resolve("out/x-preview"), PagePreviews.folderFor(dir.resolve("out/x.pdf")));
    }

    @Test
    void aFileThatIsNotAPdfIsAnError() throws IOException {
        Path notPdf = Files.writeString(dir.resolve("x.pdf"), "not a PDF");
        assertThrows(IOException.class, () -> new PagePreviews(60).write(notPdf, dir.resolve("x-preview")));
        assertThrows(IllegalArgumentException.class, () -> new PagePreviews(0));
    }
}
