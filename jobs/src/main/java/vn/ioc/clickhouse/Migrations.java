package vn.ioc.clickhouse;

import com.clickhouse.client.api.Client;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned DDL from the classpath (clickhouse/migrations/V001__name.sql, packaged in the jar), applied in order and
 * once per database, then the views ({@link Views}), which are re-created whenever their files change. Applied
 * versions and their checksums are recorded in {@code <db>.schema_migrations}; an applied file that changed
 * afterwards stops the run instead of leaving databases that differ silently. Migrations hold tables only: a
 * released file is never edited ({@code released.sha256} beside them pins each one); the few that were edited
 * before that rule was enforced are listed with their earlier checksums in {@code superseded.tsv}, and a database
 * that recorded such a checksum is accepted and its record brought up to date.
 */
public final class Migrations {
    public static final String DEFAULT_LOCATION = "clickhouse/migrations";
    private static final Pattern FILE = Pattern.compile("V(\\d+)__([\\w-]+)\\.sql");

    private final String location;
    private final Views views;
    private final int upTo;

    /** The project's migrations and views. */
    public Migrations() {
        this(DEFAULT_LOCATION, new Views(), Integer.MAX_VALUE);
    }

    /** Migrations from another classpath folder, without views (tests of the mechanism). */
    public Migrations(String classpathLocation) {
        this(classpathLocation, null, Integer.MAX_VALUE);
    }

    private Migrations(String classpathLocation, Views views, int upTo) {
        this.location = classpathLocation;
        this.views = views;
        this.upTo = upTo;
    }

    /**
     * The migrations up to a version, alone: what a release that ended there applied (a released file never
     * changes, released.sha256), to make the database an earlier release made and upgrade it. Its views were those
     * its migrations created.
     */
    public static Migrations releasedUpTo(int version) {
        return new Migrations(DEFAULT_LOCATION, null, version);
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
        run(client, "CREATE DATABASE IF NOT EXISTS " + database, ddl);
        run(client, "CREATE TABLE IF NOT EXISTS " + database + ".schema_migrations"
                + " (version UInt32, name String, checksum String, applied_at DateTime DEFAULT now())"
                + " ENGINE = ReplacingMergeTree ORDER BY version", ddl);
        Map<Integer, String> applied = applied(client, database);
        Map<Integer, List<String>> superseded = superseded();
        List<Integer> now = new ArrayList<>();
        for (Migration m : discover()) {
            String recorded = applied.get(m.version);
            if (recorded != null && !recorded.equals(m.checksum)
                    && superseded.getOrDefault(m.version, List.of()).contains(recorded)) {
                // released before the rule that pins released files: bring the record up to date
                recordApplied(client, database, m);
                applied.put(m.version, m.checksum);
            }
            if (isApplied(m, applied, database)) {
                if (ddl != null) {
                    // applied already; the cluster form still needs the tables it created
                    m.statements(database).forEach(ddl::rewrite);
                }
                continue;
            }
            for (String statement : m.statements(database)) {
                run(client, statement, ddl);
            }
            recordApplied(client, database, m);
            now.add(m.version);
        }
        // the rule table before the views that score with it
        ReferenceData.load(client, database);
        if (views != null) {
            Aggregates aggregates = new Aggregates();
            views.apply(client, database, ddl, () -> aggregates.apply(client, database, ddl));
            if (ddl == null) {
                aggregates.refresh(client, database);
            }
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
        Map<Integer, String> applied = recorded ? applied(client, database) : new TreeMap<>();
        Map<Integer, List<String>> superseded = superseded();
        List<String> pending = new ArrayList<>();
        for (Migration m : discover()) {
            if (superseded.getOrDefault(m.version, List.of()).contains(applied.get(m.version))) {
                applied.put(m.version, m.checksum); // ./ioc migrate brings its record up to date
            }
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

    private static void recordApplied(Client client, String database, Migration m) throws Exception {
        ClickHouseQueries.execute(client, "INSERT INTO " + database + ".schema_migrations (version, name, checksum)"
                + " VALUES (" + m.version + ", '" + m.name + "', '" + m.checksum + "')");
    }

    /** Runs one DDL statement, in its cluster form when there is a cluster; says which statement failed. */
    static void run(Client client, String statement, ClusterDdl ddl) throws Exception {
        for (String s : ddl == null ? List.of(statement) : ddl.rewrite(statement)) {
            try {
                ClickHouseQueries.execute(client, s);
            } catch (Exception e) {
                throw new IllegalStateException("migration statement failed: " + s.strip().lines().findFirst()
                        .orElse("") + " … (" + e.getMessage() + ")", e);
            }
        }
    }

    /** version → earlier released checksums of files edited after release (superseded.tsv: version, checksum, why). */
    Map<Integer, List<String>> superseded() throws IOException {
        Map<Integer, List<String>> out = new TreeMap<>();
        String file = ClasspathDirectory.read(location).get("superseded.tsv");
        if (file == null) {
            return out;
        }
        for (String line : file.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            out.computeIfAbsent(Integer.parseInt(cells[0]), v -> new ArrayList<>()).add(cells[1]);
        }
        return out;
    }

    List<Migration> discover() throws IOException {
        TreeMap<Integer, Migration> byVersion = new TreeMap<>();
        for (Map.Entry<String, String> file : ClasspathDirectory.read(location).entrySet()) {
            Matcher m = FILE.matcher(file.getKey());
            if (!m.matches()) {
                continue;
            }
            int version = Integer.parseInt(m.group(1));
            if (version > upTo) {
                continue;
            }
            Migration previous = byVersion.put(version, new Migration(version, m.group(2), file.getValue()));
            if (previous != null) {
                throw new IllegalStateException("two migrations with version " + version);
            }
        }
        return new ArrayList<>(byVersion.values());
    }

    record Migration(int version, String name, String sql, String checksum) {
        Migration(int version, String name, String sql) {
            this(version, name, sql, Checksums.sha256(sql));
        }

        List<String> statements(String database) {
            return SqlScript.statements(sql, Map.of("db", database));
        }
    }
}
