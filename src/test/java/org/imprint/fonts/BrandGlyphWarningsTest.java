package org.imprint.fonts;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.Reports;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A character no font has in the brand's printed words (a label in the article's language, the
 * organisation's address or blurb) is warned about, naming the brand's file, the line and the
 * key, as the article's characters are: only article.md was checked, and the PDF printed the
 * label as #.
 */
class BrandGlyphWarningsTest {

    @TempDir
    Path dir;

    @Test
    void missingGlyphsInTheBrandsWordsAreWarnedAboutAtTheirKeys() throws Exception {
        Path templates = dir.resolve("templates");
        Path brandFile = Files.createDirectories(templates.resolve("syriac")).resolve("brand.yaml");
        Files.writeString(brandFile, """
                extends: rcas
                organisation:
                  address: "Street ⵜⴰⵎ 5"
                  blurb: |
                    A blurb.

                    Its second paragraph has ⵣ.
                labels:
                  welcome: "Visit ܐܦܪܝܡ:"
                languages:
                  ur:
                    labels:
                      about_organisation: "ܐܦܪܝܡ کا تعارف"
                      welcome: "مزید پڑھیں:"
                """);
        Files.createSymbolicLink(templates.resolve("rcas"), Reports.HOME.resolve("templates/rcas").toAbsolutePath());
        Imprint imprint = new Imprint(templates, Reports.HOME.resolve("fonts"));
        Path report = TestReport.at(dir.resolve("report")).language("ur").brand("syriac").body("یہ ایک جملہ ہے۔\n").write();
        List<Problem> warnings = new ArrayList<>();
        imprint.build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf").warnings(warnings::add).build());
        List<String> lines = warnings.stream().map(Problem::toString).filter(l -> l.contains("no font of brand")).toList();
        String file = brandFile.toString();
        assertAll(
                () -> assertEquals(3, lines.size(), lines.toString()),
                () -> assertTrue(lines.get(0).contains(file + ":3: warning: the brand's \"organisation.address\": no font of brand"
                        + " syriac has the characters U+2D5C (ⵜ), U+2D30 (ⴰ), U+2D4E (ⵎ), which"), lines.get(0)),
                () -> assertTrue(lines.get(1).contains(file + ":7: warning: the brand's \"organisation.blurb\": no font of brand"
                        + " syriac has the character U+2D63 (ⵣ)"), lines.get(1)),
                () -> assertTrue(lines.get(2).contains(file + ":13: warning: the brand's \"languages.ur.labels.about_organisation\":"
                        + " no font of brand syriac has"), lines.get(2)),
                // "welcome" is in English; the Urdu article prints the brand's own Urdu label instead (a reworded
                // label without one would drop rcas's Urdu words and print the English, ProfileMerge)
                () -> assertTrue(lines.stream().noneMatch(l -> l.contains("labels.welcome")), lines.toString()));
    }

    /**
     * A folded block ("tagline: >") or a quoted text continued on more lines is warned about at
     * the line its character is written on: the warning named the key's line, or counted the
     * folded text's lines from it (line 6 for a character on line 8).
     */
    @Test
    void aFoldedOrContinuedValueIsWarnedAboutAtTheCharactersLine() throws Exception {
        Path templates = dir.resolve("templates");
        Path brandFile = Files.createDirectories(templates.resolve("folded")).resolve("brand.yaml");
        Files.writeString(brandFile, """
                extends: rcas
                organisation:
                  tagline: >
                    A folded tagline
                    that spans lines

                    ܐܦܪܝܡ in Syriac
                  address: "Street 1,
                    ཀཁག City"
                """);
        Files.createSymbolicLink(templates.resolve("rcas"), Reports.HOME.resolve("templates/rcas").toAbsolutePath());
        Imprint imprint = new Imprint(templates, Reports.HOME.resolve("fonts"));
        Path report = TestReport.at(dir.resolve("report")).brand("folded").body("A sentence.\n").write();
        List<Problem> warnings = new ArrayList<>();
        imprint.build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf").warnings(warnings::add).build());
        List<String> lines = warnings.stream().map(Problem::toString).filter(l -> l.contains("no font of brand")).toList();
        String file = brandFile.toString();
        assertAll(
                () -> assertEquals(2, lines.size(), lines.toString()),
                () -> assertTrue(lines.get(0).contains(file + ":7: warning: the brand's \"organisation.tagline\": no font of brand"
                        + " folded has the characters U+0710 (ܐ)"), lines.get(0)),
                () -> assertTrue(lines.get(1).contains(file + ":9: warning: the brand's \"organisation.address\": no font of brand"
                        + " folded has the characters U+0F40 (ཀ)"), lines.get(1)));
    }
}
