package vn.ioc.clickhouse;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A ClickHouse server started from the binaries on this machine: Debian's {@code clickhouse-server} (18.16) or the
 * official single {@code clickhouse} binary. Throwaway servers (tests) live in a temporary directory and die with
 * the JVM; a detached server (./ioc's managed one) keeps its data in a given directory and outlives the command.
 * The config uses the {@code <yandex>} root, which 18.16 requires and current servers still accept.
 */
public final class LocalClickHouseServer implements AutoCloseable {
    static final String INSTALL_HINT = "No ClickHouse server binary found. Install Debian's package"
            + " (sudo apt-get install -y clickhouse-server), or put the official 'clickhouse' binary on PATH,"
            + " or set CLICKHOUSE_URL to an existing server.";
    private static final long START_TIMEOUT_MS = 60_000;

    private final Path dir;
    private final boolean throwaway;
    private final int httpPort;
    private final int tcpPort;
    private final List<String> command;
    private final Map<String, String> environment;
    private Process process;
    private long pid;
    private final Thread shutdownHook;

    private LocalClickHouseServer(Path dir, boolean throwaway, int httpPort, int tcpPort, List<String> command,
            Map<String, String> environment) throws IOException {
        this.dir = dir;
        this.throwaway = throwaway;
        this.httpPort = httpPort;
        this.tcpPort = tcpPort;
        this.command = command;
        this.environment = environment;
        launch();
        this.shutdownHook = throwaway ? new Thread(this::stopQuietly, "stop-local-clickhouse") : null;
        if (shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /** A server in a fresh temporary directory, stopped and deleted by {@link #close()} or at JVM exit. */
    public static LocalClickHouseServer startThrowaway() throws IOException, InterruptedException {
        return start(Files.createTempDirectory("ioc-clickhouse-"), true, null, Map.of());
    }

    /**
     * A throwaway server with the given users file (e.g. clickhouse/access/users.xml) and environment (the
     * passwords it reads with from_env); it has no passwordless default user.
     */
    public static LocalClickHouseServer startThrowaway(Path usersXml, Map<String, String> environment)
            throws IOException, InterruptedException {
        return start(Files.createTempDirectory("ioc-clickhouse-"), true, usersXml, environment);
    }

    /**
     * A throwaway node of a cluster: its ports are chosen by the caller (the other nodes name them in
     * {@code remote_servers}), and {@code extraConfig} is server configuration added as is (remote_servers,
     * zookeeper, macros, interserver_http_port).
     */
    public static LocalClickHouseServer startThrowawayNode(int httpPort, int tcpPort, String extraConfig)
            throws IOException, InterruptedException {
        return start(Files.createTempDirectory("ioc-clickhouse-node-"), true, null, Map.of(), httpPort, tcpPort,
                extraConfig);
    }

    /** A server whose data stays in {@code dir} and which keeps running after this JVM exits. */
    public static LocalClickHouseServer startDetached(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        return start(dir.toAbsolutePath(), false, null, Map.of());
    }

    private static LocalClickHouseServer start(Path dir, boolean throwaway, Path usersXml,
            Map<String, String> environment) throws IOException, InterruptedException {
        return start(dir, throwaway, usersXml, environment, freePort(), freePort(), "");
    }

    private static LocalClickHouseServer start(Path dir, boolean throwaway, Path usersXml,
            Map<String, String> environment, int http, int tcp, String extraConfig)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(binary().orElseThrow(() -> new IllegalStateException(INSTALL_HINT)));
        Path config = writeConfig(dir, http, tcp, usersXml, extraConfig);
        command.add("--config-file=" + config);
        if (!throwaway) {
            // its own session, so a Ctrl-C in the terminal that started it does not reach the server
            command.add(0, "setsid");
        }
        LocalClickHouseServer server = new LocalClickHouseServer(dir, throwaway, http, tcp, command, environment);
        server.awaitReady();
        return server;
    }

    private void launch() throws IOException {
        Path log = dir.resolve("log");
        Files.createDirectories(log);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        process = builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.resolve("stdout.log").toFile()))
                .start();
        pid = process.pid();
    }

    /** Stops the server but keeps its data and ports, to start it again with {@link #restart()} (outage tests). */
    public void stop() throws InterruptedException {
        stopProcess(pid);
        process.waitFor();
    }

    /** Starts a stopped server again on the same ports with the same data. */
    public void restart() throws IOException, InterruptedException {
        launch();
        awaitReady();
    }

    /** The command that starts a server, when a binary exists. */
    static Optional<List<String>> binary() {
        for (String name : new String[] {"clickhouse-server"}) {
            Optional<Path> p = onPath(name);
            if (p.isPresent()) {
                return Optional.of(new ArrayList<>(List.of(p.get().toString())));
            }
        }
        return onPath("clickhouse").map(p -> new ArrayList<>(List.of(p.toString(), "server")));
    }

    private static Optional<Path> onPath(String name) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.addAll(List.of("/usr/sbin", "/usr/bin", "/usr/local/bin"));
        return dirs.stream().filter(d -> !d.isBlank()).map(d -> Path.of(d, name))
                .filter(Files::isExecutable).findFirst();
    }

    private static Path writeConfig(Path dir, int http, int tcp, Path usersXml, String extraConfig)
            throws IOException {
        for (String sub : new String[] {"data", "tmp", "user_files", "format_schemas", "log"}) {
            Files.createDirectories(dir.resolve(sub));
        }
        Path users = dir.resolve("users.xml");
        if (usersXml != null) {
            Files.copy(usersXml, users, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } else {
            writeDefaultUsers(users);
        }
        Path config = dir.resolve("config.xml");
        Files.writeString(config, """
                <yandex>
                  <logger><level>warning</level><log>%1$s/log/server.log</log><errorlog>%1$s/log/error.log</errorlog></logger>
                  <http_port>%2$d</http_port>
                  <tcp_port>%3$d</tcp_port>
                  <listen_host>127.0.0.1</listen_host>
                  <path>%1$s/data/</path>
                  <tmp_path>%1$s/tmp/</tmp_path>
                  <user_files_path>%1$s/user_files/</user_files_path>
                  <format_schema_path>%1$s/format_schemas/</format_schema_path>
                  <users_config>%4$s</users_config>
                  <default_profile>default</default_profile>
                  <default_database>default</default_database>
                  <mark_cache_size>268435456</mark_cache_size>
                  <max_concurrent_queries>100</max_concurrent_queries>
                %5$s
                </yandex>
                """.formatted(dir, http, tcp, users, extraConfig), StandardCharsets.UTF_8);
        return config;
    }

    /**
     * A passwordless default user on loopback: for throwaway test servers and the local demo only. Its profile lets
     * 18.16 push a WHERE into the views it reads (what 24.x does by default), as clickhouse/access/users.xml does.
     */
    private static void writeDefaultUsers(Path users) throws IOException {
        Files.writeString(users, """
                <yandex>
                  <profiles><default><max_memory_usage>8000000000</max_memory_usage>
                    <enable_optimize_predicate_expression>1</enable_optimize_predicate_expression></default></profiles>
                  <users>
                    <default>
                      <password></password>
                      <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
                      <profile>default</profile>
                      <quota>default</quota>
                    </default>
                  </users>
                  <quotas><default></default></quotas>
                </yandex>
                """, StandardCharsets.UTF_8);
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (answers(config())) {
                return;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(200);
        }
        String errors = readQuietly(dir.resolve("log/error.log")) + readQuietly(dir.resolve("log/stdout.log"));
        stopQuietly();
        throw new IOException("ClickHouse did not start within " + START_TIMEOUT_MS / 1000 + " s in " + dir + ":\n"
                + errors.substring(Math.max(0, errors.length() - 4000)));
    }

    /** True when a server answers /ping at the config's URL. */
    public static boolean answers(ClickHouseConfig config) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(config.url() + "/ping").toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(2000);
            try {
                return c.getResponseCode() == 200;
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops a server by its process id (the managed server of an earlier command); true if it was running. */
    public static boolean stopProcess(long pid) throws InterruptedException {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        handle.get().destroy();
        long deadline = System.currentTimeMillis() + 30_000;
        while (handle.get().isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        if (handle.get().isAlive()) {
            handle.get().destroyForcibly();
        }
        return true;
    }

    public ClickHouseConfig config() {
        return ClickHouseConfig.local(httpPort);
    }

    public int httpPort() {
        return httpPort;
    }

    public int tcpPort() {
        return tcpPort;
    }

    /** setsid does not fork here (a child of the JVM is no process-group leader), so this is the server's pid. */
    public long pid() {
        return pid;
    }

    /** Stops a throwaway server and deletes its directory; a detached server is left running. */
    @Override
    public void close() {
        if (!throwaway) {
            return;
        }
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException ignored) {
            // already shutting down: the hook itself is running
        }
    }

    private void stopQuietly() {
        try {
            stopProcess(pid);
            process.destroyForcibly();
            if (throwaway) {
                deleteRecursively(dir);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // a leftover temp directory is not worth failing a test run for
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
