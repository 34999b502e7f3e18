package vn.ioc.cli;

import com.clickhouse.client.api.Client;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.Migrations;
import vn.ioc.job.FlinkContext;

/**
 * The ClickHouse a command works against: the server named by CLICKHOUSE_URL, or else, outside a Flink cluster,
 * the local server that ./ioc manages (started on first use, left running so operators can connect after the
 * command ends).
 */
final class ClickHouseTarget implements AutoCloseable {
    private final ClickHouseConfig config;
    private final ManagedClickHouse managed;
    private final Client client;

    private ClickHouseTarget(ClickHouseConfig config, ManagedClickHouse managed) {
        this.config = config;
        this.managed = managed;
        this.client = ClickHouseClients.open(config);
    }

    static ClickHouseTarget resolve(String database) throws Exception {
        ClickHouseConfig external = ClickHouseConfig.fromEnvironment();
        if (external != null) {
            return new ClickHouseTarget(external.withDatabase(database), null);
        }
        if (FlinkContext.onCluster()) {
            throw new IllegalArgumentException("CLICKHOUSE_URL is not set where the job is submitted (the Flink"
                    + " client, or the JobManager for a web or REST submission); inside a Flink cluster ioc starts no"
                    + " ClickHouse of its own");
        }
        ManagedClickHouse managed = ManagedClickHouse.startOrReuse(IocHome.dir().resolve("clickhouse"));
        return new ClickHouseTarget(managed.config().withDatabase(database), managed);
    }

    ClickHouseConfig config() {
        return config;
    }

    void migrate() throws Exception {
        migrate(null);
    }

    /** @param cluster null for a single server, or the cluster to create the replicated and Distributed tables on */
    void migrate(String cluster) throws Exception {
        List<?> applied = new Migrations().apply(client, config.database(), cluster);
        System.err.printf("ioc: migrations applied to %s: %s%n", config.database(), applied.isEmpty() ? "none needed" : applied);
    }

    /** The demo starts from an empty database so that its figures describe exactly the data it generated. */
    void recreateDatabase() throws Exception {
        ClickHouseQueries.execute(client, "DROP DATABASE IF EXISTS " + config.database());
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
            out.printf("Connect: clickhouse-client with the host and credentials of %s, database %s%n",
                    config.url(), config.database());
        } else {
            out.printf("Connect:  clickhouse-client --host 127.0.0.1 --port %d --database %s%n", managed.tcpPort(),
                    config.database());
            out.printf("HTTP:     curl '%s/?query=SELECT+*+FROM+%s.headline_rates_by_level+FORMAT+PrettyCompact'%n",
                    config.url(), config.database());
            out.println("Try:      SELECT level_name, count() FROM dossiers WHERE overdue GROUP BY level_name");
            out.printf("Score:    ./ioc scorecard --database %s --unit 000.00.00.H08 --period 2023 --out scorecard.csv%n",
                    config.database());
            out.printf("Report:   ./ioc report --database %s --out report.html%n", config.database());
            out.println("The local server keeps running; stop it with ./ioc server stop");
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
