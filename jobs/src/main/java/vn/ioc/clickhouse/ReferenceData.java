package vn.ioc.clickhouse;

import com.clickhouse.client.api.Client;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables whose rows are data files of the repository, packaged in the jar: the 766 rule table
 * (rules/score-rules.csv into score_rules, migration V012), so that views score as the scorer does. The table's
 * columns are the file's, by name; the rows are inserted again whenever the table (read FINAL) differs from the file,
 * so an unchanged database is left alone and the table's ReplacingMergeTree keeps one row per key.
 */
public final class ReferenceData {
    /** A data file and the table that holds its rows. */
    record Table(String resource, String table, List<String> orderBy) {}

    static final List<Table> TABLES = List.of(
            new Table("rules/score-rules.csv", "score_rules", List.of("version", "indicator")));

    private ReferenceData() {}

    /** Loads every file whose table differs from it; returns the tables loaded. */
    public static List<String> load(Client client, String database) throws Exception {
        List<String> loaded = new ArrayList<>();
        for (Table t : TABLES) {
            if (ClickHouseQueries.select(client, "SELECT name FROM system.tables WHERE database = '" + database
                    + "' AND name = '" + t.table() + "'").isEmpty()) {
                continue; // a release before the table's migration (Migrations.releasedUpTo)
            }
            List<Map<String, String>> rows = read(t.resource());
            List<String> columns = new ArrayList<>(rows.get(0).keySet());
            String quoted = String.join(", ", columns.stream().map(c -> "`" + c + "`").toList());
            List<Map<String, String>> held = ClickHouseQueries.select(client, "SELECT " + quoted + " FROM " + database
                    + "." + t.table() + " FINAL ORDER BY " + String.join(", ", t.orderBy()));
            List<Map<String, String>> wanted = new ArrayList<>(rows);
            wanted.sort((a, b) -> key(a, t).compareTo(key(b, t)));
            if (held.equals(wanted)) {
                continue;
            }
            StringBuilder insert = new StringBuilder("INSERT INTO " + database + "." + t.table() + " (" + quoted
                    + ") VALUES");
            for (Map<String, String> row : rows) {
                insert.append(" (").append(String.join(", ", row.values().stream().map(ReferenceData::literal)
                        .toList())).append(')');
            }
            ClickHouseQueries.execute(client, insert.toString());
            loaded.add(t.table());
        }
        return loaded;
    }

    private static String key(Map<String, String> row, Table t) {
        return String.join("\u0000", t.orderBy().stream().map(row::get).toList());
    }

    private static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static List<Map<String, String>> read(String resource) throws IOException {
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the classpath");
            }
            List<Map<String, String>> rows = new ArrayList<>();
            try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
                while (it.hasNext()) {
                    rows.add(new LinkedHashMap<>(it.next()));
                }
            }
            return rows;
        }
    }
}
