package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.FeedStatus;
import vn.ioc.clickhouse.Migrations;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.testing.TestKeys;
import vn.ioc.sink.SinkOptions;
import vn.ioc.testing.LedgerWait;
import vn.ioc.testing.Prometheus;
import vn.ioc.testing.TestClickHouse;

/**
 * The job's metrics as Prometheus scrapes them: the MiniCluster runs Flink's Prometheus reporter (as the compose
 * stack's cluster does), the e2e fixture streams through the job, and the records read, accepted and rejected per
 * feed, summed over subtasks from the scraped text, must equal the ledger in ClickHouse; every sink reports its batch
 * sizes and insert latency per table.
 */
class MetricsITCase {
    private static final Prometheus PROMETHEUS = new Prometheus();

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).setConfiguration(PROMETHEUS.reporter()).build());

    @Test
    void recordsPerFeedAndSinkBatchesReachPrometheus(@TempDir Path checkpoints) throws Exception {
        Path fixture = Path.of(MetricsITCase.class.getResource("/fixtures/e2e").toURI());
        ClickHouseConfig ch = TestClickHouse.freshDatabase("metrics");
        try (Client client = ClickHouseClients.open(ch)) {
            new Migrations().apply(client, ch.database());
            StreamExecutionEnvironment env =
                    new JobSettings(2, Duration.ofMillis(500), checkpoints, 0).environment();
            // streaming, so the job and its metrics are still there when they are scraped
            new FeedsJob(new FileFeedSources(fixture, Duration.ofSeconds(1)),
                    new ClickHouseFeedSinks(ch, SinkOptions.defaults()), CatalogueFiles.load(fixture),
                    new Pseudonymizer(TestKeys.file("metrics-key-0123456789"))).build(env);
            JobClient job = env.executeAsync("metrics");
            try {
                Map<String, FeedStatus.Counts> ledger = awaitLedger(client, ch.database(), fixture);
                Map<String, Double> read = Map.of();
                Map<String, Double> accepted = Map.of();
                Map<String, Double> rejected = Map.of();
                Map<String, Double> batches = Map.of();
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                do {
                    // the reporter shows a metric once the task has registered it and published a value
                    Thread.sleep(500);
                    String text = PROMETHEUS.scrape();
                    read = Prometheus.sumBy(text, "_feed_recordsRead", "feed");
                    accepted = Prometheus.sumBy(text, "_feed_recordsAccepted", "feed");
                    rejected = Prometheus.sumBy(text, "_feed_recordsRejected", "feed");
                    batches = Prometheus.sumBy(text, "_table_batchRows_count", "table");
                    // a sink's batch histogram is published after its first insert, which may follow the last count
                } while (!(matches(ledger, read, accepted, rejected) && everySinkWrote(batches))
                        && System.nanoTime() < deadline);

                assertTrue(matches(ledger, read, accepted, rejected),
                        "ledger " + ledger + "\nread " + read + "\naccepted " + accepted + "\nrejected " + rejected);
                assertTrue(everySinkWrote(batches), "batch sizes per table: " + batches);
                assertTrue(PROMETHEUS.scrape().contains("_table_insertMillis{"), "insert latency quantiles are exported");
            } finally {
                job.cancel().get();
            }
        }
    }

    private static Map<String, FeedStatus.Counts> awaitLedger(Client client, String db, Path fixture)
            throws Exception {
        long lines;
        // the feed directories only (the expected results sit beside them); bytes, not text: the fixture holds a
        // line of invalid UTF-8 on purpose
        try (Stream<Path> files = Files.walk(fixture)) {
            lines = files.filter(Files::isRegularFile).filter(f -> !f.getParent().equals(fixture)).flatMap(MetricsITCase::lines)
                    .filter(line -> !line.isBlank()).count();
        }
        LedgerWait.linesRead(client, db, lines, Duration.ofMinutes(2));
        return FeedStatus.read(client, db);
    }

    private static Stream<String> lines(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean everySinkWrote(Map<String, Double> batches) {
        for (String table : new String[] {"dossier_facts", "processing_steps", "exchange_calls", "rejected_records",
            "feed_ledger"}) {
            if (batches.getOrDefault(table, 0.0) <= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Map<String, FeedStatus.Counts> ledger, Map<String, Double> read,
            Map<String, Double> accepted, Map<String, Double> rejected) {
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> actual = new TreeMap<>();
        ledger.forEach((name, c) -> {
            expected.put(name, c.read() + "/" + c.accepted() + "/" + c.rejected());
            // the reporter writes label values with '_' for '-'
            String feed = name.replace('-', '_');
            actual.put(name, Math.round(read.getOrDefault(feed, -1.0)) + "/"
                    + Math.round(accepted.getOrDefault(feed, -1.0)) + "/"
                    + Math.round(rejected.getOrDefault(feed, -1.0)));
        });
        return expected.equals(actual);
    }
}
