package vn.ioc.clickhouse;

import com.clickhouse.client.api.Client;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned DDL from the classpath (clickhouse/migrations/V001__name.sql, packaged in the jar), applied in order and
 * once per database. Applied versions and their checksums are recorded in {@code <db>.schema_migrations}; an
 * applied file that changed afterwards stops the run instead of leaving databases that differ silently.
 */
public final class Migrations {
    public static final String DEFAULT_LOCATION = "clickhouse/migrations";
    private static final Pattern FILE = Pattern.compile("V(\\d+)__([\\w-]+)\\.sql");

    private final String location;

    public Migrations() {
        this(DEFAULT_LOCATION);
    }

    public Migrations(String classpathLocation) {
        this.location = classpathLocation;
    }

    /** Applies what the database lacks; returns the versions applied now (empty when it was up to date). */
    public List<Integer> apply(Client client, String database) throws Exception {
        return apply(client, database, null);
    }

    /**
     * As {@link #apply(Client, String)}; with a cluster name, in the cluster form ({@link ClusterDdl}): replicated
     * tables on every node behind Distributed tables, everything {@code ON CLUSTER}.
     */
    public List<Integer> apply(Client client, String database, String cluster) throws Exception {
        requirePlainName(database);
        if (cluster != null && !cluster.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain cluster name: " + cluster);
        }
        ClusterDdl ddl = cluster == null ? null : new ClusterDdl(cluster);
        execute(client, "CREATE DATABASE IF NOT EXISTS " + database, ddl);
        execute(client, "CREATE TABLE IF NOT EXISTS " + database + ".schema_migrations"
                + " (version UInt32, name String, checksum String, applied_at DateTime DEFAULT now())"
                + " ENGINE = ReplacingMergeTree ORDER BY version", ddl);
        Map<Integer, String> applied = applied(client, database);
        List<Integer> now = new ArrayList<>();
        for (Migration m : discover()) {
            if (isApplied(m, applied, database)) {
                if (ddl != null) {
                    // applied already; the cluster form still needs the tables it created
                    m.statements(database).forEach(ddl::rewrite);
                }
                continue;
            }
            for (String statement : m.statements(database)) {
                execute(client, statement, ddl);
            }
            ClickHouseQueries.execute(client, "INSERT INTO " + database + ".schema_migrations (version, name, checksum)"
                    + " VALUES (" + m.version + ", '" + m.name + "', '" + m.checksum + "')");
            now.add(m.version);
        }
        return now;
    }

    /**
     * The migrations the database lacks (e.g. {@code V008__late_dossier_holders}), found without DDL: the job's user
     * may not run any. All of them when the database or its {@code schema_migrations} table does not exist.
     */
    public List<String> pending(Client client, String database) throws Exception {
        requirePlainName(database);
        boolean recorded = !ClickHouseQueries.select(client, "SELECT name FROM system.tables WHERE database = '"
                + database + "' AND name = 'schema_migrations'").isEmpty();
        Map<Integer, String> applied = recorded ? applied(client, database) : Map.of();
        List<String> pending = new ArrayList<>();
        for (Migration m : discover()) {
            if (!isApplied(m, applied, database)) {
                pending.add("V" + String.format("%03d", m.version) + "__" + m.name);
            }
        }
        return pending;
    }

    private static void requirePlainName(String database) {
        if (!database.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
    }

    private static Map<Integer, String> applied(Client client, String database) throws Exception {
        Map<Integer, String> applied = new TreeMap<>();
        for (Map<String, String> row : ClickHouseQueries.select(client,
                "SELECT version, checksum FROM " + database + ".schema_migrations FINAL")) {
            applied.put(Integer.parseInt(row.get("version")), row.get("checksum"));
        }
        return applied;
    }

    /** Whether the migration is recorded as applied; an applied file that changed since stops everything. */
    private static boolean isApplied(Migration m, Map<Integer, String> applied, String database) {
        String recorded = applied.get(m.version);
        if (recorded != null && !recorded.equals(m.checksum)) {
            throw new IllegalStateException("migration V" + m.version + " (" + m.name + ") changed after it was"
                    + " applied to " + database + "; add a new migration instead of editing an applied one");
        }
        return recorded != null;
    }

    private static void execute(Client client, String statement, ClusterDdl ddl) throws Exception {
        for (String s : ddl == null ? List.of(statement) : ddl.rewrite(statement)) {
            try {
                ClickHouseQueries.execute(client, s);
            } catch (Exception e) {
                throw new IllegalStateException("migration statement failed: " + s.strip().lines().findFirst()
                        .orElse("") + " … (" + e.getMessage() + ")", e);
            }
        }
    }

    List<Migration> discover() throws IOException {
        TreeMap<Integer, Migration> byVersion = new TreeMap<>();
        for (Map.Entry<String, String> file : ClasspathDirectory.read(location).entrySet()) {
            Matcher m = FILE.matcher(file.getKey());
            if (!m.matches()) {
                continue;
            }
            int version = Integer.parseInt(m.group(1));
            Migration previous = byVersion.put(version, new Migration(version, m.group(2), file.getValue()));
            if (previous != null) {
                throw new IllegalStateException("two migrations with version " + version);
            }
        }
        return new ArrayList<>(byVersion.values());
    }

    record Migration(int version, String name, String sql, String checksum) {
        Migration(int version, String name, String sql) {
            this(version, name, sql, sha256(sql));
        }

        List<String> statements(String database) {
            return SqlScript.statements(sql, Map.of("db", database));
        }

        private static String sha256(String text) {
            try {
                return HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
