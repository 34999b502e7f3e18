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
import vn.ioc.job.FlinkContext;
import vn.ioc.job.JobLauncher;
import vn.ioc.job.JobSettings;
import vn.ioc.job.KafkaFeedSources;
import vn.ioc.job.PostgresCatalogueSources;
import vn.ioc.job.RunCheckpoints;
import vn.ioc.postgres.PostgresConnection;
import vn.ioc.privacy.PseudonymKeySource;
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
            "A backfill runs as a bounded job (Flink's BATCH mode) that writes each dossier's final rows once; given"
                    + " --checkpoint-interval it runs checkpointed, as a stream, so that --resume can continue it.",
            "ClickHouse: CLICKHOUSE_URL (and CLICKHOUSE_USER, CLICKHOUSE_PASSWORD) when set, otherwise the local"
                    + " server that ./ioc manages under .ioc/clickhouse (started when needed; never on a Flink"
                    + " cluster, where CLICKHOUSE_URL is required).",
            "Pseudonym key (required): IOC_PSEUDONYM_KEY_FILE or IOC_PSEUDONYM_KEY; on a Flink cluster in every"
                    + " TaskManager's environment.",
            "Prints the job id and its checkpoint directory when the job starts; --resume continues the last run of"
                    + " the same database and input from its latest checkpoint. A finished run removes its checkpoints."
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

    @Option(names = "--checkpoint-dir", paramLabel = "DIR", description = "Root of the checkpoints (locally default"
            + " .ioc/checkpoints); each database and input gets its own directory under it. On a Flink cluster the"
            + " cluster's execution.checkpointing.dir unless this is given (a directory every TaskManager sees).")
    Path checkpointDir;

    @ArgGroup(exclusive = true)
    Resume resume;

    static final class Resume {
        @Option(names = "--savepoint", paramLabel = "PATH", description = "Resume from this savepoint or retained"
                + " checkpoint (a directory): its source positions and join state. A checkpoint another database or"
                + " input left is refused.")
        Path savepoint;

        @Option(names = "--resume", description = "Resume from the latest retained checkpoint of this database and"
                + " input, left by a run that crashed or was stopped.")
        boolean latest; // given without --savepoint: RunCheckpoints.resumeFrom takes the latest
    }

    @Option(names = "--stream", description = "Keep running and read new files or messages as they arrive.")
    boolean stream;

    @Option(names = "--database", defaultValue = DatabaseDefault.VALUE, description = DatabaseDefault.DESCRIPTION)
    String database;

    @Option(names = "--parallelism", description = "Parallelism of every operator (default: locally the number of"
            + " cores; on a Flink cluster flink run -p or the cluster's parallelism.default).")
    Integer parallelism;

    @Option(names = "--checkpoint-interval", description = "Checkpoint interval, e.g. 10s or 500ms (default: on a"
            + " cluster its execution.checkpointing.interval, otherwise 10s).")
    String checkpointInterval;

    @Option(names = "--state-horizon", defaultValue = "30d", description = "How long the joins keep an ended dossier"
            + " (finished, refused, withdrawn or stopped) after the job saw it end, and calls waiting for a dossier"
            + " that never comes; then its keyed state is released (default: ${DEFAULT-VALUE}).")
    String stateHorizon;

    @Option(names = "--restart-attempts", paramLabel = "N", description = "Restart up to N times, 1 s apart (default:"
            + " locally 10; on a Flink cluster its restart-strategy).")
    Integer restartAttempts;

    @Option(names = "--batch-rows", defaultValue = "10000",
            description = "Rows per ClickHouse insert (default: ${DEFAULT-VALUE}); a batch is also sent every second.")
    int batchRows;

    @Option(names = "--max-line-bytes", defaultValue = "1048576", description = "Longest feed line or message"
            + " parsed; a longer one is rejected as OVERSIZED (default: ${DEFAULT-VALUE}, 1 MiB).")
    int maxLineBytes;

    @Option(names = "--catalogues-from", description = "Read the agency and procedure catalogues from this PostgreSQL"
            + " (a JDBC URL; POSTGRES_USER, POSTGRES_PASSWORD) through flink-connector-jdbc instead of the feed files.")
    String cataloguesFrom;

    @Option(names = "--catalogues-every", defaultValue = "1m", description = "With --catalogues-from and --stream:"
            + " how often the running job reads the catalogue tables again; new and changed rows reach it as catalogue"
            + " lines, and the rows they affect are derived again (default: ${DEFAULT-VALUE}).")
    String cataloguesEvery;

    @Option(names = "--state-backend",
            description = "Where keyed state lives: ROCKSDB (off the heap, incremental checkpoints) or HEAP"
                    + " (default: locally ROCKSDB; on a Flink cluster its state.backend.type).")
    JobSettings.StateBackend stateBackend;

    @Option(names = "--migrate", description = "Apply the migrations the database lacks first (needs a user allowed"
            + " DDL). Without it, on a server named by CLICKHOUSE_URL, the job only checks that the schema is current.")
    boolean migrate;

    @Override
    public Integer call() throws Exception {
        if (input.feeds != null) {
            FeedRoot.check(input.feeds, stream);
        }
        boolean cluster = FlinkContext.onCluster();
        PseudonymKeySource key = pseudonymKey(cluster);
        try (ClickHouseTarget target = ClickHouseTarget.resolve(database)) {
            target.requireSchema(migrate);
            FeedSources sources;
            Catalogues catalogues;
            String from;
            String reads;
            if (input.kafka != null) {
                KafkaConnection kafka = kafkaOptions.connection(input.kafka);
                sources = new KafkaFeedSources(kafka, groupId, stream, maxLineBytes);
                catalogues = cataloguesFrom == null ? KafkaCatalogues.load(kafka) : null;
                from = "Kafka " + input.kafka + " (topics " + kafka.topicPrefix() + "<feed>, group " + groupId + ")";
                reads = "kafka:" + input.kafka + " " + kafka.topicPrefix() + " " + groupId;
            } else {
                sources = new FileFeedSources(input.feeds, stream ? Duration.ofSeconds(1) : null, maxLineBytes);
                catalogues = cataloguesFrom == null ? CatalogueFiles.load(input.feeds) : null;
                from = input.feeds.toAbsolutePath().toString();
                reads = "files:" + from;
            }
            if (cataloguesFrom != null) {
                PostgresConnection pg = PostgresConnection.fromEnvironment(cataloguesFrom);
                PostgresCatalogues.Loaded loaded = PostgresCatalogues.read(pg);
                catalogues = loaded.catalogues();
                sources = new PostgresCatalogueSources(sources, pg.url(), pg.user(), loaded,
                        stream ? Durations.parse(cataloguesEvery) : null);
            }
            Path root = checkpointDir != null ? checkpointDir : cluster ? null : IocHome.dir().resolve("checkpoints");
            RunCheckpoints checkpoints = root == null ? null : RunCheckpoints.under(root, database, reads);
            Path savepoint = resume == null ? null
                    : RunCheckpoints.resumeFrom(checkpoints, resume.savepoint);
            if (checkpoints != null) {
                checkpoints.claim();
            }
            System.err.printf("ioc: running the feeds job over %s (%d agencies, %d procedures with replaceable"
                    + " components, from %s)%n", from, catalogues.agencies().size(), catalogues.procedures().size(),
                    cataloguesFrom == null ? "the feeds" : cataloguesFrom);
            if (savepoint != null) {
                System.err.printf("ioc: resuming from %s%n", savepoint);
            }
            JobLauncher.Launched launched = runJob(target, sources, catalogues, key, Durations.parse(stateHorizon),
                    stream, environment(checkpoints, savepoint),
                    SinkOptions.defaults().withBatchRows(batchRows), checkpoints);
            if (launched.finished()) {
                if (!stream) {
                    target.refreshAggregates();
                }
                target.printSummary(System.out);
            }
        }
        return 0;
    }

    /**
     * Locally the key must be configured and readable before anything starts: without one, pseudonyms would never
     * join. On a cluster each TaskManager reads its own (docs/operations.md), so only they can tell, when the job
     * opens.
     */
    private static PseudonymKeySource pseudonymKey(boolean cluster) throws Exception {
        if (cluster) {
            return PseudonymKeySource.environment();
        }
        PseudonymKeySource key = PseudonymKeySource.configured(System.getenv(), null);
        key.load();
        return key;
    }

    /**
     * A backfill runs as a bounded job (JobSettings.bounded), unless it asks for checkpoints to resume from after a
     * crash (--checkpoint-interval) or resumes from one (--resume, --savepoint): only the streaming runtime takes
     * checkpoints.
     */
    private StreamExecutionEnvironment environment(RunCheckpoints checkpoints, Path savepoint) {
        StreamExecutionEnvironment env = settings(checkpoints).environment(savepoint);
        return stream || savepoint != null || checkpointInterval != null ? env : JobSettings.bounded(env);
    }

    private JobSettings settings(RunCheckpoints checkpoints) {
        return new JobSettings(parallelism, checkpointInterval == null ? null : Durations.parse(checkpointInterval),
                checkpoints == null ? null : checkpoints.dir(), restartAttempts, stateBackend);
    }

    static JobLauncher.Launched runJob(ClickHouseTarget target, FeedSources sources, Catalogues catalogues,
            PseudonymKeySource key, Duration stateHorizon, boolean stream, StreamExecutionEnvironment env,
            SinkOptions sinkOptions, RunCheckpoints checkpoints) throws Exception {
        new FeedsJob(sources, new ClickHouseFeedSinks(target.config(), sinkOptions), catalogues,
                new Pseudonymizer(key), stateHorizon).build(env);
        return JobLauncher.launch(env, stream ? "ioc feeds (streaming)" : "ioc feeds (backfill)", stream,
                sources.backlog().orElse(new FeedSources.Backlog(0, false)), checkpoints, System.err);
    }
}
