package vn.ioc.clickhouse;

import java.io.Serializable;
import java.util.Map;

/**
 * Where and as whom to reach ClickHouse over HTTP. Passwords come from the environment, never from files here; a
 * password taken from the environment is not shipped to the job's tasks, which read it from theirs
 * ({@link #forTasks()}).
 *
 * @param passwordFromEnvironment whether the password is this process's CLICKHOUSE_PASSWORD
 */
public record ClickHouseConfig(String url, String user, String password, String database,
        boolean passwordFromEnvironment) implements Serializable {

    /** The database is pasted into SQL everywhere: it must be a plain identifier, whoever names it. */
    public ClickHouseConfig {
        SqlIdentifier.check("the database name", database);
    }

    public static final String DEFAULT_DATABASE = "ioc";

    /** A password given in code (tests, throwaway servers): it stays with the config wherever the config goes. */
    public ClickHouseConfig(String url, String user, String password, String database) {
        this(url, user, password, database, false);
    }

    /** The server named by CLICKHOUSE_URL (with CLICKHOUSE_USER, CLICKHOUSE_PASSWORD, CLICKHOUSE_DATABASE), or null. */
    public static ClickHouseConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static ClickHouseConfig fromEnvironment(Map<String, String> env) {
        String url = env.get("CLICKHOUSE_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        return new ClickHouseConfig(url.strip().replaceAll("/+$", ""), env.getOrDefault("CLICKHOUSE_USER", "default"),
                env.getOrDefault("CLICKHOUSE_PASSWORD", ""), env.getOrDefault("CLICKHOUSE_DATABASE", DEFAULT_DATABASE),
                env.containsKey("CLICKHOUSE_PASSWORD"));
    }

    /** A server on this machine with the default user. */
    public static ClickHouseConfig local(int httpPort) {
        return new ClickHouseConfig("http://127.0.0.1:" + httpPort, "default", "", DEFAULT_DATABASE);
    }

    /**
     * This config as the job's tasks get it, in the job graph: a password from the environment is left out, and
     * each task reads CLICKHOUSE_PASSWORD from its own process's environment when it connects (docs/operations.md).
     */
    public ClickHouseConfig forTasks() {
        return passwordFromEnvironment ? new ClickHouseConfig(url, user, null, database, true) : this;
    }

    /** The password to connect with: this config's, or for a task's config, its environment's CLICKHOUSE_PASSWORD. */
    public String resolvedPassword() {
        return password != null ? password : System.getenv().getOrDefault("CLICKHOUSE_PASSWORD", "");
    }

    public ClickHouseConfig withDatabase(String db) {
        return new ClickHouseConfig(url, user, password, db, passwordFromEnvironment);
    }

    @Override
    public String toString() {
        return url + " as " + user + ", database " + database;
    }
}
