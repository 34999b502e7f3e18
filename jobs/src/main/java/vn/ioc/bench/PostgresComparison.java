package vn.ioc.bench;

import com.clickhouse.client.api.Client;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postgresql.PGConnection;
import vn.ioc.clickhouse.ClasspathDirectory;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.SqlScript;
import vn.ioc.postgres.PostgresConnection;

/**
 * The operator questions on PostgreSQL, the store one-stop systems use today: the same wide rows are copied from
 * ClickHouse's views into PostgreSQL tables with the usual indexes (sql/postgres/wide-tables.sql, indexes.sql), and
 * each question that has a PostgreSQL version (sql/postgres/queries, same name) is timed the same way.
 */
public final class PostgresComparison {
    private static final Map<String, String> COPIES = new LinkedHashMap<>();

    static {
        COPIES.put("dossiers", "SELECT dossier_id, province_code, agency_code, agency_level, level_name, procedure_code,"
                + " procedure_name, channel, applicant_type, status, submitted_at, due_at, finished_at, digitized,"
                + " e_result, vneid_verified, population_data, fee_bearing, fee_amount, paid_online, payment_channel,"
                + " timeliness, processing_hours, supplements, overdue FROM %s.dossiers");
        COPIES.put("steps", "SELECT dossier_id, agency_code, officer, title, step_at, late, late_hours FROM %s.steps");
        COPIES.put("calls", "SELECT call_id, dossier_id, database, api, platform, caller_agency, outcome, latency_ms"
                + " FROM %s.calls");
    }

    private final PostgresConnection pg;

    public PostgresComparison(PostgresConnection pg) {
        this.pg = pg;
    }

    Map<String, QueryTimings.Timing> run(Client clickHouse, String database, Path workDir, int repeats)
            throws Exception {
        Map<String, QueryTimings.Timing> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(pg.url(), pg.user(), pg.password());
                Statement st = c.createStatement()) {
            for (String ddl : SqlScript.statements(ClasspathDirectory.readFile("sql/postgres/wide-tables.sql"), Map.of())) {
                st.execute(ddl);
            }
            for (Map.Entry<String, String> copy : COPIES.entrySet()) {
                Path file = workDir.resolve("postgres-" + copy.getKey() + ".tsv");
                ClickHouseQueries.exportTsv(clickHouse, String.format(copy.getValue(), database), file);
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + copy.getKey() + " FROM STDIN", in);
                }
                Files.delete(file);
            }
            for (String ddl : SqlScript.statements(ClasspathDirectory.readFile("sql/postgres/indexes.sql"), Map.of())) {
                st.execute(ddl);
            }
            for (Map.Entry<String, String> file : ClasspathDirectory.read("sql/postgres/queries").entrySet()) {
                String name = null;
                for (String line : file.getValue().split("\n")) {
                    if (line.strip().startsWith("-- name:")) {
                        name = line.strip().substring("-- name:".length()).strip();
                    }
                }
                String sql = file.getValue();
                run(st, sql);
                double[] ms = new double[repeats];
                for (int i = 0; i < repeats; i++) {
                    long started = System.nanoTime();
                    run(st, sql);
                    ms[i] = (System.nanoTime() - started) / 1e6;
                }
                out.put(name, new QueryTimings.Timing(name, Percentiles.of(ms, 50), Percentiles.of(ms, 95)));
            }
        }
        return out;
    }

    /** Runs a question and reads its whole answer, as the ClickHouse timing does. */
    private static void run(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getString(i);
                }
            }
        }
    }
}
