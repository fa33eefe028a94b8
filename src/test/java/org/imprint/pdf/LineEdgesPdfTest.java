package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What starts and ends a line, in both engines: no line starts with closing punctuation cut from
 * an italic word before it ("CGTN" / ", Global Times", on the rcas About page every report has);
 * no word is cut with no hyphen at an italic run's start ("C" / "GTN" with OpenPDF); an e-mail
 * address breaks as a URL does, never after its full stop; OpenPDF draws no soft hyphen mid-word.
 * Real reports, read back with PDFBox.
 */
class LineEdgesPdfTest {

    private static final String EMAIL = "counterterrorism.department@internationalorganization.example.org";

    /** The en-us repro's paragraph with the address, and the rcas About paragraph set in the body twice over. */
    private static final String BODY = """
            A raw paragraph here. Visit https://www.internationalrelationsorganization.example.org/research/extraordinarily-long-segment-name-with-hyphens/index.html?ref=counterterrorism&lang=en-US for information, or write to %s immediately. The organization's representatives, Dr. Macdonald and Ms. Worthington-Smythe, characterized the internationalization of counterterrorism responsibilities as unquestionably transformational.

            Researchers have been interviewed in various local and international media outlets, such as *The Diplomat* in the United States, *East Asian Forum (EAF)* in Australia, *Bangkok Post* in Thailand, *Jakarta Post* in Indonesia, *Lian He Zao Bao*, *Think China* in Singapore, *South China Morning Post (SCMP)*, *China-US Focus* in Hong Kong, *CGTN*, *Global Times*, *World Affairs* in China.

            RCAS has also published hundreds of articles, and its researchers have been interviewed in various local and international media outlets, such as *The Diplomat* in the United States, *East Asian Forum (EAF)* in Australia, *Bangkok Post* in Thailand, *Jakarta Post* in Indonesia, *Lian He Zao Bao*, *Think China* in Singapore, *South China Morning Post (SCMP)*, *China-US Focus* in Hong Kong, *CGTN*, *Global Times*, *World Affairs* in China.
            """.formatted(EMAIL);

    @TempDir
    Path dir;

    /** Each line of the PDF's pages, as PDFBox reads them in the order of the page. */
    static List<String> lines(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> lines = new ArrayList<>();
            for (String line : stripper.getText(document).split("\\R")) {
                lines.add(line.strip());
            }
            return lines;
        }
    }

    /** Lines that start with closing punctuation, each with the line before. */
    private static List<String> punctuationStarts(List<String> lines) {
        List<String> found = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty() && ",;:!?)]\u201D\u00BB".indexOf(lines.get(i).charAt(0)) >= 0) {
                found.add(lines.get(i - 1) + " | " + lines.get(i));
            }
        }
        return found;
    }

    /** Lines that end in a lone capital, the start of a word cut with no hyphen ("Hong Kong, C" / "GTN"). */
    private static List<String> cutCapitals(List<String> lines) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).matches(".*\\s\\p{Lu}") && lines.get(i + 1).matches("^\\p{Lu}+\\b.*")) {
                found.add(lines.get(i) + " | " + lines.get(i + 1));
            }
        }
        return found;
    }

    /** Where the address breaks: the two pieces, or none when it stands on one line. */
    private static List<String> addressPieces(List<String> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            int at = line.lastIndexOf(' ');
            String tail = line.substring(at + 1);
            if (!line.contains(EMAIL) && !tail.isEmpty() && EMAIL.startsWith(tail)) {
                String next = lines.get(i + 1);
                String head = next.contains(" ") ? next.substring(0, next.indexOf(' ')) : next;
                if ((tail + head).equals(EMAIL)) {
                    return List.of(tail, head);
                }
            }
        }
        return List.of();
    }

    @Test
    void pdfboxKeepsPunctuationWithTheItalicWordAndBreaksAnAddressBeforeAFullStop() throws Exception {
        TestReport report = TestReport.at(dir.resolve("edges")).body(BODY);
        for (String profile : List.of("screen", "print")) {
            Path pdf = report.out(dir.resolve("out-" + profile))
                    .build(request -> request.profile(org.imprint.PdfProfile.valueOf(profile.toUpperCase())), "pdf").pdf();
            List<String> lines = lines(pdf);
            List<String> pieces = addressPieces(lines);
            assertAll(profile,
                    () -> assertEquals(List.of(), punctuationStarts(lines)),
                    () -> assertTrue(pieces.isEmpty() || !pieces.get(0).endsWith("."), "broken after a full stop: " + pieces),
                    () -> assertTrue(pieces.isEmpty() || pieces.get(1).startsWith(".") || pieces.get(1).startsWith("@")
                            || pieces.get(1).startsWith("-"), "broken at no Chicago break: " + pieces));
        }
    }

    @Test
    void openPdfCutsNoWordAtAnItalicRunAndDrawsNoSoftHyphen() throws Exception {
        Path pdf = TestReport.at(dir.resolve("fs")).body(BODY)
                .build(request -> request.engine("openpdf"), "pdf").pdf();
        List<String> lines = lines(pdf);
        Path german = TestReport.at(dir.resolve("de")).language("de").body("""
                Die Verhandlungen zwischen den Vereinigten Staaten und der Islamischen Republik wurden durch die pakistanische Regierung vermittelt, deren Außenministerium die Gesprächsrunden in Islamabad vorbereitete. Die Sicherheitsgarantien, Wirtschaftssanktionen und Nuklearinspektionen standen im Mittelpunkt der Beratungen, während die Vertreter der Nachbarstaaten ihre Interessen geltend machten. Die Verhandlungsführer beider Delegationen betonten die Bedeutung vertrauensbildender Maßnahmen, insbesondere der Wiederaufnahme regelmäßiger Konsultationen und der Überwachung durch internationale Beobachter.

                Die Zusammenarbeit der Nachrichtendienste, die Rüstungskontrollvereinbarungen und die Entschädigungsforderungen der betroffenen Bevölkerung blieben umstritten; die Abschlusserklärung verwies diese Fragen an Arbeitsgruppen, deren Zwischenberichte im Herbst erwartet werden.
                """).build(request -> request.engine("openpdf"), "pdf").pdf();
        List<String> deLines = lines(german);
        assertAll(
                () -> assertEquals(List.of(), cutCapitals(lines)),
                () -> assertEquals(List.of(), punctuationStarts(lines)),
                // Flying Saucer draws every soft hyphen it is given: it is given none (README, Engines)
                () -> assertTrue(deLines.stream().noneMatch(l -> l.matches(".*\\p{Ll}[-\u00AD]\\p{Ll}.*")),
                        "a hyphen inside a word: " + String.join("\n", deLines)));
    }
}
