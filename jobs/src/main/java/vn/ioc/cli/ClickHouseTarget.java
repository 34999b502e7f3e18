package vn.ioc.cli;

import com.clickhouse.client.api.Client;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import vn.ioc.clickhouse.Aggregates;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseProbe;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.SqlIdentifier;
import vn.ioc.clickhouse.Migrations;
import vn.ioc.clickhouse.ProvinceAccess;
import vn.ioc.job.FlinkContext;

/**
 * The ClickHouse a command works against: the server named by CLICKHOUSE_URL, or else, outside a Flink cluster,
 * the local server that ./ioc manages (started on first use, left running so operators can connect after the
 * command ends).
 */
final class ClickHouseTarget implements AutoCloseable {
    /** The table by which ./ioc demo knows a database as its own. */
    static final String DEMO_MARKER = "created_by_ioc_demo";
    private final ClickHouseConfig config;
    private final ManagedClickHouse managed;
    private final Client client;

    private ClickHouseTarget(ClickHouseConfig config, ManagedClickHouse managed) {
        this.config = config;
        this.managed = managed;
        this.client = ClickHouseClients.open(config);
    }

    static ClickHouseTarget resolve(String database) throws Exception {
        // before anything starts or connects: the name is pasted into SQL
        SqlIdentifier.check("--database", database);
        ClickHouseConfig external = ClickHouseConfig.fromEnvironment();
        if (external != null) {
            // reachable, and the user and password accepted: said in the server's words before anything else runs
            ClickHouseProbe.run(external, "SELECT 1");
            return on(external.withDatabase(database));
        }
        if (FlinkContext.onCluster()) {
            throw new IllegalArgumentException("CLICKHOUSE_URL is not set where the job is submitted (the Flink"
                    + " client, or the JobManager for a web or REST submission); inside a Flink cluster ioc starts no"
                    + " ClickHouse of its own");
        }
        ManagedClickHouse managed = ManagedClickHouse.startOrReuse(IocHome.dir().resolve("clickhouse"));
        return new ClickHouseTarget(managed.config().withDatabase(database), managed);
    }

    /** A server that ./ioc does not manage. */
    static ClickHouseTarget on(ClickHouseConfig config) {
        return new ClickHouseTarget(config, null);
    }

    ClickHouseConfig config() {
        return config;
    }

    void migrate() throws Exception {
        migrate(null);
    }

    /** @param cluster null for a single server, or the cluster to create the replicated and Distributed tables on */
    void migrate(String cluster) throws Exception {
        if (cluster == null) {
            // the first statement of every migration run; a user without DDL hears it in the server's words
            ClickHouseProbe.run(config, "CREATE DATABASE IF NOT EXISTS " + config.database());
        }
        List<?> applied = new Migrations().apply(client, config.database(), cluster);
        System.err.printf("ioc: migrations applied to %s: %s%n", config.database(), applied.isEmpty() ? "none needed" : applied);
        if (cluster == null) {
            List<String> provinces = ProvinceAccess.upgradeAll(client, config.database());
            if (!provinces.isEmpty()) {
                System.err.printf("ioc: province databases up to date: %s%n", String.join(", ", provinces));
            }
        }
    }

    /**
     * Recomputes the months of the aggregates that changed (clickhouse/aggregates), in this database and its
     * province databases; returns false, saying why, when this user may not (the job's ingest user may not swap
     * partitions: the administrator's ./ioc refresh does it then).
     */
    boolean refreshAggregates() throws Exception {
        Map<String, String> rights = new java.util.HashMap<>();
        select("SELECT name, value FROM system.settings WHERE name IN ('allow_ddl', 'readonly')")
                .forEach(r -> rights.put(r.get("name"), r.get("value")));
        if ("0".equals(rights.get("allow_ddl")) || !"0".equals(rights.getOrDefault("readonly", "0"))) {
            System.err.println("ioc: the aggregates the operator questions read are refreshed by the administrator:"
                    + " run ./ioc refresh as ioc_admin (this user may not swap their months in)");
            return false;
        }
        List<String> databases = new java.util.ArrayList<>(List.of(config.database()));
        ProvinceAccess.registered(client, config.database()).forEach(r -> databases.add(r.get("database")));
        Aggregates aggregates = new Aggregates();
        for (String db : databases) {
            Map<String, Integer> months = aggregates.refresh(client, db);
            int total = months.values().stream().mapToInt(Integer::intValue).sum();
            System.err.printf("ioc: aggregates of %s refreshed (%d months recomputed)%n", db, total);
        }
        return true;
    }

    /**
     * The job writes into the schema but changes it only on the server ./ioc manages, or when asked (--migrate): on
     * other servers the job's user (ioc_ingest in clickhouse/access/users.xml) may not run DDL, and migrations are
     * the administrator's (./ioc migrate as ioc_admin). So it checks, without DDL, that the schema is there and
     * current.
     */
    void requireSchema(boolean migrate) throws Exception {
        if (managed != null || migrate) {
            migrate();
            return;
        }
        checkSchema("add --migrate when this user may change the schema");
    }

    /**
     * For the commands that read: the database exists (else ClickHouse's own words) and has every migration, checked
     * without DDL. {@code otherwise} says what else the user may do than ask an administrator to migrate.
     */
    void checkSchema(String otherwise) throws Exception {
        try {
            ClickHouseProbe.run(config, "SHOW TABLES FROM " + config.database());
        } catch (ClickHouseProbe.Failure f) {
            throw new IllegalArgumentException(f.getMessage() + " (./ioc migrate creates it; " + otherwise + ")", f);
        }
        List<String> pending = new Migrations().pending(client, config.database());
        if (pending.isEmpty()) {
            return;
        }
        String what = pending.size() > 2 ? pending.get(0) + " to " + pending.get(pending.size() - 1)
                : String.join(", ", pending);
        throw new IllegalArgumentException("database " + config.database() + " on " + config.url() + " lacks"
                + " migrations " + what + ": run ./ioc migrate --database " + config.database()
                + (managed == null ? " as an administrator (e.g. CLICKHOUSE_USER=ioc_admin)" : "") + ", or "
                + otherwise);
    }

    /** For the commands that read what the job wrote. */
    void checkSchema() throws Exception {
        checkSchema("fill it with ./ioc run (or ./ioc demo)");
    }

    /**
     * The demo starts from an empty database so that its figures describe exactly the data it generated. It drops
     * only a database an earlier demo created (it leaves a marker table in it): any other database of that name,
     * on a shared server named by CLICKHOUSE_URL for instance, is someone's data, and the demo refuses to start.
     */
    void recreateDemoDatabase() throws Exception {
        String db = config.database();
        boolean exists = !select("SELECT name FROM system.databases WHERE name = '" + db + "'").isEmpty();
        boolean ours = !select("SELECT name FROM system.tables WHERE database = '" + db + "' AND name = '"
                + DEMO_MARKER + "'").isEmpty();
        if (exists && !ours) {
            throw new IllegalArgumentException("database " + db + " exists and was not created by ./ioc demo;"
                    + " the demo does not drop it. Name another one with --database, or drop it yourself");
        }
        ClickHouseQueries.execute(client, "DROP DATABASE IF EXISTS " + db);
        ClickHouseQueries.execute(client, "CREATE DATABASE " + db);
        ClickHouseQueries.execute(client, "CREATE TABLE " + db + "." + DEMO_MARKER
                + " (created DateTime DEFAULT now()) ENGINE = TinyLog");
    }

    List<Map<String, String>> select(String sql) throws Exception {
        return ClickHouseQueries.select(client, sql);
    }

    void printSummary(PrintStream out) throws Exception {
        String db = config.database();
        Map<String, String> counts = select("SELECT"
                + " (SELECT count() FROM " + db + ".dossiers) AS dossiers,"
                + " (SELECT count() FROM " + db + ".steps) AS steps,"
                + " (SELECT count() FROM " + db + ".calls) AS calls,"
                + " (SELECT count() FROM " + db + ".rejected) AS rejected").get(0);
        out.printf("%nClickHouse %s: %s dossiers, %s processing steps, %s exchange calls, %s rejected records%n",
                db, counts.get("dossiers"), counts.get("steps"), counts.get("calls"), counts.get("rejected"));
    }

    void printHowToConnect(PrintStream out) {
        out.println();
        if (managed == null) {
            out.printf("Connect:  clickhouse-client with the host and credentials of %s, database %s%n",
                    config.url(), config.database());
        } else {
            out.printf("Connect:  clickhouse-client --host 127.0.0.1 --port %d --database %s%n", managed.tcpPort(),
                    config.database());
            out.printf("HTTP:     curl '%s/?query=SELECT+*+FROM+%s.headline_rates_by_level+FORMAT+PrettyCompact'%n",
                    config.url(), config.database());
        }
        out.println("Try:      SELECT level_name, count() FROM dossiers WHERE overdue GROUP BY level_name");
        String db = config.database().equals(System.getenv().getOrDefault("CLICKHOUSE_DATABASE",
                ClickHouseConfig.DEFAULT_DATABASE)) ? "" : " --database " + config.database();
        out.printf("Status:   ./ioc status%s%n", db);
        // the demo's province is 2023's, before the earliest rule set: the hints force that set, as they must
        out.printf("Score:    ./ioc scorecard%s --unit 000.00.00.H08 --period 2023 --rules 2026 --out scorecard.csv%n",
                db);
        out.printf("Report:   ./ioc report%s --out report.html --rules 2026%n", db);
        if (managed != null) {
            out.println("Notebooks find this server by themselves: jupyter notebook notebooks/ (notebooks/README.md)");
            out.println("The local server keeps running; stop it with ./ioc server stop");
        } else {
            out.println("Notebooks: CLICKHOUSE_URL (and CLICKHOUSE_USER, CLICKHOUSE_PASSWORD) as for ./ioc");
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
