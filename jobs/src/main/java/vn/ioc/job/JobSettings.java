package vn.ioc.job;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.BatchExecutionOptions;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * How a run of the feeds job is set up: parallelism, checkpoints (the sink flushes on each, so their interval
 * bounds how much is replayed after a failure), restarts and where keyed state lives. A streaming run, and a
 * backfill that asks for checkpoints to resume from, use the streaming runtime; any other backfill runs as a bounded
 * job ({@link #bounded}).
 *
 * <p>A null setting was not asked for. On a Flink cluster the cluster's configuration then decides (its
 * {@code parallelism.default} or {@code flink run -p}, {@code restart-strategy.*}, {@code execution.checkpointing.*},
 * {@code state.backend.*}); a local run fills it with {@link #withLocalDefaults() defaults of its own}.
 */
public record JobSettings(Integer parallelism, Duration checkpointInterval, Path checkpointDir,
        Integer restartAttempts, StateBackend stateBackend) {

    /** The sink commits on checkpoints, so a job without a configured interval still needs one. */
    public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(10);
    static final int LOCAL_RESTART_ATTEMPTS = 10;

    /**
     * Where keyed state lives. The registry join holds a record per citizen, enterprise and insured person: at
     * national scale that is RocksDB, off the heap, with incremental checkpoints. Small runs and tests fit the heap.
     */
    public enum StateBackend { HEAP, ROCKSDB }

    /** Settings for small runs: state on the heap. */
    public JobSettings(int parallelism, Duration checkpointInterval, Path checkpointDir, int restartAttempts) {
        this(parallelism, checkpointInterval, checkpointDir, restartAttempts, StateBackend.HEAP);
    }

    /** A local run's defaults, checkpoints in {@code checkpointDir}. */
    public static JobSettings defaults(Path checkpointDir) {
        return new JobSettings(null, null, checkpointDir, null, null).withLocalDefaults();
    }

    /**
     * What a local run takes for what was not asked for: every core, checkpoints every 10 s, 10 restarts 1 s
     * apart (an embedded run loses no TaskManager, so attempts only meet transient faults), state in RocksDB.
     */
    public JobSettings withLocalDefaults() {
        return new JobSettings(parallelism == null ? Runtime.getRuntime().availableProcessors() : parallelism,
                checkpointInterval == null ? DEFAULT_CHECKPOINT_INTERVAL : checkpointInterval, checkpointDir,
                restartAttempts == null ? LOCAL_RESTART_ATTEMPTS : restartAttempts,
                stateBackend == null ? StateBackend.ROCKSDB : stateBackend);
    }

    public StreamExecutionEnvironment environment() {
        return environment(null);
    }

    /**
     * Makes {@code env} run a backfill as a bounded job: Flink's BATCH runtime mode, in which each stage runs to its
     * end before the next reads its output, sorted by key, and a keyed function's timers fire after the key's last
     * input. The feeds job then writes each dossier's final rows once (FeedsJob) instead of every revision, and needs
     * no checkpoints: a failed task's stage runs again from the stored output of the one before. Every source must
     * be bounded (files read once, Kafka up to the offsets at its start). The parallelism stays the one asked for:
     * Flink would otherwise pick its own per stage from the data's size.
     */
    public static StreamExecutionEnvironment bounded(StreamExecutionEnvironment env) {
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        env.configure(new Configuration().set(BatchExecutionOptions.ADAPTIVE_AUTO_PARALLELISM_ENABLED, false));
        return env;
    }

    /**
     * @param savepoint null starts afresh; otherwise the savepoint (or retained checkpoint) to resume from. Every
     *     operator must find its state there: operator uids are explicit, so a rebuilt job graph maps onto it.
     */
    public StreamExecutionEnvironment environment(Path savepoint) {
        boolean cluster = FlinkContext.onCluster();
        JobSettings s = cluster ? this : withLocalDefaults();
        // on a cluster only what was asked for goes in: the program's configuration overrides the cluster's
        Configuration conf = new Configuration();
        if (savepoint != null) {
            conf.set(StateRecoveryOptions.SAVEPOINT_PATH, savepoint.toUri().toString());
        }
        if (s.stateBackend == StateBackend.ROCKSDB) {
            conf.set(StateBackendOptions.STATE_BACKEND, "rocksdb");
            conf.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, true);
            // most registry lookups are for subjects never seen: a bloom filter answers those without a disk read
            conf.setString("state.backend.rocksdb.use-bloom-filter", "true");
            conf.setString("state.backend.rocksdb.predefined-options", "FLASH_SSD_OPTIMIZED");
            if (!cluster) {
                // an embedded run's task manager gets this much native memory for RocksDB's block cache and
                // memtables; a cluster's TaskManagers size their own
                conf.setString("taskmanager.memory.managed.size", "1g");
            }
        } else if (s.stateBackend == StateBackend.HEAP) {
            conf.set(StateBackendOptions.STATE_BACKEND, "hashmap");
        }
        if (s.checkpointDir != null) {
            conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, s.checkpointDir.toUri().toString());
        }
        if (!cluster) {
            // a bounded run's stages hand over their output in memory and on the local disk, where compressing it
            // (LZ4 by default) costs more CPU than the bytes it saves; a cluster's shuffle crosses the network and
            // keeps its own setting. Streaming shuffles are not compressed either way.
            conf.setString("taskmanager.network.compression.codec", "NONE");
            // a crashed or interrupted local run leaves its last checkpoint for ./ioc run --resume; a finished one
            // leaves nothing (Flink discards a finished job's checkpoints, RunCheckpoints the rest)
            conf.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                    ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        }
        // operators never keep references to records they emitted, so copies between chained operators are waste
        conf.set(PipelineOptions.OBJECT_REUSE, true);
        // every record and state type has a serializer of Flink's own (POJO, record, basic): a type that would
        // fall back to Kryo fails the job's build instead of silently costing throughput and savepoint evolution
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        if (s.restartAttempts != null) {
            conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
            conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, s.restartAttempts);
            conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(1));
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        if (s.parallelism != null) {
            env.setParallelism(s.parallelism);
        }
        if (s.checkpointInterval != null) {
            env.enableCheckpointing(s.checkpointInterval.toMillis());
        } else if (!env.getCheckpointConfig().isCheckpointingEnabled()) {
            env.enableCheckpointing(DEFAULT_CHECKPOINT_INTERVAL.toMillis());
        }
        return env;
    }
}
