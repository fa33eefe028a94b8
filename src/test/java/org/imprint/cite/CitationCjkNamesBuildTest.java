package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A personal name in Chinese, Japanese or Korean script ({"family": "王", "given": "小明"}) is
 * printed family name first without a space or comma, "王小明", in every form, as citeproc-js
 * prints it (found by h15y): citeproc-java printed "小明 王" given name first (Chicago's notes,
 * IEEE) and "王, 小明" inverted (APA, Chicago's bibliography). A short form is the family name
 * ("王 & Li, 2020").
 */
class CitationCjkNamesBuildTest {

    private static final String JSON = """
            [{"id": "zh2", "type": "article-journal", "title": "Deep learning", "container-title": "Machine Review", "volume": "2",
              "page": "3-4", "author": [{"family": "王", "given": "小明"}, {"family": "Li", "given": "Hua"}], "issued": {"date-parts": [[2020]]}},
             {"id": "ja", "type": "book", "title": "River", "publisher": "P", "author": [{"family": "山田", "given": "太郎"}],
              "issued": {"date-parts": [[2001]]}},
             {"id": "ko", "type": "book", "title": "Gang", "publisher": "P", "author": [{"family": "김", "given": "민준"}],
              "editor": [{"family": "冯", "given": "友兰"}], "issued": {"date-parts": [[2019]]}},
             {"id": "w2", "type": "book", "title": "Two", "publisher": "P", "author": [{"family": "王", "given": "大伟"}],
              "issued": {"date-parts": [[2020]]}},
             {"id": "en", "type": "book", "title": "Zebra", "publisher": "P", "author": [{"family": "Adams", "given": "Ann"}],
              "issued": {"date-parts": [[2019]]}}]
            """;

    @TempDir
    Path dir;

    private String built(String style, String body) throws Exception {
        return built(style, style, body);
    }

    private String built(String name, String style, String body) throws Exception {
        return built(name, style, JSON, body);
    }

    private String built(String name, String style, String json, String body) throws Exception {
        TestReport.Built built = TestReport.citing(dir, name, style).title("Names").bibliography("references.json")
                .file("references.json", json).body(body + "\n").build("epub");
        return article(built.epub()).replaceAll("<[^>]*>", "").replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    @Test
    void chineseJapaneseAndKoreanNamesAreFamilyNameFirstWithoutASpace() throws Exception {
        String chicago = built("chicago-notes-bibliography", "One [@zh2]. Two [@ja; @ko; @en].");
        String ieee = built("ieee", "One [@zh2]. Two [@ja; @ko].");
        String apa = built("apa", "One [@zh2]. Two [@en; @ko; @ja].");
        String twoWangs = built("apa-wang", "apa", "Three [@zh2; @w2].");
        assertAll(
                // given-first forms: a note, IEEE's list
                () -> assertTrue(chicago.contains("王小明 and Hua Li, “Deep Learning,”"), chicago),
                () -> assertTrue(chicago.contains("山田太郎, River (P, 2001); 김민준, Gang, ed. 冯友兰 (P, 2019); Ann Adams, Zebra"), chicago),
                () -> assertTrue(ieee.contains("王小明 and H. Li, “Deep learning,”"), ieee),
                () -> assertTrue(ieee.contains("山田太郎, River. P, 2001."), ieee),
                // inverted forms: Chicago's and APA's lists
                () -> assertTrue(chicago.contains("王小明, and Hua Li. “Deep Learning.”"), chicago),
                () -> assertTrue(chicago.contains("김민준. Gang. Edited by 冯友兰. P, 2019."), chicago),
                () -> assertTrue(apa.contains("王小明, & Li, H. (2020)."), apa),
                () -> assertTrue(apa.contains("김민준. (2019). Gang (冯友兰, Ed.). P."), apa),
                // a short form is the family name; the list sorts by family then given name
                () -> assertTrue(apa.contains("One (王 & Li, 2020)."), apa),
                () -> assertTrue(apa.contains("Two (Adams, 2019; 김, 2019; 山田, 2001)."), apa),
                () -> assertTrue(twoWangs.indexOf("王大伟. (2020). Two.") < twoWangs.indexOf("王小明, & Li, H. (2020)."), twoWangs),
                // two authors of one family name are told apart by the whole name, no initials in these scripts
                () -> assertTrue(twoWangs.contains("Three (王大伟, 2020; 王小明 & Li, 2020)."), twoWangs),
                () -> assertFalse(chicago.contains("小明 王") || apa.contains("王, 小明") || apa.contains("小. 王"), apa + "\n" + chicago));
    }

    /**
     * A given name whose part after its hyphen is lower-case ("Ji-hoon") is one name with one
     * initial, "J.", as citeproc-js initializes it (found by h15y): citeproc-java printed "J.-h."
     * (APA, IEEE); "Jean-Paul" stays "J.-P." and the name written in full keeps its hyphen.
     */
    @Test
    void aHyphenBeforeALowerCaseLetterJoinsOneGivenName() throws Exception {
        String json = """
                [{"id":"ji","type":"book","title":"Gang","publisher":"P","author":[{"family":"Kim","given":"Ji-hoon"},
                  {"family":"Sartre","given":"Jean-Paul"}],"issued":{"date-parts":[[2019]]}},
                 {"id":"mj","type":"book","title":"Other","publisher":"P","author":[{"family":"Kim","given":"Min-jun"}],
                  "issued":{"date-parts":[[2020]]}}]
                """;
        String apa = built("hyphen-apa", "apa", json, "Both [@ji; @mj].");
        String ieee = built("hyphen-ieee", "ieee", json, "One [@ji].");
        String chicago = built("hyphen-chicago", "chicago-notes-bibliography", json, "One [@ji].");
        assertAll(
                () -> assertTrue(apa.contains("Kim, J., & Sartre, J.-P. (2019). Gang. P."), apa),
                () -> assertTrue(apa.contains("Kim, M. (2020). Other. P."), apa),
                // initials added to tell the two Kims apart are those of the list
                () -> assertTrue(apa.contains("Both (J. Kim & Sartre, 2019; M. Kim, 2020)."), apa),
                () -> assertTrue(ieee.contains("J. Kim and J.-P. Sartre, Gang. P, 2019."), ieee),
                () -> assertTrue(chicago.contains("Ji-hoon Kim and Jean-Paul Sartre, Gang (P, 2019)."), chicago),
                () -> assertTrue(chicago.contains("Kim, Ji-hoon, and Jean-Paul Sartre. Gang. P, 2019."), chicago));
    }
}
