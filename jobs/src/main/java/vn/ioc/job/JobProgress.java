package vn.ioc.job;

import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import vn.ioc.parse.ParseFunction;
import vn.ioc.progress.Progress;

/**
 * Runs a bounded job to its end while showing how far it has got, from the accumulators the parse stage keeps
 * (lines and bytes read over all feeds), which a running job reports to its client with every heartbeat.
 */
public final class JobProgress {
    private JobProgress() {}

    /** Progress in lines read, of {@code totalLines} (0 when unknown). */
    public static JobExecutionResult executeCountingLines(StreamExecutionEnvironment env, String jobName, String task,
            long totalLines) throws Exception {
        return await(env.executeAsync(jobName), task, new FeedSources.Backlog(totalLines, false));
    }

    /** Waits for a submitted job's end, showing progress against {@code backlog}: megabytes of files, or messages. */
    public static JobExecutionResult await(JobClient job, String task, FeedSources.Backlog backlog) throws Exception {
        return backlog.bytes()
                ? await(job, task, "MB", backlog.amount() / 1_000_000, ParseFunction.BYTES_READ, 1_000_000)
                : await(job, task, "lines", backlog.amount(), ParseFunction.LINES_READ, 1);
    }

    private static JobExecutionResult await(JobClient job, String task, String unit, long total, String accumulator,
            long per) throws Exception {
        try (Progress progress = Progress.polling(task, unit, total, () -> read(job, accumulator) / per)) {
            return job.getJobExecutionResult().get();
        }
    }

    private static long read(JobClient job, String accumulator) {
        try {
            Object value = job.getAccumulators().get(2, TimeUnit.SECONDS).get(accumulator);
            return value instanceof Number n ? n.longValue() : 0;
        } catch (Exception e) {
            throw new IllegalStateException("accumulators not available", e);
        }
    }
}
