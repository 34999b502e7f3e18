package vn.ioc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.LocalClickHouseServer;

/**
 * The local ClickHouse that ./ioc keeps under .ioc/clickhouse for the demo and for runs without CLICKHOUSE_URL.
 * Unlike the tests' throwaway servers it outlives the command, so an operator can connect afterwards; its ports
 * and process id are kept in endpoint.properties, and a later command reuses it while it answers.
 */
final class ManagedClickHouse {
    private static final String ENDPOINT_FILE = "endpoint.properties";

    private final ClickHouseConfig config;
    private final int tcpPort;

    private ManagedClickHouse(ClickHouseConfig config, int tcpPort) {
        this.config = config;
        this.tcpPort = tcpPort;
    }

    /** The managed server, if one is running and answers. */
    static Optional<ManagedClickHouse> running(Path dir) throws IOException {
        Path endpoint = dir.resolve(ENDPOINT_FILE);
        if (!Files.exists(endpoint)) {
            return Optional.empty();
        }
        Properties p = load(endpoint);
        ClickHouseConfig config = ClickHouseConfig.local(Integer.parseInt(p.getProperty("http_port")));
        return LocalClickHouseServer.answers(config)
                ? Optional.of(new ManagedClickHouse(config, Integer.parseInt(p.getProperty("tcp_port"))))
                : Optional.empty();
    }

    static ManagedClickHouse startOrReuse(Path dir) throws IOException, InterruptedException {
        Optional<ManagedClickHouse> running = running(dir);
        if (running.isPresent()) {
            return running.get();
        }
        Path endpoint = dir.resolve(ENDPOINT_FILE);
        LocalClickHouseServer server = LocalClickHouseServer.startDetached(dir);
        Properties p = new Properties();
        p.setProperty("http_port", Integer.toString(server.httpPort()));
        p.setProperty("tcp_port", Integer.toString(server.tcpPort()));
        p.setProperty("pid", Long.toString(server.pid()));
        try (OutputStream out = Files.newOutputStream(endpoint)) {
            p.store(out, "local ClickHouse managed by ./ioc");
        }
        System.err.printf("ioc: started a local ClickHouse (%s) with its data in %s%n", server.config().url(), dir);
        return new ManagedClickHouse(server.config(), server.tcpPort());
    }

    /** Stops the managed server if one runs; true when there was one. */
    static boolean stop(Path dir) throws IOException, InterruptedException {
        Path endpoint = dir.resolve(ENDPOINT_FILE);
        if (!Files.exists(endpoint)) {
            return false;
        }
        long pid = Long.parseLong(load(endpoint).getProperty("pid"));
        Files.delete(endpoint);
        return LocalClickHouseServer.stopProcess(pid);
    }

    ClickHouseConfig config() {
        return config;
    }

    int tcpPort() {
        return tcpPort;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }
}
