package vn.ioc.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
import vn.ioc.job.JobSettings;

/**
 * The sink against a ClickHouse that goes away: the server is stopped for 35 seconds in the middle of a run and
 * started again. The sink retries with backoff, backpressure holds the job, and every row arrives exactly once in
 * effect. Uses a server of its own, since it stops it.
 */
class ClickHouseSinkITCase {
    private static final int ROWS = 30_000;

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    /** Rows of the test table; tabs, quotes and Vietnamese text exercise the encoding. */
    static final class NumberEncoder implements RowEncoder<Long> {
        @Override
        public String table() {
            return "numbers";
        }

        @Override
        public List<String> columns() {
            return List.of("id", "label");
        }

        @Override
        public void encode(Long id, TsvRow out) {
            out.number(id).string("số\t" + id + " 'x'\n");
        }
    }

    @Test
    void rowsSurviveAClickHouseOutageOfHalfAMinute(@TempDir Path checkpoints) throws Exception {
        try (LocalClickHouseServer server = LocalClickHouseServer.startThrowaway()) {
            ClickHouseConfig ch = server.config().withDatabase("outage");
            try (Client client = ClickHouseClients.open(server.config())) {
                ClickHouseQueries.execute(client, "CREATE DATABASE outage");
                ClickHouseQueries.execute(client, "CREATE TABLE outage.numbers (id UInt64, label String)"
                        + " ENGINE = ReplacingMergeTree ORDER BY id");
            }
            StreamExecutionEnvironment env = new JobSettings(2, Duration.ofSeconds(1), checkpoints, 3).environment();
            env.fromSequence(1, ROWS)
                    .map(id -> {
                        // a steady trickle, so that the run spans the outage
                        Thread.sleep(2);
                        return id;
                    })
                    .returns(Long.class)
                    .sinkTo(new ClickHouseSink<>(ch, new NumberEncoder(),
                            SinkOptions.defaults().withBatchRows(500).withFlushInterval(Duration.ofMillis(200))));
            CompletableFuture<Void> job = CompletableFuture.runAsync(() -> {
                try {
                    env.execute("outage");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            Thread.sleep(5_000);
            server.stop();
            long stoppedAt = System.nanoTime();
            Thread.sleep(35_000);
            assertTrue(!job.isDone(), "backpressure held the job while ClickHouse was down");
            server.restart();
            long downSeconds = (System.nanoTime() - stoppedAt) / 1_000_000_000L;
            job.get();

            try (Client client = ClickHouseClients.open(server.config())) {
                Map<String, String> r = ClickHouseQueries.select(client,
                        "SELECT count() AS n, uniqExact(id) AS ids, sum(id) AS total, any(label) LIKE 'số\\t%' AS text"
                                + " FROM outage.numbers FINAL").get(0);
                assertEquals(String.valueOf(ROWS), r.get("n"), "no row lost or counted twice");
                assertEquals(String.valueOf(ROWS), r.get("ids"));
                assertEquals(String.valueOf((long) ROWS * (ROWS + 1) / 2), r.get("total"));
                assertEquals("1", r.get("text"));
            }
            assertTrue(downSeconds >= 30, "ClickHouse was down for " + downSeconds + " s");
        }
    }
}
