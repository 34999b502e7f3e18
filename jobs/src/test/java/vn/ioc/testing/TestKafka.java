package vn.ioc.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import vn.ioc.source.KafkaConnection;

/**
 * The Kafka of a test run: the cluster named by KAFKA_BOOTSTRAP_SERVERS, or one real broker per test JVM: Apache
 * Kafka in KRaft mode (broker and controller in one process), started in a child JVM from the test classpath
 * (the {@code kafka_2.13} test dependency) with its storage in a temp directory, and stopped when the JVM exits.
 * Each caller gets its own topic prefix, so tests never read each other's feeds.
 */
public final class TestKafka {
    private static String bootstrap;

    private TestKafka() {}

    /** A connection with a topic prefix no one else uses. */
    public static synchronized KafkaConnection fresh(String name) throws Exception {
        if (bootstrap == null) {
            String env = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
            bootstrap = env != null ? env : startChildBroker();
        }
        return new KafkaConnection(bootstrap, name + "-" + UUID.randomUUID().toString().substring(0, 8) + ".");
    }

    private static String startChildBroker() throws Exception {
        Path dir = Files.createTempDirectory("ioc-kafka-");
        int port = freePort();
        int controllerPort = freePort();
        Path config = dir.resolve("server.properties");
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "num.partitions=1",
                ""), StandardCharsets.UTF_8);
        Path log = dir.resolve("broker.log");
        run(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()),
                dir.resolve("format.log"));
        Process broker = java(List.of("kafka.Kafka", config.toString()), log).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.destroy();
            try {
                broker.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            broker.destroyForcibly();
        }));
        String address = "127.0.0.1:" + port;
        awaitReady(address, broker, log);
        return address;
    }

    private static void awaitReady(String address, Process broker, Path log) throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", address);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        try (Admin admin = Admin.create(props)) {
            while (true) {
                if (!broker.isAlive()) {
                    throw new IllegalStateException("the Kafka broker exited with " + broker.exitValue() + "; see "
                            + log + ":\n" + tail(log));
                }
                try {
                    admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the Kafka broker did not start within 90 s; see " + log
                                + ":\n" + tail(log), notYet);
                    }
                    Thread.sleep(300);
                }
            }
        }
    }

    private static void run(List<String> mainAndArgs, Path log) throws Exception {
        Process p = java(mainAndArgs, log).start();
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("failed: " + mainAndArgs + "\n" + tail(log));
        }
    }

    private static ProcessBuilder java(List<String> mainAndArgs, Path log) {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        cmd.addAll(mainAndArgs);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
