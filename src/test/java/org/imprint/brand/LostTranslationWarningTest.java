package org.imprint.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.Reports;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child brand that rewords an English label drops the translations of it it inherits (they
 * translate the parent's words), so an Arabic article of the child printed "First seen in" with
 * no word said: the build of an article in a language that lost a translation warns, at the
 * child's line that rewords the label, and says which key to give.
 */
class LostTranslationWarningTest {

    private static final String KID = """
            extends: fieldstone
            labels:
              byline_and: " & "
              first_published: "First seen in"
            languages:
              he:
                labels:
                  byline_and: " וגם "
            """;

    @TempDir
    Path dir;

    private List<Problem> build(String language, String name) throws Exception {
        Path templates = dir.resolve("templates");
        if (!Files.isDirectory(templates)) {
            Files.createDirectories(templates.resolve("kid"));
            Files.writeString(templates.resolve("kid/brand.yaml"), KID);
            for (String brand : List.of("rcas", "fieldstone")) {
                // copied, not linked: the e-book refuses a style that resolves outside templates/
                Path from = Reports.HOME.resolve("templates/" + brand);
                try (var files = Files.walk(from)) {
                    for (Path file : files.toList()) {
                        Files.copy(file, templates.resolve(brand).resolve(from.relativize(file).toString()));
                    }
                }
            }
        }
        Path report = TestReport.at(dir.resolve(name)).brand("kid").language(language)
                .author("\"سارة أحمد\"", "\"John Smith\"")
                .frontMatter("first_published:\n  outlet: Outlet\n  date: 2026-04-20").body("Text.\n").write();
        List<Problem> warnings = new ArrayList<>();
        new Imprint(templates, Reports.HOME.resolve("fonts")).build(BuildRequest.of(report).out(dir.resolve("out-" + name))
                .formats("epub").warnings(warnings::add).build());
        return warnings;
    }

    private static List<String> lost(List<Problem> warnings) {
        return warnings.stream().map(Problem::toString).filter(w -> w.contains("words the label anew")).toList();
    }

    @Test
    void anArabicArticleIsWarnedOfEachLabelThatLostItsArabicAtTheChildsLine() throws Exception {
        List<String> lost = lost(build("ar", "ar"));
        String yaml = dir.resolve("templates/kid/brand.yaml").toString();
        assertEquals(2, lost.size(), lost::toString);
        assertTrue(lost.get(0).startsWith(yaml + ":3: warning: labels.byline_and words the label anew, so brand \"fieldstone\"'s"
                + " Arabic translation of it is dropped") && lost.get(0).endsWith("give languages.ar.labels.byline_and in this"
                + " brand.yaml to print it in Arabic"), lost.get(0));
        assertTrue(lost.get(1).startsWith(yaml + ":4: warning: labels.first_published") && lost.get(1).contains("languages.ar.labels.first_published"),
                lost.get(1));
    }

    @Test
    void onlyTheArticlesOwnLanguageAndOnlyWhatTheChildDoesNotTranslate() throws Exception {
        List<String> hebrew = lost(build("he", "he"));
        assertEquals(1, hebrew.size(), hebrew::toString);
        assertTrue(hebrew.get(0).contains("labels.first_published") && hebrew.get(0).contains("Hebrew"), hebrew.get(0));
        assertEquals(List.of(), lost(build("en", "en")));
    }
}
