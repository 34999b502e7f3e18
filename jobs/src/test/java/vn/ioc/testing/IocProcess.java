package vn.ioc.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ioc.clickhouse.ClickHouseConfig;

/**
 * {@code ./ioc} as a process of its own, from the test classpath, against the test ClickHouse: what an operator
 * runs, killed or given an environment the way an operator's would be.
 */
public final class IocProcess {
    private IocProcess() {}

    /**
     * @param home where {@code .ioc} lives (its managed state and checkpoints)
     * @param env added to the ClickHouse settings of the test server
     */
    public static Process start(Path home, Map<String, String> env, Path log, String... args) throws Exception {
        ClickHouseConfig server = TestClickHouse.server();
        Map<String, String> all = new LinkedHashMap<>(Map.of("CLICKHOUSE_URL", server.url(),
                "CLICKHOUSE_USER", server.user(), "CLICKHOUSE_PASSWORD", server.password()));
        all.putAll(env);
        return ChildJvm.start(ChildJvm.testClasspath(), List.of("-Xmx768m", "-Dioc.home=" + home), "vn.ioc.cli.Ioc",
                List.of(args), all, log);
    }
}
