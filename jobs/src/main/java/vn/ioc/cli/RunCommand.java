package vn.ioc.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.enrich.Catalogues;
import vn.ioc.enrich.PostgresCatalogues;
import vn.ioc.job.ClickHouseFeedSinks;
import vn.ioc.job.FeedSources;
import vn.ioc.job.FeedsJob;
import vn.ioc.job.FileFeedSources;
import vn.ioc.job.JobSettings;
import vn.ioc.job.PostgresCatalogueSources;
import vn.ioc.postgres.PostgresConnection;
import vn.ioc.privacy.PseudonymKey;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.sink.SinkOptions;

@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run the feeds job over a feed directory (one sub-directory per feed) into ClickHouse.",
            "Batch by default: ends when every file is consumed. With --stream it keeps watching for new files.",
            "ClickHouse: CLICKHOUSE_URL (and CLICKHOUSE_USER, CLICKHOUSE_PASSWORD) when set, otherwise the local"
                    + " server that ./ioc manages under .ioc/clickhouse (started when needed).",
            "Pseudonym key: IOC_PSEUDONYM_KEY or IOC_PSEUDONYM_KEY_FILE, otherwise a key kept in .ioc/pseudonym.key."
        })
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--feeds", required = true, description = "Feed directory, e.g. the output of ./ioc generate.")
    Path feeds;

    @Option(names = "--stream", description = "Keep running and pick up new files as they appear.")
    boolean stream;

    @Option(names = "--database", defaultValue = "ioc", description = "ClickHouse database (default: ${DEFAULT-VALUE}).")
    String database;

    @Option(names = "--parallelism", description = "Parallelism of every operator (default: number of cores).")
    Integer parallelism;

    @Option(names = "--checkpoint-interval", defaultValue = "10s",
            description = "Checkpoint interval, e.g. 10s or 500ms (default: ${DEFAULT-VALUE}).")
    String checkpointInterval;

    @Option(names = "--batch-rows", defaultValue = "10000",
            description = "Rows per ClickHouse insert (default: ${DEFAULT-VALUE}); a batch is also sent every second.")
    int batchRows;

    @Option(names = "--catalogues-from", description = "Read the agency and procedure catalogues from this PostgreSQL"
            + " (a JDBC URL; POSTGRES_USER, POSTGRES_PASSWORD) through flink-connector-jdbc instead of the feed files.")
    String cataloguesFrom;

    @Option(names = "--state-backend", defaultValue = "ROCKSDB",
            description = "Where keyed state lives: ROCKSDB (off the heap, incremental checkpoints) or HEAP"
                    + " (default: ${DEFAULT-VALUE}).")
    JobSettings.StateBackend stateBackend;

    @Override
    public Integer call() throws Exception {
        try (ClickHouseTarget target = ClickHouseTarget.resolve(database)) {
            target.migrate();
            runJob(target, feeds, stream, cataloguesFrom, settings(), SinkOptions.defaults().withBatchRows(batchRows));
            target.printSummary(System.out);
        }
        return 0;
    }

    private JobSettings settings() {
        JobSettings defaults = JobSettings.defaults(IocHome.dir().resolve("checkpoints"));
        return new JobSettings(parallelism == null ? defaults.parallelism() : parallelism,
                Durations.parse(checkpointInterval), defaults.checkpointDir(), defaults.restartAttempts(), stateBackend);
    }

    /** @param cataloguesFrom a PostgreSQL JDBC URL to read the catalogues from, or null for the feed files */
    static void runJob(ClickHouseTarget target, Path feeds, boolean stream, String cataloguesFrom, JobSettings settings,
            SinkOptions sinkOptions) throws Exception {
        Pseudonymizer pseudonymizer =
                new Pseudonymizer(PseudonymKey.resolve(System.getenv(), IocHome.dir().resolve("pseudonym.key")));
        FeedSources sources = new FileFeedSources(feeds, stream ? Duration.ofSeconds(1) : null);
        Catalogues catalogues;
        if (cataloguesFrom == null) {
            catalogues = CatalogueFiles.load(feeds);
        } else {
            PostgresCatalogues.Loaded loaded = PostgresCatalogues.read(PostgresConnection.fromEnvironment(
                    cataloguesFrom));
            catalogues = loaded.catalogues();
            sources = new PostgresCatalogueSources(sources, loaded);
        }
        StreamExecutionEnvironment env = settings.environment();
        new FeedsJob(sources, new ClickHouseFeedSinks(target.config(), sinkOptions), catalogues, pseudonymizer)
                .build(env);
        System.err.printf("ioc: running the feeds job over %s (%d agencies, %d procedures with replaceable"
                + " components, from %s)%n", feeds.toAbsolutePath(), catalogues.agencies().size(),
                catalogues.procedures().size(), cataloguesFrom == null ? "the feed files" : cataloguesFrom);
        env.execute(stream ? "ioc feeds (streaming)" : "ioc feeds (backfill)");
    }
}
