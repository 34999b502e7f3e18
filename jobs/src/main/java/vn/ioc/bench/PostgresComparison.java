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
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import vn.ioc.clickhouse.ClasspathDirectory;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.SqlScript;
import vn.ioc.postgres.PostgresConnection;
import vn.ioc.sink.RowEncoder;

/**
 * The operator questions on PostgreSQL, the store one-stop systems use today: the same wide rows, copied from
 * ClickHouse's views (national-month) or written by the filler beside ClickHouse's (national-year), in PostgreSQL
 * tables with the usual indexes (sql/postgres/wide-tables.sql, indexes.sql); each question that has a PostgreSQL
 * version (sql/postgres/queries, same name) is timed the same way.
 */
public final class PostgresComparison {
    /** The PostgreSQL tables and their columns, each selected from the ClickHouse view of the same name. */
    private static final List<RowEncoder<?>> TABLES = List.of(new PostgresRows.Dossiers(), new PostgresRows.Steps(),
            new PostgresRows.Calls());

    private final PostgresConnection pg;

    public PostgresComparison(PostgresConnection pg) {
        this.pg = pg;
    }

    PostgresConnection connection() {
        return pg;
    }

    /** A connection whose tables are those of {@code schema} (created when missing); null for the default one. */
    static Connection connect(PostgresConnection pg, String schema) throws Exception {
        Connection c = DriverManager.getConnection(pg.url(), pg.user(), pg.password());
        if (schema != null) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
                st.execute("SET search_path TO " + schema);
            }
        }
        return c;
    }

    /** Drops and creates the wide tables (sql/postgres/wide-tables.sql), empty. */
    void createTables(String schema) throws Exception {
        script(schema, "sql/postgres/wide-tables.sql");
    }

    /** Builds the indexes after the rows are in, as a bulk load would (sql/postgres/indexes.sql). */
    void createIndexes(String schema) throws Exception {
        script(schema, "sql/postgres/indexes.sql");
    }

    Map<String, QueryTimings.Timing> run(Client clickHouse, String database, Path workDir, int repeats)
            throws Exception {
        createTables(null);
        try (Connection c = connect(pg, null)) {
            for (RowEncoder<?> table : TABLES) {
                Path file = workDir.resolve("postgres-" + table.table() + ".tsv");
                ClickHouseQueries.exportTsv(clickHouse, "SELECT " + String.join(", ", table.columns()) + " FROM "
                        + database + "." + table.table(), file);
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table.table() + " ("
                            + String.join(", ", table.columns()) + ") FROM STDIN", in);
                }
                Files.delete(file);
            }
        }
        createIndexes(null);
        return time(null, repeats);
    }

    /** Every question that has a PostgreSQL version, once to warm up, then timed {@code repeats} times. */
    Map<String, QueryTimings.Timing> time(String schema, int repeats) throws Exception {
        Map<String, QueryTimings.Timing> out = new LinkedHashMap<>();
        try (Connection c = connect(pg, schema); Statement st = c.createStatement()) {
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

    private void script(String schema, String resource) throws Exception {
        try (Connection c = connect(pg, schema); Statement st = c.createStatement()) {
            for (String ddl : SqlScript.statements(ClasspathDirectory.readFile(resource), Map.of())) {
                st.execute(ddl);
            }
        }
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
