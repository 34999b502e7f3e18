package vn.ioc.bench;

import com.clickhouse.client.api.Client;
import com.clickhouse.data.ClickHouseFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.Migrations;

/**
 * The insert-only baseline: the rows the end-to-end run wrote to every table, exported, then inserted again into an
 * empty database of the same schema, one TabSeparated insert per table, timed. What ClickHouse alone takes to
 * store this run's output on this machine.
 */
final class InsertBaseline {
    record Result(long rows, double seconds) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private InsertBaseline() {}

    static Result run(Client client, String source, String target, Path workDir) throws Exception {
        ClickHouseQueries.execute(client, "DROP DATABASE IF EXISTS " + target);
        ClickHouseQueries.execute(client, "CREATE DATABASE " + target);
        new Migrations().apply(client, target);
        List<String> tables = new ArrayList<>();
        for (Map<String, String> row : ClickHouseQueries.select(client, "SELECT name FROM system.tables WHERE database"
                + " = '" + source + "' AND engine LIKE '%MergeTree' AND name != 'schema_migrations' ORDER BY name")) {
            tables.add(row.get("name"));
        }
        long rows = 0;
        List<Path> files = new ArrayList<>();
        for (String table : tables) {
            Path file = workDir.resolve("insert-baseline-" + table + ".tsv");
            ClickHouseQueries.exportTsv(client, "SELECT * FROM " + source + "." + table, file);
            files.add(file);
            rows += Long.parseLong(ClickHouseQueries.select(client, "SELECT count() AS n FROM " + source + "." + table)
                    .get(0).get("n"));
        }
        long started = System.nanoTime();
        for (int i = 0; i < tables.size(); i++) {
            ClickHouseQueries.insertFile(client, target + "." + tables.get(i), files.get(i),
                    ClickHouseFormat.TabSeparated, Map.of());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        for (Path f : files) {
            Files.deleteIfExists(f);
        }
        return new Result(rows, seconds);
    }
}
