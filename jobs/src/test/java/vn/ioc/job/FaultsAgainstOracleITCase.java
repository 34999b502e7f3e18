package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.FeedStatus;
import vn.ioc.clickhouse.LocalClickHouseServer;
import vn.ioc.clickhouse.Migrations;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.feed.Feed;
import vn.ioc.generate.FeedGenerator;
import vn.ioc.generate.GroundTruth;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.testing.TestKeys;
import vn.ioc.sink.SinkOptions;
import vn.ioc.testing.DossierOracle;
import vn.ioc.testing.LedgerWait;
import vn.ioc.testing.TestClickHouse;
import vn.ioc.testing.TricklingFeeds;

/**
 * Faults against an oracle: a generated province (about 3,200 dossiers) goes through the job while something goes
 * wrong, and what operators see in the {@code dossiers} view is compared with the generator's ground truth, which
 * owes nothing to the pipeline: no dossier lost, none counted twice, each with its true status and agency.
 */
class FaultsAgainstOracleITCase {
    private static final double SCALE = 0.01;

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final Pseudonymizer PSEUDONYMIZER = new Pseudonymizer(TestKeys.file("oracle-key-0123456789"));

    @TempDir
    static Path generated;

    @TempDir
    static Path truth;

    private static DossierOracle oracle;

    @BeforeAll
    static void generate() throws Exception {
        new FeedGenerator(FeedGenerator.DEFAULT_PROFILE, SCALE, 2023).generate(generated, truth);
        oracle = new DossierOracle(truth);
    }

    /** The generated delivery itself is faulty: about 10 % duplicated, 20 % reordered and 1 % days-late snapshots. */
    @Test
    void duplicatedReorderedAndLateSnapshots(@TempDir Path checkpoints) throws Exception {
        Map<String, Long> delivery = GroundTruth.readDelivery(truth);
        double snapshots = delivery.get("snapshots");
        assertTrue(delivery.get("duplicated") / snapshots >= 0.09, "duplicated " + delivery);
        assertTrue(delivery.get("reordered") / (double) delivery.get("followers") >= 0.18, "reordered " + delivery);
        assertTrue(delivery.get("late") / snapshots >= 0.007, "days late " + delivery);

        ClickHouseConfig ch = TestClickHouse.migratedDatabase("delivery");
        runBatch(new ClickHouseFeedSinks(ch, SinkOptions.defaults()), checkpoints, Duration.ofSeconds(1), 0);
        try (Client client = ClickHouseClients.open(ch)) {
            assertHolds(oracle.compare(client, ch.database()));
        }
    }

    /**
     * Three crashes at checkpoints chosen at random in one run, each after an earlier checkpoint completed: the job
     * restores each time, the dossiers match the oracle, and every other view matches a run without crashes.
     */
    @Test
    void threeCrashesAtRandomCheckpoints(@TempDir Path checkpoints) throws Exception {
        ClickHouseConfig clean = TestClickHouse.migratedDatabase("clean");
        ClickHouseConfig crashed = TestClickHouse.migratedDatabase("crashed");
        runBatch(new ClickHouseFeedSinks(clean, SinkOptions.defaults()), checkpoints.resolve("clean"),
                Duration.ofSeconds(1), 0);

        SplittableRandom rnd = new SplittableRandom();
        // each attempt fails at its 2nd or 3rd checkpoint, so every crash comes after a completed checkpoint and
        // leaves most of the data for the next attempt
        int first = 2 + rnd.nextInt(2);
        int second = 2 + rnd.nextInt(2);
        int third = 2 + rnd.nextInt(2);
        FailingOnceSinks.armAtFlushes(first, second, third);
        runBatch(new FailingOnceSinks(new ClickHouseFeedSinks(crashed, SinkOptions.defaults().withBatchRows(500))),
                checkpoints.resolve("crashed"), Duration.ofMillis(50), 5);
        assertEquals(3, FailingOnceSinks.failures(), "failures at checkpoints " + first + ", " + second + ", " + third
                + " of three attempts");
        assertTrue(FailingOnceSinks.restoredFromCheckpoint(), "the job restarted from a checkpoint");

        try (Client client = ClickHouseClients.open(clean)) {
            assertHolds(oracle.compare(client, crashed.database()));
            assertEquals(FeedsJobITCase.snapshotOfViews(client, clean.database()),
                    FeedsJobITCase.snapshotOfViews(client, crashed.database()));
        }
    }

    /**
     * Feeds arrive as files over time; ClickHouse is stopped once the first rows are in and stays down for more
     * than 30 seconds while files keep arriving. The sink retries with backoff, backpressure holds the job, and
     * once the server is back the dossiers match the oracle. Uses a server of its own, since it stops it.
     */
    @Test
    void clickHouseOutageOfHalfAMinuteWhileFeedsArrive(@TempDir Path watched, @TempDir Path checkpoints)
            throws Exception {
        TricklingFeeds feeds = new TricklingFeeds(generated, watched, 10);
        try (LocalClickHouseServer server = LocalClickHouseServer.startThrowaway()) {
            ClickHouseConfig ch = server.config().withDatabase("outage");
            try (Client client = ClickHouseClients.open(server.config())) {
                new Migrations().apply(client, ch.database());
            }
            feeds.publish(0);
            JobClient job = startStreaming(watched, ch, checkpoints, null);
            long rowsBeforeOutage;
            try (Client client = ClickHouseClients.open(ch)) {
                rowsBeforeOutage = awaitRows(client, ch.database(), 1);
            }
            server.stop();
            long stoppedAt = System.nanoTime();
            for (int chunk = 1; chunk < feeds.chunks(); chunk++) {
                feeds.publish(chunk);
                Thread.sleep(1_000);
            }
            Thread.sleep(Math.max(0, 32_000 - (System.nanoTime() - stoppedAt) / 1_000_000));
            assertEquals(JobStatus.RUNNING, job.getJobStatus().get(), "backpressure held the job");
            server.restart();
            long downSeconds = (System.nanoTime() - stoppedAt) / 1_000_000_000L;
            try (Client client = ClickHouseClients.open(ch)) {
                DossierOracle.Result result = oracle.await(client, ch.database());
                // sinks retry on their own backoff (up to 10 s after a long outage), so other tables may lag
                LedgerWait.linesRead(client, ch.database(), feeds.linesBefore(feeds.chunks()), Duration.ofMinutes(2));
                job.cancel().get();
                assertHolds(result);
                assertTrue(rowsBeforeOutage < oracle.size(), "the outage began mid-run");
                assertLedgerCounts(client, ch.database(), feeds.linesBefore(feeds.chunks()));
            }
            assertTrue(downSeconds >= 30, "ClickHouse was down for " + downSeconds + " s");
        }
    }

    /**
     * Stop with a savepoint mid-stream, then start a job graph built anew (as a rebuilt jar would) from it while
     * more files arrive. Every operator finds its state by its explicit uid (unmatched state would fail the
     * restore), the file source does not read again what it read before the stop (those files are overwritten
     * with garbage, which would be rejected), and the dossiers match the oracle.
     */
    @Test
    void stopWithSavepointAndRestartIntoARebuiltJobGraph(@TempDir Path watched, @TempDir Path checkpoints,
            @TempDir Path savepoints) throws Exception {
        TricklingFeeds feeds = new TricklingFeeds(generated, watched, 10);
        ClickHouseConfig ch = TestClickHouse.migratedDatabase("savepoint");
        int half = feeds.chunks() / 2;
        for (int chunk = 0; chunk < half; chunk++) {
            feeds.publish(chunk);
        }
        JobClient first = startStreaming(watched, ch, checkpoints.resolve("first"), null);
        try (Client client = ClickHouseClients.open(ch)) {
            LedgerWait.linesRead(client, ch.database(), feeds.linesBefore(half), Duration.ofMinutes(2));
            String savepoint = first.stopWithSavepoint(false, savepoints.toUri().toString(),
                    SavepointFormatType.CANONICAL).get(2, TimeUnit.MINUTES);

            for (int chunk = 0; chunk < half; chunk++) {
                for (Feed feed : Feed.values()) {
                    Files.writeString(feeds.chunkFile(feed, chunk), "{\"read again\": \n", StandardCharsets.UTF_8);
                }
            }
            for (int chunk = half; chunk < feeds.chunks(); chunk++) {
                feeds.publish(chunk);
            }
            JobClient second = startStreaming(watched, ch, checkpoints.resolve("second"), Path.of(
                    java.net.URI.create(savepoint)));
            DossierOracle.Result result = oracle.await(client, ch.database());
            LedgerWait.linesRead(client, ch.database(), feeds.linesBefore(feeds.chunks()), Duration.ofMinutes(2));
            second.cancel().get();
            assertHolds(result);
            assertEquals("0", ClickHouseQueries.select(client, "SELECT count() AS n FROM " + ch.database()
                    + ".rejected").get(0).get("n"), "no file read before the savepoint was read again");
            assertLedgerCounts(client, ch.database(), feeds.linesBefore(feeds.chunks()));
        }
    }


    private static void runBatch(FeedSinks sinks, Path checkpoints, Duration interval, int restarts)
            throws Exception {
        StreamExecutionEnvironment env = new JobSettings(2, interval, checkpoints, restarts).environment();
        new FeedsJob(new FileFeedSources(generated, null), sinks, CatalogueFiles.load(generated), PSEUDONYMIZER)
                .build(env);
        env.execute("faults-batch");
    }

    private static JobClient startStreaming(Path watched, ClickHouseConfig ch, Path checkpoints, Path savepoint)
            throws Exception {
        StreamExecutionEnvironment env =
                new JobSettings(2, Duration.ofMillis(500), checkpoints, 3).environment(savepoint);
        new FeedsJob(new FileFeedSources(watched, Duration.ofMillis(200)),
                        new ClickHouseFeedSinks(ch, SinkOptions.defaults()), CatalogueFiles.load(generated),
                        PSEUDONYMIZER)
                .build(env);
        return env.executeAsync("faults-streaming");
    }

    private static long awaitRows(Client client, String db, long atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            long n = Long.parseLong(ClickHouseQueries.select(client, "SELECT count() AS n FROM " + db
                    + ".dossier_facts").get(0).get("n"));
            if (n >= atLeast || System.nanoTime() > deadline) {
                return n;
            }
            Thread.sleep(100);
        }
    }


    private static void assertLedgerCounts(Client client, String db, long lines) throws Exception {
        Map<String, FeedStatus.Counts> status = FeedStatus.read(client, db);
        long read = status.values().stream().mapToLong(FeedStatus.Counts::read).sum();
        long accepted = status.values().stream().mapToLong(FeedStatus.Counts::accepted).sum();
        assertEquals(lines, read, "every line read once: " + status);
        assertEquals(lines, accepted, "generated lines are valid: " + status);
    }

    private static void assertHolds(DossierOracle.Result result) {
        assertTrue(result.holds(), result.toString());
        assertEquals(List.of(), result.examples());
    }
}
