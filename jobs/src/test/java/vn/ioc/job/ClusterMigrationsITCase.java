package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.curator.test.TestingServer;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.LocalClickHouseServer;
import vn.ioc.clickhouse.Migrations;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.testing.TestKeys;
import vn.ioc.sink.SinkOptions;
import vn.ioc.testing.TestClickHouse;

/**
 * The cluster form of the migrations on a real two-node cluster: two ClickHouse servers from the machine's binary
 * (one shard, two replicas) coordinated by a ZooKeeper server in this JVM (ClickHouse speaks the same protocol to
 * ZooKeeper and to Keeper). The migrations run once, ON CLUSTER, on the first node; the job writes the e2e fixture
 * through the first node's Distributed tables; the second node's views must then equal a single server's.
 */
class ClusterMigrationsITCase {
    private static final String CLUSTER = "ioc_cluster";

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void replicatedTablesBehindDistributedOnesGiveTheSameViewsAsOneServer(@TempDir Path checkpoints)
            throws Exception {
        Path fixture = Path.of(ClusterMigrationsITCase.class.getResource("/fixtures/e2e").toURI());
        ClickHouseConfig single = TestClickHouse.freshDatabase("single");
        try (Client client = ClickHouseClients.open(single)) {
            new Migrations().apply(client, single.database());
        }
        run(fixture, single, checkpoints.resolve("single"));

        int[] http = {LocalClickHouseServer.freePort(), LocalClickHouseServer.freePort()};
        int[] tcp = {LocalClickHouseServer.freePort(), LocalClickHouseServer.freePort()};
        try (TestingServer zookeeper = new TestingServer(true);
                LocalClickHouseServer first = LocalClickHouseServer.startThrowawayNode(http[0], tcp[0],
                        nodeConfig(1, tcp, zookeeper.getPort()));
                LocalClickHouseServer second = LocalClickHouseServer.startThrowawayNode(http[1], tcp[1],
                        nodeConfig(2, tcp, zookeeper.getPort()))) {
            ClickHouseConfig written = first.config().withDatabase("ioc");
            ClickHouseConfig read = second.config().withDatabase("ioc");
            // connected without a database: the migrations create it
            try (Client client = ClickHouseClients.open(first.config())) {
                new Migrations().apply(client, "ioc", CLUSTER);
            }
            try (Client client = ClickHouseClients.open(read)) {
                assertEquals("ReplicatedReplacingMergeTree", engine(client, "dossier_facts_local"),
                        "the second node got the tables from ON CLUSTER");
                assertEquals("Distributed", engine(client, "dossier_facts"));
            }
            run(fixture, written, checkpoints.resolve("cluster"));

            try (Client singleClient = ClickHouseClients.open(single);
                    Client readClient = ClickHouseClients.open(read)) {
                String expected = FeedsJobITCase.snapshotOfViews(singleClient, single.database());
                String actual = "";
                // Distributed inserts reach the shard in the background, and replicas fetch parts after that
                long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                while (System.nanoTime() < deadline && !(actual = FeedsJobITCase.snapshotOfViews(readClient, "ioc"))
                        .equals(expected)) {
                    Thread.sleep(500);
                }
                assertEquals(expected, actual, "the views on the second replica equal a single server's");
                Map<String, String> parts = ClickHouseQueries.select(readClient, "SELECT count() AS n FROM"
                        + " system.parts WHERE database = 'ioc' AND table = 'dossier_facts_local' AND active").get(0);
                assertTrue(Long.parseLong(parts.get("n")) > 0, "the second replica holds the data itself");
            }
        }
    }

    private static String engine(Client client, String table) throws Exception {
        return ClickHouseQueries.select(client, "SELECT engine FROM system.tables WHERE database = 'ioc' AND name = '"
                + table + "'").get(0).get("engine");
    }

    private static String nodeConfig(int node, int[] tcp, int zookeeperPort) throws Exception {
        return """
                <remote_servers>
                  <%1$s>
                    <shard>
                      <internal_replication>true</internal_replication>
                      <replica><host>127.0.0.1</host><port>%2$d</port></replica>
                      <replica><host>127.0.0.1</host><port>%3$d</port></replica>
                    </shard>
                  </%1$s>
                </remote_servers>
                <zookeeper><node><host>127.0.0.1</host><port>%4$d</port></node></zookeeper>
                <distributed_ddl><path>/clickhouse/task_queue/ddl</path></distributed_ddl>
                <macros><shard>01</shard><replica>node%5$d</replica></macros>
                <interserver_http_port>%6$d</interserver_http_port>
                <interserver_http_host>127.0.0.1</interserver_http_host>
                """.formatted(CLUSTER, tcp[0], tcp[1], zookeeperPort, node, LocalClickHouseServer.freePort());
    }

    private static void run(Path feeds, ClickHouseConfig ch, Path checkpoints) throws Exception {
        StreamExecutionEnvironment env = new JobSettings(2, Duration.ofMillis(200), checkpoints, 0).environment();
        new FeedsJob(new FileFeedSources(feeds, null), new ClickHouseFeedSinks(ch, SinkOptions.defaults()),
                CatalogueFiles.load(feeds), new Pseudonymizer(TestKeys.file("test-key-not-secret-0123456789")))
                .build(env);
        env.execute("cluster");
    }
}
