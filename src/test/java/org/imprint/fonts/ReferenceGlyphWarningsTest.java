package org.imprint.fonts;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A character no font has in a formatted reference is warned about, naming the bibliography file,
 * the line the character is on (the title's, an {@code @string}'s, the {@code crossref}'s entry's)
 * and the key (issue 19: "A book about ශ" printed as "A book about #"
 * and only article.md's characters were warned about); an uncited entry, which the reference list
 * leaves out, is not.
 */
class ReferenceGlyphWarningsTest {

    @TempDir
    Path dir;

    @Test
    void missingGlyphInACitedEntryIsWarnedAboutAtItsKey() throws Exception {
        TestReport.Built built = TestReport.citing(dir, "refs", "apa")
                .file("references.bib", """
                        @book{lee2019,
                          author = {Lee, Anna},
                          title = {A book about ශ},
                          publisher = {Press},
                          year = {2019}
                        }
                        @book{unused,
                          author = {Un, Used},
                          title = {Never cited 𒀀},
                          publisher = {Press},
                          year = {2021}
                        }
                        """)
                .body("As shown [@lee2019].\n")
                .build("pdf");
        List<String> lines = built.warningLines().stream().filter(l -> l.contains("no font of brand")).toList();
        assertAll(
                () -> assertEquals(1, lines.size(), built.warningLines().toString()),
                () -> assertTrue(lines.get(0).contains("references.bib:3: warning: the reference list's entry \"lee2019\": no font"
                        + " of brand rcas has the character U+0DC1 (ශ), which the PDF would print as #"), lines.get(0)));
    }

    /**
     * A character that comes from an {@code @string} or from the entry a {@code crossref} names
     * is warned about at that line, not at the key of the entry that uses it (issue 15, h15k
     * glyph); the {@code @comment} that has it too is not taken for its source.
     */
    @Test
    void aCharacterFromAStringOrACrossrefIsWarnedAboutAtItsLine() throws Exception {
        TestReport.Built built = TestReport.citing(dir, "strings", "apa")
                .file("references.bib", """
                        @comment{ old: ශ ጀ }
                        @string{pub = {ශ Press}}
                        @book{alpha,
                          author = {Alpha, Ann},
                          title = {Plain},
                          publisher = pub, year = {2019}
                        }
                        @book{parent,
                          title = {Parent ጀ Book},
                          publisher = {P}, year = {2015}, editor = {Ed, Ed}
                        }
                        @incollection{child,
                          author = {Kid, Kay},
                          title = {Child},
                          crossref = {parent}
                        }
                        """)
                .body("As shown [@alpha; @child].\n")
                .build("pdf");
        List<String> lines = built.warningLines().stream().filter(l -> l.contains("no font of brand")).toList();
        assertAll(
                () -> assertTrue(lines.stream().anyMatch(l -> l.contains("references.bib:2: warning: the reference list's entry \"alpha\"")
                        && l.contains("U+0DC1")), String.join("\n", lines)),
                () -> assertTrue(lines.stream().anyMatch(l -> l.contains("references.bib:9: warning: the reference list's entry \"child\"")
                        && l.contains("U+1300")), String.join("\n", lines)));
    }

    /**
     * In CSL JSON and YAML a character is warned about at its line within the entry's own object
     * or mapping, its title before its "id" too: the search ran from the "id" to the end of the
     * file and named line 12, the title of the uncited entry after it.
     */
    @Test
    void aJsonOrYamlEntryIsSearchedWithinItsOwnObject() throws Exception {
        String json = """
                [
                  {
                    "title": "A book about ශ",
                    "type": "book",
                    "id": "a",
                    "author": [{"family": "Lee", "given": "Ann"}],
                    "issued": {"date-parts": [[2019]]}
                  },
                  {
                    "id": "b",
                    "type": "book",
                    "title": "Another ශ book, never cited",
                    "author": [{"family": "Roe", "given": "Bo"}],
                    "issued": {"date-parts": [[2018]]}
                  }
                ]
                """;
        String yaml = """
                ---
                references:
                - title: A book about ශ
                  type: book
                  id: a
                  author:
                  - family: Lee
                    given: Ann
                  issued: 2019
                - id: b
                  type: book
                  title: Another ශ book, never cited
                  author:
                  - family: Roe
                    given: Bo
                  issued: 2018
                """;
        List<String> fromJson = TestReport.citing(dir, "json", "apa").bibliography("references.json").file("references.json", json)
                .body("Text [@a].\n").build("pdf").warningLines().stream().filter(l -> l.contains("no font of brand")).toList();
        List<String> fromYaml = TestReport.citing(dir, "yaml", "apa").bibliography("references.yaml").file("references.yaml", yaml)
                .body("Text [@a].\n").build("pdf").warningLines().stream().filter(l -> l.contains("no font of brand")).toList();
        assertAll(
                () -> assertEquals(1, fromJson.size(), fromJson.toString()),
                () -> assertTrue(fromJson.get(0).contains("references.json:3: warning: the reference list's entry \"a\""), fromJson.get(0)),
                () -> assertEquals(1, fromYaml.size(), fromYaml.toString()),
                () -> assertTrue(fromYaml.get(0).contains("references.yaml:3: warning: the reference list's entry \"a\""), fromYaml.get(0)));
    }
}
