package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.Aggregates;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.generate.FeedGenerator;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.sink.SinkOptions;
import vn.ioc.testing.TestClickHouse;
import vn.ioc.testing.TestKeys;
import vn.ioc.testing.WarehouseSnapshot;

/**
 * A bounded run (BATCH runtime mode: each dossier's final rows written once) and a streaming run (every revision
 * written as it comes) of the same generated province leave the same warehouse: every table, merged as its engine
 * merges, and every view, after the aggregates are refreshed. The bounded run writes fewer rows to get there.
 */
class BoundedRunITCase {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2)
                    .build());

    private static final String SECRET = "bounded-run-test-key-0123456789";

    @Test
    void boundedAndStreamingRunsOfTheSameFeedsLeaveIdenticalTablesAndViews(@TempDir Path feeds,
            @TempDir Path checkpoints) throws Exception {
        new FeedGenerator(FeedGenerator.DEFAULT_PROFILE, 0.01, 2023).generate(feeds);
        ClickHouseConfig streaming = TestClickHouse.migratedDatabase("run_streaming");
        ClickHouseConfig bounded = TestClickHouse.migratedDatabase("run_bounded");

        run(feeds, streaming, new JobSettings(2, Duration.ofMillis(500), checkpoints.resolve("s"), 0).environment());
        run(feeds, bounded, JobSettings.bounded(
                new JobSettings(2, Duration.ofMillis(500), checkpoints.resolve("b"), 0).environment()));

        try (Client client = ClickHouseClients.open(bounded)) {
            String expected = tables(client, streaming.database()) + WarehouseSnapshot.of(client, streaming.database());
            String actual = tables(client, bounded.database()) + WarehouseSnapshot.of(client, bounded.database());
            assertTrue(expected.contains("== dossier_reuse (") && expected.contains("== dossiers ("), "tables and views");
            assertEquals(expected, actual);
            long streamedRows = rows(client, streaming.database(), "dossier_facts");
            long boundedRows = rows(client, bounded.database(), "dossier_facts");
            long dossiers = Long.parseLong(ClickHouseQueries.select(client, "SELECT count() AS n FROM "
                    + bounded.database() + ".dossier_facts FINAL").get(0).get("n"));
            assertEquals(dossiers, boundedRows, "a bounded run writes each dossier's row once");
            assertTrue(streamedRows > boundedRows, "streaming writes every newer version: " + streamedRows);
            assertEquals(dossiers, rows(client, bounded.database(), "dossier_reuse"), "and each reuse row once");
        }
    }

    private static void run(Path feeds, ClickHouseConfig ch, StreamExecutionEnvironment env) throws Exception {
        new FeedsJob(new FileFeedSources(feeds, null), new ClickHouseFeedSinks(ch, SinkOptions.defaults()),
                CatalogueFiles.load(feeds), new Pseudonymizer(TestKeys.file(SECRET))).build(env);
        env.execute("bounded-run-test");
        try (Client client = ClickHouseClients.open(ch)) {
            new Aggregates().refresh(client, ch.database());
        }
    }

    /** Rows as inserted, before any merge. */
    private static long rows(Client client, String db, String table) throws Exception {
        return Long.parseLong(ClickHouseQueries.select(client, "SELECT sum(rows) AS n FROM system.parts WHERE active"
                + " AND database = '" + db + "' AND table = '" + table + "'").get(0).get("n"));
    }

    /**
     * Every table's rows as its engine defines them (FINAL for the replacing ones), in a fixed order, without the
     * columns the server fills with the insert's time, and without refresh_state, which says when each aggregate
     * was refreshed (their checksums and contents are compared).
     */
    static String tables(Client client, String db) throws Exception {
        StringBuilder out = new StringBuilder();
        for (Map<String, String> t : ClickHouseQueries.select(client, "SELECT name, engine FROM system.tables WHERE"
                + " database = '" + db + "' AND engine LIKE '%MergeTree' AND name != 'refresh_state' ORDER BY name")) {
            String table = db + "." + t.get("name");
            List<String> columns = ClickHouseQueries.select(client, "DESCRIBE TABLE " + table).stream()
                    .filter(c -> !String.valueOf(c.get("default_expression")).contains("now()"))
                    .map(c -> c.get("name")).toList();
            String select = columns.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
            List<String> rows = ClickHouseQueries.select(client, "SELECT " + select + " FROM " + table
                            + (t.get("engine").startsWith("Replacing") ? " FINAL" : "")).stream()
                    .map(r -> columns.stream().map(c -> String.valueOf(r.get(c))).collect(Collectors.joining("\t")))
                    .sorted()
                    .toList();
            out.append("== ").append(t.get("name")).append(" (").append(rows.size()).append(" rows)\n");
            rows.forEach(r -> out.append(r).append('\n'));
        }
        return out.toString();
    }
}
