package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entry written in parentheses, {@code @book(key, ...)} and {@code @string(name = "...")}, as
 * BibTeX allows, is read (issue 15, h15k): jbibtex refused the file, "BibTeX syntax error:
 * unexpected "string(pub"".
 */
class BibTeXParenthesesTest {

    @TempDir
    Path dir;

    @Test
    void anEntryInParenthesesIsReadAndKeepsItsLines() throws Exception {
        TestReport.Built built = TestReport.citing(dir, "parens", "apa")
                .file("references.bib", """
                        @string(pub = "Parens Press")
                        @book(first,
                          author = {Aaa, Ann},
                          title = {First (Revised) Thoughts},
                          publisher = pub, year = {2001}
                        )
                        @book{second, author = {Bbb, Bob}, title = {Second}, publisher = {P}, year = {2003}}
                        @book ( third , author = "Ccc, Carl", title = "Third (a) ශ", publisher = {P}, year = {2005})
                        """)
                .body("One [@first; @second; @third].\n")
                .build("pdf", "epub");
        String text = CitationLocaleTermsBuildTest.text(built.epub());
        assertAll(
                () -> assertTrue(text.contains("Aaa, A. (2001). First (Revised) Thoughts. Parens Press."), text),
                () -> assertTrue(text.contains("Bbb, B. (2003). Second. P."), text),
                () -> assertTrue(text.contains("Ccc, C. (2005). Third (a)"), text),
                // the warning names the line the entry is on in the file as written
                () -> assertTrue(built.warningLines().stream().anyMatch(l -> l.contains("references.bib:8: warning: the reference list's entry \"third\"")),
                        String.join("\n", built.warningLines())));
    }

    @Test
    void onlyTopLevelParenthesesBecomeBraces() {
        String bib = "@book{a, title = {x @misc(b, c)}}\n@misc( b , note = \"a ) b\" , title = {(c)})\nsee me@host(x\n";
        assertEquals("@book{a, title = {x @misc(b, c)}}\n@misc{ b , note = \"a ) b\" , title = {(c)}}\nsee me@host(x\n",
                BibTeXParentheses.toBraces(bib));
    }

    /** A {@code @comment(...)} is free text, its own parentheses too (h15l: "unexpected has" refused the file). */
    @Test
    void aCommentInParenthesesKeepsItsOwnParentheses() {
        String bib = "@comment(This file (exported) has notes: see (a) and (b))\n@book(a, title = {T})\n";
        assertEquals("@comment{This file (exported) has notes: see (a) and (b)}\n@book{a, title = {T}}\n",
                BibTeXParentheses.toBraces(bib));
    }
}
