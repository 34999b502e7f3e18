package vn.ioc.clickhouse;

import java.io.Serializable;
import java.util.Map;

/**
 * Where and as whom to reach ClickHouse over HTTP. Passwords come from the environment, never from files here; a
 * config shipped to the job's tasks carries none ({@link #forTasks()}).
 */
public record ClickHouseConfig(String url, String user, String password, String database) implements Serializable {

    public static final String DEFAULT_DATABASE = "ioc";

    /** The server named by CLICKHOUSE_URL (with CLICKHOUSE_USER, CLICKHOUSE_PASSWORD, CLICKHOUSE_DATABASE), or null. */
    public static ClickHouseConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static ClickHouseConfig fromEnvironment(Map<String, String> env) {
        String url = env.get("CLICKHOUSE_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        return new ClickHouseConfig(url.strip().replaceAll("/+$", ""), env.getOrDefault("CLICKHOUSE_USER", "default"),
                env.getOrDefault("CLICKHOUSE_PASSWORD", ""), env.getOrDefault("CLICKHOUSE_DATABASE", DEFAULT_DATABASE));
    }

    /** A server on this machine with the default user. */
    public static ClickHouseConfig local(int httpPort) {
        return new ClickHouseConfig("http://127.0.0.1:" + httpPort, "default", "", DEFAULT_DATABASE);
    }

    /**
     * This config as the job's tasks get it, in the job graph: without the password, which each task reads from
     * CLICKHOUSE_PASSWORD in its own process's environment when it connects (docs/operations.md).
     */
    public ClickHouseConfig forTasks() {
        return password == null || password.isEmpty() ? this : new ClickHouseConfig(url, user, null, database);
    }

    /** The password to connect with: this config's, or for a task's config, its environment's CLICKHOUSE_PASSWORD. */
    public String resolvedPassword() {
        return password != null ? password : System.getenv().getOrDefault("CLICKHOUSE_PASSWORD", "");
    }

    public ClickHouseConfig withDatabase(String db) {
        return new ClickHouseConfig(url, user, password, db);
    }

    @Override
    public String toString() {
        return url + " as " + user + ", database " + database;
    }
}
