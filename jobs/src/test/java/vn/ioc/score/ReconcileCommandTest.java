package vn.ioc.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.cli.Ioc;

class ReconcileCommandTest {

    @Test
    void findsExactlyTheTwoMisprintedCellsOfTheBinhDinhReport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("findings.csv");
        assertEquals(0, Ioc.commandLine().execute("reconcile", "--report", "../docs/reports/binh-dinh-2023.csv",
                "--out", out.toString()));
        assertEquals(List.of("level,measure,check,detail",
                        "commune,digitized,numerator_exceeds_denominator,79012 > 46760",
                        "province,e_results,stated_percent_mismatch,\"16862 / 65188 = 25.87 %, stated 36.1 %\""),
                Files.readAllLines(out, StandardCharsets.UTF_8));
    }

    @Test
    void aConsistentReportGivesTheHeaderOnly(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("r.csv");
        // 81,413 / 109,940 = 74.052 %: stated 74.1 is within 0.05, 74.0 is not
        Files.writeString(report, "level,measure,numerator,denominator,stated_percent\n"
                + "commune,paid_online,81413,109940,74.1\ndistrict,online,0,0,0\n");
        Path out = dir.resolve("o.csv");
        assertEquals(0, Ioc.commandLine().execute("reconcile", "--report", report.toString(), "--out", out.toString()));
        assertEquals(List.of("level,measure,check,detail"), Files.readAllLines(out, StandardCharsets.UTF_8));

        Files.writeString(report, "level,measure,numerator,denominator,stated_percent\n"
                + "commune,paid_online,81413,109940,74.0\n");
        assertEquals(0, Ioc.commandLine().execute("reconcile", "--report", report.toString(), "--out", out.toString()));
        assertEquals(2, Files.readAllLines(out, StandardCharsets.UTF_8).size());
    }
}
