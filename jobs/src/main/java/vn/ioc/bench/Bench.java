package vn.ioc.bench;

import com.clickhouse.client.api.Client;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.Migrations;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.enrich.Catalogues;
import vn.ioc.feed.Feed;
import vn.ioc.generate.FeedGenerator;
import vn.ioc.job.ClickHouseFeedSinks;
import vn.ioc.job.FeedSources;
import vn.ioc.job.FeedsJob;
import vn.ioc.job.FileFeedSources;
import vn.ioc.job.JobProgress;
import vn.ioc.job.JobSettings;
import vn.ioc.parse.ParseFunction;
import vn.ioc.privacy.PseudonymKeySource;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.progress.Progress;
import vn.ioc.sink.SinkOptions;

/**
 * One benchmark run: generate a workload's feeds with a fixed seed, run the feeds job over them into ClickHouse,
 * and measure in the same run the baselines it is judged against (parse only; ClickHouse insert only of the same
 * output rows; ClickHouse alone from the raw feeds), memory, state and, per workload, freshness or query times.
 * Everything goes into one JSON object with the keys the project compares runs by.
 */
public final class Bench {
    /** The workloads; {@code scale} 1 is each one's full size. */
    public enum Workload {
        /** Bình Định, Jan–Aug 2023: about 320,000 dossiers with all their lines and the province's registries. */
        BD2023("bd2023", 1.0),
        /** A national month: about 6 M dossiers, 10 M citizens, 1 M enterprises (and their insurance). */
        NATIONAL_MONTH("national-month", 6_000_000 / 320_000.0),
        /** Feeds appended at a fixed rate while the job streams. */
        STREAM("stream", 0.05);

        private final String id;
        /** The generator's bd2023 scale at workload scale 1. */
        private final double generatorScale;

        Workload(String id, double generatorScale) {
            this.id = id;
            this.generatorScale = generatorScale;
        }

        public String id() {
            return id;
        }

        public static Workload of(String id) {
            for (Workload w : values()) {
                if (w.id.equals(id)) {
                    return w;
                }
            }
            throw new IllegalArgumentException("unknown workload " + id
                    + " (known: bd2023, national-month, national-year, stream)");
        }
    }

    /**
     * @param endToEndOnly measure the end-to-end run alone: the baselines and query times stay null (a national
     *     month at full size takes minutes per stage, and the end-to-end run is what it is judged by)
     */
    public record Options(Workload workload, double scale, int parallelism, long seed, Path workDir,
            int streamSeconds, int streamRate, int queryRepeats, boolean endToEndOnly) {
        public Options(Workload workload, double scale, int parallelism, long seed, Path workDir, int streamSeconds,
                int streamRate, int queryRepeats) {
            this(workload, scale, parallelism, seed, workDir, streamSeconds, streamRate, queryRepeats, false);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClickHouseConfig server;
    /** The ClickHouse server's process when it runs on this machine, for its peak memory; null otherwise. */
    private final Long clickHousePid;
    private final PostgresComparison postgres;

    public Bench(ClickHouseConfig server, Long clickHousePid, PostgresComparison postgres) {
        this.server = server;
        this.clickHousePid = clickHousePid;
        this.postgres = postgres;
    }

    public ObjectNode run(Options o) throws Exception {
        ObjectNode out = JSON.createObjectNode();
        out.put("workload", o.workload().id());
        out.put("scale", o.scale());
        out.put("started_at", Instant.now().toString());
        out.put("parallelism", o.parallelism());
        out.put("cores", Runtime.getRuntime().availableProcessors());
        out.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
        for (String key : List.of("input_records", "input_bytes", "wall_seconds", "records_per_second",
                "baseline_parse_records_per_second", "baseline_insert_rows_per_second", "ratio_to_slowest_baseline",
                "clickhouse_alone_records_per_second", "jvm_peak_rss_bytes", "clickhouse_peak_rss_bytes",
                "state_bytes", "freshness_ms", "queries")) {
            out.putNull(key);
        }
        Path feeds = o.workDir().resolve(o.workload().id() + "-" + o.scale() + "-feeds");
        // the country's month is generated inside the job: its feeds would fill the disk
        Map<Feed, long[]> generated = o.workload() == Workload.NATIONAL_MONTH ? null : generate(o, feeds);
        try (Client client = ClickHouseClients.open(server)) {
            out.put("clickhouse_version", ClickHouseQueries.select(client, "SELECT version() AS v").get(0).get("v"));
            String db = "bench_" + o.workload().id().replace('-', '_');
            if (o.workload() == Workload.STREAM) {
                stream(o, feeds, client, db, out);
            } else {
                backfill(o, feeds, generated, client, db, out);
            }
        }
        out.put("finished_at", Instant.now().toString());
        return out;
    }

    /** Lines and bytes per feed. */
    private Map<Feed, long[]> generate(Options o, Path feeds) throws Exception {
        deleteTree(feeds);
        try (Progress progress = Progress.counting("bench generate", "records", 0)) {
            return generator(o).generate(feeds, null, progress);
        }
    }

    private static FeedGenerator generator(Options o) {
        double scale = o.workload().generatorScale * o.scale();
        int citizens = o.workload() == Workload.NATIONAL_MONTH ? (int) Math.max(10, 10_000_000 * o.scale()) : 0;
        int enterprises = o.workload() == Workload.NATIONAL_MONTH ? (int) Math.max(3, 1_000_000 * o.scale()) : 0;
        return new FeedGenerator(FeedGenerator.DEFAULT_PROFILE, scale, o.seed(), citizens, enterprises);
    }

    /**
     * @param generated lines and bytes per feed written under {@code feeds}; null when the job generates its feeds
     *     itself (GeneratedFeedSources), and counts them as it reads
     */
    private void backfill(Options o, Path feeds, Map<Feed, long[]> generated, Client client, String db,
            ObjectNode out) throws Exception {
        FeedSources sources;
        Catalogues catalogues;
        if (generated == null) {
            sources = new GeneratedFeedSources(generator(o));
            Map<Feed, List<byte[]>> catalogueLines = generator(o).catalogueLines();
            catalogues = CatalogueFiles.parse(catalogueLines.get(Feed.AGENCIES), catalogueLines.get(Feed.PROCEDURES));
            out.put("feeds", "generated inside the job (the lines ./ioc generate writes, never written to disk);"
                    + " parse-only and end-to-end times include generating them");
        } else {
            sources = new FileFeedSources(feeds, null);
            catalogues = CatalogueFiles.load(feeds);
        }
        long knownLines = generated == null ? 0 : generated.values().stream().mapToLong(v -> v[0]).sum();

        Path checkpoints = o.workDir().resolve("checkpoints-" + db);
        deleteTree(checkpoints);
        StreamExecutionEnvironment parseEnv = settings(o, checkpoints.resolve("parse"), JobSettings.StateBackend.HEAP)
                .environment();
        ParseOnlyJob.build(parseEnv, sources);
        double parseSeconds = o.endToEndOnly() ? Double.NaN : timed(() -> parseEnv.execute("bench parse only"));

        ClickHouseQueries.execute(client, "DROP DATABASE IF EXISTS " + db);
        ClickHouseQueries.execute(client, "CREATE DATABASE " + db);
        new Migrations().apply(client, db);
        // a backfill, as ./ioc run runs one: a bounded job, each dossier's final rows written once. It keeps no
        // checkpoints; what it holds on disk is its stages' sorted outputs, written where state_bytes looks
        Path e2eFiles = checkpoints.resolve("e2e");
        StreamExecutionEnvironment env = JobSettings.bounded(settings(o, e2eFiles, JobSettings.StateBackend.ROCKSDB)
                .environment());
        Files.createDirectories(e2eFiles);
        env.configure(new Configuration().set(CoreOptions.TMP_DIRS, e2eFiles.toString()));
        new FeedsJob(sources, new ClickHouseFeedSinks(server.withDatabase(db), SinkOptions.defaults()), catalogues,
                pseudonymizer(o)).build(env);
        resetPeaks();
        double seconds;
        long insertedBefore = insertedRows(client);
        Double jvmBefore = CpuTime.seconds(Rss.self());
        Double clickHouseBefore = CpuTime.seconds(clickHousePid);
        JobExecutionResult[] result = new JobExecutionResult[1];
        try (DirectorySize state = new DirectorySize(e2eFiles)) {
            seconds = timed(() -> result[0] = JobProgress.executeCountingLines(env, "bench " + o.workload().id(),
                    "bench end to end", knownLines));
            out.put("state_bytes", state.peakBytes());
        }
        Double jvmCpu = CpuTime.between(jvmBefore, CpuTime.seconds(Rss.self()));
        Double clickHouseCpu = CpuTime.between(clickHouseBefore, CpuTime.seconds(clickHousePid));
        putPeaks(out);
        long lines = generated == null ? accumulated(result[0], ParseFunction.LINES_READ) : knownLines;
        out.put("input_records", lines);
        out.put("input_bytes", generated == null ? accumulated(result[0], ParseFunction.BYTES_READ)
                : generated.values().stream().mapToLong(v -> v[1]).sum());
        out.put("wall_seconds", seconds);
        out.put("records_per_second", lines / seconds);
        long written = insertedRows(client) - insertedBefore;
        out.put("rows_written", written);
        out.put("rows_written_per_input_line", (double) written / lines);
        putCpu(out, "", jvmCpu, clickHouseCpu, lines);
        if (o.endToEndOnly()) {
            out.put("end_to_end_only", true);
            return;
        }
        out.put("baseline_parse_records_per_second", lines / parseSeconds);

        InsertBaseline.Result insert = InsertBaseline.run(client, db, db + "_insert", o.workDir());
        out.put("output_rows", insert.rows());
        out.put("baseline_insert_rows_per_second", insert.rowsPerSecond());
        out.put("baseline_parse_seconds", parseSeconds);
        out.put("baseline_insert_seconds", insert.seconds());
        // the same data through each stage alone: the slower stage's time over the whole pipeline's time
        out.put("ratio_to_slowest_baseline", Math.max(parseSeconds, insert.seconds()) / seconds);
        out.put("ratio_definition", "max(parse-only seconds, insert-only seconds) / end-to-end seconds, over this"
                + " run's input and output: end-to-end throughput as a fraction of the slower single stage");

        clickHouseAlone(o, feeds, generated, client, db, out);

        if (o.workload() == Workload.NATIONAL_MONTH) {
            out.set("queries", queries(o, client, db));
        }
        ClickHouseQueries.execute(client, "DROP DATABASE IF EXISTS " + db + "_insert");
    }

    /**
     * No Flink: the raw feeds into ClickHouse, for speed and for lines per CPU second; from the files, or straight
     * from the generator when the job generated its feeds too.
     */
    private void clickHouseAlone(Options o, Path feeds, Map<Feed, long[]> generated, Client client, String db,
            ObjectNode out) throws Exception {
        Double jvmBefore = CpuTime.seconds(Rss.self());
        Double clickHouseBefore = CpuTime.seconds(clickHousePid);
        ClickHouseAlone.Result alone = generated == null ? ClickHouseAlone.run(client, db + "_alone", generator(o))
                : ClickHouseAlone.run(client, db + "_alone", feeds,
                        ClickHouseAlone.LOADED.stream().mapToLong(f -> generated.get(f)[0]).sum());
        out.put("clickhouse_alone_records_per_second", alone.linesPerSecond());
        out.put("clickhouse_alone_records", alone.lines());
        out.put("clickhouse_alone_seconds", alone.seconds());
        putCpu(out, "clickhouse_alone_", CpuTime.between(jvmBefore, CpuTime.seconds(Rss.self())),
                CpuTime.between(clickHouseBefore, CpuTime.seconds(clickHousePid)), alone.lines());
        if (out.hasNonNull("records_per_cpu_second") && out.hasNonNull("clickhouse_alone_records_per_cpu_second")) {
            out.put("ratio_per_cpu_second_to_clickhouse_alone", out.get("records_per_cpu_second").asDouble()
                    / out.get("clickhouse_alone_records_per_cpu_second").asDouble());
        }
    }

    private static long accumulated(JobExecutionResult result, String accumulator) {
        Object value = result.getAccumulatorResult(accumulator);
        return value instanceof Number n ? n.longValue() : 0;
    }

    private ArrayNode queries(Options o, Client client, String db) throws Exception {
        List<QueryTimings.Timing> ch = QueryTimings.clickHouse(client, db, o.queryRepeats());
        Map<String, QueryTimings.Timing> pg = postgres == null ? Map.of()
                : postgres.run(client, db, o.workDir(), o.queryRepeats());
        return QueryTimings.json(ch, pg);
    }

    private void stream(Options o, Path feeds, Client client, String db, ObjectNode out) throws Exception {
        ClickHouseQueries.execute(client, "DROP DATABASE IF EXISTS " + db);
        ClickHouseQueries.execute(client, "CREATE DATABASE " + db);
        new Migrations().apply(client, db);
        Path watched = o.workDir().resolve("stream-watched");
        Path checkpoints = o.workDir().resolve("checkpoints-" + db);
        deleteTree(watched);
        deleteTree(checkpoints);
        Files.createDirectories(watched);
        StreamBench bench = new StreamBench(feeds);
        StreamExecutionEnvironment env = settings(o, checkpoints, JobSettings.StateBackend.ROCKSDB).environment();
        new FeedsJob(new FileFeedSources(watched, Duration.ofMillis(200)), new ClickHouseFeedSinks(
                server.withDatabase(db), SinkOptions.defaults()), CatalogueFiles.load(feeds), pseudonymizer(o)).build(env);
        resetPeaks();
        JobClient job = env.executeAsync("bench stream");
        StreamBench.Result r;
        try (DirectorySize state = new DirectorySize(checkpoints)) {
            r = bench.run(watched, client, db, o.streamRate(), o.streamSeconds(), Math.min(10, o.streamSeconds() / 5));
            out.put("state_bytes", state.peakBytes());
        } finally {
            job.cancel().get();
        }
        putPeaks(out);
        out.put("input_records", r.records());
        out.put("input_bytes", r.bytes());
        out.put("wall_seconds", r.seconds());
        out.put("records_per_second", r.records() / r.seconds());
        out.put("target_records_per_second", o.streamRate());
        out.put("files_never_visible", r.lateFiles());
        if (r.freshnessMillis().length > 0) {
            out.putObject("freshness_ms").put("p50", Percentiles.of(r.freshnessMillis(), 50))
                    .put("p95", Percentiles.of(r.freshnessMillis(), 95))
                    .put("p99", Percentiles.of(r.freshnessMillis(), 99))
                    .put("samples", r.freshnessMillis().length)
                    .put("max", Arrays.stream(r.freshnessMillis()).max().orElse(0));
        }
        out.put("freshness_definition", "from a file of lines appearing in a feed directory to all its lines being"
                + " in feed_ledger, which the job writes through the same sink as the facts; files appended in the"
                + " warm-up are not counted");
    }

    /** The benchmark pseudonymizes generated data only: a key of its own in its work directory does. */
    private static Pseudonymizer pseudonymizer(Options o) throws IOException {
        return new Pseudonymizer(PseudonymKeySource.configured(Map.of(), o.workDir().resolve("pseudonym.key")));
    }

    private static JobSettings settings(Options o, Path checkpoints, JobSettings.StateBackend backend) {
        return new JobSettings(o.parallelism(), Duration.ofSeconds(10), checkpoints, 0, backend);
    }

    /**
     * CPU seconds of a stage, the JVM's and ClickHouse's, and its input lines per CPU second of both: comparable
     * between the pipeline and ClickHouse alone, whatever else the two shared cores were doing.
     */
    private static void putCpu(ObjectNode out, String prefix, Double jvm, Double clickHouse, long lines) {
        if (jvm != null) {
            out.put(prefix + "jvm_cpu_seconds", jvm);
        }
        if (clickHouse != null) {
            out.put(prefix + "clickhouse_cpu_seconds", clickHouse);
        }
        if (jvm != null && clickHouse != null && jvm + clickHouse > 0) {
            out.put(prefix + "records_per_cpu_second", lines / (jvm + clickHouse));
        }
    }

    /** Rows every insert into the server has written since it started (its InsertedRows event). */
    private static long insertedRows(Client client) throws Exception {
        List<Map<String, String>> rows = ClickHouseQueries.select(client,
                "SELECT value FROM system.events WHERE event = 'InsertedRows'");
        return rows.isEmpty() ? 0 : Long.parseLong(rows.get(0).get("value"));
    }

    private void resetPeaks() {
        Rss.resetPeak(Rss.self());
        if (clickHousePid != null) {
            Rss.resetPeak(clickHousePid);
        }
    }

    private void putPeaks(ObjectNode out) {
        Long jvm = Rss.peakBytes(Rss.self());
        Long ch = clickHousePid == null ? null : Rss.peakBytes(clickHousePid);
        if (jvm != null) {
            out.put("jvm_peak_rss_bytes", jvm);
        }
        if (ch != null) {
            out.put("clickhouse_peak_rss_bytes", ch);
        }
    }

    private interface Run {
        void run() throws Exception;
    }

    private static double timed(Run run) throws Exception {
        long started = System.nanoTime();
        run.run();
        return (System.nanoTime() - started) / 1e9;
    }

    static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
