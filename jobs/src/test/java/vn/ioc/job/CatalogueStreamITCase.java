package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.Aggregates;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.enrich.Catalogues;
import vn.ioc.feed.Feed;
import vn.ioc.generate.FeedGenerator;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.sink.SinkOptions;
import vn.ioc.source.FeedDirectories;
import vn.ioc.testing.LedgerWait;
import vn.ioc.testing.TestClickHouse;
import vn.ioc.testing.TestKeys;
import vn.ioc.testing.WarehouseSnapshot;

/**
 * The agency and procedure catalogues reach a streaming job while it runs, and the rows they change are derived
 * again: a job started before its catalogues, and a job through which the 2025 mergers arrive, end with every view
 * (the indicator inputs and the aggregates too, after a refresh) equal row by row to a run that knew the final
 * catalogue from the start. The feeds are the national profile's 2025 (the 63 provinces, then the 34 of the reform
 * from 1 July): before the reform, its units had no successor, and the units it created did not exist.
 */
class CatalogueStreamITCase {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pseudonymizer PSEUDONYMIZER = new Pseudonymizer(TestKeys.file("catalogue-key-0123456789"));
    private static final String REFORM = "20250701";

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @TempDir
    static Path work;

    private static List<List<String>> lines;
    /** The agencies as the catalogue said before the reform, then what the reform changed or added. */
    private static List<String> beforeReform;
    private static List<String> reform;
    private static String expected;

    @BeforeAll
    static void generateAndRunWithTheFinalCatalogue(@TempDir Path checkpoints) throws Exception {
        Path generated = work.resolve("generated");
        new FeedGenerator("national", 0.00005, 2025).generate(generated);
        lines = FeedDirectories.linesPerFeed(generated);
        splitAtTheReform(lines.get(Feed.AGENCIES.ordinal()));
        assertTrue(reform.size() > 20, "the reform changes units: " + reform.size());

        // the same lines in one file each: the catalogue read in order, the reform after what it changes
        Path feeds = work.resolve("final");
        for (Feed feed : Feed.values()) {
            write(feeds, feed, "part-00000.jsonl", feed == Feed.AGENCIES ? all() : lines.get(feed.ordinal()));
        }
        ClickHouseConfig ch = TestClickHouse.migratedDatabase("catalogue_final");
        StreamExecutionEnvironment env = new JobSettings(2, Duration.ofSeconds(1), checkpoints, 0).environment();
        new FeedsJob(new FileFeedSources(feeds, null), new ClickHouseFeedSinks(ch, SinkOptions.defaults()),
                CatalogueFiles.load(feeds), PSEUDONYMIZER).build(env);
        env.execute("catalogue-final");
        try (Client client = ClickHouseClients.open(ch)) {
            new Aggregates().refresh(client, ch.database());
            expected = WarehouseSnapshot.of(client, ch.database());
        }
        System.out.println("final catalogue, rows per view: "
                + expected.lines().filter(l -> l.startsWith("== ")).toList());
    }

    @Test
    void cataloguesArrivingAfterTheDossiersStepsAndCallsReviseThem(@TempDir Path watched, @TempDir Path checkpoints)
            throws Exception {
        ClickHouseConfig ch = TestClickHouse.migratedDatabase("catalogue_late");
        JobClient job = stream(watched, checkpoints, ch, Catalogues.empty(), "catalogue-late");
        try (Client client = ClickHouseClients.open(ch)) {
            long others = 0;
            for (Feed feed : Feed.values()) {
                if (feed != Feed.AGENCIES && feed != Feed.PROCEDURES) {
                    publish(watched, feed, "part-00000.jsonl", lines.get(feed.ordinal()));
                    others += lines.get(feed.ordinal()).size();
                }
            }
            LedgerWait.linesRead(client, ch.database(), others, Duration.ofMinutes(2));
            await(client, "SELECT count() > 0 AND countIf(province_code != '') = 0 FROM " + ch.database()
                    + ".steps", "steps written, none with a province yet");
            await(client, "SELECT count() > 0 AND countIf(has(quality_flags, 'UNKNOWN_AGENCY')) = count() FROM "
                    + ch.database() + ".dossiers", "dossiers written, every agency unknown yet");

            publish(watched, Feed.PROCEDURES, "part-00000.jsonl", lines.get(Feed.PROCEDURES.ordinal()));
            publish(watched, Feed.AGENCIES, "part-00000.jsonl", all());
            assertEquals(expected, awaitWarehouse(client, ch.database()));
        } finally {
            cancel(job);
        }
    }

    @Test
    void theReformArrivingMidRunGivesTheRowsOfACatalogueKnownFromTheStart(@TempDir Path watched,
            @TempDir Path checkpoints) throws Exception {
        ClickHouseConfig ch = TestClickHouse.migratedDatabase("catalogue_reform");
        // the job is built with the catalogue of before the reform, as a job started in June 2025 was
        Path before = work.resolve("before-reform");
        write(before, Feed.AGENCIES, "part-00000.jsonl", beforeReform);
        write(before, Feed.PROCEDURES, "part-00000.jsonl", lines.get(Feed.PROCEDURES.ordinal()));
        JobClient job = stream(watched, checkpoints, ch, CatalogueFiles.load(before), "catalogue-reform");
        try (Client client = ClickHouseClients.open(ch)) {
            long total = 0;
            for (Feed feed : Feed.values()) {
                List<String> part = feed == Feed.AGENCIES ? beforeReform : lines.get(feed.ordinal());
                publish(watched, feed, "part-00000.jsonl", part);
                total += part.size();
            }
            LedgerWait.linesRead(client, ch.database(), total, Duration.ofMinutes(2));
            await(client, "SELECT count() > 0 AND countIf(successor_agency_code != agency_code) = 0 FROM "
                    + ch.database() + ".dossiers", "dossiers written, none with a successor before the reform");

            publish(watched, Feed.AGENCIES, "part-00001.jsonl", reform);
            assertEquals(expected, awaitWarehouse(client, ch.database()));
        } finally {
            cancel(job);
        }
    }

    private static JobClient stream(Path watched, Path checkpoints, ClickHouseConfig ch, Catalogues initial,
            String name) throws Exception {
        StreamExecutionEnvironment env = new JobSettings(2, Duration.ofMillis(500), checkpoints, 0).environment();
        new FeedsJob(new FileFeedSources(watched, Duration.ofMillis(200)),
                new ClickHouseFeedSinks(ch, SinkOptions.defaults().withFlushInterval(Duration.ofMillis(200))),
                initial, PSEUDONYMIZER).build(env);
        return env.executeAsync(name);
    }

    /** Cancels the job and waits until it has stopped, so that no checkpoint is being written into its directory. */
    static void cancel(JobClient job) throws Exception {
        job.cancel().get();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!job.getJobStatus().get().isTerminalState() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** Rows are revised as the catalogue arrives: refresh and compare until equal; the last snapshot otherwise. */
    private static String awaitWarehouse(Client client, String database) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        String actual;
        do {
            Thread.sleep(1_000);
            new Aggregates().refresh(client, database);
            actual = WarehouseSnapshot.of(client, database);
        } while (!actual.equals(expected) && System.nanoTime() < deadline);
        return actual;
    }

    /** Waits until a query's one value is 1 (true). */
    private static void await(Client client, String sql, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        String value;
        do {
            value = ClickHouseQueries.select(client, sql).get(0).values().iterator().next();
            if (value.equals("1")) {
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        assertEquals("1", value, what);
    }

    /**
     * The catalogue before the reform: the units it created left out, the units it ended still valid and without
     * successor. The reform's lines are the final lines of every unit it changed or created.
     */
    private static void splitAtTheReform(List<String> agencies) throws Exception {
        beforeReform = new ArrayList<>();
        reform = new ArrayList<>();
        for (String line : agencies) {
            ObjectNode a = (ObjectNode) JSON.readTree(line);
            String from = a.path("HieuLucTu").asText("");
            if (from.compareTo(REFORM) >= 0) {
                reform.add(line);
            } else if (a.hasNonNull("HieuLucDen") || a.hasNonNull("MaDonViKeThua")) {
                reform.add(line);
                a.remove("HieuLucDen");
                a.remove("MaDonViKeThua");
                beforeReform.add(JSON.writeValueAsString(a));
            } else {
                beforeReform.add(line);
            }
        }
    }

    private static List<String> all() {
        List<String> all = new ArrayList<>(beforeReform);
        all.addAll(reform);
        return all;
    }

    private static void write(Path root, Feed feed, String file, List<String> part) throws Exception {
        Path dir = Files.createDirectories(root.resolve(feed.directory()));
        Files.write(dir.resolve(file), part, StandardCharsets.UTF_8);
    }

    /** A file written aside and moved in, so that the watching job finds it whole. */
    private static void publish(Path watched, Feed feed, String file, List<String> part) throws Exception {
        Path dir = Files.createDirectories(watched.resolve(feed.directory()));
        Path aside = dir.resolve("." + file + ".tmp");
        Files.write(aside, part, StandardCharsets.UTF_8);
        Files.move(aside, dir.resolve(file), StandardCopyOption.ATOMIC_MOVE);
    }
}
