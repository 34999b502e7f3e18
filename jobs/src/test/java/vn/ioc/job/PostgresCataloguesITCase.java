package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
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
            run(new PostgresCatalogueSources(new FileFeedSources(fixture, null), pg.url(), loaded, null), loaded.catalogues(), postgres,
                    checkpoints.resolve(name + "-p"));
            try (Client client = ClickHouseClients.open(files)) {
                assertEquals(contents(client, files.database()), contents(client, postgres.database()), name);
            }
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
