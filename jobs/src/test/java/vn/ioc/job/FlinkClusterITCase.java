package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.Aggregates;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.feed.Feed;
import vn.ioc.generate.FeedGenerator;
import vn.ioc.source.FeedDirectories;
import vn.ioc.testing.ChildJvm;
import vn.ioc.testing.IocProcess;
import vn.ioc.testing.LedgerWait;
import vn.ioc.testing.StandaloneFlinkCluster;
import vn.ioc.testing.TestClickHouse;
import vn.ioc.testing.WarehouseSnapshot;

/**
 * The feeds job on a real standalone Flink 2.2 cluster, operated as in production: a JobManager and two
 * TaskManagers as JVMs of their own from Maven Central's module jars, the -Pcluster jar submitted through the CLI
 * frontend and through the REST API, a streaming run whose TaskManager holding the tasks is killed with
 * {@code kill -9} twice while a spare takes over, then stop-with-savepoint and a resume from it. The streaming run
 * before the savepoint is the jar built from the previous commit, the resumed one this commit's: a savepoint of one
 * release restores into the next. Each run's warehouse equals, view by view and row by row, a local
 * {@code ./ioc run} over the same feeds.
 *
 * <p>The cluster's configuration decides parallelism, restarts, state backend and checkpoint storage; the key lives
 * only in the TaskManagers' environment (a file), ClickHouse's address only where {@code main} runs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlinkClusterITCase {
    private static final Path LIB = Path.of("../flink-cluster/target/lib");
    private static final Path JOB_JAR = Path.of("target/ioc-jobs-all.jar");
    private static final String SECRET = "cluster-suite-key-0123456789abcdef";
    private static final Pattern JOB_ID = Pattern.compile("ioc: job ([0-9a-f]{32}) started");

    @TempDir
    static Path work;

    private static Path feeds;
    private static StandaloneFlinkCluster cluster;
    private static String expected;
    private static long totalLines;

    @BeforeAll
    static void startClusterAndRunLocally() throws Exception {
        feeds = work.resolve("feeds");
        new FeedGenerator(FeedGenerator.DEFAULT_PROFILE, 0.005, 2023).generate(feeds, null);
        totalLines = FeedDirectories.linesPerFeed(feeds).stream().mapToLong(List::size).sum();

        Path keyFile = work.resolve("pseudonym.key");
        Files.writeString(keyFile, SECRET);
        ClickHouseConfig server = TestClickHouse.server();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("taskmanager.numberOfTaskSlots", "2");
        config.put("parallelism.default", "2");
        config.put("jobmanager.memory.process.size", "1024m");
        config.put("taskmanager.memory.process.size", "1280m");
        config.put("state.backend.type", "rocksdb");
        config.put("execution.checkpointing.incremental", "true");
        config.put("execution.checkpointing.interval", "1s");
        config.put("execution.checkpointing.dir", work.resolve("checkpoints").toUri().toString());
        config.put("execution.checkpointing.savepoint-dir", work.resolve("savepoints").toUri().toString());
        // a killed TaskManager is noticed within seconds; restarts back off and reset, never run out
        config.put("heartbeat.interval", "1000");
        config.put("heartbeat.timeout", "6000");
        config.put("restart-strategy.type", "exponential-delay");
        config.put("restart-strategy.exponential-delay.initial-backoff", "500ms");
        config.put("restart-strategy.exponential-delay.max-backoff", "5s");
        config.put("restart-strategy.exponential-delay.reset-backoff-threshold", "1min");
        cluster = StandaloneFlinkCluster.start(work.resolve("flink"), LIB, 2, config,
                clickHouseEnv(server), Map.of("IOC_PSEUDONYM_KEY_FILE", keyFile.toString()));

        ClickHouseConfig local = TestClickHouse.migratedDatabase("cluster_local");
        Process run = IocProcess.start(work, Map.of("IOC_PSEUDONYM_KEY", SECRET), work.resolve("local.log"), "run",
                "--feeds", feeds.toString(), "--database", local.database(), "--parallelism", "2");
        assertTrue(run.waitFor(5, TimeUnit.MINUTES) && run.exitValue() == 0, ChildJvm.tail(work.resolve("local.log")));
        try (Client client = ClickHouseClients.open(local)) {
            expected = WarehouseSnapshot.of(client, local.database());
        }
        assertTrue(expected.contains("== dossiers ("), expected.substring(0, Math.min(500, expected.length())));
        System.out.println("local run, rows per view: " + expected.lines().filter(l -> l.startsWith("== ")).toList());
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void withoutClickHouseUrlTheSubmissionFailsNamingIt() throws Exception {
        ClickHouseConfig db = TestClickHouse.migratedDatabase("cluster_nourl");
        Path log = work.resolve("cli-no-url.log");
        Process client = cluster.cli(List.of("run", "-c", "vn.ioc.cli.Ioc", JOB_JAR.toString(), "run", "--feeds",
                feeds.toString(), "--database", db.database()), Map.of("CLICKHOUSE_URL", ""), log);
        assertTrue(client.waitFor(3, TimeUnit.MINUTES));
        assertNotEquals(0, client.exitValue());
        assertTrue(ChildJvm.tail(log).contains("CLICKHOUSE_URL is not set"), ChildJvm.tail(log));
        assertEquals(0, cluster.get("/jobs/overview").path("jobs").size(), "nothing was submitted");
    }

    @Test
    @Order(2)
    void backfillSubmittedThroughTheCliFrontendEqualsALocalRun() throws Exception {
        ClickHouseConfig db = TestClickHouse.migratedDatabase("cluster_cli");
        Path log = work.resolve("cli-backfill.log");
        Process client = cluster.cli(List.of("run", "-c", "vn.ioc.cli.Ioc", JOB_JAR.toString(), "run", "--feeds",
                feeds.toString(), "--database", db.database()), clickHouseEnv(db), log);
        assertTrue(client.waitFor(5, TimeUnit.MINUTES), ChildJvm.tail(log));
        assertEquals(0, client.exitValue(), ChildJvm.tail(log));
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(output.contains("checkpoints in " + work.resolve("checkpoints").toUri().toString()
                .replaceAll("/$", "")), output);
        assertTrue(output.contains("ClickHouse " + db.database() + ": "), "an attached backfill ends with its summary");
        assertWarehouseEqualsLocal(db);
    }

    @Test
    @Order(3)
    void backfillSubmittedThroughTheRestApiRunsMainInTheJobManagerAndEqualsALocalRun() throws Exception {
        ClickHouseConfig db = TestClickHouse.migratedDatabase("cluster_rest");
        String jar = cluster.uploadJar(JOB_JAR);
        HttpResponse<String> run = cluster.runJar(jar, "vn.ioc.cli.Ioc", List.of("run", "--feeds", feeds.toString(),
                "--database", db.database()), 2);
        assertEquals(200, run.statusCode(), run.body());
        String jobId = new ObjectMapper().readTree(run.body()).path("jobid").asText();
        cluster.awaitJobState(jobId, "FINISHED", Duration.ofMinutes(4));
        assertTrue(cluster.jobManagerAlive(), "main ran inside the JobManager and did not end its process");
        assertWarehouseEqualsLocal(db);
    }

    @Test
    @Order(4)
    void streamingSurvivesTwoTaskManagerKillsThenStopsWithASavepointAndResumes() throws Exception {
        ClickHouseConfig db = TestClickHouse.migratedDatabase("cluster_stream");
        Path watched = work.resolve("watched");
        deliver(watched, 0);

        String first = submitStreaming(previousCommitsJar(), watched, db, null, "cli-stream-1.log");
        cluster.awaitAllTasksRunning(first, Duration.ofMinutes(2));
        for (int kill = 1; kill <= 2; kill++) {
            long checkpoints = awaitNewCheckpoint(first, 0);
            Set<String> holders = cluster.taskManagersOf(first);
            assertFalse(holders.isEmpty());
            // kill -9 of every TaskManager holding tasks, with a spare whose free slots can take them all
            if (cluster.taskManagers().size() == holders.size()) {
                cluster.startTaskManager();
                cluster.awaitTaskManagers(cluster.taskManagers().size());
            }
            for (String tm : holders) {
                cluster.kill(tm);
            }
            System.out.printf("kill -9 #%d of %s, holding the tasks of %s; live: %s%n", kill, holders, first,
                    cluster.taskManagers());
            StandaloneFlinkCluster.await(Duration.ofMinutes(2), "tasks moved off " + holders, () -> {
                Set<String> now = cluster.taskManagersOf(first);
                return !now.isEmpty() && now.stream().noneMatch(holders::contains);
            });
            cluster.awaitAllTasksRunning(first, Duration.ofMinutes(2));
            awaitNewCheckpoint(first, checkpoints);
            if (kill == 1) {
                cluster.startTaskManager();   // the next spare
            }
        }
        // the REST API serves metrics from a cache refreshed every few seconds (metrics.fetcher.update-interval)
        StandaloneFlinkCluster.await(Duration.ofSeconds(30), "a restart per kill", () -> numRestarts(first) >= 2);
        try (Client client = ClickHouseClients.open(db)) {
            LedgerWait.linesRead(client, db.database(), linesOfDelivery(0), Duration.ofMinutes(3));
        }
        String savepoint = cluster.stopWithSavepoint(first, work.resolve("savepoints"));
        cluster.awaitJobState(first, "FINISHED", Duration.ofMinutes(1));

        deliver(watched, 1);
        String second = submitStreaming(JOB_JAR, watched, db, savepoint, "cli-stream-2.log");
        try (Client client = ClickHouseClients.open(db)) {
            LedgerWait.linesRead(client, db.database(), totalLines, Duration.ofMinutes(3));
        }
        // every line is read; the sinks write what is still buffered at the next checkpoint whose barrier comes
        // after it: with one checkpoint at a time, the second to complete from now was triggered after now
        awaitNewCheckpoint(second, cluster.completedCheckpoints(second) + 1);
        cluster.cancel(second);
        assertWarehouseEqualsLocal(db);
    }

    /**
     * The -Pcluster jar of the commit before this one, built from that commit's tree (git archive, so the repository
     * and its working tree are left alone) in a directory of the test's own.
     */
    private static Path previousCommitsJar() throws Exception {
        Path tree = Files.createDirectories(work.resolve("previous-commit"));
        Path log = work.resolve("previous-commit.log");
        if (!hasParentCommit(log)) {
            // a shallow clone (CI systems often clone one commit deep) has no previous commit to build: the savepoint
            // is then taken and resumed by this commit's jar, and the run says so rather than failing the build
            System.out.println("NOTICE: this clone has no previous commit (shallow); resuming with this commit's jar "
                    + "only. " + ChildJvm.tail(log));
            return JOB_JAR;
        }
        Process archive = new ProcessBuilder("sh", "-c", "git -C .. archive --format=tar HEAD^ | tar -x -C \"$0\"",
                tree.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(archive.waitFor(2, TimeUnit.MINUTES) && archive.exitValue() == 0,
                "the previous commit's tree (a clone with its history is needed): " + ChildJvm.tail(log));
        Process build = new ProcessBuilder("mvn", "-B", "-q", "-Pcluster", "-pl", "jobs", "package",
                "-Dmaven.test.skip=true").directory(tree.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        assertTrue(build.waitFor(10, TimeUnit.MINUTES) && build.exitValue() == 0,
                "the previous commit's -Pcluster jar: " + ChildJvm.tail(log));
        return tree.resolve("jobs").resolve(JOB_JAR);
    }

    /** Whether HEAD^ exists, deepening a shallow clone by one commit when its origin can give it. */
    private static boolean hasParentCommit(Path log) throws Exception {
        String check = "git -C .. rev-parse --verify --quiet HEAD^ > /dev/null";
        Process p = new ProcessBuilder("sh", "-c", check + " || { git -C .. fetch --quiet --deepen=1 && " + check + "; }")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0;
    }

    /** Submits {@code ioc run --stream} detached through the CLI frontend; returns the job id it printed at once. */
    private static String submitStreaming(Path jar, Path watched, ClickHouseConfig db, String savepoint,
            String logName) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "-d"));
        if (savepoint != null) {
            args.addAll(List.of("-s", savepoint));
        }
        args.addAll(List.of("-c", "vn.ioc.cli.Ioc", jar.toString(), "run", "--feeds", watched.toString(),
                "--stream", "--database", db.database()));
        Path log = work.resolve(logName);
        Process client = cluster.cli(args, clickHouseEnv(db), log);
        assertTrue(client.waitFor(3, TimeUnit.MINUTES), "a detached submission returns: " + ChildJvm.tail(log));
        assertEquals(0, client.exitValue(), ChildJvm.tail(log));
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(output.contains(" dossiers, "), "no summary after a detached submission: " + output);
        Matcher id = JOB_ID.matcher(output);
        assertTrue(id.find(), output);
        return id.group(1);
    }

    private static long numRestarts(String jobId) throws Exception {
        return cluster.get("/jobs/" + jobId + "/metrics?get=numRestarts").path(0).path("value").asLong();
    }

    private static long awaitNewCheckpoint(String jobId, long after) throws Exception {
        long[] completed = new long[1];
        StandaloneFlinkCluster.await(Duration.ofMinutes(2), "a checkpoint of " + jobId + " after " + after, () -> {
            completed[0] = cluster.completedCheckpoints(jobId);
            return completed[0] > after;
        });
        return completed[0];
    }

    /** The generated feeds in two deliveries, each file written aside and moved in. */
    private static void deliver(Path watched, int delivery) throws Exception {
        List<List<String>> lines = FeedDirectories.linesPerFeed(feeds);
        for (Feed feed : Feed.values()) {
            List<String> part = part(feed, lines.get(feed.ordinal()), delivery);
            if (part.isEmpty()) {
                continue;
            }
            Path dir = Files.createDirectories(watched.resolve(feed.directory()));
            Path aside = dir.resolve(".delivery-" + delivery + ".tmp");
            Files.write(aside, part, StandardCharsets.UTF_8);
            Files.move(aside, dir.resolve("delivery-" + delivery + ".jsonl"), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static long linesOfDelivery(int delivery) throws Exception {
        List<List<String>> lines = FeedDirectories.linesPerFeed(feeds);
        return Arrays.stream(Feed.values()).mapToLong(f -> part(f, lines.get(f.ordinal()), delivery).size()).sum();
    }

    /**
     * A feed's lines in a delivery: the catalogues whole in the first (the job loads them when it starts), every
     * other feed half in each.
     */
    private static List<String> part(Feed feed, List<String> all, int delivery) {
        if (feed == Feed.AGENCIES || feed == Feed.PROCEDURES) {
            return delivery == 0 ? all : List.of();
        }
        return delivery == 0 ? all.subList(0, all.size() / 2) : all.subList(all.size() / 2, all.size());
    }

    private static void assertWarehouseEqualsLocal(ClickHouseConfig db) throws Exception {
        try (Client client = ClickHouseClients.open(db)) {
            // a detached or streaming job leaves the aggregates to ./ioc refresh, as in production
            new Aggregates().refresh(client, db.database());
            assertEquals(expected, WarehouseSnapshot.of(client, db.database()));
        }
    }

    private static Map<String, String> clickHouseEnv(ClickHouseConfig server) {
        return Map.of("CLICKHOUSE_URL", server.url(), "CLICKHOUSE_USER", server.user(), "CLICKHOUSE_PASSWORD",
                server.password());
    }
}
