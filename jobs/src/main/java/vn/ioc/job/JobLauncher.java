package vn.ioc.job;

import java.io.PrintStream;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Submits a built feeds job and follows it as far as where it runs allows: a local run or an attached cluster
 * submission waits for the end (a backfill showing its progress), a detached one ({@code flink run -d}, web or REST)
 * returns at once with the job id. Either way the job id and its checkpoint directory are printed when it starts,
 * so an operator knows what to resume from.
 */
public final class JobLauncher {
    private JobLauncher() {}

    /** What came of a launch: the job, and whether it ran to its end here (false: it runs on, detached). */
    public record Launched(JobID jobId, boolean finished) {}

    /**
     * @param backlog what a backfill has to read, for its progress; ignored when streaming
     * @param checkpoints the run's own checkpoint directory, cleaned up when it finishes; null when the cluster's
     *     configuration decides where checkpoints go
     */
    public static Launched launch(StreamExecutionEnvironment env, String jobName, boolean stream,
            FeedSources.Backlog backlog, RunCheckpoints checkpoints, PrintStream log) throws Exception {
        JobClient job = env.executeAsync(jobName);
        JobID id = job.getJobID();
        log.printf("ioc: job %s started; checkpoints in %s%n", id, checkpoints == null
                ? env.getConfiguration().getOptional(CheckpointingOptions.CHECKPOINTS_DIRECTORY)
                        .map(dir -> dir + "/" + id).orElse("the cluster's execution.checkpointing.dir (not set)")
                : checkpoints.dir().resolve(id.toString()));
        if (FlinkContext.detached(env)) {
            log.printf("ioc: submitted detached; follow it in the Flink web UI or with `flink list`, stop it with"
                    + " `flink stop %s`%n", id);
            return new Launched(id, false);
        }
        if (stream) {
            job.getJobExecutionResult().get();
        } else {
            JobProgress.await(job, "run", backlog);
        }
        if (checkpoints != null) {
            checkpoints.cleanUp();
        }
        return new Launched(id, true);
    }
}
