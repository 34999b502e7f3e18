package vn.ioc.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.LocalClickHouseServer;
import vn.ioc.clickhouse.Migrations;
import vn.ioc.clickhouse.OperatorQueries;
import vn.ioc.report.ReportData;
import vn.ioc.score.IndicatorFigures;
import vn.ioc.score.Period;
import vn.ioc.score.RuleTable;
import vn.ioc.clickhouse.ProvinceAccess;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.job.ClickHouseFeedSinks;
import vn.ioc.job.FeedsJob;
import vn.ioc.job.FileFeedSources;
import vn.ioc.job.JobSettings;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.testing.TestKeys;
import vn.ioc.sink.SinkOptions;

/**
 * The users of clickhouse/access/users.xml on a real server: the ingest user writes but cannot run DDL, an operator
 * reads only their own province and cannot write, and no path (base tables, another province, subqueries, table
 * functions) leads to other rows. Passwords are made up per run and handed to the server through its environment.
 */
class AccessITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    /** A password made up for one run (the server reads it from its environment). */
    static String password() {
        byte[] b = new byte[12];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    @Test
    void operatorsSeeOnlyTheirProvinceAndIngestCannotChangeTheSchema(@TempDir Path checkpoints) throws Exception {
        String adminPw = password();
        String ingestPw = password();
        String operatorPw = password();
        Path users = Path.of("..", "clickhouse", "access", "users.xml");
        try (LocalClickHouseServer server = LocalClickHouseServer.startThrowaway(users, Map.of(
                "IOC_ADMIN_PASSWORD", adminPw, "IOC_INGEST_PASSWORD", ingestPw, "IOC_OP_H08_PASSWORD", operatorPw))) {
            String url = server.config().url();
            ClickHouseConfig admin = new ClickHouseConfig(url, "ioc_admin", adminPw, "ioc");
            ClickHouseConfig ingest = new ClickHouseConfig(url, "ioc_ingest", ingestPw, "ioc");
            ClickHouseConfig operator = new ClickHouseConfig(url, "op_h08", operatorPw, "ioc_p_h08");

            try (Client client = ClickHouseClients.open(admin)) {
                new Migrations().apply(client, "ioc");
                assertEquals("ioc_p_h08", ProvinceAccess.create(client, "ioc", "000.00.00.H08", "52"));
                assertEquals("ioc_p_h39", ProvinceAccess.create(client, "ioc", "000.00.00.H39", ""));
                ClickHouseQueries.execute(client, "CREATE DATABASE other");
                ClickHouseQueries.execute(client, "CREATE TABLE other.secrets (x UInt8) ENGINE = TinyLog");
            }
            runFixtureAs(ingest, checkpoints);

            try (Client op = ClickHouseClients.open(operator)) {
                Map<String, String> own = ClickHouseQueries.select(op, "SELECT count() AS n,"
                        + " countIf(province_code != '000.00.00.H08') AS foreign FROM ioc_p_h08.dossiers").get(0);
                assertEquals("20", own.get("n"), "the H08 dossiers of the fixture");
                assertEquals("0", own.get("foreign"));
                assertTrue(Integer.parseInt(ClickHouseQueries.select(op,
                        "SELECT count() AS n FROM ioc_p_h08.steps").get(0).get("n")) > 0);
                // every operator question answers from the province's own database, with the operator's rights
                for (OperatorQueries.Query q : OperatorQueries.all()) {
                    assertEquals(q.columns(), ClickHouseQueries.columns(op, q.sql(), "ioc_p_h08"), q.file());
                }
                assertTrue(Integer.parseInt(ClickHouseQueries.select(op,
                        "SELECT count() AS n FROM ioc_p_h08.registries").get(0).get("n")) > 0, "its residents' records");
                // and the province's scorecard, as the administrator computes it from the main database
                List<String> indicators = new ArrayList<>(RuleTable.load().version(null).keySet());
                try (Client admin2 = ClickHouseClients.open(admin)) {
                    assertEquals(IndicatorFigures.query(admin2, "ioc", Period.parse("2023"), "000.00.00.H08", null,
                                    indicators),
                            IndicatorFigures.query(op, "ioc_p_h08", Period.parse("2023"), "000.00.00.H08", null,
                                    indicators));
                }
                // and the report for its leaders, from its own database (Bình Định's units all merged in 2025, so
                // the report's current units are those with no successor yet)
                ReportData report = ReportData.load(op, "ioc_p_h08", Period.parse("2023"),
                        RuleTable.load().version(null));
                assertTrue(report.units().stream().allMatch(u -> u.code().endsWith(".H08")), "only its own units");

                for (String forbidden : List.of(
                        "SELECT count() FROM ioc.dossiers",
                        "SELECT count() FROM ioc.dossier_facts",
                        "SELECT count() FROM ioc.rejected_records",
                        "SELECT count() FROM ioc_p_h39.dossiers",
                        "SELECT count() FROM ioc_p_h08.dossiers WHERE dossier_id IN (SELECT dossier_id FROM ioc.dossiers)",
                        "SELECT count() FROM merge('ioc', '.*')",
                        "SELECT count() FROM remote('127.0.0.1:" + server.tcpPort() + "', 'ioc', 'dossier_facts')",
                        "SELECT count() FROM url('" + url + "/?query=SELECT+1', TSV, 'x UInt8')")) {
                    assertThrows(Exception.class, () -> ClickHouseQueries.select(op, forbidden), forbidden);
                }
                for (String write : List.of(
                        "INSERT INTO ioc_p_h08.dossier_facts (dossier_id) VALUES ('forged')",
                        "CREATE TABLE ioc_p_h08.x (a UInt8) ENGINE = Memory",
                        "DROP TABLE ioc_p_h08.dossier_facts",
                        "SET readonly = 0")) {
                    assertThrows(Exception.class, () -> ClickHouseQueries.execute(op, write), write);
                }
            }
            try (Client in = ClickHouseClients.open(ingest)) {
                for (String ddl : List.of("DROP TABLE ioc.dossier_facts", "TRUNCATE TABLE ioc.dossier_facts",
                        "CREATE TABLE ioc.x (a UInt8) ENGINE = Memory", "ALTER TABLE ioc.dossier_facts DROP COLUMN fee_amount",
                        "DROP DATABASE ioc")) {
                    assertThrows(Exception.class, () -> ClickHouseQueries.execute(in, ddl), ddl);
                }
                // another system's database on the same server is out of reach
                assertThrows(Exception.class, () -> ClickHouseQueries.select(in, "SELECT count() FROM other.secrets"));
            }
            try (Client client = ClickHouseClients.open(admin)) {
                // the refused reads are refused for access, not for their syntax: the admin may run them
                for (String read : List.of("SELECT count() FROM ioc.dossiers", "SELECT count() FROM ioc.dossier_facts",
                        "SELECT count() FROM ioc.rejected_records", "SELECT count() FROM ioc_p_h39.dossiers",
                        "SELECT count() FROM ioc_p_h08.dossiers WHERE dossier_id IN (SELECT dossier_id FROM ioc.dossiers)",
                        "SELECT count() FROM merge('ioc', 'dossier_facts')")) {
                    ClickHouseQueries.select(client, read);
                }
                assertEquals("1", ClickHouseQueries.select(client, "SELECT count() AS n FROM ioc_p_h39.dossiers")
                        .get(0).get("n"), "the one dossier of the merged province is in its own database");
                assertEquals("22", ClickHouseQueries.select(client, "SELECT count() AS n FROM ioc.dossiers").get(0)
                        .get("n"), "nothing the refused statements tried took effect");
            }
        }
    }

    private static void runFixtureAs(ClickHouseConfig ingest, Path checkpoints) throws Exception {
        Path fixture;
        try {
            fixture = Path.of(AccessITCase.class.getResource("/fixtures/e2e").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        StreamExecutionEnvironment env = new JobSettings(2, Duration.ofSeconds(1), checkpoints, 3).environment();
        new FeedsJob(new FileFeedSources(fixture, null), new ClickHouseFeedSinks(ingest, SinkOptions.defaults()),
                        CatalogueFiles.load(fixture), new Pseudonymizer(TestKeys.file("access-test-key-0123456")))
                .build(env);
        env.execute("access");
    }
}
