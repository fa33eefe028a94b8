package org.imprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.imprint.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.jr.ob.JSON;

import picocli.CommandLine;

class BuildCommandJsonTest {

    @TempDir
    Path out;

    @Test
    void jsonSummaryListsEachReport() throws Exception {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int status = new CommandLine(new Main()).setOut(new PrintWriter(stdout)).setErr(new PrintWriter(stderr))
                .execute("build", Reports.MINIMAL.toString(), "--out", out.toString(), "--format", "pdf", "--json");
        assertEquals(0, status, stderr.toString());
        Map<String, Object> summary = JSON.std.mapFrom(stdout.toString());
        assertEquals(1, summary.get("built"));
        @SuppressWarnings("unchecked")
        Map<String, Object> report = ((List<Map<String, Object>>) summary.get("reports")).get(0);
        assertEquals("minimal", report.get("slug"));
        assertEquals("built", report.get("status"));
        assertTrue(report.get("outputs").toString().contains("minimal.pdf"), report.toString());
    }

    @Test
    void wrongUsageExitsWithTwo() {
        StringWriter stderr = new StringWriter();
        int status = new CommandLine(new Main()).setErr(new PrintWriter(stderr))
                .execute("build", Reports.MINIMAL.toString(), "--shard", "5/4");
        assertEquals(2, status);
        assertTrue(stderr.toString().contains("shard must be K/N"), stderr.toString());
    }
}
