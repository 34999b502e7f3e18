package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
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
import vn.ioc.testing.TestClickHouse;

/**
 * The job's metrics as Prometheus scrapes them: the MiniCluster runs Flink's Prometheus reporter (as the compose
 * stack's cluster does), the e2e fixture streams through the job, and the records read, accepted and rejected per
 * feed, summed over subtasks from the scraped text, must equal the ledger in ClickHouse; every sink reports its batch
 * sizes and insert latency per table.
 */
class MetricsITCase {
    private static final int PORT = freePort();

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).setConfiguration(reporter()).build());

    private static final Pattern SAMPLE = Pattern.compile("^(flink_\\w+)\\{([^}]*)\\} (\\S+)$");

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
                    String text = scrape();
                    read = sumBy(text, "_feed_recordsRead", "feed");
                    accepted = sumBy(text, "_feed_recordsAccepted", "feed");
                    rejected = sumBy(text, "_feed_recordsRejected", "feed");
                    batches = sumBy(text, "_table_batchRows_count", "table");
                } while (!matches(ledger, read, accepted, rejected) && System.nanoTime() < deadline);

                assertTrue(matches(ledger, read, accepted, rejected),
                        "ledger " + ledger + "\nread " + read + "\naccepted " + accepted + "\nrejected " + rejected);
                for (String table : new String[] {"dossier_facts", "processing_steps", "exchange_calls",
                        "rejected_records", "feed_ledger"}) {
                    assertTrue(batches.getOrDefault(table, 0.0) > 0, "batch sizes of " + table + ": " + batches);
                }
                assertTrue(scrape().contains("_table_insertMillis{"), "insert latency quantiles are exported");
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

    /** The values of every sample whose name ends with {@code suffix}, summed per value of one label. */
    private static Map<String, Double> sumBy(String text, String suffix, String label) {
        Map<String, Double> sums = new TreeMap<>();
        Pattern labelValue = Pattern.compile("(?:^|,)" + label + "=\"([^\"]*)\"");
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (m.matches() && m.group(1).endsWith(suffix)) {
                Matcher v = labelValue.matcher(m.group(2));
                if (v.find()) {
                    sums.merge(v.group(1), Double.parseDouble(m.group(3)), Double::sum);
                }
            }
        }
        return sums;
    }

    private static String scrape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static Configuration reporter() {
        Configuration conf = new Configuration();
        conf.setString("metrics.reporter.prom.factory.class",
                "org.apache.flink.metrics.prometheus.PrometheusReporterFactory");
        conf.setString("metrics.reporter.prom.port", Integer.toString(PORT));
        return conf;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
