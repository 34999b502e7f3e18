package vn.ioc.clickhouse;

import com.clickhouse.client.api.Client;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Aggregates the operator questions read instead of the collapsing views, so that no question merges every version
 * of every dossier on the spot ({@code FINAL}) and each reads small, exact rows whatever the data size.
 *
 * <p>One file per aggregate in {@code clickhouse/aggregates}: its SELECT over the staging views, restricted to the
 * months in {@code ${months}}, with a {@code month} column (the first day of a month) that partitions it; a header
 * line {@code -- order by:} with its sorting key, and {@code -- changed:} lines, each a query of the months whose
 * rows changed since {@code ${since}} (from the {@code ingested_at} of the tables it reads). A refresh computes the
 * changed months again from the views, which collapse versions and replays exactly, one month at a time into a build
 * table, and swaps each month in atomically ({@code REPLACE PARTITION}): a reader sees a month's old rows or its new ones, never a mix,
 * and a replay or a row delivered twice changes nothing. Months are recomputed with a minute's overlap, so an insert
 * still running when a refresh starts is counted by the next one.
 *
 * <p>An aggregate is derived data: when its file changes, {@link #apply} creates its table again and the next refresh
 * fills every month. Refreshing swaps partitions, which ClickHouse counts as DDL, so it runs with the rights of the
 * migrations ({@code ./ioc refresh}, {@code ./ioc migrate}), not with the job's ingest user.
 */
public final class Aggregates {
    public static final String DEFAULT_LOCATION = "clickhouse/aggregates";
    private static final Pattern FILE = Pattern.compile("([a-z][a-z0-9_]*)\\.sql");
    private static final String ORDER_BY = "-- order by:";
    private static final String CHANGED = "-- changed:";
    /** How far back each refresh looks again, for inserts that were running when the previous one started. */
    private static final long OVERLAP_SECONDS = 60;

    private final String location;

    public Aggregates() {
        this(DEFAULT_LOCATION);
    }

    public Aggregates(String classpathLocation) {
        this.location = classpathLocation;
    }

    /** One aggregate: its table name, sorting key, queries of changed months and SELECT, as its file has them. */
    public record Aggregate(String name, String orderBy, List<String> changed, String select, String checksum) {
        String select(String database, String months) {
            return String.join("\n", SqlScript.statements(select, Map.of("db", database, "months", months)));
        }
    }

    public List<Aggregate> discover() throws IOException {
        List<Aggregate> all = new ArrayList<>();
        for (Map.Entry<String, String> file : ClasspathDirectory.read(location).entrySet()) {
            var m = FILE.matcher(file.getKey());
            if (!m.matches()) {
                throw new IllegalStateException("not an aggregate file name (lower_case.sql): " + file.getKey());
            }
            String orderBy = null;
            List<String> changed = new ArrayList<>();
            for (String line : file.getValue().split("\n")) {
                if (line.startsWith(ORDER_BY)) {
                    orderBy = line.substring(ORDER_BY.length()).strip();
                } else if (line.startsWith(CHANGED)) {
                    changed.add(line.substring(CHANGED.length()).strip());
                }
            }
            if (orderBy == null || changed.isEmpty()) {
                throw new IllegalStateException(file.getKey() + " needs '" + ORDER_BY + "' and '" + CHANGED + "' lines");
            }
            all.add(new Aggregate(m.group(1), orderBy, changed, file.getValue(), Checksums.sha256(file.getValue())));
        }
        return all;
    }

    /** The names of the tables aggregates own in a database: theirs and their build tables. */
    public List<String> tableNames() throws IOException {
        List<String> names = new ArrayList<>();
        for (Aggregate a : discover()) {
            names.add(a.name());
            names.add(a.name() + "__build");
        }
        return names;
    }

    /**
     * Creates the tables of new aggregates and creates again those whose file changed (emptied, so that the next
     * refresh fills every month); returns their names. On a cluster ({@code ddl} not null) each aggregate is a view
     * over every month instead: correct, but computed on read, until refreshes run on every node.
     */
    public List<String> apply(Client client, String database, ClusterDdl ddl) throws Exception {
        if (ddl != null) {
            List<String> names = new ArrayList<>();
            for (Aggregate a : discover()) {
                Migrations.run(client, "DROP TABLE IF EXISTS " + database + "." + a.name(), ddl);
                Migrations.run(client, "CREATE VIEW " + database + "." + a.name() + " AS "
                        + a.select(database, allMonths(a, database)), ddl);
                names.add(a.name());
            }
            return names;
        }
        ClickHouseQueries.execute(client, "CREATE TABLE IF NOT EXISTS " + database + ".refresh_state"
                + " (aggregate String, checksum String, watermark DateTime, seq UInt64)"
                + " ENGINE = ReplacingMergeTree(seq) ORDER BY aggregate");
        Map<String, String[]> state = state(client, database);
        List<String> created = new ArrayList<>();
        for (Aggregate a : discover()) {
            String[] recorded = state.get(a.name());
            boolean exists = !ClickHouseQueries.select(client, "SELECT name FROM system.tables WHERE database = '"
                    + database + "' AND name = '" + a.name() + "'").isEmpty();
            if (exists && recorded != null && recorded[0].equals(a.checksum())) {
                continue;
            }
            String table = database + "." + a.name();
            ClickHouseQueries.execute(client, "DROP TABLE IF EXISTS " + table + "__build");
            ClickHouseQueries.execute(client, "DROP TABLE IF EXISTS " + table);
            // the SELECT over no month gives the table its columns and types, and no rows
            ClickHouseQueries.execute(client, "CREATE TABLE " + table + " ENGINE = MergeTree PARTITION BY toYYYYMM(month)"
                    + " ORDER BY (" + a.orderBy() + ") AS " + a.select(database, "0"));
            ClickHouseQueries.execute(client, "CREATE TABLE " + table + "__build AS " + table);
            record(client, database, a, 0);
            created.add(a.name());
        }
        return created;
    }

    /** Recomputes the months that changed since each aggregate's last refresh; returns how many months per aggregate. */
    public Map<String, Integer> refresh(Client client, String database) throws Exception {
        Map<String, String[]> state = state(client, database);
        Map<String, Integer> refreshed = new HashMap<>();
        for (Aggregate a : discover()) {
            String[] recorded = state.get(a.name());
            if (recorded == null || !recorded[0].equals(a.checksum())) {
                throw new IllegalStateException("aggregate " + a.name() + " of " + database + " is not up to date with"
                        + " its file: run ./ioc migrate first");
            }
            long start = Long.parseLong(ClickHouseQueries.select(client, "SELECT toUInt32(now()) AS t").get(0).get("t"));
            long watermark = Long.parseLong(recorded[1]);
            String since = "toDateTime(" + Math.max(0, watermark == 0 ? 0 : watermark - OVERLAP_SECONDS) + ")";
            TreeSet<String> months = new TreeSet<>();
            for (String query : a.changed()) {
                String sql = SqlScript.fill(query, Map.of("db", database, "since", since));
                for (Map<String, String> row : ClickHouseQueries.select(client, sql)) {
                    months.add(row.get("month"));
                }
            }
            // a month at a time: a national month is millions of dossiers, all of them at once would not fit a
            // query's memory
            String table = database + "." + a.name();
            for (String month : months) {
                ClickHouseQueries.execute(client, "TRUNCATE TABLE " + table + "__build");
                ClickHouseQueries.execute(client, "INSERT INTO " + table + "__build " + a.select(database, month));
                ClickHouseQueries.execute(client, "ALTER TABLE " + table + " REPLACE PARTITION " + month
                        + " FROM " + table + "__build");
            }
            if (!months.isEmpty()) {
                ClickHouseQueries.execute(client, "TRUNCATE TABLE " + table + "__build");
            }
            record(client, database, a, start);
            refreshed.put(a.name(), months.size());
        }
        return refreshed;
    }

    /** Every month the aggregate's sources hold, as a subquery for {@code IN (...)}. */
    private static String allMonths(Aggregate a, String database) {
        return "SELECT month FROM (" + a.changed().stream()
                .map(q -> SqlScript.fill(q, Map.of("db", database, "since", "toDateTime(0)")))
                .collect(Collectors.joining(" UNION ALL ")) + ")";
    }

    /** aggregate → {checksum, watermark (epoch seconds)}. */
    private static Map<String, String[]> state(Client client, String database) throws Exception {
        return ClickHouseQueries.select(client, "SELECT aggregate, checksum, toUInt32(watermark) AS watermark FROM "
                        + database + ".refresh_state FINAL").stream()
                .collect(Collectors.toMap(r -> r.get("aggregate"), r -> new String[] {r.get("checksum"), r.get("watermark")}));
    }

    private static void record(Client client, String database, Aggregate a, long watermark) throws Exception {
        ClickHouseQueries.execute(client, "INSERT INTO " + database + ".refresh_state (aggregate, checksum, watermark,"
                + " seq) VALUES ('" + a.name() + "', '" + a.checksum() + "', toDateTime(" + watermark + "), "
                + SEQUENCE.next() + ")");
    }

    /** Orders the records of one aggregate's state, also when two are written within one millisecond. */
    private static final class Sequence {
        private long last;

        synchronized long next() {
            last = Math.max(last + 1, System.currentTimeMillis());
            return last;
        }
    }

    private static final Sequence SEQUENCE = new Sequence();
}
