package vn.ioc.job;

import org.apache.flink.client.program.StreamContextEnvironment;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Where this program runs: as a job's {@code main} inside a Flink cluster's client ({@code flink run}, or the
 * JobManager itself for a web or REST submission), or as the local CLI with an embedded Flink. Flink tells them
 * apart by the environment its program executor installs as the context before calling {@code main}.
 */
public final class FlinkContext {
    private FlinkContext() {}

    /**
     * Whether a cluster runs this program. There the process is not ours (no System.exit), the cluster's
     * configuration rules (parallelism, restarts, checkpoint storage, state backend) and nothing may be started
     * or made up locally: a missing setting fails the submission.
     */
    public static boolean onCluster() {
        return StreamExecutionEnvironment.getExecutionEnvironment() instanceof StreamContextEnvironment;
    }

    /**
     * Whether submitting returns at once with the job id: {@code flink run -d}, and every web or REST submission
     * (which cannot wait for a result). A local run always waits.
     */
    public static boolean detached(StreamExecutionEnvironment env) {
        return env instanceof StreamContextEnvironment && !env.getConfiguration().get(DeploymentOptions.ATTACHED);
    }
}
