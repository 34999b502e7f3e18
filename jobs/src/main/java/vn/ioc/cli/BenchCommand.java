package vn.ioc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ioc.bench.Bench;
import vn.ioc.bench.NationalYearBench;
import vn.ioc.bench.PostgresComparison;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.LocalClickHouseServer;
import vn.ioc.postgres.LocalPostgres;
import vn.ioc.postgres.PostgresConnection;

@Command(
        name = "bench",
        header = "Benchmark a workload and write its figures to a JSON file.",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark a workload and write the figures to a JSON file: end-to-end throughput and, from the same run,",
            "the parse-only and insert-only baselines, the ClickHouse-alone path, peak memory, state size, and per",
            "workload the freshness (stream) or query times against PostgreSQL (national-month).",
            "Workloads: bd2023 (Bình Định Jan-Aug 2023, ~320,000 dossiers), national-month (~6 M dossiers, 10 M",
            "citizens, 1 M enterprises; --scale shrinks it), stream (feeds appended at --rate for --seconds),",
            "national-year (--dossiers N of the national profile written straight into ClickHouse and PostgreSQL,",
            "then every operator question and the scorecards timed; rows synthesized, not run through the job).",
            "ClickHouse: CLICKHOUSE_URL when set, otherwise a throwaway local server for the run (its memory is then",
            "measured). PostgreSQL for national-month and national-year: POSTGRES_URL (POSTGRES_USER,",
            "POSTGRES_PASSWORD), otherwise a throwaway local one when the server binaries are installed."
        })
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--workload", required = true, description = "bd2023, national-month, national-year or stream.")
    String workload;

    @Option(names = "--out", required = true, description = "Result file (JSON).")
    Path out;

    @Option(names = "--scale", defaultValue = "1", description = "Fraction of the workload's full size (default: 1).")
    double scale;

    @Option(names = "--parallelism", description = "Parallelism of the job (default: number of cores).")
    Integer parallelism;

    @Option(names = "--seed", defaultValue = "2023", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work-dir", description = "Where feeds and checkpoints go (default: .ioc/bench).")
    Path workDir;

    @Option(names = "--seconds", defaultValue = "300", description = "stream: how long to append (default: 300).")
    int seconds;

    @Option(names = "--end-to-end-only", description = "bd2023, national-month: measure the end-to-end run alone"
            + " (baselines, ClickHouse alone and query times stay null).")
    boolean endToEndOnly;

    @Option(names = "--rate", defaultValue = "2000", description = "stream: records per second (default: 2000).")
    int rate;

    @Option(names = "--repeats", defaultValue = "5",
            description = "national-month, national-year: runs per query (default: 5).")
    int repeats;

    @Option(names = "--dossiers", defaultValue = "1000000",
            description = "national-year: about how many dossiers to write (default: ${DEFAULT-VALUE}).")
    long dossiers;

    // not --database: this is a scratch database the benchmark fills and drops, never the operators' one
    @Option(names = "--scratch-database", defaultValue = NationalYearBench.DEFAULT_DATABASE,
            description = "national-year: the ClickHouse database and PostgreSQL schema it fills, and drops unless"
                    + " --keep (default: ${DEFAULT-VALUE}).")
    String database;

    @Option(names = "--keep", description = "national-year: keep the filled database and schema after the run.")
    boolean keep;

    @Option(names = "--retime", description = "national-year: time the questions again on a database kept with"
            + " --keep, without filling (needs CLICKHOUSE_URL, and POSTGRES_URL for PostgreSQL, to outlive the run).")
    boolean retime;

    @Override
    public Integer call() throws Exception {
        if (NationalYearBench.WORKLOAD.equals(workload)) {
            return nationalYear();
        }
        Bench.Workload w = Bench.Workload.of(workload);
        Path dir = workDir != null ? workDir : IocHome.dir().resolve("bench");
        Files.createDirectories(dir);
        Bench.Options options = new Bench.Options(w, scale,
                parallelism != null ? parallelism : Runtime.getRuntime().availableProcessors(), seed, dir, seconds, rate,
                repeats, endToEndOnly);
        PostgresComparison postgres = w == Bench.Workload.NATIONAL_MONTH && !endToEndOnly ? postgres() : null;
        ClickHouseConfig external = ClickHouseConfig.fromEnvironment();
        ObjectNode result;
        if (external != null) {
            result = new Bench(external, null, postgres).run(options);
        } else {
            try (LocalClickHouseServer server = LocalClickHouseServer.startThrowaway()) {
                result = new Bench(server.config(), server.pid(), postgres).run(options);
            }
        }
        if (postgres == null && w == Bench.Workload.NATIONAL_MONTH && !endToEndOnly) {
            result.put("postgres_note", "no PostgreSQL: set POSTGRES_URL or install the server binaries (postgresql)");
        }
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
        System.err.printf("ioc: %s at scale %s: %s records/s end to end; figures in %s%n", w.id(), scale,
                result.path("records_per_second").isNull() ? "-" : String.format("%,.0f",
                        result.path("records_per_second").asDouble()), out);
        return 0;
    }

    private int nationalYear() throws Exception {
        if ((keep || retime) && (ClickHouseConfig.fromEnvironment() == null || System.getenv("POSTGRES_URL") == null)) {
            // the servers this command would otherwise start are thrown away when it ends, and the fill with them
            throw new IllegalArgumentException("--keep and --retime need servers that outlive the benchmark: set"
                    + " CLICKHOUSE_URL and POSTGRES_URL (./ioc server start gives a ClickHouse that stays)");
        }
        NationalYearBench.Options options = new NationalYearBench.Options(dossiers, seed, database, keep || retime,
                retime, repeats);
        PostgresComparison postgres = postgres();
        ClickHouseConfig external = ClickHouseConfig.fromEnvironment();
        ObjectNode result;
        if (external != null) {
            result = new NationalYearBench(external, postgres).run(options);
        } else {
            try (LocalClickHouseServer server = LocalClickHouseServer.startThrowaway()) {
                result = new NationalYearBench(server.config(), postgres).run(options);
            }
        }
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
        System.err.printf("ioc: national-year: %,d dossiers, %s; figures in %s%n", result.path("dossiers").asLong(),
                result.has("fill_seconds") ? String.format("filled at %,.0f dossiers/s",
                        result.get("fill_dossiers_per_second").asDouble()) : "timed again", out);
        return 0;
    }

    /** POSTGRES_URL when set, otherwise a throwaway local server; null when neither is possible. */
    private static PostgresComparison postgres() {
        String url = System.getenv("POSTGRES_URL");
        if (url != null) {
            return new PostgresComparison(PostgresConnection.fromEnvironment(url));
        }
        try {
            return new PostgresComparison(LocalPostgres.startThrowaway());
        } catch (Exception e) {
            System.err.println("ioc: no PostgreSQL for the query comparison: " + e.getMessage());
            return null;
        }
    }
}
