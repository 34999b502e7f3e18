package vn.ioc.testing;

import com.clickhouse.client.api.Client;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ioc.clickhouse.ClickHouseQueries;

/**
 * Everything operators can see in a database, for comparing two runs exactly: every view, every row, every
 * column, rows in a fixed order. Left out are only the columns that say where and when a line was read (its file,
 * its byte offset, the time of insertion), which differ between runs of the same feeds by design.
 */
public final class WarehouseSnapshot {
    private static final Set<String> PER_RUN = Set.of("source_file", "offset", "ingested_at", "rejected_at");

    private WarehouseSnapshot() {}

    public static String of(Client client, String database) throws Exception {
        StringBuilder out = new StringBuilder();
        for (Map<String, String> view : ClickHouseQueries.select(client, "SELECT name FROM system.tables WHERE database"
                + " = '" + database + "' AND engine = 'View' ORDER BY name")) {
            String name = view.get("name");
            List<String> columns = ClickHouseQueries.select(client, "DESCRIBE TABLE " + database + "." + name).stream()
                    .map(c -> c.get("name")).filter(c -> !PER_RUN.contains(c)).toList();
            String select = columns.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
            List<String> rows = ClickHouseQueries.select(client, "SELECT " + select + " FROM " + database + "." + name)
                    .stream()
                    .map(r -> columns.stream().map(c -> String.valueOf(r.get(c))).collect(Collectors.joining("\t")))
                    .sorted()
                    .toList();
            out.append("== ").append(name).append(" (").append(rows.size()).append(" rows)\n");
            rows.forEach(r -> out.append(r).append('\n'));
        }
        return out.toString();
    }
}
