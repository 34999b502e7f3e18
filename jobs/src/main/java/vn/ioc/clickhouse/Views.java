package vn.ioc.clickhouse;

import com.clickhouse.client.api.Client;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The views operators read, one file per view in layers, as in a dbt project: {@code clickhouse/views/1_staging}
 * (one view per table, collapsing versions), {@code 2_intermediate} (joins and per-row definitions),
 * {@code 3_marts} (what questions and reports read). Before the marts, the aggregate tables ({@link Aggregates}) are
 * built: they read staging and intermediate views, and marts may read them. A file holds the view's SELECT; the view takes the file's name. Views hold no data, so
 * unlike tables they are not migrated: whenever a file changes, every view is dropped and created again from the
 * files, in layer order (a view reads tables and views of lower layers only, which {@code ViewsTest} checks).
 * Their checksums are kept in {@code <db>.schema_views} so that an unchanged database is left alone.
 */
public final class Views {
    public static final String DEFAULT_LOCATION = "clickhouse/views";
    private static final String MARTS = "3_marts";
    private static final List<String> LAYERS = List.of("1_staging", "2_intermediate", MARTS);
    private static final Pattern FILE = Pattern.compile("([a-z][a-z0-9_]*)\\.sql");
    private static final Pattern READS = Pattern.compile("\\$\\{db}\\.(\\w+)");

    private final String location;

    public Views() {
        this(DEFAULT_LOCATION);
    }

    public Views(String classpathLocation) {
        this.location = classpathLocation;
    }

    /** One view: its name, layer and SELECT with {@code ${db}} still in it. */
    public record View(String name, String layer, String select) {
        /** The tables and views it reads (names after {@code ${db}.}). */
        public java.util.Set<String> reads() {
            java.util.Set<String> names = new java.util.TreeSet<>();
            Matcher m = READS.matcher(select);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        String checksum() {
            return Checksums.sha256(layer + "/" + select);
        }

        String create(String database) {
            String body = String.join("\n", SqlScript.statements(select, Map.of("db", database)));
            return "CREATE VIEW " + database + "." + name + " AS\n" + body;
        }
    }

    /** Every view, in the order they are created. */
    public List<View> discover() throws IOException {
        Map<String, View> byName = new LinkedHashMap<>();
        List<View> ordered = new ArrayList<>();
        for (String layer : LAYERS) {
            List<View> inLayer = new ArrayList<>();
            for (Map.Entry<String, String> file : ClasspathDirectory.read(location + "/" + layer).entrySet()) {
                var m = FILE.matcher(file.getKey());
                if (!m.matches()) {
                    throw new IllegalStateException("not a view file name (lower_case.sql): " + layer + "/" + file.getKey());
                }
                View view = new View(m.group(1), layer, file.getValue());
                View previous = byName.put(m.group(1), view);
                if (previous != null) {
                    throw new IllegalStateException("view " + m.group(1) + " defined in " + previous.layer() + " and " + layer);
                }
                inLayer.add(view);
            }
            ordered.addAll(readFirst(inLayer));
        }
        return ordered;
    }

    /** A layer's views with every view after the views of the same layer it reads; a cycle is refused. */
    private static List<View> readFirst(List<View> layer) {
        List<View> ordered = new ArrayList<>();
        List<View> left = new ArrayList<>(layer);
        while (!left.isEmpty()) {
            View next = left.stream()
                    .filter(v -> left.stream().noneMatch(other -> other != v && v.reads().contains(other.name())))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("views that read each other: " + left));
            ordered.add(next);
            left.remove(next);
        }
        return ordered;
    }

    /** What is built before the marts: the aggregates, which read staging and intermediate views, marts read them. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    /**
     * Creates the views the database lacks and re-creates all of them when any file changed, running
     * {@code beforeMarts} once the staging and intermediate views exist and before the marts, which may read what it
     * builds; returns
     * the names of the views created now (empty when the database was up to date).
     */
    public List<String> apply(Client client, String database, ClusterDdl ddl, Step beforeMarts) throws Exception {
        Migrations.run(client, "CREATE TABLE IF NOT EXISTS " + database + ".schema_views"
                + " (name String, checksum String, applied_at DateTime DEFAULT now())"
                + " ENGINE = ReplacingMergeTree(applied_at) ORDER BY name", ddl);
        Map<String, String> recorded = new TreeMap<>();
        for (Map<String, String> row : ClickHouseQueries.select(client,
                "SELECT name, checksum FROM " + database + ".schema_views FINAL WHERE checksum != ''")) {
            recorded.put(row.get("name"), row.get("checksum"));
        }
        List<String> present = ClickHouseQueries.select(client, "SELECT name FROM system.tables WHERE database = '"
                + database + "' AND engine = 'View'").stream().map(r -> r.get("name")).toList();
        List<View> views = discover();
        Map<String, String> wanted = new TreeMap<>();
        views.forEach(v -> wanted.put(v.name(), v.checksum()));
        if (wanted.equals(recorded) && present.containsAll(wanted.keySet())) {
            beforeMarts.run();
            return List.of();
        }
        // drop marts before what they read; views no file defines any more are dropped too
        List<String> drop = new ArrayList<>(views.stream().map(View::name).toList());
        recorded.keySet().stream().filter(n -> !wanted.containsKey(n)).forEach(drop::add);
        for (int i = drop.size() - 1; i >= 0; i--) {
            Migrations.run(client, "DROP TABLE IF EXISTS " + database + "." + drop.get(i), ddl);
        }
        List<String> created = new ArrayList<>();
        boolean stepDone = false;
        for (View v : views) {
            if (!stepDone && v.layer().equals(MARTS)) {
                beforeMarts.run();
                stepDone = true;
            }
            Migrations.run(client, v.create(database), ddl);
            created.add(v.name());
        }
        if (!stepDone) {
            beforeMarts.run();
        }
        StringBuilder insert = new StringBuilder("INSERT INTO " + database + ".schema_views (name, checksum) VALUES ");
        List<String> rows = new ArrayList<>();
        wanted.forEach((name, sum) -> rows.add("('" + name + "', '" + sum + "')"));
        recorded.keySet().stream().filter(n -> !wanted.containsKey(n)).forEach(n -> rows.add("('" + n + "', '')"));
        ClickHouseQueries.execute(client, insert.append(String.join(", ", rows)).toString());
        return created;
    }
}
