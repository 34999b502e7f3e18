package vn.ioc.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.enrich.Catalogues;
import vn.ioc.enrich.KafkaCatalogues;
import vn.ioc.enrich.PostgresCatalogues;
import vn.ioc.job.ClickHouseFeedSinks;
import vn.ioc.job.FeedSources;
import vn.ioc.job.FeedsJob;
import vn.ioc.job.FileFeedSources;
import vn.ioc.job.JobProgress;
import vn.ioc.job.JobSettings;
import vn.ioc.job.KafkaFeedSources;
import vn.ioc.job.PostgresCatalogueSources;
import vn.ioc.postgres.PostgresConnection;
import vn.ioc.privacy.PseudonymKey;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.sink.SinkOptions;
import vn.ioc.source.FeedRoot;
import vn.ioc.source.KafkaConnection;

@Command(
        name = "run",
        header = "Run the feeds job into ClickHouse, over a feed directory or Kafka topics.",
        mixinStandardHelpOptions = true,
        description = {
            "Run the feeds job into ClickHouse, over a feed directory (one sub-directory per feed) or Kafka topics (one",
            "topic per feed, named by the feed after --topic-prefix). A backfill by default: ends when every file is",
            "consumed, or every message there was when it started. With --stream it keeps reading what arrives.",
            "ClickHouse: CLICKHOUSE_URL (and CLICKHOUSE_USER, CLICKHOUSE_PASSWORD) when set, otherwise the local"
                    + " server that ./ioc manages under .ioc/clickhouse (started when needed).",
            "Pseudonym key: IOC_PSEUDONYM_KEY or IOC_PSEUDONYM_KEY_FILE, otherwise a key kept in .ioc/pseudonym.key."
        })
public final class RunCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--feeds", description = "Feed directory, e.g. the output of ./ioc generate.")
        Path feeds;

        @Option(names = "--kafka", paramLabel = "BOOTSTRAP", description = "Kafka bootstrap servers to read the feed"
                + " topics: from the earliest message, or from the offsets in --savepoint; offsets are committed to"
                + " --group-id when checkpoints complete, for lag monitoring. The catalogues are loaded from their topics"
                + " unless --catalogues-from says otherwise.")
        String kafka;
    }

    @Mixin
    KafkaOptions kafkaOptions;

    @Option(names = "--group-id", defaultValue = "ioc-feeds",
            description = "Kafka consumer group the offsets are committed to (default: ${DEFAULT-VALUE}).")
    String groupId;

    @Option(names = "--checkpoint-dir", paramLabel = "DIR", description = "Where checkpoints go (default:"
            + " .ioc/checkpoints); on a Flink cluster a directory every TaskManager sees, e.g. /flink-data/checkpoints.")
    Path checkpointDir;

    @Option(names = "--savepoint", paramLabel = "PATH", description = "Resume from this savepoint or retained"
            + " checkpoint (a directory): its source positions and join state.")
    Path savepoint;

    @Option(names = "--stream", description = "Keep running and read new files or messages as they arrive.")
    boolean stream;

    @Option(names = "--database", defaultValue = DatabaseDefault.VALUE, description = DatabaseDefault.DESCRIPTION)
    String database;

    @Option(names = "--parallelism", description = "Parallelism of every operator (default: number of cores).")
    Integer parallelism;

    @Option(names = "--checkpoint-interval", defaultValue = "10s",
            description = "Checkpoint interval, e.g. 10s or 500ms (default: ${DEFAULT-VALUE}).")
    String checkpointInterval;

    @Option(names = "--batch-rows", defaultValue = "10000",
            description = "Rows per ClickHouse insert (default: ${DEFAULT-VALUE}); a batch is also sent every second.")
    int batchRows;

    @Option(names = "--max-line-bytes", defaultValue = "1048576", description = "Longest feed line or message"
            + " parsed; a longer one is rejected as OVERSIZED (default: ${DEFAULT-VALUE}, 1 MiB).")
    int maxLineBytes;

    @Option(names = "--catalogues-from", description = "Read the agency and procedure catalogues from this PostgreSQL"
            + " (a JDBC URL; POSTGRES_USER, POSTGRES_PASSWORD) through flink-connector-jdbc instead of the feed files.")
    String cataloguesFrom;

    @Option(names = "--state-backend", defaultValue = "ROCKSDB",
            description = "Where keyed state lives: ROCKSDB (off the heap, incremental checkpoints) or HEAP"
                    + " (default: ${DEFAULT-VALUE}).")
    JobSettings.StateBackend stateBackend;

    @Option(names = "--migrate", description = "Apply the migrations the database lacks first (needs a user allowed"
            + " DDL). Without it, on a server named by CLICKHOUSE_URL, the job only checks that the schema is current.")
    boolean migrate;

    @Override
    public Integer call() throws Exception {
        if (input.feeds != null) {
            FeedRoot.check(input.feeds, stream);
        }
        try (ClickHouseTarget target = ClickHouseTarget.resolve(database)) {
            target.requireSchema(migrate);
            FeedSources sources;
            Catalogues catalogues;
            String from;
            if (input.kafka != null) {
                KafkaConnection kafka = kafkaOptions.connection(input.kafka);
                sources = new KafkaFeedSources(kafka, groupId, stream, maxLineBytes);
                catalogues = cataloguesFrom == null ? KafkaCatalogues.load(kafka) : null;
                from = "Kafka " + input.kafka + " (topics " + kafka.topicPrefix() + "<feed>, group " + groupId + ")";
            } else {
                sources = new FileFeedSources(input.feeds, stream ? Duration.ofSeconds(1) : null, maxLineBytes);
                catalogues = cataloguesFrom == null ? CatalogueFiles.load(input.feeds) : null;
                from = input.feeds.toAbsolutePath().toString();
            }
            if (cataloguesFrom != null) {
                PostgresCatalogues.Loaded loaded =
                        PostgresCatalogues.read(PostgresConnection.fromEnvironment(cataloguesFrom));
                catalogues = loaded.catalogues();
                sources = new PostgresCatalogueSources(sources, loaded);
            }
            System.err.printf("ioc: running the feeds job over %s (%d agencies, %d procedures with replaceable"
                    + " components, from %s)%n", from, catalogues.agencies().size(), catalogues.procedures().size(),
                    cataloguesFrom == null ? "the feeds" : cataloguesFrom);
            runJob(target, sources, catalogues, stream, settings().environment(savepoint),
                    SinkOptions.defaults().withBatchRows(batchRows));
            target.printSummary(System.out);
        }
        return 0;
    }

    private JobSettings settings() {
        JobSettings defaults = JobSettings.defaults(IocHome.dir().resolve("checkpoints"));
        return new JobSettings(parallelism == null ? defaults.parallelism() : parallelism,
                Durations.parse(checkpointInterval), checkpointDir == null ? defaults.checkpointDir() : checkpointDir,
                defaults.restartAttempts(), stateBackend);
    }

    static void runJob(ClickHouseTarget target, FeedSources sources, Catalogues catalogues, boolean stream,
            StreamExecutionEnvironment env, SinkOptions sinkOptions) throws Exception {
        Pseudonymizer pseudonymizer =
                new Pseudonymizer(PseudonymKey.resolve(System.getenv(), IocHome.dir().resolve("pseudonym.key")));
        new FeedsJob(sources, new ClickHouseFeedSinks(target.config(), sinkOptions), catalogues, pseudonymizer)
                .build(env);
        if (stream) {
            env.execute("ioc feeds (streaming)");
            return;
        }
        FeedSources.Backlog backlog = sources.backlog().orElse(new FeedSources.Backlog(0, false));
        if (backlog.bytes()) {
            JobProgress.executeCountingBytes(env, "ioc feeds (backfill)", "run", backlog.amount());
        } else {
            JobProgress.executeCountingLines(env, "ioc feeds (backfill)", "run", backlog.amount());
        }
        target.refreshAggregates();
    }
}
