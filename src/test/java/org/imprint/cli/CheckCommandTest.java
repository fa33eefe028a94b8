package org.imprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code imprint check FILE.pdf}: report and exit status. */
class CheckCommandTest {

    @TempDir
    Path out;

    private record Run(int status, String output) {
    }

    private static Run check(Path file) {
        StringWriter text = new StringWriter();
        int status = new CommandLine(new Main()).setOut(new PrintWriter(text)).execute("check", file.toString());
        return new Run(status, text.toString());
    }

    @Test
    void builtPdfPasses() throws Exception {
        Path pdf = new Imprint(Reports.HOME).build(BuildRequest.of(Reports.MINIMAL).out(out).formats("pdf").build()).get(0);
        Run run = check(pdf);
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("PDF/A-2U (claimed): passes"), run.output());
        assertTrue(run.output().contains("PDF/UA-1 (claimed): passes"), run.output());
        assertTrue(run.output().matches("(?s).*font [A-Z]{6}\\+NotoSerif-Regular \\(Type0\\): embedded, subset.*"), run.output());
        assertTrue(run.output().contains(" pages"), run.output());
    }

    @Test
    void plainPdfFailsWithTheRulesItBreaks() throws Exception {
        Path pdf = out.resolve("plain.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        Run run = check(pdf);
        assertEquals(1, run.status(), run.output());
        assertTrue(run.output().contains("PDF/A-2U (not claimed): fails"), run.output());
        assertTrue(run.output().contains("6.6.2.1-1"), "the missing XMP metadata: " + run.output());
        assertTrue(run.output().contains("PDF/UA-1 (not claimed): fails"), run.output());
    }
}
