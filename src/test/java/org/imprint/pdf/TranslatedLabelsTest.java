package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A German, French or Spanish RCAS report labels its figures, notes and author page in its own
 * language (the brand's {@code languages:} words), not "Figure 1." and "About Author".
 */
class TranslatedLabelsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"de, Abbildung 1., Zur Person", "fr, Figure 1., À propos de l’auteur", "es, Figura 1., Sobre el autor"})
    void figureAndAuthorLabelsFollowTheLanguage(String language, String figure, String aboutAuthor) throws Exception {
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/reports/every-feature/figures").toFile().listFiles(
                f -> f.getName().endsWith(".png"))[0].toPath());
        Path pdf = TestReport.at(dir.resolve(language)).language(language)
                .file("figures/f.png", png)
                .body("Text.\n\n![A drawing.](figures/f.png)\n\nMore text.\n")
                .build("pdf").pdf();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains(figure), text);
        assertTrue(text.contains(aboutAuthor), text);
        if (!language.equals("fr")) {
            assertFalse(text.contains("Figure 1."), text);
        }
        assertFalse(text.contains("About Author"), text);
    }
}
