package vn.ioc.job;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * How a run of the feeds job is set up: parallelism, checkpoints (the sink flushes on each, so their interval
 * bounds how much is replayed after a failure), and restarts. Always the streaming runtime, also for a backfill
 * over bounded files, so the same checkpoints and exactly-once-in-effect guarantees hold in both modes.
 */
public record JobSettings(int parallelism, Duration checkpointInterval, Path checkpointDir, int restartAttempts,
        StateBackend stateBackend) {

    /**
     * Where keyed state lives. The registry join holds a record per citizen, enterprise and insured person: at
     * national scale that is RocksDB, off the heap, with incremental checkpoints. Small runs and tests fit the heap.
     */
    public enum StateBackend { HEAP, ROCKSDB }

    /** Settings for small runs: state on the heap. */
    public JobSettings(int parallelism, Duration checkpointInterval, Path checkpointDir, int restartAttempts) {
        this(parallelism, checkpointInterval, checkpointDir, restartAttempts, StateBackend.HEAP);
    }

    public static JobSettings defaults(Path checkpointDir) {
        return new JobSettings(Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(10), checkpointDir, 10,
                StateBackend.ROCKSDB);
    }

    public StreamExecutionEnvironment environment() {
        return environment(null);
    }

    /**
     * @param savepoint null starts afresh; otherwise the savepoint (or retained checkpoint) to resume from. Every
     *     operator must find its state there: operator uids are explicit, so a rebuilt job graph maps onto it.
     */
    public StreamExecutionEnvironment environment(Path savepoint) {
        Configuration conf = new Configuration();
        if (savepoint != null) {
            conf.set(StateRecoveryOptions.SAVEPOINT_PATH, savepoint.toUri().toString());
        }
        if (stateBackend == StateBackend.ROCKSDB) {
            conf.set(StateBackendOptions.STATE_BACKEND, "rocksdb");
            conf.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, true);
            // most registry lookups are for subjects never seen: a bloom filter answers those without a disk read
            conf.setString("state.backend.rocksdb.use-bloom-filter", "true");
            conf.setString("state.backend.rocksdb.predefined-options", "FLASH_SSD_OPTIMIZED");
            // an embedded run's task manager gets this much native memory for RocksDB's block cache and memtables
            conf.setString("taskmanager.memory.managed.size", "1g");
        } else {
            conf.set(StateBackendOptions.STATE_BACKEND, "hashmap");
        }
        conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDir.toUri().toString());
        // operators never keep references to records they emitted, so copies between chained operators are waste
        conf.set(PipelineOptions.OBJECT_REUSE, true);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, restartAttempts);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(1));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(parallelism);
        env.enableCheckpointing(checkpointInterval.toMillis());
        return env;
    }
}
