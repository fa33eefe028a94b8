package org.imprint.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.imprint.Reports;
import org.imprint.testing.TestReport;
import org.imprint.verify.CheckMessage;
import org.imprint.verify.EpubVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report dated before 1980 (or built with SOURCE_DATE_EPOCH=0, the same path) still makes a
 * valid ZIP: MS-DOS times start in 1980, so entry times are clamped, and EPUBCheck is content.
 */
class OldDateEpubTest {

    @TempDir
    Path dir;

    @Test
    void aReportFrom1975HasValidZipTimes() throws Exception {
        Path epub = TestReport.at(dir.resolve("old-report")).title("A Report From 1975").date("1975-06-01").language(null).brand(null)
                .author("Jane Doe").body("""
                        Text from long ago.
                        """).build("epub").epub();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0, 2), entry.getTimeLocal(), entry.getName());
                assertNull(entry.getExtra(), entry.getName() + " has an extra field");
            }
            String opf = new String(zip.getInputStream(zip.getEntry("OEBPS/content.opf")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(opf.contains("1975-06-01T00:00:00Z"), opf);
        }
        List<CheckMessage> failing = new EpubVerifier().check(epub).stream().filter(CheckMessage::fails).toList();
        assertEquals(List.of(), failing);
    }

    /** SOURCE_DATE_EPOCH=0 (1970) through the real command line: the ZIP times are clamped too. */
    @Test
    void sourceDateEpochZeroHasValidZipTimes() throws Exception {
        Path out = dir.resolve("epoch-out");
        ProcessBuilder build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dimprint.home=" + Reports.HOME, "org.imprint.cli.Main",
                "build", "--format", "epub", "-o", out.toString(), Reports.MINIMAL.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile());
        build.environment().put("SOURCE_DATE_EPOCH", "0");
        assertEquals(0, build.start().waitFor(), Files.readString(dir.resolve("log.txt")));
        try (ZipFile zip = new ZipFile(out.resolve("minimal.epub").toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0, 2), entry.getTimeLocal(), entry.getName());
                assertNull(entry.getExtra(), entry.getName() + " has an extra field");
            }
            String opf = new String(zip.getInputStream(zip.getEntry("OEBPS/content.opf")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(opf.contains("1970-01-01T00:00:00Z"), opf);
        }
    }
}
