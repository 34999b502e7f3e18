package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.clickhouse.client.api.Client;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.FeedStatus;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.sink.SinkOptions;
import vn.ioc.testing.Prometheus;
import vn.ioc.testing.TestClickHouse;
import vn.ioc.testing.TestKeys;

/**
 * Producers that break the file protocol, against the streaming job: appending to a file already read, leaving a
 * half line at its end, creating a file empty and filling it later, writing temp files beside the feed files. Every
 * line of every feed file is read or reported unread (ledger, ./ioc status); temp names are never read.
 */
class NaiveProducersITCase {

    private static final Prometheus PROMETHEUS = new Prometheus();

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).setConfiguration(PROMETHEUS.reporter()).build());

    private static int serial;

    private static String lines(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(line()).append('\n');
        }
        return sb.toString();
    }

    private static String line() {
        return String.format("{\"MaHoSo\":\"NAIVE-%04d\",\"MaTTHC\":\"1.001\",\"DonViXuLy\":\"000.00.00.H08\","
                + "\"KenhThucHien\":2,\"TrangThaiHoSo\":1,\"NgayNopHoSo\":\"20230105080000\"}", ++serial);
    }

    @Test
    void everyLineIsReadOrReportedUnread(@TempDir Path root, @TempDir Path checkpoints) throws Exception {
        ClickHouseConfig ch = TestClickHouse.migratedDatabase("naive");
        Path dir = Files.createDirectories(root.resolve("dossier-sync"));
        StreamExecutionEnvironment env = new JobSettings(2, Duration.ofMillis(500), checkpoints, 0).environment();
        new FeedsJob(new FileFeedSources(root, Duration.ofMillis(300)),
                new ClickHouseFeedSinks(ch, SinkOptions.defaults().withFlushInterval(Duration.ofMillis(200))),
                CatalogueFiles.load(root), new Pseudonymizer(TestKeys.file("naive-key-0123456789"))).build(env);
        JobClient job = env.executeAsync("naive-producers");
        try (Client client = ClickHouseClients.open(ch)) {
            // by the protocol: written aside, renamed into place
            Path aside = dir.resolve("part-1.jsonl.tmp");
            Files.writeString(aside, lines(5));
            Files.move(aside, dir.resolve("complete.jsonl"), StandardCopyOption.ATOMIC_MOVE);
            // temp names are never read, whatever they hold
            Files.writeString(dir.resolve(".hidden.jsonl"), lines(3));
            Files.writeString(dir.resolve("part-2.jsonl.tmp"), lines(3));
            // appended after it was read
            Files.writeString(dir.resolve("appended.jsonl"), lines(3));
            // a half line at its end, completed later
            Files.writeString(dir.resolve("half.jsonl"), lines(2) + "{\"MaHoSo\":\"NAIVE-HALF\",");
            // created empty, filled later
            Files.writeString(dir.resolve("empty-then-filled.jsonl"), "");
            awaitRead(client, ch.database(), Map.of("complete.jsonl", 5, "appended.jsonl", 3, "half.jsonl", 2));

            Files.writeString(dir.resolve("appended.jsonl"), lines(4), StandardOpenOption.APPEND);
            Files.writeString(dir.resolve("half.jsonl"), "\"KenhThucHien\":2}\n" + lines(1), StandardOpenOption.APPEND);
            Files.writeString(dir.resolve("empty-then-filled.jsonl"), lines(6), StandardOpenOption.APPEND);

            Map<String, Integer> written = Map.of("complete.jsonl", 5, "appended.jsonl", 7, "half.jsonl", 4,
                    "empty-then-filled.jsonl", 6);
            Map<String, long[]> ledger = awaitAccounted(client, ch.database(), written);
            assertEquals(4, ledger.get("appended.jsonl")[1], "the appended lines are unread");
            assertEquals(2, ledger.get("half.jsonl")[1], "the completed half line and the line after it");
            assertFalse(ledger.containsKey(".hidden.jsonl") || ledger.containsKey("part-2.jsonl.tmp"),
                    "temp names never read: " + ledger.keySet());

            FeedStatus.Counts status = FeedStatus.read(client, ch.database()).get("dossier-sync");
            long unread = ledger.values().stream().mapToLong(c -> c[1]).sum();
            assertEquals(unread, status.unread(), "./ioc status shows the unread lines");
            assertEquals(22, status.read() + status.unread(), "every line written to a feed file");
            assertEquals(status.read(), status.accepted() + status.rejected());
            assertEquals((double) unread, awaitUnreadMetric(unread), "the metric counts the unread lines");
        } finally {
            job.cancel().get();
        }
    }

    /** The metric feed.recordsUnread of dossier-sync, once it reaches the expected value (or after a minute). */
    private static double awaitUnreadMetric(long expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        double seen = -1;
        while (System.nanoTime() < deadline && seen != expected) {
            // the reporter writes label values with '_' for '-'
            seen = Prometheus.sumBy(PROMETHEUS.scrape(), "_feed_recordsUnread", "feed").getOrDefault("dossier_sync",
                    -1.0);
            Thread.sleep(300);
        }
        return seen;
    }

    /** Waits until the given files have had at least this many lines read. */
    private static void awaitRead(Client client, String db, Map<String, Integer> lines) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, long[]> ledger = ledger(client, db);
            if (lines.entrySet().stream().allMatch(e -> ledger.containsKey(e.getKey())
                    && ledger.get(e.getKey())[0] >= e.getValue())) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not read in time: " + lines);
    }

    /** Waits until read + unread equals the lines written, file by file; returns the ledger per file. */
    private static Map<String, long[]> awaitAccounted(Client client, String db, Map<String, Integer> written)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        Map<String, long[]> ledger = Map.of();
        while (System.nanoTime() < deadline) {
            ledger = ledger(client, db);
            Map<String, long[]> seen = ledger;
            if (written.entrySet().stream().allMatch(e -> seen.containsKey(e.getKey())
                    && seen.get(e.getKey())[0] + seen.get(e.getKey())[1] == e.getValue())) {
                return ledger;
            }
            Thread.sleep(200);
        }
        Map<String, String> shown = new HashMap<>();
        ledger.forEach((f, c) -> shown.put(f, "read " + c[0] + ", unread " + c[1]));
        throw new AssertionError("lines written " + written + ", ledger " + shown);
    }

    /** Per file name: lines read, lines reported unread. */
    private static Map<String, long[]> ledger(Client client, String db) throws Exception {
        Map<String, long[]> out = new HashMap<>();
        List<Map<String, String>> rows = ClickHouseQueries.select(client, "SELECT source_file, countIf(unread = 0)"
                + " AS n_read, sum(unread) AS n_unread FROM " + db + ".feed_ledger FINAL GROUP BY source_file");
        for (Map<String, String> r : rows) {
            String file = r.get("source_file");
            out.put(file.substring(file.lastIndexOf('/') + 1),
                    new long[] {Long.parseLong(r.get("n_read")), Long.parseLong(r.get("n_unread"))});
        }
        return out;
    }
}
