package vn.ioc.clickhouse;

import com.clickhouse.client.api.Client;
import java.util.Map;

/**
 * Creates a province's own database for its operators (clickhouse/access/province.sql) and copies the rows that
 * were already there. On 18.16 this is the only isolation that holds: allow_databases is checked on every database
 * a query touches, views included, so operators get a database whose tables hold only their province.
 */
public final class ProvinceAccess {
    private ProvinceAccess() {}

    /** The province database's name for a province agency code, e.g. 000.00.00.H08 → ioc_p_h08. */
    public static String databaseFor(String provinceCode) {
        String suffix = provinceCode.substring(provinceCode.lastIndexOf('.') + 1).toLowerCase();
        if (!suffix.matches("[a-z0-9]+")) {
            throw new IllegalArgumentException("not a province agency code: " + provinceCode);
        }
        return "ioc_p_" + suffix;
    }

    public static String create(Client admin, String database, String provinceCode) throws Exception {
        if (!provinceCode.matches("[0-9A-Za-z.]+")) {
            throw new IllegalArgumentException("not a province agency code: " + provinceCode);
        }
        String pdb = databaseFor(provinceCode);
        Map<String, String> params = Map.of("db", database, "pdb", pdb, "province", provinceCode);
        for (String file : new String[] {"province.sql", "province-backfill.sql"}) {
            for (String statement : SqlScript.statements(ClasspathDirectory.readFile("clickhouse/access/" + file), params)) {
                ClickHouseQueries.execute(admin, statement);
            }
        }
        return pdb;
    }
}
