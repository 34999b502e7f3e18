package vn.ioc.clickhouse;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.command.CommandSettings;
import com.clickhouse.client.api.query.QueryResponse;
import com.clickhouse.client.api.query.QuerySettings;
import com.clickhouse.data.ClickHouseFormat;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Statements and reads that work on 18.16 and on current servers: results are read as TabSeparatedWithNames text,
 * because client-v2's typed reader (RowBinaryWithNamesAndTypes) does not understand 18.16's answers.
 */
public final class ClickHouseQueries {
    private static final long TIMEOUT_SECONDS = 600;

    private ClickHouseQueries() {}

    /** Runs DDL or any statement without a result. LowCardinality is experimental on 18.16 and allowed here. */
    public static void execute(Client client, String sql) throws Exception {
        CommandSettings settings = new CommandSettings();
        settings.serverSetting("allow_experimental_low_cardinality_type", "1");
        client.execute(sql, settings).get(TIMEOUT_SECONDS, TimeUnit.SECONDS).close();
    }

    /**
     * Rows as column name → text value (null for NULL), in the order of the query's columns. The format is named in
     * the statement itself: 18.16 ignores the format the client asks for in the request's settings.
     */
    public static List<Map<String, String>> select(Client client, String sql) throws Exception {
        return select(client, sql, new QuerySettings());
    }

    /** Like {@link #select(Client, String)}, with unqualified table names resolved in {@code database}. */
    public static List<Map<String, String>> select(Client client, String sql, String database) throws Exception {
        return select(client, sql, inDatabase(database));
    }

    /** The column names a statement answers with, even when it returns no rows. */
    public static List<String> columns(Client client, String sql, String database) throws Exception {
        String text = fetch(client, sql, inDatabase(database));
        String header = text.indexOf('\n') < 0 ? text : text.substring(0, text.indexOf('\n'));
        return header.isEmpty() ? List.of() : List.of(header.split("\t", -1));
    }

    /** Streams a statement's answer as TabSeparated into a file; returns the bytes written. */
    public static long exportTsv(Client client, String sql, java.nio.file.Path file) throws Exception {
        try (QueryResponse response = query(client, sql, new QuerySettings(), ClickHouseFormat.TabSeparated);
                InputStream in = response.getInputStream()) {
            return java.nio.file.Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Inserts a file's rows, in the given format, into {@code table} (qualified with its database). */
    public static void insertFile(Client client, String table, java.nio.file.Path file, ClickHouseFormat format,
            Map<String, String> serverSettings) throws Exception {
        try (InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file), 1 << 20)) {
            insert(client, table, in, format, serverSettings);
        }
    }

    /** Inserts the rows a stream holds to its end, in the given format, into {@code table}. */
    public static void insert(Client client, String table, InputStream rows, ClickHouseFormat format,
            Map<String, String> serverSettings) throws Exception {
        com.clickhouse.client.api.insert.InsertSettings settings = new com.clickhouse.client.api.insert.InsertSettings();
        serverSettings.forEach(settings::serverSetting);
        client.insert(table, rows, format, settings).get(TIMEOUT_SECONDS, TimeUnit.SECONDS).close();
    }

    /** The database as the URL parameter every server version reads (18.16 ignores client-v2's database header). */
    private static QuerySettings inDatabase(String database) {
        return new QuerySettings().serverSetting("database", database);
    }

    private static List<Map<String, String>> select(Client client, String sql, QuerySettings settings)
            throws Exception {
        return parse(fetch(client, sql, settings));
    }

    /**
     * The whole answer of a SELECT run in a database, as the TabSeparatedWithNames text a console receives, without
     * building a row object per line (the benchmark's measure of what answering a question costs).
     */
    public static String answer(Client client, String sql, String database) throws Exception {
        return fetch(client, sql, inDatabase(database));
    }

    /** The statement's answer as TabSeparatedWithNames text. */
    private static String fetch(Client client, String sql, QuerySettings settings) throws Exception {
        try (QueryResponse response = query(client, sql, settings, ClickHouseFormat.TabSeparatedWithNames);
                InputStream in = response.getInputStream()) {
            return readAll(in);
        }
    }

    /** Runs a statement with its output format named in the statement itself, which every server version reads. */
    private static QueryResponse query(Client client, String sql, QuerySettings settings, ClickHouseFormat format)
            throws Exception {
        settings.setFormat(format);
        String statement = sql.strip().replaceAll(";$", "") + "\nFORMAT " + format.name();
        return client.query(statement, settings).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    static List<Map<String, String>> parse(String text) {
        List<Map<String, String>> rows = new ArrayList<>();
        if (text.isEmpty()) {
            return rows;
        }
        String[] lines = text.split("\n", -1);
        String[] names = lines[0].split("\t", -1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty() && i == lines.length - 1) {
                break;
            }
            String[] cells = lines[i].split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < names.length; c++) {
                row.put(unescape(names[c]), c < cells.length ? unescape(cells[c]) : null);
            }
            rows.add(row);
        }
        return rows;
    }

    private static String unescape(String cell) {
        if (cell.equals("\\N")) {
            return null;
        }
        if (cell.indexOf('\\') < 0) {
            return cell;
        }
        StringBuilder sb = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                char n = cell.charAt(++i);
                switch (n) {
                    case 't' -> sb.append('\t');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case '0' -> sb.append('\0');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    default -> sb.append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String readAll(InputStream in) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
