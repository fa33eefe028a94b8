package org.imprint.verify;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.function.Executable;

/** veraPDF's verdicts on a built PDF, asserted the one way the tests need. */
public final class VeraPdfAssertions {

    private VeraPdfAssertions() {
    }

    /** veraPDF gives two verdicts (PDF/A and PDF/UA) on {@code pdf}, each compliant with no failed rule. */
    public static void assertPdfAAndPdfUa(Path pdf) throws java.io.IOException {
        var verdicts = new PdfVerifier().check(pdf).conformance();
        assertEquals(2, verdicts.size(), verdicts::toString);
        assertAll(verdicts.stream().map(verdict -> (Executable) () -> {
            assertEquals(List.of(), verdict.failures(), verdict.standard());
            assertTrue(verdict.compliant(), verdict.standard());
        }));
    }
}
