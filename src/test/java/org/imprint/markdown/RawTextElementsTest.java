package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.ReportException;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code <script>} or {@code <style>} in raw HTML is left out of every output with its text,
 * a {@code <textarea>} or {@code <title>} prints its text as plain text: the build said nothing of
 * either, and one never closed took the rest of the article with it, exit 0. The abstract and
 * the biographies, rendered on their own, lost their rest silently (h19t abstract-script,
 * bio-script); a {@code <script>} closed two paragraphs later was refused as never closed
 * (h19t script-closed-later); an {@code <xmp>} or {@code <iframe>} was said to print its text,
 * which it loses.
 */
class RawTextElementsTest {

    @Test
    void eachRawTextElementIsNamedAtItsLine(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("r")).out(dir.resolve("out")).body("""
                First words <script>var secret = "<p>";</script> here.

                Second words <textarea>typed <b>in</b></textarea> here.

                Third words.
                """);
        TestReport.Built built = report.build("pdf");
        List<String> lines = List.of(report.article().split("\n"));
        int script = lines.indexOf("First words <script>var secret = \"<p>\";</script> here.") + 1;
        int textarea = lines.indexOf("Second words <textarea>typed <b>in</b></textarea> here.") + 1;
        String warnings = String.join("\n", built.warningLines());
        assertTrue(warnings.contains("article.md:" + script + ": warning: the <script> written here in HTML is left out of the report"
                + " with its text"), warnings);
        assertTrue(warnings.contains("article.md:" + textarea + ": warning: the <textarea> written here in HTML is not kept: its text"
                + " prints as plain text"), warnings);
        assertTrue(!warnings.contains("never closed"), warnings);
        String text = text(built.pdf());
        assertTrue(!text.contains("secret") && text.contains("First words") && text.contains("typed <b>in</b>")
                && text.contains("Third words."), text);
    }

    /** A script never closed would take the rest of the article as its text: the build stops at its line. */
    @Test
    void aScriptNeverClosedStopsTheBuild(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("r")).out(dir.resolve("out"))
                .body("First words <script> here.\n\nSecond words.\n");
        int line = List.of(report.article().split("\n")).indexOf("First words <script> here.") + 1;
        ReportException e = assertThrows(ReportException.class, () -> report.build("pdf"));
        assertTrue(e.getMessage().contains("article.md:" + line + ": the <script> opened here in HTML is never closed"), e.getMessage());
        assertTrue(!Files.exists(dir.resolve("out")) || Files.list(dir.resolve("out")).findAny().isEmpty(), "an output was left");
    }

    /**
     * Closed two paragraphs later in the text itself: what lies between is not printed (as a
     * browser), a warning names both lines, exit 0; a style sheet in a {@code <div>} with a blank
     * line in it too (h19v). Opened in a heading, quotation or list item, it carried every block up
     * to its end into that one (h19u: the rest of the article set as one heading, EPUBCheck
     * errors): the build stops naming both lines.
     */
    @Test
    void aScriptClosedInALaterBlockIsDroppedBetweenParagraphsOnly(@TempDir Path dir) throws Exception {
        for (String opening : List.of("Before ALPHA <span>inline</span> and a <script>", "<div>\n<style>")) {
            String name = opening.endsWith("<style>") ? "style" : "script";
            TestReport report = TestReport.at(dir.resolve("w" + opening.length())).out(dir.resolve("outw" + opening.length())).body(opening
                    + "\nvar x = 1;\n\nvar hidden = 2;\n</" + name + "> after BRAVO.\n\nLast paragraph DELTA.\n");
            TestReport.Built built = report.build("pdf", "epub");
            List<String> lines = List.of(report.article().split("\n"));
            int open = lines.indexOf(opening.substring(opening.lastIndexOf('\n') + 1)) + 1;
            int close = lines.indexOf("</" + name + "> after BRAVO.") + 1;
            String warnings = String.join("\n", built.warningLines());
            assertTrue(warnings.contains("article.md:" + open + ": warning: the <" + name + "> opened here in HTML is closed only at line "
                    + close + ", so everything between (lines " + open + " to " + close + ") is not printed"), warnings);
            for (String text : List.of(text(built.pdf()), epubText(built.epub()))) {
                assertTrue(text.contains("Last paragraph DELTA") && !text.contains("hidden"), text);
            }
        }
        for (String opening : List.of("## Heading BRAVO <script>", "> Quoted <style>", "A note call[^1] and <script>")) {
            String name = opening.endsWith("<style>") ? "style" : "script";
            TestReport report = TestReport.at(dir.resolve("r" + opening.length())).out(dir.resolve("out" + opening.length())).body(opening
                    + "\nvar x = 1;\n\nvar hidden = 2;\n</" + name + "> after BRAVO.\n\nLast paragraph DELTA.\n\n[^1]: The note.\n");
            List<String> lines = List.of(report.article().split("\n"));
            int open = lines.indexOf(opening) + 1;
            int close = lines.indexOf("</" + name + "> after BRAVO.") + 1;
            ReportException e = assertThrows(ReportException.class, () -> report.build("pdf"));
            assertTrue(e.getMessage().contains("article.md:" + open + ": the <" + name + "> opened here in HTML is closed only at line "
                    + close + ", in a later block, so everything between (lines " + open + " to " + close + ") would be left out"), e.getMessage());
        }
    }

    /** An xmp, iframe, noembed or noframes loses its text as a script does: the warning said it printed. */
    @Test
    void theElementsReadAsDataAreSaidToBeLeftOut(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("r")).out(dir.resolve("out"))
                .body("Words <xmp>xmpgone</xmp> here.\n\nMore <iframe>framegone</iframe> words.\n");
        TestReport.Built built = report.build("pdf");
        String warnings = String.join("\n", built.warningLines());
        assertTrue(warnings.contains("the <xmp> written here in HTML is left out of the report with its text"), warnings);
        assertTrue(warnings.contains("the <iframe> written here in HTML is left out of the report with its text"), warnings);
        String text = text(built.pdf());
        assertTrue(!text.contains("xmpgone") && !text.contains("framegone") && text.contains("More"), text);
    }

    /** The abstract and a biography are checked as the body is, their lines counted from where each text starts. */
    @Test
    void frontMatterTextsAreCheckedAsTheBodyIs(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("r")).out(dir.resolve("out"))
                .frontMatter("abstract: |\n  First abstract paragraph ALPHA.\n\n  Second <script>\n  var hidden;\n"
                        + "  still</script> tail BRAVO.")
                .author("Jane Doe\n    bio: \"Bio CHARLIE <textarea>typed</textarea> DELTA.\"")
                .body("The body.\n");
        TestReport.Built built = report.build("pdf", "epub");
        List<String> lines = List.of(report.article().split("\n"));
        int open = lines.indexOf("  Second <script>") + 1;
        int bio = lines.indexOf("    bio: \"Bio CHARLIE <textarea>typed</textarea> DELTA.\"") + 1;
        String warnings = String.join("\n", built.warningLines());
        assertTrue(warnings.contains("article.md:" + open + ": warning: the <script> written here in HTML in the abstract"), warnings);
        assertTrue(warnings.contains("article.md:" + bio + ": warning: the <textarea> written here in HTML in the biography"
                + " (authors[1].bio) is not kept"), warnings);
        for (String text : List.of(text(built.pdf()), epubText(built.epub()))) {
            assertTrue(text.contains("tail BRAVO") && text.contains("typed DELTA") && !text.contains("hidden"), text);
        }
    }

    /** Never closed in the abstract or a biography: it would take the rest of that text, so the build stops at its line. */
    @Test
    void aStyleNeverClosedInABiographyStopsTheBuild(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("r")).out(dir.resolve("out"))
                .author("Jane Doe\n    bio: \"Bio ECHO <style> open. Bio tail FOXTROT.\"").body("The body.\n");
        int line = List.of(report.article().split("\n")).indexOf("    bio: \"Bio ECHO <style> open. Bio tail FOXTROT.\"") + 1;
        ReportException e = assertThrows(ReportException.class, () -> report.build("pdf"));
        assertTrue(e.getMessage().contains("article.md:" + line + ": the <style> opened here in HTML in the biography (authors[1].bio)"
                + " is never closed, so the rest of the biography after it would be left out"), e.getMessage());
    }

    /** A closed one in a table cell warns and its cell and row print whole, no markup as text. */
    @Test
    void aClosedTextareaInATableCellWarnsAndKeepsTheRow(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("r")).out(dir.resolve("out")).body("""
                | A | B |
                |---|---|
                | cell <textarea>one</textarea> | two |
                | cell <script>var hidden;</script> three | four |

                After the table BRAVO.
                """);
        TestReport.Built built = report.build("pdf");
        List<String> lines = List.of(report.article().split("\n"));
        int textarea = lines.indexOf("| cell <textarea>one</textarea> | two |") + 1;
        String warnings = String.join("\n", built.warningLines());
        assertTrue(warnings.contains("article.md:" + textarea + ": warning: the <textarea> written here in HTML is not kept"), warnings);
        assertTrue(warnings.contains("article.md:" + (textarea + 1) + ": warning: the <script> written here in HTML is left out"), warnings);
        String text = text(built.pdf());
        assertTrue(text.contains("cell one") && text.contains("two") && text.contains("cell three") && text.contains("four")
                && text.contains("After the table BRAVO") && !text.contains("</") && !text.contains("hidden"), text);
    }

    /** A textarea in a cell not closed there would print the row's markup as text ("cell one</td> two"): refused. */
    @Test
    void aTextareaNotClosedInItsCellStopsTheBuild(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("r")).out(dir.resolve("out")).body("""
                | A | B |
                |---|---|
                | cell <textarea> one | two </textarea> |

                After.
                """);
        int line = List.of(report.article().split("\n")).indexOf("| cell <textarea> one | two </textarea> |") + 1;
        ReportException e = assertThrows(ReportException.class, () -> report.build("pdf"));
        assertTrue(e.getMessage().contains("article.md:" + line + ": the <textarea> opened here in a table cell is not closed in its cell"),
                e.getMessage());
    }

    /**
     * A script's or style sheet's text, left out of the page, was published where a heading's or
     * the abstract's plain text goes: the PDF's bookmarks and Subject, the EPUB's navigation and
     * description read "Heading ALPHA var HIDDEN = 1; BRAVO" (h19u).
     */
    @Test
    void aScriptsTextIsNoPartOfBookmarksNavigationOrDescription(@TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("r")).out(dir.resolve("out"))
                .frontMatter("abstract: \"Abstract ALPHA <script>alert('HIDDEN1')</script> tail.\"")
                .body("## Heading BRAVO <script>var HIDDEN2 = 1;</script> CHARLIE\n\nText <style>.HIDDEN3{}</style> here.\n")
                .build("pdf", "epub");
        StringBuilder all = new StringBuilder();
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                all.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        try (PDDocument doc = Loader.loadPDF(built.pdf().toFile())) {
            all.append(doc.getDocumentInformation().getSubject()).append('\n');
            for (var item = doc.getDocumentCatalog().getDocumentOutline().getFirstChild(); item != null; item = item.getNextSibling()) {
                all.append(item.getTitle()).append('\n');
                for (var child = item.getFirstChild(); child != null; child = child.getNextSibling()) {
                    all.append(child.getTitle()).append('\n');
                }
            }
        }
        String text = all.toString();
        assertTrue(text.contains("Heading BRAVO CHARLIE") && text.contains("Abstract ALPHA tail."), text);
        assertTrue(!text.contains("HIDDEN1") && !text.contains("HIDDEN2"), text);
        // an abstract of a script alone describes nothing: no empty dc:description (invalid EPUB)
        TestReport.Built only = TestReport.at(dir.resolve("s")).out(dir.resolve("out-s")).frontMatter("abstract: \"<script>x()</script>\"")
                .body("The body.\n").build("epub");
        try (ZipFile zip = new ZipFile(only.epub().toFile())) {
            var opf = zip.stream().filter(e -> e.getName().endsWith(".opf")).findFirst().orElseThrow();
            String package_ = new String(zip.getInputStream(opf).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(!package_.contains("<dc:description/>") && !package_.contains("<dc:description></dc:description>"), package_);
        }
    }

    /**
     * A style sheet inside an {@code <svg>} (the abstract, a heading) was warned "left out of the
     * report with its text", but the parser reads its text as text there and the sanitiser kept it:
     * ".s{}" printed on the PDF page, in the EPUB and the web edition while the metadata left it out
     * (h19v raw-legal). An abstract of only a style sheet and a script left an empty
     * {@code doc-abstract} landmark in the EPUB and the web edition (h19v abstract-scripts).
     */
    @Test
    void aStyleSheetInAnSvgIsLeftOutOfThePageAsWarnedAndAnEmptyAbstractHasNoLandmark(@TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("r")).out(dir.resolve("out"))
                .frontMatter("abstract: \"Abstract BRAVO <svg><style>.HIDDEN1{}</style></svg> CHARLIE.\"")
                .body("## Heading DELTA <svg><style>.HIDDEN2{}</style></svg> ECHO\n\nText.\n")
                .build("pdf", "epub", "html");
        String web = Files.readString(built.web().resolve("index.html"));
        for (String text : List.of(text(built.pdf()), epubText(built.epub()), org.jsoup.Jsoup.parse(web).text())) {
            assertTrue(text.contains("BRAVO") && text.contains("DELTA"), text);
            assertTrue(!text.contains("HIDDEN1") && !text.contains("HIDDEN2"), text);
        }
        assertTrue(built.warningLines().stream().anyMatch(w -> w.contains("<style>") && w.contains("left out of the report")),
                built.warningLines().toString());
        TestReport.Built only = TestReport.at(dir.resolve("s")).out(dir.resolve("out-s"))
                .frontMatter("abstract: \"<style>.a{}</style> <script>x()</script>\"")
                .body("The body.\n").build("epub", "html");
        String onlyWeb = Files.readString(only.web().resolve("index.html"));
        try (ZipFile zip = new ZipFile(only.epub().toFile())) {
            var article = zip.stream().filter(e -> e.getName().endsWith("article.xhtml")).findFirst().orElseThrow();
            String xhtml = new String(zip.getInputStream(article).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(!xhtml.contains("doc-abstract") && xhtml.contains("The body."), xhtml);
        }
        assertTrue(!onlyWeb.contains("doc-abstract") && onlyWeb.contains("The body."), onlyWeb);
    }

    private static String epubText(Path epub) throws Exception {
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xhtml")) {
                    text.append(org.jsoup.Jsoup.parse(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)).text())
                            .append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
