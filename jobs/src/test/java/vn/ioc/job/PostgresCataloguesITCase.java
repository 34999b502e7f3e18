package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.Migrations;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.enrich.Catalogues;
import vn.ioc.enrich.PostgresCatalogues;
import vn.ioc.postgres.PostgresConnection;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.testing.TestKeys;
import vn.ioc.sink.SinkOptions;
import vn.ioc.testing.TestClickHouse;
import vn.ioc.testing.TestPostgres;

/**
 * The catalogues through PostgreSQL and flink-connector-jdbc (4.0.0-2.0 with Flink 2.2.0) against a real
 * PostgreSQL: the e2e and reuse fixtures' catalogues are stored, read back through the connector, and the job's
 * results in ClickHouse are the same as with the catalogue files.
 */
class PostgresCataloguesITCase {
    private static final Pseudonymizer PSEUDONYMIZER = new Pseudonymizer(TestKeys.file("pg-test-key-0123456789"));

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void postgresCataloguesGiveTheSameClickHouseContentsAsFiles(@TempDir Path checkpoints) throws Exception {
        for (String name : List.of("e2e", "reuse")) {
            Path fixture = Path.of(getClass().getResource("/fixtures/" + name).toURI());
            PostgresConnection pg = freshDatabase(name);
            int stored = PostgresCatalogues.store(pg, fixture);
            PostgresCatalogues.Loaded loaded = PostgresCatalogues.read(pg);
            assertEquals(stored, loaded.agencies().size() + loaded.procedures().size(), name);
            assertTrue(loaded.catalogues().procedures().size() > 0, name + ": replaceable components survive the trip");

            ClickHouseConfig files = migrated(TestClickHouse.freshDatabase("files_" + name));
            ClickHouseConfig postgres = migrated(TestClickHouse.freshDatabase("postgres_" + name));
            run(new FileFeedSources(fixture, null), CatalogueFiles.load(fixture), files, checkpoints.resolve(name + "-f"));
            run(new PostgresCatalogueSources(new FileFeedSources(fixture, null), pg.url(), pg.user(), loaded, null),
                    loaded.catalogues(), postgres, checkpoints.resolve(name + "-p"));
            try (Client client = ClickHouseClients.open(files)) {
                assertEquals(contents(client, files.database()), contents(client, postgres.database()), name);
            }
        }
    }

    /**
     * A streaming job reads PostgreSQL's catalogue again while it runs: the reform entered in the one-stop system's
     * table (a commune ended, with its successor) reaches the running job, whose dossiers of that commune and whose
     * agencies row take the successor; only the changed row is read again.
     */
    @Test
    void aCatalogueChangeInPostgresReachesAStreamingJob(@TempDir Path watched, @TempDir Path checkpoints)
            throws Exception {
        Path fixture = Path.of(getClass().getResource("/fixtures/e2e").toURI());
        PostgresConnection pg = freshDatabase("stream");
        PostgresCatalogues.store(pg, fixture);
        String commune = "000.22.23.H08";
        update(pg, "UPDATE dvc_agencies SET hieu_luc_den = NULL, ma_don_vi_ke_thua = NULL WHERE ma_don_vi = '"
                + commune + "'");
        PostgresCatalogues.Loaded loaded = PostgresCatalogues.read(pg);
        ClickHouseConfig ch = migrated(TestClickHouse.freshDatabase("postgres_stream"));
        for (String feed : List.of("dossier-sync", "processing-log", "exchange-log")) {
            Path dir = Files.createDirectories(watched.resolve(feed));
            Files.copy(fixture.resolve(feed).resolve("part-00000.jsonl"), dir.resolve(".part.tmp"));
            Files.move(dir.resolve(".part.tmp"), dir.resolve("part-00000.jsonl"), StandardCopyOption.ATOMIC_MOVE);
        }
        StreamExecutionEnvironment env = new JobSettings(2, Duration.ofMillis(500), checkpoints, 0).environment();
        new FeedsJob(new PostgresCatalogueSources(new FileFeedSources(watched, Duration.ofMillis(200)), pg.url(),
                        pg.user(), loaded, Duration.ofSeconds(1)),
                new ClickHouseFeedSinks(ch, SinkOptions.defaults().withFlushInterval(Duration.ofMillis(200))),
                loaded.catalogues(), PSEUDONYMIZER).build(env);
        JobClient job = env.executeAsync("catalogues-stream");
        try (Client client = ClickHouseClients.open(ch)) {
            String successors = "SELECT DISTINCT successor_agency_code FROM " + ch.database()
                    + ".dossiers WHERE agency_code = '" + commune + "'";
            awaitRows(client, successors, commune);
            update(pg, "UPDATE dvc_agencies SET hieu_luc_den = '20250630', ma_don_vi_ke_thua = '000.22.23.H39'"
                    + " WHERE ma_don_vi = '" + commune + "'");
            awaitRows(client, successors, "000.22.23.H39");
            awaitRows(client, "SELECT current_successor_code FROM " + ch.database() + ".agencies FINAL WHERE"
                    + " agency_code = '" + commune + "'", "000.22.23.H39");
            awaitRows(client, "SELECT lines_read FROM " + ch.database() + ".feed_status WHERE feed = 'agencies'",
                    String.valueOf(loaded.agencies().size() + 1));
        } finally {
            CatalogueStreamITCase.cancel(job);
        }
    }

    private static void awaitRows(Client client, String sql, String expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String rows;
        do {
            rows = FeedsJobITCase.tsv(client, sql);
            if (rows.equals(expected)) {
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        assertEquals(expected, rows, sql);
    }

    private static void update(PostgresConnection pg, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.url(), pg.user(), pg.password());
                Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    /**
     * Every view and dimension; rejected lines of the feeds that do not come from PostgreSQL (a catalogue line too
     * broken to store, like a procedure without its code, never reaches the database).
     */
    private static String contents(Client client, String db) throws Exception {
        return String.join("\n---\n",
                FeedsJobITCase.tsv(client, String.format(FeedsJobITCase.DOSSIER_QUERY, db)),
                FeedsJobITCase.tsv(client, "SELECT * FROM " + db + ".steps ORDER BY dossier_id, step_at, officer"),
                FeedsJobITCase.tsv(client, "SELECT * FROM " + db + ".calls ORDER BY call_id"),
                FeedsJobITCase.tsv(client, "SELECT * FROM " + db + ".reuse ORDER BY dossier_id"),
                FeedsJobITCase.tsv(client, "SELECT * FROM " + db + ".registries ORDER BY registry, key_ref"),
                FeedsJobITCase.tsv(client, "SELECT * FROM " + db + ".agencies FINAL ORDER BY agency_code"),
                FeedsJobITCase.tsv(client, "SELECT * FROM " + db + ".procedures FINAL ORDER BY procedure_code"),
                FeedsJobITCase.tsv(client, "SELECT code, dossier_id FROM " + db + ".findings ORDER BY code, dossier_id"),
                FeedsJobITCase.tsv(client, "SELECT feed, source_file, offset, reason, payload FROM " + db
                        + ".rejected WHERE feed NOT IN ('agencies', 'procedures') ORDER BY feed, source_file, offset"),
                FeedsJobITCase.tsv(client, "SELECT * FROM " + db + ".headline_rates_by_level"));
    }

    private static void run(FeedSources sources, Catalogues catalogues, ClickHouseConfig ch, Path checkpoints)
            throws Exception {
        StreamExecutionEnvironment env = new JobSettings(2, Duration.ofMillis(500), checkpoints, 0).environment();
        new FeedsJob(sources, new ClickHouseFeedSinks(ch, SinkOptions.defaults()), catalogues, PSEUDONYMIZER).build(env);
        env.execute("catalogues");
    }

    private static ClickHouseConfig migrated(ClickHouseConfig ch) throws Exception {
        try (Client client = ClickHouseClients.open(ch)) {
            new Migrations().apply(client, ch.database());
        }
        return ch;
    }

    private static PostgresConnection freshDatabase(String name) throws Exception {
        PostgresConnection server = TestPostgres.server();
        String db = "ioc_" + name + "_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + db);
            st.execute("CREATE DATABASE " + db);
        }
        return new PostgresConnection(server.url().substring(0, server.url().lastIndexOf('/') + 1) + db,
                server.user(), server.password());
    }
}
