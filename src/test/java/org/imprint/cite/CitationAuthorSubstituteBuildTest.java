package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSL's subsequent-author-substitute by each of its four rules (issue 15), built for real into
 * PDFs: an entry by the authors of the entry before it puts the style's substitute in place of
 * their names, initials and all, as citeproc-js prints it.
 */
class CitationAuthorSubstituteBuildTest {

    static final String JSON = """
            [{"id": "n1", "type": "book", "author": [{"family": "Novak", "given": "Anna"}], "title": "Mangroves", "publisher": "Pub",
              "issued": {"date-parts": [[2001]]}},
             {"id": "n2", "type": "book", "author": [{"family": "Novak", "given": "Anna"}], "title": "Sinking Deltas", "publisher": "Pub",
              "issued": {"date-parts": [[2003]]}},
             {"id": "n3", "type": "book", "author": [{"family": "Novak", "given": "Anna"}, {"family": "Lee", "given": "Bo"}],
              "title": "Together", "publisher": "Pub", "issued": {"date-parts": [[2004]]}},
             {"id": "n4", "type": "book", "author": [{"family": "Novak", "given": "Anna"}, {"family": "Lee", "given": "Bo"}],
              "title": "Together Again", "publisher": "Pub", "issued": {"date-parts": [[2005]]}}]
            """;

    @TempDir
    Path dir;

    private String build(String style) throws Exception {
        return text(TestReport.citing(dir, style, style).title("Faults").bibliography("refs.json")
                .body("Works [@n1; @n2; @n3; @n4].\n").file("refs.json", JSON).build("pdf").pdf());
    }

    /** complete-all: the whole list, the initials too (they stayed: "______ A. 2003.", "———, A., Sinking Deltas"). */
    @Test
    void completeAllReplacesTheInitialsToo() throws Exception {
        String zoology = build("physiological-and-biochemical-zoology");
        String acta = build("acta-philosophica");
        assertAll(
                () -> assertContains(zoology, "______. 2003. Sinking Deltas."),
                () -> assertFalse(zoology.contains("______ A."), zoology),
                () -> assertContains(acta, "———, Sinking Deltas, Pub, 2003."),
                () -> assertContains(acta, "———, Together Again, Pub, 2005."));
    }

    /** complete-each, partial-each and partial-first replaced nothing. */
    @Test
    void theOtherRules() throws Exception {
        String each = build("journal-of-wildlife-diseases");
        String partialEach = build("american-meteorological-society");
        String partialFirst = build("mhra-author-date-no-url");
        assertAll(
                () -> assertContains(each, "———. 2003. Sinking Deltas."),
                () -> assertContains(each, "Novak A, Lee B. 2004. Together."),
                () -> assertContains(each, "———, ———. 2005. Together Again."),
                () -> assertContains(partialEach, "——, 2003: Sinking Deltas."),
                () -> assertContains(partialEach, "——, and B. Lee, 2004: Together."),
                () -> assertContains(partialEach, "——, and ——, 2005: Together Again."),
                () -> assertContains(partialFirst, "——. 2003. Sinking Deltas"),
                () -> assertContains(partialFirst, "——, and Bo Lee. 2004. Together"),
                () -> assertContains(partialFirst, "——, and Bo Lee. 2005. Together Again"));
    }

    /**
     * A name with a letter citeproc-java's HTML writes as an entity (ü as "&amp;uuml;") is
     * substituted too: MLA printed "Müller, Hans. Beta." again where citeproc-js prints "———. Beta."
     * (found comparing with cp.js); a Vietnamese name, whose letters have no entity, already was.
     */
    @Test
    void aNameWithAnAccentedLetterIsSubstituted() throws Exception {
        String json = """
                [{"id": "n1", "type": "book", "author": [{"family": "Müller", "given": "Hans"}], "title": "Alpha", "publisher": "Pub",
                  "issued": {"date-parts": [[2001]]}},
                 {"id": "n2", "type": "book", "author": [{"family": "Müller", "given": "Hans"}], "title": "Beta", "publisher": "Pub",
                  "issued": {"date-parts": [[2003]]}},
                 {"id": "n3", "type": "book", "author": [{"family": "García", "given": "Élodie"}], "title": "Gamma", "publisher": "Pub",
                  "issued": {"date-parts": [[2004]]}},
                 {"id": "n4", "type": "book", "author": [{"family": "García", "given": "Élodie"}], "title": "Delta", "publisher": "Pub",
                  "issued": {"date-parts": [[2005]]}}]
                """;
        String mla = text(TestReport.citing(dir, "mla", "modern-language-association").title("Faults").bibliography("refs.json")
                .body("Works [@n1; @n2; @n3; @n4].\n").file("refs.json", json).build("pdf").pdf());
        assertAll(
                () -> assertContains(mla, "———. Beta. Pub, 2003."),
                () -> assertContains(mla, "———. Gamma. Pub, 2004."));
    }

    /**
     * A macro's words beside its empty variables are suppressed as a group's (CSL 1.0.2):
     * associacao-brasileira-de-normas-tecnicas-ipea printed "Traducao ." in every entry without a
     * translator; and its substitute "___." merges with the list's full stop ("___..").
     */
    @Test
    void macroWordsWithoutTheirVariableAreSuppressed() throws Exception {
        String json = JSON.strip();
        json = json.substring(0, json.length() - 1) + """
                , {"id": "t1", "type": "book", "author": [{"family": "Tolstoy", "given": "Leo"}],
                   "translator": [{"family": "Pevear", "given": "Richard"}], "title": "War", "publisher": "Knopf",
                   "issued": {"date-parts": [[2007]]}}]
                """;
        String abnt = text(TestReport.citing(dir, "abnt", "associacao-brasileira-de-normas-tecnicas-ipea").title("Faults")
                .bibliography("refs.json").body("Works [@n1; @n2; @t1].\n").file("refs.json", json).build("pdf").pdf());
        assertAll(
                () -> assertContains(abnt, "NOVAK, A. Mangroves. [s.l.] Pub, 2001."),
                () -> assertContains(abnt, "___. Sinking Deltas. [s.l.] Pub, 2003."),
                () -> assertContains(abnt, "TOLSTOY, L. War. Traducao Richard Pevear. [s.l.] Knopf, 2007."),
                () -> assertFalse(abnt.contains("Traducao ."), abnt));
    }

    private static String many(String id, String last, int year) {
        StringBuilder names = new StringBuilder("{\"family\": \"Lee\", \"given\": \"Ann\"}");
        for (String family : new String[] {"Park", "Choi", "Kim", "Jung", "Han", "Yoo", "Seo", "Oh", "Ma", last}) {
            names.append(", {\"family\": \"").append(family).append("\", \"given\": \"").append(family.charAt(0)).append("o\"}");
        }
        return "{\"id\": \"" + id + "\", \"type\": \"book\", \"author\": [" + names + "], \"title\": \"T" + id
                + "\", \"publisher\": \"P\", \"issued\": {\"date-parts\": [[" + year + "]]}}";
    }

    /**
     * A list cut by et al. ("and Coauthors", "and others", "et al.") was never replaced, its
     * eleventh name not in the entry: it is compared and replaced as printed, as citeproc-js does.
     */
    @Test
    void aListCutByEtAlIsReplacedAsPrinted() throws Exception {
        String json = "[{\"id\": \"a1\", \"type\": \"book\", \"author\": [{\"family\": \"Lee\", \"given\": \"Ann\"}],"
                + " \"title\": \"Alpha\", \"publisher\": \"P\", \"issued\": {\"date-parts\": [[2001]]}}, "
                + many("d1", "Na", 2004) + ", " + many("d2", "Pa", 2005) + "]";
        java.util.function.Function<String, String> build = style -> {
            try {
                return text(TestReport.citing(dir, style + "-etal", style).title("Faults").bibliography("refs.json")
                        .body("Works [@a1; @d1; @d2].\n").file("refs.json", json).build("pdf").pdf());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
        String partialEach = build.apply("american-meteorological-society");
        String partialFirst = build.apply("mhra-author-date-no-url");
        String each = build.apply("journal-of-wildlife-diseases");
        assertAll(
                () -> assertContains(partialEach, "——, and Coauthors, 2004: Td1."),
                () -> assertContains(partialEach, "——, and Coauthors, 2005: Td2."),
                () -> assertContains(partialFirst, "——, and others. 2004. Td1"),
                () -> assertContains(partialFirst, "——, and others. 2005. Td2"),
                () -> assertContains(each, "Lee A, Park P, Choi C, Kim K, Jung J, Han H, Yoo Y, Seo S, Oh O, Ma M, et al. 2004. Td1."),
                () -> assertContains(each, "———, ———, ———, ———, ———, ———, ———, ———, ———, ———, et al. 2005. Td2."));
    }

    /**
     * An edited work sorts with its editor's own works by date, as citeproc-js sorts: the label
     * was part of the sort key, and "Lee, Ann, ed." (2006) came after "Lee, Ann" (2007).
     */
    @Test
    void anEditedWorkSortsByDateAmongTheEditorsOwn() throws Exception {
        String json = """
                [{"id":"a1","type":"book","author":[{"family":"Lee","given":"Ann"}],"title":"Alpha","publisher":"P","issued":{"date-parts":[[2001]]}},
                 {"id":"e1","type":"book","editor":[{"family":"Lee","given":"Ann"}],"title":"Zeta edited","publisher":"P","issued":{"date-parts":[[2006]]}},
                 {"id":"a7","type":"book","author":[{"family":"Lee","given":"Ann"}],"title":"Eta","publisher":"P","issued":{"date-parts":[[2007]]}}]
                """;
        String chicago = text(TestReport.citing(dir, "sorted", "chicago-author-date").title("Order").bibliography("refs.json")
                .body("Works [@a1; @a7; @e1].\n").file("refs.json", json).build("pdf").pdf());
        String apa = text(TestReport.citing(dir, "sorted-apa", "apa").title("Order").bibliography("refs.json")
                .body("Works [@a1; @a7; @e1].\n").file("refs.json", json).build("pdf").pdf());
        assertAll(
                () -> assertContains(chicago, "Lee, Ann, ed. 2006. Zeta Edited. P. Lee, Ann. 2007. Eta. P."),
                () -> assertContains(apa, "Lee, A. (Ed.). (2006). Zeta edited. P. Lee, A. (2007). Eta. P."));
    }
}
