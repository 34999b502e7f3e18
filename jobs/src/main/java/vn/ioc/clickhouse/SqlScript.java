package vn.ioc.clickhouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** SQL files as the project writes them: statements end with ';' at the end of a line, '--' lines are comments. */
public final class SqlScript {
    private SqlScript() {}

    /** The text with every ${name} replaced by its value. */
    public static String fill(String sql, Map<String, String> params) {
        String text = sql;
        for (Map.Entry<String, String> p : params.entrySet()) {
            text = text.replace("${" + p.getKey() + "}", p.getValue());
        }
        return text;
    }

    /** The statements of a script with every ${name} replaced by its value. */
    public static List<String> statements(String sql, Map<String, String> params) {
        String text = fill(sql, params);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String s = current.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
