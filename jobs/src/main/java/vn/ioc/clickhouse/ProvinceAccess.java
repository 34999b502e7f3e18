package vn.ioc.clickhouse;

import com.clickhouse.client.api.Client;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A province's own database for its operators, derived from the main database: for every table of the main database
 * a table of the same structure holding the province's rows (clickhouse/access/province-rows.tsv), filled at insert
 * time by a materialized view over the main table, plus the same views and aggregates as the main database
 * (clickhouse/views, clickhouse/aggregates), the aggregates refreshed from the province's own rows.
 * On 18.16 this is the only isolation that holds: allow_databases is checked on every database a query touches,
 * views included, so operators get a database whose tables hold only their province.
 *
 * <p>Derived means rebuilt: {@link #upgradeAll} (run by {@code ./ioc migrate}) compares each province table with
 * its main table and, when a migration changed the main one (a column, a sorting key), builds it again from the main
 * table's rows; nothing is lost, because the main database holds every row the province database holds.
 */
public final class ProvinceAccess {
    private static final Pattern OLD_FEED = Pattern.compile(
            "FROM\\s+`?(\\w+)`?\\.`?dossier_facts`?\\s+WHERE\\s+province_code\\s*=\\s*'([0-9A-Za-z.]+)'");

    private ProvinceAccess() {}

    /** The province database's name for a province agency code, e.g. 000.00.00.H08 → ioc_p_h08. */
    public static String databaseFor(String provinceCode) {
        return "ioc_p_" + suffix(provinceCode).toLowerCase();
    }

    private static String suffix(String provinceCode) {
        if (!provinceCode.matches("[0-9A-Za-z.]+")) {
            throw new IllegalArgumentException("not a province agency code: " + provinceCode);
        }
        String suffix = provinceCode.substring(provinceCode.lastIndexOf('.') + 1);
        if (!suffix.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("not a province agency code: " + provinceCode);
        }
        return suffix;
    }

    /**
     * Creates (or brings up to date) the database of a province and registers it for {@code ./ioc migrate}.
     * {@code registryProvince} is the province's code in the registries' address fields (MaTinh); blank keeps no
     * registry rows.
     */
    public static String create(Client admin, String database, String provinceCode, String registryProvince)
            throws Exception {
        String registry = registryProvince == null ? "" : registryProvince;
        if (!registry.matches("[0-9A-Za-z]*")) {
            throw new IllegalArgumentException("not a registry province code: " + registry);
        }
        String pdb = databaseFor(provinceCode);
        sync(admin, database, pdb, provinceCode, registry);
        ClickHouseQueries.execute(admin, "INSERT INTO " + database + ".province_databases (database, province,"
                + " registry_province) VALUES ('" + pdb + "', '" + provinceCode + "', '" + registry + "')");
        return pdb;
    }

    /**
     * Brings every province database of {@code database} up to date with it: those registered, and those made by
     * earlier releases, which were not registered (found by their materialized view over the main dossiers).
     * Returns their names.
     */
    public static List<String> upgradeAll(Client admin, String database) throws Exception {
        Map<String, String[]> known = new LinkedHashMap<>();
        for (Map<String, String> row : registered(admin, database)) {
            known.put(row.get("database"), new String[] {row.get("province"), row.get("registry_province")});
        }
        for (Map<String, String> row : ClickHouseQueries.select(admin, "SELECT database FROM system.tables"
                + " WHERE name = 'dossier_facts_feed' AND startsWith(database, 'ioc_p_') ORDER BY database")) {
            String pdb = row.get("database");
            if (!known.containsKey(pdb)) {
                String create = ClickHouseQueries.select(admin, "SHOW CREATE TABLE " + pdb + ".dossier_facts_feed")
                        .get(0).get("statement");
                Matcher m = OLD_FEED.matcher(create == null ? "" : create);
                if (m.find() && m.group(1).equals(database)) {
                    known.put(pdb, new String[] {m.group(2), ""});
                }
            }
        }
        List<String> upgraded = new ArrayList<>();
        for (Map.Entry<String, String[]> p : known.entrySet()) {
            upgraded.add(create(admin, database, p.getValue()[0], p.getValue()[1]));
        }
        return upgraded;
    }

    /** The province databases made from {@code database}: database, province, registry_province, by name. */
    public static List<Map<String, String>> registered(Client client, String database) throws Exception {
        return ClickHouseQueries.select(client, "SELECT database, province, registry_province FROM " + database
                + ".province_databases FINAL ORDER BY database");
    }

    private static void sync(Client admin, String db, String pdb, String province, String registry) throws Exception {
        Map<String, String> filters = filters(province, registry);
        ClickHouseQueries.execute(admin, "CREATE DATABASE IF NOT EXISTS " + pdb);
        for (String table : mainTables(admin, db)) {
            String filter = filters.get(table);
            if (filter == null) {
                throw new IllegalStateException("table " + db + "." + table + " has no line in"
                        + " clickhouse/access/province-rows.tsv: say which of its rows a province database keeps");
            }
            String engine = engine(admin, db, table);
            if (engine.startsWith("Distributed")) {
                throw new IllegalStateException("province databases are made on a single server, not from the"
                        + " cluster form of " + db + " (docs/operations.md)");
            }
            boolean exists = !ClickHouseQueries.select(admin, "SELECT name FROM system.tables WHERE database = '"
                    + pdb + "' AND name = '" + table + "'").isEmpty();
            if (exists && sameStructure(admin, db, pdb, table)) {
                // an earlier release may have made the table without its feed
                ClickHouseQueries.execute(admin, feed(db, pdb, table, filter).replace("CREATE MATERIALIZED VIEW ",
                        "CREATE MATERIALIZED VIEW IF NOT EXISTS "));
                continue;
            }
            // Built again from the main table: the feed is made before the copy, so a row inserted meanwhile is
            // copied twice at worst, and the table replaces it by its key.
            ClickHouseQueries.execute(admin, "DROP TABLE IF EXISTS " + pdb + "." + table + "_feed");
            ClickHouseQueries.execute(admin, "DROP TABLE IF EXISTS " + pdb + "." + table);
            ClickHouseQueries.execute(admin, "CREATE TABLE " + pdb + "." + table + " AS " + db + "." + table);
            ClickHouseQueries.execute(admin, feed(db, pdb, table, filter));
            ClickHouseQueries.execute(admin, "INSERT INTO " + pdb + "." + table + " SELECT * FROM " + db + "." + table
                    + " WHERE " + filter);
        }
        // the province's aggregates are computed from its own rows: the main ones are swapped in by partition, which
        // no materialized view sees
        Aggregates aggregates = new Aggregates();
        new Views().apply(admin, pdb, null, () -> aggregates.apply(admin, pdb, null));
        aggregates.refresh(admin, pdb);
    }

    private static String feed(String db, String pdb, String table, String filter) {
        return "CREATE MATERIALIZED VIEW " + pdb + "." + table + "_feed TO " + pdb + "." + table
                + " AS SELECT * FROM " + db + "." + table + " WHERE " + filter;
    }

    /** The tables of the main database a province database derives from (not its own bookkeeping). */
    private static List<String> mainTables(Client admin, String db) throws Exception {
        List<String> own = new ArrayList<>(List.of("schema_migrations", "schema_views", "province_databases",
                "refresh_state"));
        own.addAll(new Aggregates().tableNames());
        return ClickHouseQueries.select(admin, "SELECT name FROM system.tables WHERE database = '" + db + "'"
                        + " AND engine LIKE '%MergeTree' AND name NOT LIKE '.inner.%' ORDER BY name")
                .stream().map(r -> r.get("name")).filter(name -> !own.contains(name)).toList();
    }

    private static boolean sameStructure(Client admin, String db, String pdb, String table) throws Exception {
        return describe(admin, db, table).equals(describe(admin, pdb, table))
                && engine(admin, db, table).equals(engine(admin, pdb, table));
    }

    private static List<Map<String, String>> describe(Client admin, String db, String table) throws Exception {
        return ClickHouseQueries.select(admin, "DESCRIBE TABLE " + db + "." + table);
    }

    /** The ENGINE clause of a table (engine, partitioning, sorting key, settings), as the server states it. */
    private static String engine(Client admin, String db, String table) throws Exception {
        String create = ClickHouseQueries.select(admin, "SHOW CREATE TABLE " + db + "." + table).get(0).get("statement");
        int at = create.indexOf("ENGINE = ");
        return at < 0 ? "" : create.substring(at + "ENGINE = ".length());
    }

    static Map<String, String> filters(String province, String registry) throws Exception {
        Map<String, String> params = Map.of("province", province, "suffix", suffix(province), "registry", registry);
        Map<String, String> filters = new LinkedHashMap<>();
        for (String line : ClasspathDirectory.readFile("clickhouse/access/province-rows.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", 2);
            String filter = cells[1].strip();
            if (cells[0].equals("registry_records") && registry.isEmpty()) {
                filter = "0";
            }
            filters.put(cells[0], SqlScript.fill(filter, params));
        }
        return filters;
    }
}
