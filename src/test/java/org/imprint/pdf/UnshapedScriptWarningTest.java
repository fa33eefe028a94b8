package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A script the PDF engine prints without its shaping is warned of, whatever the script, when the
 * brand has a font for it; a script no font has is warned of once, as missing: calling its #s
 * "without conjuncts" as well contradicted that warning (Tamil, Sinhala), and Lao, Khmer, Myanmar,
 * Tibetan or Syriac in a brand's own font printed unshaped with no word at all.
 */
class UnshapedScriptWarningTest {

    /** DejaVu Sans (fonts-dejavu-core) has Lao, which needs GPOS to place its vowel and tone marks. */
    static final Path LAO_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @TempDir
    Path home;

    @Test
    void aScriptTheBrandHasButTheEngineDoesNotShapeIsWarnedOf() throws Exception {
        assumeTrue(Files.isRegularFile(LAO_FONT), "needs fonts-dejavu-core");
        List<String> warnings = build("Lao: ສະບາຍດີ.");
        assertTrue(warnings.stream().anyMatch(w -> w.contains("article.md:7")
                && w.contains("Lao text is printed in the PDF without the font's shaping")), String.join("\n", warnings));
    }

    @Test
    void aScriptNoFontHasIsWarnedOfOnlyAsMissing() throws Exception {
        List<String> warnings = build("Tamil: தமிழ்நாடு. Sinhala: ශ්‍රී ලංකාව.");
        assertEquals(1, warnings.size(), String.join("\n", warnings));
        assertTrue(warnings.get(0).contains("no font of brand") && warnings.get(0).contains("U+0BA4 (த)"), warnings.get(0));
    }

    /** The warnings of building a PDF of a report saying {@code text}, in a brand with DejaVu Sans for other scripts. */
    private List<String> build(String text) throws Exception {
        Path templates = home.resolve("templates");
        EngineSelectionTest.copy(Reports.HOME.resolve("templates/rcas"), templates.resolve("rcas"));
        EngineSelectionTest.copy(Reports.HOME.resolve("fonts"), home.resolve("fonts"));
        String brand = Files.readString(templates.resolve("rcas/brand.yaml"));
        if (Files.isRegularFile(LAO_FONT)) {
            Files.copy(LAO_FONT, home.resolve("fonts/DejaVuSans.ttf"));
            brand = brand.replace("\"Noto Sans Mono\"]\n  faces:\n", "\"Noto Sans Mono\", \"DejaVu Sans\"]\n  faces:\n")
                    .replace("    - { family: Nanum Myeongjo, file: NanumMyeongjo.ttf }\n",
                            "    - { family: Nanum Myeongjo, file: NanumMyeongjo.ttf }\n    - { family: DejaVu Sans, file: DejaVuSans.ttf }\n");
            assertTrue(brand.contains("DejaVuSans.ttf"), "the RCAS brand's fonts: changed; update this test");
        }
        Files.writeString(templates.resolve("rcas/brand.yaml"), brand);
        Path report = home.resolve("reports/r");
        Files.createDirectories(report);
        Files.writeString(report.resolve("article.md"), "---\ntitle: Scripts\ndate: 2026-01-01\nlanguage: en\nauthors: [{name: A Writer}]\n---\n" + text + "\n");
        List<String> warnings = new ArrayList<>();
        new Imprint(home).build(BuildRequest.of(report).out(home.resolve("out")).formats("pdf")
                .warnings(p -> warnings.add(p.toString())).build());
        return warnings;
    }
}
