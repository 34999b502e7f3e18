package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.shaded.guava33.com.google.common.primitives.Bytes;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.privacy.PseudonymKeySource;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.sink.SinkOptions;

/**
 * The job graph the client submits is what the JobManager stores, and its HA store keeps: neither the pseudonym key
 * nor ClickHouse's password may be in it, in any form, although every parse function pseudonymizes with the one and
 * every sink connects with the other.
 */
class SecretsNotInJobGraphTest {
    private static final String PASSWORD = "clickhouse-password-7d2f";

    @Test
    void theSerializedJobGraphHoldsWhereSecretsAreButNoSecret(@TempDir Path dir) throws Exception {
        String secret = "job-graph-secret-4f1c9e27d3b8a605";
        Path keyFile = dir.resolve("pseudonym.key");
        Files.writeString(keyFile, secret);
        Pseudonymizer pseudonymizer = new Pseudonymizer(PseudonymKeySource.file(keyFile));
        // used on the client first, as a careless refactoring might: the loaded key must still stay behind
        pseudonymizer.pseudonymize("052203001234");

        Path fixture = Path.of(getClass().getResource("/fixtures/e2e").toURI());
        StreamExecutionEnvironment env =
                new JobSettings(2, java.time.Duration.ofSeconds(1), dir.resolve("checkpoints"), 0).environment();
        new FeedsJob(new FileFeedSources(fixture, null),
                new ClickHouseFeedSinks(ClickHouseConfig.fromEnvironment(Map.of("CLICKHOUSE_URL",
                        "http://clickhouse:8123", "CLICKHOUSE_USER", "ioc_ingest", "CLICKHOUSE_PASSWORD", PASSWORD)),
                        SinkOptions.defaults()),
                CatalogueFiles.load(fixture), pseudonymizer).build(env);
        JobGraph graph = env.getStreamGraph().getJobGraph();
        byte[] serialized = InstantiationUtil.serializeObject(graph);

        // the user functions are in these bytes: the key file's path, a field of the parse functions, is found
        assertTrue(contains(serialized, keyFile.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8)),
                "the serialized job graph holds the parse functions");
        assertTrue(contains(serialized, "ioc_ingest".getBytes(StandardCharsets.UTF_8)), "the sinks are in them");
        assertFalse(contains(serialized, PASSWORD.getBytes(StandardCharsets.UTF_8)), "ClickHouse's password travelled");
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        for (byte[] form : new byte[][] {key, HexFormat.of().formatHex(key).getBytes(StandardCharsets.US_ASCII),
                Base64.getEncoder().encode(key)}) {
            assertFalse(contains(serialized, form), "the key is in the job graph as " + new String(form));
        }
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        return Bytes.indexOf(bytes, part) >= 0;
    }
}
