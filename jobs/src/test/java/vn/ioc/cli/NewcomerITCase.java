package vn.ioc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.LocalClickHouseServer;
import vn.ioc.testing.CliProcess;

/**
 * The README's path as a newcomer walks it, each command in its own JVM with only CLICKHOUSE_URL set: the demo, then
 * status, scorecard and report without --database find the demo's data (one default database).
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
        CliProcess.Result score = ioc.run("scorecard", "--unit", "000.00.00.H08", "--period", "2023", "--out",
                scorecard.toString());
        assertEquals(0, score.exit(), score::toString);
        assertTrue(Files.readString(scorecard).contains("000.00.00.H08,TOTAL,"), score::toString);

        Path page = home.resolve("report.html");
        CliProcess.Result report = ioc.run("report", "--out", page.toString());
        assertEquals(0, report.exit(), report::toString);
        assertTrue(Files.readString(page).contains("000.00.00.H08") || Files.readString(page).contains("H39"));
    }

    @Test
    void theDemoNeverDropsADatabaseWithTablesOnAServerItDoesNotManage() throws Exception {
        assertEquals(0, demo.exit(), demo::toString);
        CliProcess.Result again = ioc.run("demo", "--scale", "0.002");
        assertEquals(2, again.exit(), again::toString);
        assertEquals(1, again.errLines().size(), again::toString);
        assertTrue(again.err().contains("database ioc on " + server.config().url() + " already holds tables"),
                again::toString);
        assertEquals(0, ioc.run("status").exit(), "the demo's data is still there");
    }
}
