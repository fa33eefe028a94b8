package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names in Arabic script (and Cyrillic, Greek, Hebrew) in an English APA report (h15aa 7, 11).
 * An in-text citation of an Urdu source was one right-to-left isolate inside its parentheses,
 * "(⁧⁧احمد⁩, 2015⁩)", read "(2015 ,احمد)", while an Arabic source's with a page isolated only the
 * name: the paragraph took "(احمد, 2015)" for an aside in Urdu, the name's own isolate
 * notwithstanding. And the given names were printed in full, "احمد, علی.", where citeproc-js
 * gives initials, "احمد, ع.", as for any name: citeproc-java initializes Latin names only.
 */
class CitationRightToLeftNamesBuildTest {

    static final String JSON = """
            [{"id": "ur1", "type": "book", "title": "Pakistan", "language": "ur", "author": [{"family": "احمد", "given": "علی"}],
              "publisher": "Sang-e-Meel", "issued": {"date-parts": [[2015]]}},
             {"id": "ar1", "type": "book", "title": "Al-Siyasa", "language": "ar", "author": [{"family": "الحسن", "given": "محمد علی"}],
              "editor": [{"family": "خان", "given": "سارہ"}], "publisher": "Dar", "issued": {"date-parts": [[2020]]}},
             {"id": "ru1", "type": "book", "title": "Kniga", "author": [{"family": "Иванов", "given": "Пётр Сергеевич"}],
              "publisher": "Nauka", "issued": {"date-parts": [[2010]]}}]
            """;

    @TempDir
    Path dir;

    private String build(String name, String style) throws Exception {
        return article(TestReport.citing(dir.resolve(name), name, style).title("Names").language("en-US").bibliography("refs.json")
                .body("One [@ur1]. Two [@ar1, p. 3]. Three [@ru1].\n").file("refs.json", JSON).build("epub").epub())
                .replace("&#xa0;", " ").replace("\u00a0", " ");
    }

    @Test
    void anApaCitationIsolatesOnlyTheName() throws Exception {
        String xhtml = build("apa", "apa");
        assertAll(
                () -> assertContains(xhtml, "One (<a href=\"#ref-ur1\" class=\"citation\">\u2067احمد\u2069, 2015</a>)"),
                () -> assertFalse(xhtml.contains("(\u2067<a"), xhtml));
    }

    @Test
    void romanesqueGivenNamesTakeInitialsWhereTheStyleGivesThem() throws Exception {
        String apa = build("apa-list", "apa").replaceAll("[\u2066-\u2069]", "");
        String chicago = build("chicago", "chicago-author-date").replaceAll("[\u2066-\u2069]", "");
        assertAll(
                () -> assertContains(apa, "احمد, ع. (2015)"),
                () -> assertContains(apa, "الحسن, م. ع. (2020)"),
                () -> assertContains(apa, "(س. خان, Ed.)"),
                () -> assertContains(apa, "Иванов, П. С. (2010)"),
                // a style that writes given names in full keeps them
                () -> assertContains(chicago, "Иванов, Пётр Сергеевич. 2010"),
                () -> assertContains(chicago, "احمد, علی. 2015"));
    }
}
