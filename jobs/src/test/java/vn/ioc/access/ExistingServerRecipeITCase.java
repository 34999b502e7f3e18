package vn.ioc.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ioc.testing.CliProcess.assertOneLine;

import com.clickhouse.client.api.Client;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.LocalClickHouseServer;
import vn.ioc.testing.CliProcess;

/**
 * README's "Pointing it at existing servers", command by command, against a real server with the users of
 * clickhouse/access/users.xml: the administrator migrates, the ingest user (no DDL) runs the job and reads the
 * status. On the way, the mistakes of that recipe each give the server's own words in one line: the job before the
 * migrations, migrations by the ingest user, a wrong password, a user that does not exist.
 */
class ExistingServerRecipeITCase {

    @Test
    void administratorMigratesAndTheIngestUserRunsTheJob(@TempDir Path home) throws Exception {
        String adminPw = AccessITCase.password();
        String ingestPw = AccessITCase.password();
        Path users = Path.of("..", "clickhouse", "access", "users.xml");
        Path feeds = Path.of(getClass().getResource("/fixtures/e2e").toURI());
        Path key = home.resolve("pseudonym.key");
        Files.writeString(key, AccessITCase.password() + AccessITCase.password());
        try (LocalClickHouseServer server = LocalClickHouseServer.startThrowaway(users, Map.of(
                "IOC_ADMIN_PASSWORD", adminPw, "IOC_INGEST_PASSWORD", ingestPw,
                "IOC_OP_H08_PASSWORD", AccessITCase.password()))) {
            String url = server.config().url();
            CliProcess admin = as(home, url, "ioc_admin", adminPw, key);
            CliProcess ingest = as(home, url, "ioc_ingest", ingestPw, key);

            CliProcess.Result early = ingest.run("run", "--feeds", feeds.toString());
            // code 81, UNKNOWN_DATABASE, worded "doesn't exist" by 18.16 and "does not exist" by current servers
            assertOneLine(early, 2, "as ioc_ingest: Code: 81. DB::Exception: Database ioc ");
            assertTrue(early.err().contains("(./ioc migrate creates it"), early::toString);

            CliProcess.Result refused = ingest.run("migrate");
            assertOneLine(refused, 1, "ClickHouse at " + url + " as ioc_ingest: Code: ");
            assertTrue(refused.err().contains("DDL"), "the server says DDL is refused: " + refused);

            CliProcess.Result migrated = admin.run("migrate");
            assertEquals(0, migrated.exit(), migrated::toString);

            CliProcess.Result run = ingest.run("run", "--feeds", feeds.toString());
            assertEquals(0, run.exit(), run::toString);
            assertTrue(run.out().contains("ClickHouse ioc: 22 dossiers"), run::toString);

            CliProcess.Result status = ingest.run("status", "--json");
            assertEquals(0, status.exit(), status::toString);
            assertTrue(new ObjectMapper().readTree(status.out()).path("dossier-sync").path("read").asLong() > 0,
                    status::toString);

            CliProcess.Result ddlAsked = ingest.run("run", "--feeds", feeds.toString(), "--migrate");
            assertOneLine(ddlAsked, 1, "as ioc_ingest: Code: ");

            CliProcess.Result wrongPassword = as(home, url, "ioc_ingest", "not-" + ingestPw, key).run("status");
            assertOneLine(wrongPassword, 1, "ClickHouse at " + url + " as ioc_ingest: Code: ");
            assertTrue(wrongPassword.err().toLowerCase().contains("password"), wrongPassword::toString);

            CliProcess.Result unknownUser = as(home, url, "ingest", ingestPw, key).run("status");
            assertOneLine(unknownUser, 1, "ClickHouse at " + url + " as ingest: Code: ");
            assertTrue(unknownUser.err().contains("DB::Exception"), unknownUser::toString);

            try (Client client = ClickHouseClients.open(new ClickHouseConfig(url, "ioc_admin", adminPw, "ioc"))) {
                assertEquals("22", ClickHouseQueries.select(client, "SELECT count() AS n FROM ioc.dossiers").get(0)
                        .get("n"), "the job's rows, once: the refused attempts changed nothing");
            }
        }
    }

    private static CliProcess as(Path home, String url, String user, String password, Path key) {
        Map<String, String> env = new HashMap<>();
        env.put("CLICKHOUSE_URL", url);
        env.put("CLICKHOUSE_USER", user);
        env.put("CLICKHOUSE_PASSWORD", password);
        env.put("IOC_PSEUDONYM_KEY_FILE", key.toString());
        return new CliProcess(home, env);
    }

}
