package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.Reports;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note defined and never called, and a call to a note never defined, are each warned with
 * their line (issue 18): the first would vanish from every output, the second print as
 * {@code [^label]}. A call written in code is text and is not warned.
 */
class NoteChecksTest {

    @Test
    void uncalledAndUndefinedNotesAreWarnedWithTheirLines(@TempDir Path dir) throws Exception {
        Path report = TestReport.at(dir.resolve("notes")).title("Notes").date("2026-02-02").language(null).brand(null).author("Jane Doe")
                .body("""
                A called note[^a] and a call to nothing[^gone].

                In code `[^b]` is text.

                [^a]: Called.

                [^orphan]: Never called.
                """).write();
        List<Problem> warnings = new ArrayList<>();
        new Imprint(Reports.HOME).load(report, warnings::add);
        List<String> messages = warnings.stream().map(Problem::toString).map(m -> m.replace(dir.toString(), "DIR")).toList();
        assertEquals(List.of(
                "DIR/notes/article.md:14: warning: note \"[^orphan]\" is never called, so it is left out of the report;"
                        + " put \"[^orphan]\" where the note belongs, or remove the note",
                "DIR/notes/article.md:8: warning: \"[^gone]\" calls a note that is never defined, so it is printed as it is"
                        + " written; define it on a line of its own, \"[^gone]: the note's text\", or remove the call"),
                messages);
    }
}
