package vn.ioc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ioc.testing.CliProcess.assertOneLine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.LocalClickHouseServer;
import vn.ioc.testing.CliProcess;

/**
 * The README's path as a newcomer walks it, each command in its own JVM with only CLICKHOUSE_URL set: the demo, then
 * status, scorecard and report without --database find the demo's data (one default database); and the mistakes a
 * newcomer makes, each answered by one line and a non-zero exit before anything is created or computed.
 */
class NewcomerITCase {
    @TempDir
    static Path home;

    private static LocalClickHouseServer server;
    private static CliProcess ioc;
    private static CliProcess.Result demo;

    @BeforeAll
    static void demo() throws Exception {
        // a server of its own: the demo fills the default database, which other tests' shared server must not see
        server = LocalClickHouseServer.startThrowaway();
        ioc = new CliProcess(home, Map.of("CLICKHOUSE_URL", server.config().url()));
        demo = ioc.run("demo", "--scale", "0.002");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theCommandsAfterTheDemoUseItsDatabase() throws Exception {
        assertEquals(0, demo.exit(), demo::toString);
        assertTrue(demo.out().contains("./ioc report --out report.html"), "the hints need no --database");

        CliProcess.Result status = ioc.run("status", "--json");
        assertEquals(0, status.exit(), status::toString);
        JsonNode feeds = new ObjectMapper().readTree(status.out());
        assertTrue(feeds.path("dossier-sync").path("accepted").asLong() > 0, status::toString);

        Path scorecard = home.resolve("scorecard.csv");
        CliProcess.Result score = ioc.run("scorecard", "--unit", "000.00.00.H08", "--period", "2023", "--rules",
                "2026", "--out", scorecard.toString());
        assertEquals(0, score.exit(), score::toString);
        assertTrue(score.err().contains("rules 2026"), "it names the rule set it used: " + score);
        assertTrue(Files.readString(scorecard).contains("000.00.00.H08,TOTAL,"), score::toString);

        Path page = home.resolve("report.html");
        CliProcess.Result report = ioc.run("report", "--out", page.toString(), "--rules", "2026");
        assertEquals(0, report.exit(), report::toString);
        assertTrue(report.err().contains("rules 2026"), "it names the rule set it used: " + report);
        assertTrue(Files.readString(page).contains("000.00.00.H08") || Files.readString(page).contains("H39"));
    }

    /** It drops only a database an earlier demo made (DemoDatabaseITCase covers the marker itself). */
    @Test
    void theDemoNeverDropsADatabaseItDidNotCreate() throws Exception {
        assertEquals(0, demo.exit(), demo::toString);
        try (var client = ClickHouseClients.open(server.config())) {
            ClickHouseQueries.execute(client, "CREATE DATABASE IF NOT EXISTS someone_elses");
            ClickHouseQueries.execute(client, "CREATE TABLE IF NOT EXISTS someone_elses.t (x UInt8) ENGINE = TinyLog");
        }
        CliProcess.Result refused = ioc.run("demo", "--scale", "0.002", "--database", "someone_elses");
        assertEquals(2, refused.exit(), refused::toString);
        assertEquals(1, refused.errLines().size(), refused::toString);
        assertTrue(refused.err().contains("was not created by ./ioc demo"), refused::toString);
        assertEquals(0, ioc.run("status").exit(), "the demo's data is still there");
    }


    @Test
    void unknownUnitsProceduresAndPeriodsAreNamedInsteadOfScored() throws Exception {
        assertEquals(0, demo.exit(), demo::toString);
        String out = home.resolve("never.csv").toString();
        assertOneLine(ioc.run("scorecard", "--unit", "999.99.99.X99", "--period", "2023", "--out", out), 2,
                "unknown unit 999.99.99.X99");
        assertOneLine(ioc.run("scorecard", "--procedure", "NOPE", "--period", "2023", "--out", out), 2,
                "unknown procedure NOPE");
        assertOneLine(ioc.run("scorecard", "--period", "2031", "--out", out), 2,
                "no dossiers in 2031-01-01..2031-12-31 in ioc; they span 2023-");
        assertOneLine(ioc.run("scorecard", "--period", "2023-13", "--out", out), 2, "not a period: 2023-13");
        // 2023 ends before the earliest rule set applies: refused, naming the set and the flag that forces it
        assertOneLine(ioc.run("scorecard", "--period", "2023", "--out", out), 2,
                "the earliest, 2026, applies from 2025-07-01; --rules 2026 scores the period with it");
        assertOneLine(ioc.run("report", "--out", out), 2, "--rules 2026 scores the period with it");
        assertOneLine(ioc.run("report", "--period", "2031-Q1", "--out", out), 2, "no dossiers in 2031-01-01..");
        assertOneLine(ioc.run("reconcile", "--report", Path.of("..", "docs", "reports", "binh-dinh-2023.csv").toString(),
                "--out", out, "--recompute", "--unit", "000.00.00.X99", "--from", "2023-01-01", "--to", "2023-08-31"),
                2, "unknown unit 000.00.00.X99");
        assertTrue(Files.notExists(Path.of(out)), "nothing written");
    }

    @Test
    void feedFoldersThatAreMissingEmptyOrNotFeedsStopTheRunBeforeTheDatabaseIsCreated() throws Exception {
        Path empty = Files.createDirectories(home.resolve("empty"));
        Path other = Files.createDirectories(home.resolve("photos/2023"));
        Files.writeString(other.resolve("a.txt"), "not a feed");
        Path emptyFeeds = Files.createDirectories(home.resolve("empty-feeds/dossier-sync"));
        assertOneLine(ioc.run("run", "--feeds", home.resolve("missing").toString(), "--database", "never_made"), 2,
                "no feed directory");
        assertOneLine(ioc.run("run", "--feeds", empty.toString(), "--database", "never_made"), 2, "is empty");
        assertOneLine(ioc.run("run", "--feeds", home.resolve("photos").toString(), "--database", "never_made"), 2,
                "holds no feed directory: expected one sub-directory per feed (dossier-sync,");
        assertOneLine(ioc.run("run", "--feeds", emptyFeeds.getParent().toString(), "--database", "never_made"), 2,
                "hold no files");
        CliProcess.Result status = ioc.run("status", "--database", "never_made");
        assertOneLine(status, 2, "Code: 81. DB::Exception: Database never_made ");
    }

    @Test
    void anUnreachableServerAndABadScoreFileAreOneLineEach() throws Exception {
        int closed = LocalClickHouseServer.freePort();
        CliProcess nowhere = new CliProcess(home, Map.of("CLICKHOUSE_URL", "http://127.0.0.1:" + closed));
        assertOneLine(nowhere.run("status"), 1, "cannot reach ClickHouse at http://127.0.0.1:" + closed);

        Path in = home.resolve("in.csv");
        Files.writeString(in, "unit,indicator,numerator,denominator\nU,ON_TIME,1,2,3\n");
        assertOneLine(ioc.run("score", "--in", in.toString(), "--out", home.resolve("o.csv").toString()), 2,
                "in.csv line 2: Too many entries");
        Files.writeString(in, "unit,indicator,numerator,denominator\nU,ON_TIME,\"1,2\n");
        assertOneLine(ioc.run("score", "--in", in.toString(), "--out", home.resolve("o.csv").toString()), 2,
                "Missing closing quote");
        assertOneLine(ioc.run("score", "--in", home.resolve("none.csv").toString(), "--out", "o.csv"), 2,
                "no such file");

        CliProcess.Result verbose = ioc.run("score", "--in", home.resolve("none.csv").toString(), "--out", "o.csv",
                "--verbose");
        assertTrue(verbose.err().contains("\tat vn.ioc."), "--verbose shows the stack trace:\n" + verbose);
    }
}
