package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A series' editor is the one the source names as such: citeproc-java's BibTeX converter copies
 * every editor into collection-editor, which styles that name the collection editor on its own
 * printed as the series' editor ("Carr, C., Ed.; Carr, C., Series Ed."), while BibLaTeX's own
 * series editor ({@code editora}, {@code editoratype = {series}}) was lost (issue 15, h15p series-*).
 */
class CitationSeriesEditorsBuildTest {

    private static final String BIB = """
            @book{edbook, editor={Carr, Clara}, title={Edited Volume on Rivers}, publisher={Delta Press}, address={Hanoi}, year={2018}}
            @book{serbook, author={Stone, Sam}, title={Monograph in a Series}, series={Studies in Water}, number={12}, editor={Vale, Vera}, publisher={Delta Press}, address={Hanoi}, year={2017}}
            @inproceedings{paper, author={Ito, Ken}, title={A Conference Paper}, booktitle={Proceedings of the Water Conference}, editor={Berg, Bo and Dahl, Di}, pages={5--9}, publisher={IEEE}, address={Oslo}, year={2020}}
            @incollection{ser, author={Oh, Olga}, title={Chapter with Series Editor}, booktitle={Handbook}, editor={Carr, Clara}, editora={Reed, Rita}, editoratype={series}, series={Handbooks of Water}, pages={1--2}, publisher={Delta Press}, address={Hanoi}, year={2019}}
            """;

    @TempDir
    Path dir;

    private String pdf(String style) throws Exception {
        return text(TestReport.citing(dir, style, style).title("Series").file("references.bib", BIB)
                .body("Edited [@edbook]. Series [@serbook]. Paper [@paper]. Series editor [@ser].\n").build("pdf").pdf());
    }

    @Test
    void theVolumesEditorIsNotTheSeriesEditor() throws Exception {
        String acs = pdf("american-chemical-society");
        String chicago = pdf("chicago-author-date");
        assertAll(
                () -> assertTrue(acs.contains("Edited Volume on Rivers; Carr, C., Ed.; Delta Press"), acs),
                () -> assertFalse(acs.contains("Carr, C., Series Ed."), acs),
                () -> assertFalse(chicago.contains("Studies in Water, edited by Vera Vale"), chicago),
                () -> assertTrue(chicago.contains("Studies in Water 12. Delta Press"), chicago));
    }

    @Test
    void biblatexSeriesEditorIsPrinted() throws Exception {
        String acs = pdf("american-chemical-society");
        String chicago = pdf("chicago-author-date");
        assertAll(
                () -> assertTrue(acs.contains("Carr, C., Ed.; Reed, R., Series Ed.; Handbooks of Water"), acs),
                () -> assertTrue(chicago.contains("Handbooks of Water, edited by Rita Reed"), chicago));
    }

    @Test
    void apaStillTellsAPublishedProceedings() throws Exception {
        // the line may break after the range's dash: "(pp. 5–" ends a line of the list
        String apa = pdf("apa").replace("– ", "–");
        assertTrue(apa.contains("Proceedings of the Water Conference (pp. 5–9). IEEE."), apa);
    }
}
