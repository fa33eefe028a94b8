package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A label printed singular or plural as CSL says, where citeproc-java 3.5 decides otherwise: a
 * names label the style sets always singular or plural ({@link NameLabelPlurals}), the label of a
 * number of volumes or of a range of volumes ({@link NumberPlurals}), and the volume of a
 * multi-volume book in a note without a locator, which passes no {@code locator} test. The
 * expected texts are citeproc-js 2.4's for the same sources.
 */
class CitationLabelPluralsBuildTest {

    private static final String REFS = """
            [{"id": "b", "type": "book", "author": [{"family": "Bok", "given": "Fa"}], "title": "A Book", "publisher": "P",
              "edition": "2", "volume": "3", "number-of-volumes": "4", "issued": {"date-parts": [[2011]]}},
             {"id": "v", "type": "book", "author": [{"family": "Vol", "given": "Gus"}], "title": "Collected", "number-of-volumes": "2",
              "publisher": "Knopf", "issued": {"date-parts": [[2001]]}},
             {"id": "v1", "type": "book", "author": [{"family": "Single", "given": "Si"}], "title": "One Volume", "number-of-volumes": "1",
              "publisher": "P", "issued": {"date-parts": [[2015]]}},
             {"id": "vv", "type": "book", "author": [{"family": "Multi", "given": "Mo"}], "title": "Many Volumes", "volume": "2-3",
              "number-of-volumes": "5", "publisher": "P", "issued": {"date-parts": [[2012]]}},
             {"id": "e1", "type": "book", "editor": [{"family": "Solo", "given": "Ed"}], "title": "One Editor", "publisher": "P",
              "issued": {"date-parts": [[2003]]}},
             {"id": "e2", "type": "book", "editor": [{"family": "Duo", "given": "Ann"}, {"family": "Pair", "given": "Bob"}],
              "title": "Two Editors", "publisher": "P", "issued": {"date-parts": [[2004]]}},
             {"id": "c1", "type": "chapter", "author": [{"family": "Chap", "given": "Cy"}], "title": "Chapter One", "container-title": "Vol One",
              "editor": [{"family": "Solo", "given": "Ed"}], "page": "1-5", "publisher": "P", "issued": {"date-parts": [[2005]]}},
             {"id": "c2", "type": "chapter", "author": [{"family": "Carr", "given": "Cy"}], "title": "A Chapter", "container-title": "The Book",
              "editor": [{"family": "Ed", "given": "Di"}, {"family": "Eddy", "given": "Al"}], "page": "3-9", "publisher": "P",
              "issued": {"date-parts": [[2010]]}},
             {"id": "te", "type": "book", "author": [{"family": "Tol", "given": "Leo"}], "title": "War",
              "editor": [{"family": "Edd", "given": "Xu"}, {"family": "Ede", "given": "Yu"}], "publisher": "Knopf",
              "issued": {"date-parts": [[2007]]}}]
            """;

    @TempDir
    Path dir;

    /** The text of the EPUB's article (notes and reference list with it) citing {@link #REFS} in the style. */
    private String text(String name, String style, String body) throws Exception {
        TestReport.Built built = TestReport.citing(dir, name, style).title("Plurals").language("en-US").bibliography("references.json")
                .file("references.json", REFS).body(body).build("epub");
        return Jsoup.parse(CitationFaultsBuildTest.article(built.epub())).text().replace('\u00A0', ' ');
    }

    /**
     * interdisziplinare-zeitschrift-fur-technologie-und-lernen sets its editors' label
     * {@code plural="never"}: "eds. von Di Ed and Al Eddy" and "Duo, Ann and Bob Pair (eds.)"
     * were printed for "ed. von" and "(ed.)".
     */
    @Test
    void aNamesLabelSetSingularStaysSingular() throws Exception {
        String text = text("never", "interdisziplinare-zeitschrift-fur-technologie-und-lernen", "A [@c2; @e1; @e2].\n");
        assertAll(
                () -> assertTrue(text.contains("In The Book, ed. von Di Ed and Al Eddy:3–9."), text),
                () -> assertTrue(text.contains("Duo, Ann and Bob Pair (ed.). 2004."), text),
                () -> assertTrue(text.contains("Solo, Ed (ed.). 2003."), text),
                () -> assertFalse(text.contains("eds."), text));
    }

    /** hochschule-fur-soziale-arbeit-fhnw sets its editors' label {@code plural="always"}: "Solo, E. (ed.)" for "(eds.)". */
    @Test
    void aNamesLabelSetPluralStaysPlural() throws Exception {
        String text = text("always", "hochschule-fur-soziale-arbeit-fhnw", "A [@c1].\n");
        assertTrue(text.contains("In: Solo, E. (eds.). Vol One."), text);
    }

    /**
     * Where the style prints the same term in the same form with the number of names deciding
     * (szociologiai-szemle: the editors of a chapter's book "(ed.)" always, an edited book's
     * "(eds.)" by their number), the label set singular takes a form the style prints nowhere,
     * and the others still follow the number.
     */
    @Test
    void aNamesLabelSetSingularBesideOneThatCountsTheNames() throws Exception {
        String text = text("mixed", "szociologiai-szemle", "A [@c2; @e1; @e2].\n");
        assertAll(
                () -> assertTrue(text.contains("In Ed, D. – Eddy, A. (ed.): The Book. P, 3–9."), text),
                () -> assertTrue(text.contains("Duo, A. – Pair, B. (eds.). (2004): Two Editors. P."), text),
                () -> assertTrue(text.contains("Solo, E. (ed.). (2003): One Editor. P."), text));
    }

    /**
     * isnad tests a subsequent position with a match ({@code <if match="any" position="subsequent">},
     * 41 bundled styles), which was rewritten with two {@code match} attributes: the style was
     * refused as not well-formed. Its names labels are "ed." always in a note and by their number
     * in the list, as citeproc-js prints them; a later note is short.
     */
    @Test
    void aSubsequentPositionTestedWithItsMatchIsRead() throws Exception {
        String text = text("isnad", "isnad", "A [@c2; @e1; @e2; @te].\n\nB [@c2].\n\nC [@c2, p. 4].\n");
        assertAll(
                () -> assertTrue(text.contains("Cy Carr, “A Chapter,” in The Book, ed. Di Ed - Al Eddy (P, 2010), 3–9; Ed Solo, ed., "
                        + "One Editor (P, 2003); Ann Duo - Bob Pair, eds., Two Editors (P, 2004); Leo Tol, War, ed. Xu Edd - Yu Ede "
                        + "(Knopf, 2007)."), text),
                () -> assertTrue(text.contains("Carr, “A Chapter.”"), text),
                () -> assertTrue(text.contains("Carr, “A Chapter,” 4."), text),
                () -> assertTrue(text.contains("Carr, Cy. “A Chapter.” In The Book. Eds. Di Ed - Al Eddy. 3–9. P, 2010."), text));
    }

    /** A style that leaves the number to decide is as it was: APA's "(Ed.)" for one editor and "(Eds.)" for two. */
    @Test
    void aNamesLabelWithoutANumberCountsTheNames() throws Exception {
        String text = text("apa", "apa", "A [@e1; @e2; @v; @vv].\n");
        assertAll(
                () -> assertTrue(text.contains("Solo, E. (Ed.). (2003). One Editor. P."), text),
                () -> assertTrue(text.contains("Duo, A., & Pair, B. (Eds.). (2004). Two Editors. P."), text),
                // the number of volumes: "(Vol. 1–2)" was printed for two volumes
                () -> assertTrue(text.contains("Vol, G. (2001). Collected (Vols. 1–2). Knopf."), text));
    }

    /**
     * A number of volumes above one is plural, one singular, and a range of volumes plural:
     * Chicago printed "2 vol." for "2 vols." and "Vol. 2–3" for "Vols. 2–3". A note without a
     * locator passes no {@code locator="page"} test: Chicago's first note of the third volume of a
     * book printed the volume as its page, "A Book, 2nd ed. (P, 2011), 3." for "A Book, 2nd ed.,
     * vol. 3 (P, 2011).", while a note with a page still prints "3:4".
     */
    @Test
    void aNumberOfVolumesAndAVolumeWithoutALocatorAsCslSays() throws Exception {
        String text = text("chicago", "chicago-notes-bibliography", "A [@b].\n\nB [@v].\n\nC [@b, p. 4].\n\nD [@v1; @vv].\n");
        assertAll(
                () -> assertTrue(text.contains("Fa Bok, A Book, 2nd ed., vol. 3 (P, 2011)."), text),
                () -> assertTrue(text.contains("Gus Vol, Collected, 2 vols. (Knopf, 2001)."), text),
                () -> assertTrue(text.contains("Bok, A Book, 3:4."), text),
                () -> assertTrue(text.contains("Si Single, One Volume, 1 vol. (P, 2015)"), text),
                () -> assertTrue(text.contains("Vol, Gus. Collected. 2 vols. Knopf, 2001."), text),
                () -> assertTrue(text.contains("Multi, Mo. Many Volumes. Vols. 2"), text),
                () -> assertTrue(text.contains("Bok, Fa. A Book. 2nd ed. Vol. 3. P, 2011."), text));
    }
}
