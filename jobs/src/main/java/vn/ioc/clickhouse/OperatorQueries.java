package vn.ioc.clickhouse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The named operator questions of clickhouse/queries (packaged in the jar). Each file starts with comment lines
 * {@code -- name:}, {@code -- question:} and {@code -- columns:}; the statement reads the views of the database
 * it runs in, so it is written without a database name.
 */
public final class OperatorQueries {
    public static final String LOCATION = "clickhouse/queries";

    public record Query(String file, String name, String question, List<String> columns, String sql) {}

    private OperatorQueries() {}

    public static List<Query> all() throws IOException {
        List<Query> out = new ArrayList<>();
        for (Map.Entry<String, String> file : ClasspathDirectory.read(LOCATION).entrySet()) {
            if (!file.getKey().endsWith(".sql")) {
                continue;
            }
            String name = null;
            String question = null;
            List<String> columns = null;
            StringBuilder sql = new StringBuilder();
            for (String line : file.getValue().split("\n")) {
                String t = line.strip();
                if (t.startsWith("-- name:")) {
                    name = t.substring("-- name:".length()).strip();
                } else if (t.startsWith("-- question:")) {
                    question = t.substring("-- question:".length()).strip();
                } else if (t.startsWith("-- columns:")) {
                    columns = Arrays.stream(t.substring("-- columns:".length()).split(",")).map(String::strip).toList();
                } else if (!t.startsWith("--")) {
                    sql.append(line).append('\n');
                }
            }
            if (name == null || question == null || columns == null) {
                throw new IllegalStateException(file.getKey() + " lacks its -- name:, -- question: or -- columns: line");
            }
            out.add(new Query(file.getKey(), name, question, columns, sql.toString().strip()));
        }
        return out;
    }
}
