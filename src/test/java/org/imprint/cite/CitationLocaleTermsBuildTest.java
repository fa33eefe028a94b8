package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Locators written with the terms of the article's own language (issue 15), which were read as
 * text after the citation: Hebrew "[1], עמ׳ 12" with the page outside the bracket, Arabic "ص. 50"
 * beside "ص 33", Vietnamese "(Nguyễn, tr. 12)" where MLA prints a page bare, Urdu's second
 * "Ibid., ص 20" for the same page. And a language without a CSL locale (Urdu) is warned.
 */
class CitationLocaleTermsBuildTest {

    private static final String BIB = """
            @book{cohen, author={כהן, דוד}, title={מים במדבר}, publisher={מאגנס}, location={ירושלים}, year={2012}}
            @book{ali, author={علي, محمد}, title={تاريخ الري}, publisher={دار}, location={القاهرة}, year={2018}}
            @book{abbas, author={عباس, يوسف}, title={الأنهار}, publisher={دار}, location={القاهرة}, year={2010}}
            @book{nguyen, author={Nguyễn, Văn An}, title={Đồng bằng}, publisher={NXB Trẻ}, location={Hà Nội}, year={2019}}
            @book{kim, author={Kim, Ji-woo and Park, Min and Lee, Soo}, title={Salt}, publisher={P}, location={L}, year={2019}}
            @book{khan, author={خان, عمران}, title={سندھ کا پانی}, publisher={سنگ میل}, location={لاہور}, year={2017}}
            """;

    @TempDir
    Path dir;

    private TestReport.Built build(String name, String language, String style, String body) throws Exception {
        return TestReport.at(dir.resolve(name)).out(dir.resolve("out-" + name)).title("Terms").date("2026-03-02")
                .author("Jane Doe").language(language).bibliography("references.bib").frontMatter("citation_style: " + style)
                .body(body).file("references.bib", BIB).build("epub");
    }

    private Path build(String name, String language, String style, String body, String bib) throws Exception {
        return TestReport.at(dir.resolve(name)).out(dir.resolve("out-" + name)).title("Terms").date("2026-03-02")
                .author("Jane Doe").language(language).bibliography("references.bib").frontMatter("citation_style: " + style)
                .body(body).file("references.bib", bib).build("epub").epub();
    }

    /** The e-book's text, every XHTML file of it, without markup and directional isolates. */
    static String text(Path epub) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xhtml")) {
                    all.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return org.jsoup.Jsoup.parse(all.toString()).text().replaceAll("[\u2066-\u2069\u200E\u200F\u00A0]", " ")
                .replaceAll(" +", " ");
    }

    @Test
    void aLocatorInTheArticlesLanguageIsALocator() throws Exception {
        String he = text(build("he", "he", "ieee", "לפי המחקר [@cohen, עמ' 12], המים חשובים.\n").epub());
        String ar = text(build("ar", "ar", "apa", "قديم [@ali, ص. 50] وأيضا [@abbas, ص 33].\n").epub());
        String vi = text(build("vi", "vi", "modern-language-association", "Đồng bằng [@nguyen, tr. 12].\n").epub());
        assertAll(
                () -> assertTrue(he.contains("[1, עמ׳ 12]"), he),
                () -> assertTrue(ar.contains("ص 50") && ar.contains("ص 33") && !ar.contains("ص. 50"), ar),
                () -> assertTrue(vi.contains("(Nguyễn 12)"), vi));
    }

    /**
     * A language's terms come from its CSL locale file, found by its primary dialect (he-IL,
     * vi-VN, zh-CN): the narrative cite's "et al." was looked up in "he-HE", which has no file,
     * and came out English beside the bracketed "(Kim ואחרים, 2019)".
     */
    @Test
    void aNarrativeCiteTakesTheTermsOfTheArticlesLanguage() throws Exception {
        String he = text(build("he-n", "he", "apa", "לפי @kim, וגם [@kim].\n").epub());
        String vi = text(build("vi-n", "vi", "apa", "Theo @kim, và [@kim].\n").epub());
        assertAll(
                () -> assertTrue(he.contains("Kim ואחרים (2019)") && he.contains("(Kim ואחרים"), he),
                () -> assertFalse(he.contains("et al."), he),
                () -> assertTrue(vi.contains("Kim và c.s. (2019)"), vi));
    }

    @Test
    void aLanguageWithoutACslLocaleIsWarnedAndItsPageTermRead() throws Exception {
        TestReport.Built ur = build("ur", "ur", "chicago-notes-bibliography-16th-edition",
                "پانی [@khan, ص 20]۔ پھر [@khan, ص 20]۔ اور [@khan, ص 25]۔\n");
        String text = text(ur.epub());
        long warned = ur.warningLines().stream().filter(w -> w.contains("no CSL locale for the language \"ur\"")).count();
        assertAll(
                () -> assertFalse(text.contains("ص 20"), text),
                () -> assertTrue(text.contains("Ibid., 25."), text),
                () -> assertFalse(text.contains("Ibid., 20"), text),
                () -> assertEquals(1, warned, String.join("\n", ur.warningLines())),
                () -> assertTrue(ur.warningLines().stream().anyMatch(w -> w.contains("en-US") && w.contains("<locale xml:lang=\"ur\">")),
                        String.join("\n", ur.warningLines())));
    }

    @Test
    void aLanguageWithACslLocaleIsNotWarned() throws Exception {
        TestReport.Built ar = build("ar2", "ar", "apa", "قديم [@ali, ص 50].\n");
        assertTrue(ar.warningLines().stream().noneMatch(w -> w.contains("no CSL locale")), String.join("\n", ar.warningLines()));
    }
    /**
     * Each source of a citation keeps its own locator's label where the style collapses years
     * (Chicago author-date): the first locator's label ("page", which Chicago leaves out) decided
     * for all, so "[@evans, S. 4; @brown, Kap. 2]" read "(Evans 2005, 4; Brown 2010, 2)", chapter
     * 2 as page 2; in English and German, beside two works by one author that collapse, and in
     * APA, which then collapses a run of one author with labels of its own.
     */
    @Test
    void eachSourceOfACollapsingCitationKeepsItsOwnLabel() throws Exception {
        String bib = """
                @book{evans, author={Evans, Carl}, title={Harbours}, publisher={P}, year={2005}}
                @book{evans2, author={Evans, Carl}, title={Sea Walls}, publisher={P}, year={2001}}
                @book{brown, author={Brown, Alice}, title={Rivers}, publisher={P}, year={2010}}
                """;
        TestReport.Built de = TestReport.at(dir.resolve("de")).out(dir.resolve("out-de")).title("Terms").date("2026-03-02")
                .author("Jane Doe").language("de").bibliography("references.bib").frontMatter("citation_style: chicago-author-date")
                .body("Eins [@evans, S. 4; @brown, Kap. 2]. Zwei [@evans, S. 4; @evans2, Kap. 2]. Drei [@brown, Abb. 3; @evans].\n")
                .file("references.bib", bib).build("pdf", "epub");
        String pdf = CitationFaultsBuildTest.text(de.pdf());
        String epub = text(de.epub());
        TestReport.Built en = TestReport.at(dir.resolve("en")).out(dir.resolve("out-en")).title("Terms").date("2026-03-02")
                .author("Jane Doe").language("en").bibliography("references.bib").frontMatter("citation_style: chicago-author-date")
                .body("One [@evans, p. 4; @brown, chap. 2].\n").file("references.bib", bib).build("epub");
        TestReport.Built apa = TestReport.at(dir.resolve("apa")).out(dir.resolve("out-apa")).title("Terms").date("2026-03-02")
                .author("Jane Doe").language("en").bibliography("references.bib").frontMatter("citation_style: apa")
                .body("One [@evans, p. 4; @brown; @evans2, chap. 2].\n").file("references.bib", bib).build("epub");
        assertAll(
                () -> assertTrue(pdf.contains("Eins (Evans 2005, 4; Brown 2010, Kap. 2)."), pdf),
                () -> assertTrue(pdf.contains("Zwei (Evans 2005, 4, 2001, Kap. 2)."), pdf),
                () -> assertTrue(pdf.contains("Drei (Brown 2010, Abb. 3; Evans 2005)."), pdf),
                () -> assertTrue(epub.contains("Eins (Evans 2005, 4; Brown 2010, Kap. 2)."), epub),
                () -> assertTrue(epub.contains("Zwei (Evans 2005, 4, 2001, Kap. 2)."), epub),
                () -> assertTrue(text(en.epub()).contains("One (Evans 2005, 4; Brown 2010, chap. 2)."), text(en.epub())),
                () -> assertTrue(text(apa.epub()).contains("One (Brown, 2010; Evans, 2001, Chapter 2, 2005, p. 4)."), text(apa.epub())));
    }
    /**
     * A locator term of several words in the article's language ("ghi chú", "رسم توضيحي", Urdu's
     * "صفحہ نمبر") is read as one: only one word was, so the locator printed as text after the
     * citation ("[1], رسم توضيحي 3"). And "s.v. harbour" was a page "v" after "s.".
     */
    @Test
    void aTermOfSeveralWordsIsALocator() throws Exception {
        String vi = text(build("vi2", "vi", "chicago-author-date", "Một [@nguyen, ghi chú 4]. Hai [@nguyen, tr. 5].\n").epub());
        String ar = text(build("ar3", "ar", "ieee", "قديم [@ali, رسم توضيحي 3] و [@abbas, بيت شعر 4].\n").epub());
        String ur = text(build("ur2", "ur", "chicago-author-date", "پانی [@khan, صفحہ نمبر 20]۔ اور [@khan, جلد نمبر 2]۔\n").epub());
        // English "sub verbo" (Chicago prints its own short term, "under"); "s.v." with a word is no page "v"
        String en = text(build("en2", "en", "chicago-author-date", "One [@nguyen, sub verbo 4]. Two [@nguyen, s.v. harbour].\n").epub());
        assertAll(
                () -> assertTrue(vi.contains("Một (Nguyễn 2019, g.c. 4). Hai (Nguyễn 2019, 5)."), vi),
                () -> assertTrue(ar.contains("[1, رسم توضيحي 3]") && ar.contains("[2, بيت شعر 4]"), ar),
                () -> assertTrue(ur.contains("پانی (خان 2017, 20)۔") && ur.contains("اور (خان 2017, vol. 2") && !ur.contains("نمبر"), ur),
                () -> assertTrue(en.contains("One (Nguyễn 2019, under 4). Two (Nguyễn 2019, s.v. harbour)."), en));
    }

    private static final String ROLES = """
            @book{eds, editor={Adams, Ann and Baker, Bob}, title={Edited Collection}, publisher={Penguin}, year={2018}}
            @incollection{chap, author={Cole, Carl}, title={A Chapter}, booktitle={The Big Book}, editor={Dunn, Dan},
              translator={Eve, Emma}, pages={10--20}, publisher={Penguin}, year={2017}}
            @online{web, author={Fox, Fay}, title={A Web Page}, url={https://example.org/page}, urldate={2024-05-06}}
            @book{second, author={Kim, Ji-woo}, title={Tidal Flats}, publisher={P}, edition={2}, year={2019}}
            """;

    /** The e-book's text, without the spaces that stood for the isolates of a term inside brackets. */
    private String roles(String name, String language, String body) throws Exception {
        return tight(TestReport.at(dir.resolve(name)).out(dir.resolve("out-" + name)).title("Terms").date("2026-03-02")
                .author("Jane Doe").language(language).bibliography("references.bib").frontMatter("citation_style: apa")
                .body(body).file("references.bib", ROLES).build("epub").epub());
    }

    private static String tight(Path epub) throws Exception {
        return text(epub).replace("( ", "(").replace(" )", ")").replace(" ;", ";").replace(" ،", "،");
    }

    /**
     * A term the CSL locale lacks in the short form a style asks for is its long form, as CSL
     * says; an empty one too (the CSL locales leave an untranslated term empty). citeproc-java
     * printed nothing: Arabic editors and translators had no role, a Hebrew source without a
     * date no date at all. And Imprint's corrections of the locale files: Hebrew's ordinal
     * terms were the digits ("22 מהדורה"), its plural editors "(בעריכת:)", colon and all; and
     * Hebrew writes the label first, "מהדורה 2" ({@link LabelFirst}).
     */
    @Test
    void aMissingShortTermIsTheLongOneAndTheHebrewLocaleIsCorrected() throws Exception {
        String body = "A [@eds; @chap; @web; @second].\n";
        String ar = roles("ar-roles", "ar", body);
        String he = roles("he-roles", "he", body);
        assertAll(
                () -> assertTrue(ar.contains("Adams, A., & Baker, B. (تحقيق). (2018)."), ar),
                () -> assertTrue(ar.contains("A Chapter (E. Eve, ترجمة)."), ar),
                () -> assertTrue(he.contains("Fox, F. (לא ידוע). A Web Page."), he),
                () -> assertTrue(he.contains("Fox, לא ידוע; Kim, 2019)"), he),
                () -> assertTrue(he.contains("Adams, A., & Baker, B. (בעריכת). (2018)."), he),
                () -> assertTrue(he.contains("Tidal Flats (מהדורה 2)."), he),
                () -> assertFalse(he.contains("22 מהדורה"), he));
    }

    /**
     * The label set first in Hebrew takes the number's place and its affixes, the number the
     * label's ({@link LabelFirst}): biomed-central's term with {@code suffix="."} printed
     * "Tidal Flats. מהדורה. 2." and a term's {@code prefix=" "} (isabella-stewart-gardner-museum)
     * ran the number on, "מהדורה2."; APA's "(מהדורה 2)" stays.
     */
    @Test
    void aLabelSetFirstLeavesTheAffixesInTheirPlaces() throws Exception {
        String biomed = text(build("he-bmc", "he", "biomed-central", "גאות [@second].\n", ROLES));
        String gardner = text(build("he-isg", "he", "isabella-stewart-gardner-museum", "גאות [@second].\n", ROLES));
        assertAll(
                () -> assertTrue(biomed.contains("Tidal Flats. מהדורה 2."), biomed),
                () -> assertTrue(gardner.contains("Tidal Flats מהדורה 2."), gardner));
    }

    /**
     * springer-basic-author-date words the edition itself, "edn.", for every language: in Hebrew
     * it keeps the style's order, "Tidal Flats, 2 edn.", where the label set first printed the
     * English "edn. 2" (h15n he-lf).
     */
    @Test
    void aStylesOwnLabelKeepsItsPlaceInHebrew() throws Exception {
        String springer = text(build("he-springer", "he", "springer-basic-author-date", "גאות [@second].\n", ROLES));
        assertAll(
                () -> assertFalse(springer.contains("edn. 2"), springer),
                () -> assertTrue(springer.contains("Tidal Flats, 2 edn."), springer));
    }

    /**
     * A style's own term in its long form gives its short form too ({@link StyleTermForms}),
     * before the locale file's long one does: apa.csl with an Arabic locale of editors "محرر"
     * printed the file's "(تحقيق)"; a style's short term still wins.
     */
    @Test
    void aStylesOwnLongTermGivesItsShortForm() throws Exception {
        String apa = new String(CitationLocaleTermsBuildTest.class.getClassLoader().getResourceAsStream("apa.csl").readAllBytes(),
                StandardCharsets.UTF_8);
        String ar = apa.replaceFirst("<locale xml:lang=\"en\">", "<locale xml:lang=\"ar\"><terms>"
                + "<term name=\"editor\"><single>محرر</single><multiple>محررون</multiple></term>"
                + "<term name=\"translator\">مترجم</term></terms></locale>\n<locale xml:lang=\"en\">");
        String he = apa.replaceFirst("<locale xml:lang=\"en\">", "<locale xml:lang=\"he\"><terms>"
                + "<term name=\"editor\">עורך</term><term name=\"editor\" form=\"short\">עור׳</term></terms></locale>\n<locale xml:lang=\"en\">");
        String arText = tight(TestReport.at(dir.resolve("ar-own")).out(dir.resolve("out-ar-own")).title("Terms").date("2026-03-02")
                .author("Jane Doe").language("ar").bibliography("references.bib").frontMatter("citation_style: my-apa.csl")
                .body("A [@eds; @chap].\n").file("references.bib", ROLES).file("my-apa.csl", ar).build("epub").epub());
        String heText = tight(TestReport.at(dir.resolve("he-own")).out(dir.resolve("out-he-own")).title("Terms").date("2026-03-02")
                .author("Jane Doe").language("he").bibliography("references.bib").frontMatter("citation_style: my-apa.csl")
                .body("A [@eds].\n").file("references.bib", ROLES).file("my-apa.csl", he).build("epub").epub());
        assertAll(
                () -> assertTrue(arText.contains("Adams, A., & Baker, B. (محررون). (2018)."), arText),
                () -> assertTrue(arText.contains("A Chapter (E. Eve, مترجم)."), arText),
                () -> assertFalse(arText.contains("تحقيق"), arText),
                () -> assertTrue(heText.contains("Adams, A., & Baker, B. (עור׳). (2018)."), heText));
    }

    /**
     * Terms the Persian and Vietnamese locale files leave in English are given by Imprint's
     * corrections: "Retrieved 6 می 2024, از" and "Figure 2" beside "tr 4".
     */
    @Test
    void termsLeftInEnglishByTheLocaleFileAreCorrected() throws Exception {
        String fa = roles("fa-roles", "fa", "A [@web].\n");
        String vi = roles("vi-roles", "vi", "A [@second, fig. 2].\n");
        assertAll(
                () -> assertTrue(fa.contains("A Web Page. بازیابی شده در 6"), fa),
                () -> assertFalse(fa.contains("Retrieved"), fa),
                () -> assertTrue(vi.contains("(Kim, 2019, Hình 2)"), vi));
    }

    /**
     * A term the language's locale file lacks in every form is en-US's, CSL's last locale: the
     * Malay file has no "original-work-published", and APA printed "Basic Books. (1900)".
     */
    @Test
    void aTermTheLocaleLacksIsEnglish() throws Exception {
        String ms = text(build("ms", "ms", "apa", "Teks [@freud].\n",
                "@book{freud, author={Freud, Sigmund}, title={The interpretation of dreams}, publisher={Basic Books}, year={2010}, origdate={1900}}\n"));
        assertTrue(ms.contains("Basic Books. (Original work published 1900)"), ms);
    }

    /**
     * A style that names the editor and the series editor in one list ({@code <names
     * variable="editor collection-editor">}) printed a BibTeX editor twice, run together, the
     * converter having made it the series editor too: "Carr C, עורךCarr C, ed.", in English
     * "Carr C, editorCarr C, editor."
     */
    @Test
    void anEditorIsNamedOnce() throws Exception {
        String bib = "@book{ed1, editor={Carr, Cat}, title={One Editor}, publisher={Penguin}, location={London}, year={2012}}\n";
        String he = text(build("he-bu", "he", "bibliotheque-universitaire-de-medecine-vancouver", "גאות [@ed1].\n", bib));
        String en = text(build("en-bu", "en", "bibliotheque-universitaire-de-medecine-vancouver", "Tides [@ed1].\n", bib));
        assertAll(
                () -> assertTrue(he.contains("Carr C, עורך . One Editor."), he),
                () -> assertFalse(he.contains("Carr C, ed."), he),
                () -> assertTrue(en.contains("Carr C, editor. One Editor."), en));
        // APA reads a proceedings' collection-editor (the converter's copy of the editor) to tell
        // it published: without it, pages and publisher were lost (h15o ip-apa)
        String ip = text(build("en-ip", "en", "apa", "Paper [@ip].\n",
                "@inproceedings{ip, author={Park, Jo}, title={Conf Paper}, booktitle={Proc. of Conf}, editor={Chen, Wu}, publisher={ACM}, year={2016}, pages={1--5}}\n"));
        assertTrue(ip.contains("Proc. of Conf (pp. 1–5). ACM."), ip);
    }

    /**
     * Arabic and Persian, as Hebrew, write the edition's label before its number ("ط 2",
     * "ویرایش 2", where APA printed "(2 ط)", "(2 ویرایش)"), and the Arabic file's short verb
     * roles are English: Chicago's note printed "ed. by Dan Dunn" in an Arabic article.
     */
    @Test
    void arabicAndPersianEditionsAndArabicEditors() throws Exception {
        String ar = roles("ar-ed", "ar", "A [@second].\n");
        String fa = roles("fa-ed", "fa", "A [@second].\n");
        String cnb = tight(TestReport.at(dir.resolve("ar-cnb")).out(dir.resolve("out-ar-cnb")).title("Terms").date("2026-03-02")
                .author("Jane Doe").language("ar").bibliography("references.bib")
                .frontMatter("citation_style: chicago-notes-bibliography-16th-edition")
                .body("فصل [@chap, 11].\n").file("references.bib", ROLES).build("epub").epub());
        assertAll(
                () -> assertTrue(ar.contains("Tidal Flats (ط 2)."), ar),
                () -> assertTrue(fa.contains("Tidal Flats (ویرایش 2)."), fa),
                () -> assertTrue(cnb.contains("تحقيق Dan Dunn"), cnb),
                () -> assertFalse(cnb.contains("ed. by"), cnb));
    }
}
