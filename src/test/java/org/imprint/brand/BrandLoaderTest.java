package org.imprint.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.ReportException;
import org.imprint.Reports;
import org.imprint.layout.LayoutEngine;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Brands that extend brands: merged profiles, layouts found child first, clear errors. */
class BrandLoaderTest {

    private static final String BASE = """
            organisation: { name: Base Institute, name_zh: 基礎研究所, short_name: BASE }
            series: { default: Base Brief }
            labels: { figure: Figure, notes: Notes, cover: Cover }
            date_format: d MMMM yyyy
            colours: { primary: "#7B1E2B", accent: "#B08D57" }
            fonts:
              serif: [Noto Serif]
              faces:
                - { family: Noto Serif, file: NotoSerif-Regular.ttf }
            parts: [cover, article, back]
            """;

    @TempDir
    Path templates;

    private Path brand(String name, String profile, String... layouts) throws IOException {
        Path folder = templates.resolve(name);
        Files.createDirectories(folder.resolve("layouts"));
        Files.createDirectories(folder.resolve("styles"));
        Files.writeString(folder.resolve(BrandLoader.PROFILE), profile);
        for (String layout : layouts) {
            Files.writeString(folder.resolve(layout), name + " " + layout + ": ${brand.organisation.short_name}\n");
        }
        return folder;
    }

    private Brand load(String name) throws ReportException {
        return new BrandLoader(templates, Reports.HOME.resolve("fonts")).load(name, templates.resolve("article.md"), 0);
    }

    @Test
    void childValuesOverrideTheParentsAndTheRestIsInherited() throws Exception {
        Path base = brand("base", BASE, "layouts/cover.ftlh", "layouts/article.ftlh", "layouts/back.ftlh");
        Path child = brand("child", """
                extends: base
                organisation: { short_name: KID, name_zh: null }
                colours: { primary: "#0E3B43" }
                parts: [cover, article]
                """);

        Brand brand = load("child");

        assertEquals(List.of(child, base), brand.folders());
        @SuppressWarnings("unchecked")
        Map<String, Object> org = (Map<String, Object>) brand.profile().get("organisation");
        assertEquals("KID", org.get("short_name"));
        assertEquals("Base Institute", org.get("name"), "inherited from the parent");
        assertFalse(org.containsKey("name_zh"), "null removes an inherited value");
        assertEquals(Map.of("primary", "#0E3B43", "accent", "#B08D57"), brand.profile().get("colours"));
        assertEquals(List.of("cover", "article"), brand.parts(), "lists replace");
        assertEquals("Base Brief", brand.defaultSeries());
        assertEquals("Figure", brand.label("figure"));
        assertFalse(brand.profile().containsKey("extends"));
    }

    @Test
    void aLanguageGetsItsOwnLabelsAndDatePatternAndTheRestStays() throws Exception {
        brand("base", BASE + """
                languages:
                  ur: { date_format: "d MMMM yyyy", labels: { figure: شکل } }
                """, "layouts/cover.ftlh", "layouts/article.ftlh", "layouts/back.ftlh");
        Brand brand = load("base");
        Brand urdu = brand.forLanguage("ur-PK");
        assertEquals("شکل", urdu.label("figure"));
        assertEquals("Notes", urdu.label("notes"), "a label the language lacks stays");
        assertEquals("21 اپریل 2026", urdu.dateFormatter(java.util.Locale.forLanguageTag("ur"))
                .format(java.time.LocalDate.of(2026, 4, 21)));
        assertEquals("شکل", ((Map<?, ?>) urdu.profile().get("labels")).get("figure"), "layouts see the words too");
        assertEquals("Figure", brand.forLanguage("en").label("figure"));
    }

    /**
     * A label the child words differently drops the parent's translations of it (they translate
     * the parent's words: an Urdu Fieldstone report was headed "RCAS کا تعارف"); the child's own
     * translations, and the parent's of labels the child leaves or repeats, stay.
     */
    @Test
    void aLabelTheChildChangesDropsTheParentsTranslationsOfIt() throws Exception {
        brand("base", BASE.replace("cover: Cover", "cover: Cover, contents: Contents, about: About Base") + """
                languages:
                  ur: { labels: { about: Base کا تعارف, cover: سرورق, figure: شکل, contents: فہرست } }
                  fr: { labels: { about: À propos de Base, cover: Couverture } }
                """, "layouts/cover.ftlh", "layouts/article.ftlh", "layouts/back.ftlh");
        brand("child", """
                extends: base
                labels: { about: About Kid, cover: Front, figure: Figure }
                languages:
                  fr: { labels: { about: À propos de Kid } }
                """);

        Brand child = load("child");
        Brand urdu = child.forLanguage("ur");
        assertEquals("About Kid", urdu.label("about"), "the parent's Urdu names the parent");
        assertEquals("Front", urdu.label("cover"));
        assertEquals("شکل", urdu.label("figure"), "the same words keep their translations");
        assertEquals("About Kid", ((Map<?, ?>) urdu.profile().get("labels")).get("about"), "layouts see the same words");
        assertEquals("À propos de Kid", child.forLanguage("fr").label("about"), "the child's own translation");
        assertEquals("Front", child.forLanguage("fr").label("cover"));
        assertEquals("Base کا تعارف", load("base").forLanguage("ur").label("about"), "the parent is unchanged");
    }

    /**
     * Fieldstone translates every label it words differently from rcas into each language rcas
     * translates it into, so that no page of a Fieldstone report names RCAS.
     */
    @Test
    void fieldstoneTranslatesEveryLabelItChanges() throws Exception {
        BrandLoader loader = new BrandLoader(Reports.HOME.resolve("templates"), Reports.HOME.resolve("fonts"));
        Brand rcas = loader.load("rcas", templates.resolve("article.md"), 0);
        Brand fieldstone = loader.load("fieldstone", templates.resolve("article.md"), 0);
        Map<?, ?> languages = (Map<?, ?>) rcas.profile().get("languages");
        int changed = 0;
        for (String key : fieldstone.labels().keySet()) {
            if (fieldstone.label(key).equals(rcas.label(key))) {
                continue;
            }
            changed++;
            for (var language : languages.entrySet()) {
                String code = String.valueOf(language.getKey());
                if (((Map<?, ?>) language.getValue()).get("labels") instanceof Map<?, ?> words && words.containsKey(key)) {
                    String own = fieldstone.forLanguage(code).label(key);
                    assertFalse(own.equals(fieldstone.label(key)) || own.contains("RCAS"),
                            "fieldstone languages." + code + ".labels." + key + ": " + own);
                }
            }
        }
        assertTrue(changed >= 4, "about_organisation, welcome, about_author, first_published: " + changed);
    }

    /**
     * A label set to null is refused at its line: "labels.byline_comma: null" failed in a layout
     * (macros.ftlh:27), "languages.ur.labels.byline_and: null" joined an Urdu byline with " and ".
     */
    @Test
    void aLabelWithoutWordsIsNamedAtItsLine() throws Exception {
        brand("base", BASE, "layouts/cover.ftlh", "layouts/article.ftlh", "layouts/back.ftlh");
        Path comma = brand("comma", "extends: base\nlabels:\n  byline_comma: null\n");
        ReportException e = assertThrows(ReportException.class, () -> load("comma"));
        assertEquals(comma.resolve("brand.yaml"), e.problem().file());
        assertEquals(3, e.problem().line(), e.getMessage());
        assertTrue(e.getMessage().contains("labels.byline_comma has no words (null)"), e.getMessage());
        Path and = brand("and", "extends: base\nlanguages:\n  ur:\n    labels:\n      byline_and: null\n");
        e = assertThrows(ReportException.class, () -> load("and"));
        assertEquals(and.resolve("brand.yaml"), e.problem().file());
        assertEquals(5, e.problem().line(), e.getMessage());
        assertTrue(e.getMessage().contains("languages.ur.labels.byline_and has no words (null)"), e.getMessage());
        // an optional form has no top-level label to fall back on: the message names none, and says how to set none
        Path other = brand("other", "extends: base\nlanguages:\n  he:\n    labels:\n      byline_and_other_script: null\n");
        e = assertThrows(ReportException.class, () -> load("other"));
        String message = e.getMessage();
        assertTrue(message.contains("give \"\" for none") && !message.contains("would print labels."), message);
    }

    /** The Urdu Fieldstone report of issue 19: its page about the organisation was headed "RCAS کا تعارف". */
    @Test
    void anUrduFieldstoneReportNamesFieldstoneNotRcas() throws Exception {
        var built = TestReport.at(templates.resolve("report")).out(templates.resolve("out")).language("ur").brand("fieldstone")
                .title("پاکستان اور ایران").author("عائشہ خان").body("پاکستان اور ایران ہمسایہ ممالک ہیں۔\n").build("pdf", "epub");
        String about;
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            about = new String(zip.getInputStream(zip.getEntry("OEBPS/about.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(about.contains("<h1 class=\"part-heading\">Fieldstone کا تعارف</h1>"), about);
        assertTrue(about.contains("ہمارا مزید کام یہاں پڑھیے:"), about);
        try (PDDocument pdf = Loader.loadPDF(built.pdf().toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertFalse(text.contains("RCAS"), text);
            assertTrue(text.contains("Fieldstone"), text);
        }
    }

    @Test
    void aLanguagesBadDatePatternIsNamedWithItsLine() throws Exception {
        brand("base", BASE + """
                languages:
                  ur:
                    date_format: "d MMMM yyyy {"
                """, "layouts/cover.ftlh", "layouts/article.ftlh", "layouts/back.ftlh");
        ReportException e = assertThrows(ReportException.class, () -> load("base"));
        // the line of languages.ur: the profile's line index resolves mappings, not a key nested in a block
        assertEquals(13, e.problem().line(), e.getMessage());
        assertTrue(e.getMessage().contains("languages.ur.date_format \"d MMMM yyyy {\" is not a java.time pattern"), e.getMessage());
    }

    @Test
    void layoutsAreFoundInTheChildFirstThenInTheParent() throws Exception {
        brand("base", BASE, "layouts/cover.ftlh", "layouts/article.ftlh", "layouts/back.ftlh", "styles/print.css");
        Path child = brand("child", "extends: base\norganisation: { short_name: KID }\n", "layouts/cover.ftlh");
        // a child's stylesheet can build on the one it overrides by naming the parent's file
        Files.writeString(child.resolve("styles/print.css"), "<#include \"/base/styles/print.css\">\nchild rules");

        LayoutEngine engine = new LayoutEngine(load("child"));

        assertEquals("child layouts/cover.ftlh: KID\n", render(engine, "layouts/cover.ftlh"));
        assertEquals("base layouts/article.ftlh: KID\n", render(engine, "layouts/article.ftlh"));
        assertEquals("base styles/print.css: KID\nchild rules", render(engine, "styles/print.css"));
    }

    private static String render(LayoutEngine engine, String template) throws ReportException {
        Map<String, Object> model = new HashMap<>();
        model.put("brand", engine.brand().profile());
        return engine.render(template, model);
    }

    @Test
    void aLayoutErrorNamesTheFileItIsIn() throws Exception {
        Path base = brand("base", BASE, "layouts/cover.ftlh", "layouts/article.ftlh", "layouts/back.ftlh");
        Files.writeString(base.resolve("layouts/article.ftlh"), "\n${brand.no_such_key}");
        brand("child", "extends: base\n");

        ReportException e = assertThrows(ReportException.class,
                () -> render(new LayoutEngine(load("child")), "layouts/article.ftlh"));

        assertEquals(base.resolve("layouts/article.ftlh"), e.problem().file());
        assertEquals(2, e.problem().line());
    }

    @Test
    void anUnknownParentIsNamedWithTheLineOfExtends() throws Exception {
        Path child = brand("child", "# a brand\nextends: nope\n");

        ReportException e = assertThrows(ReportException.class, () -> load("child"));

        assertEquals(child.resolve("brand.yaml"), e.problem().file());
        assertEquals(2, e.problem().line());
        assertTrue(e.getMessage().contains("brand \"child\" extends unknown brand \"nope\""), e.getMessage());
        assertTrue(e.getMessage().contains("brands here: child"), e.getMessage());
    }

    @Test
    void brandsExtendingEachOtherInACircleAreAnError() throws Exception {
        brand("a", "extends: b\n");
        Path b = brand("b", "extends: a\n");

        ReportException e = assertThrows(ReportException.class, () -> load("a"));

        assertEquals(b.resolve("brand.yaml"), e.problem().file());
        assertTrue(e.getMessage().contains("(a extends b extends a)"), e.getMessage());
    }

    @Test
    void aPartWithoutALayoutAnywhereInTheChainIsNamed() throws Exception {
        brand("base", BASE, "layouts/cover.ftlh", "layouts/article.ftlh", "layouts/back.ftlh");
        brand("child", "extends: base\nparts: [cover, article, colophon]\n");

        ReportException e = assertThrows(ReportException.class, () -> load("child"));

        assertTrue(e.getMessage().contains("part \"colophon\" has no layout"), e.getMessage());
    }

    @Test
    void aWrongValueIsNamedAtItsLineInTheFileThatSetsIt() throws Exception {
        Path base = brand("base", BASE.replace("file: NotoSerif-Regular.ttf", "file: NoSuchFont.ttf"),
                "layouts/cover.ftlh", "layouts/article.ftlh", "layouts/back.ftlh");
        brand("child", "extends: base\norganisation: { short_name: KID }\n");

        ReportException e = assertThrows(ReportException.class, () -> load("child"));

        assertEquals(base.resolve("brand.yaml"), e.problem().file(), "the parent sets the font");
        assertEquals(9, e.problem().line());
        assertTrue(e.getMessage().contains("NoSuchFont.ttf"), e.getMessage());
    }

    @Test
    void aPartWithoutALayoutIsNamedAtItsLine() throws Exception {
        brand("base", BASE, "layouts/cover.ftlh", "layouts/article.ftlh", "layouts/back.ftlh");
        Path child = brand("child", "extends: base\n\nparts:\n  - cover\n  - colophon\n");

        ReportException e = assertThrows(ReportException.class, () -> load("child"));

        assertEquals(child.resolve("brand.yaml"), e.problem().file());
        assertEquals(5, e.problem().line());
    }

    @Test
    void hyphenationAndNotesHaveDefaultsAndTheirValuesAreChecked() throws Exception {
        brand("base", BASE, "layouts/cover.ftlh", "layouts/article.ftlh", "layouts/back.ftlh");
        Brand base = load("base");
        assertEquals(HyphenationSettings.DEFAULT, base.hyphenation());
        assertEquals(org.imprint.markdown.NoteStyle.PAGE_FOOT, base.notes());

        brand("own", "extends: base\nhyphenation: { min_word: 8, left: 3, max_consecutive: 3 }\nnotes: endnotes\n");
        Brand own = load("own");
        assertEquals(new HyphenationSettings(true, 8, 3, 3, 3), own.hyphenation());
        assertEquals(org.imprint.markdown.NoteStyle.ENDNOTES, own.notes());

        Path bad = brand("bad", "extends: base\nhyphenation: { min_word: 3, left: 2, right: 3 }\n");
        ReportException e = assertThrows(ReportException.class, () -> load("bad"));
        assertEquals(bad.resolve("brand.yaml"), e.problem().file());
        assertEquals(2, e.problem().line());
        assertTrue(e.getMessage().contains("min_word"), e.getMessage());

        brand("footer", "extends: base\nnotes: footer\n");
        ReportException notes = assertThrows(ReportException.class, () -> load("footer"));
        assertTrue(notes.getMessage().contains("use page-foot or endnotes"), notes.getMessage());
    }

    /** Thai, Hindi and Bengali write the day first; RCAS's own pattern is the English "April 21, 2026". */
    @Test
    void theRcasBrandDatesThaiHindiAndBengaliDayFirst() throws Exception {
        Brand rcas = new BrandLoader(Reports.HOME.resolve("templates"), Reports.HOME.resolve("fonts"))
                .load("rcas", Reports.HOME.resolve("templates/rcas/brand.yaml"), 0);
        java.time.LocalDate day = java.time.LocalDate.of(2026, 4, 21);
        assertEquals("21 เมษายน 2026", rcas.forLanguage("th").dateFormatter(java.util.Locale.forLanguageTag("th")).format(day));
        assertEquals("21 अप्रैल 2026", rcas.forLanguage("hi").dateFormatter(java.util.Locale.forLanguageTag("hi")).format(day));
        assertEquals("21 এপ্রিল 2026", rcas.forLanguage("bn").dateFormatter(java.util.Locale.forLanguageTag("bn")).format(day));
    }
}
