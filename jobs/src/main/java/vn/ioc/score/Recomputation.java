package vn.ioc.score;

import com.clickhouse.client.api.Client;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ioc.clickhouse.ClickHouseQueries;

/**
 * The report's measures recomputed from ClickHouse for one province and period, from the one definition of each
 * measure (the view headline_counts_daily), and compared with the report row by row.
 */
public final class Recomputation {
    /** measure → (numerator column, denominator column) of headline_counts_daily. */
    private static final Map<String, String[]> MEASURES = Map.of(
            "digitized", new String[] {"digitized_dossiers", "all_dossiers"},
            "e_results", new String[] {"e_result_dossiers", "all_dossiers"},
            "population_data", new String[] {"population_data_dossiers", "citizen_dossiers"},
            "reused", new String[] {"reused_dossiers", "all_dossiers"},
            "online", new String[] {"online_dossiers", "all_dossiers"},
            "paid_online", new String[] {"paid_online_dossiers", "fee_bearing_dossiers"});

    private final Map<String, Map<String, String>> byLevel = new HashMap<>();

    private Recomputation() {}

    public static Recomputation of(Client client, String database, String province, LocalDate from, LocalDate to)
            throws Exception {
        if (!province.matches("[0-9A-Za-z.]+")) {
            throw new IllegalArgumentException("not an agency code: " + province);
        }
        StringBuilder sql = new StringBuilder("SELECT level_name");
        for (String column : List.of("all_dossiers", "digitized_dossiers", "e_result_dossiers", "citizen_dossiers",
                "population_data_dossiers", "reused_dossiers", "online_dossiers", "fee_bearing_dossiers",
                "paid_online_dossiers")) {
            sql.append(", sum(").append(column).append(") AS ").append(column);
        }
        sql.append(" FROM ").append(database).append(".headline_counts_daily WHERE province_code = '")
                .append(province).append("' AND day BETWEEN toDate('").append(from).append("') AND toDate('")
                .append(to).append("') GROUP BY level_name");
        Recomputation r = new Recomputation();
        for (Map<String, String> row : ClickHouseQueries.select(client, sql.toString())) {
            r.byLevel.put(row.get("level_name"), row);
        }
        return r;
    }

    /** Rows whose percentage differs from the recomputed one by more than {@code tolerance} points. */
    public List<ReportCheck.Finding> compare(List<ReportCheck.Line> lines, BigDecimal tolerance) {
        List<ReportCheck.Finding> out = new ArrayList<>();
        for (ReportCheck.Line l : lines) {
            String[] columns = MEASURES.get(l.measure());
            Map<String, String> row = byLevel.get(l.level());
            if (columns == null) {
                out.add(new ReportCheck.Finding(l.level(), l.measure(), "unknown_measure",
                        "known measures: " + String.join(" ", MEASURES.keySet().stream().sorted().toList())));
                continue;
            }
            if (row == null) {
                out.add(new ReportCheck.Finding(l.level(), l.measure(), "no_recomputed_data",
                        "no dossiers of this level in the period"));
                continue;
            }
            BigDecimal n = new BigDecimal(row.get(columns[0]));
            BigDecimal d = new BigDecimal(row.get(columns[1]));
            if (d.signum() == 0 || l.denominator().signum() == 0) {
                continue;
            }
            ReportCheck.Line recomputed = new ReportCheck.Line(l.level(), l.measure(), n, d, null);
            BigDecimal diff = recomputed.percent().subtract(l.percent()).abs();
            if (diff.compareTo(tolerance) > 0) {
                out.add(new ReportCheck.Finding(l.level(), l.measure(), "recomputed_differs", String.format(
                        Locale.ROOT, "report %s / %s = %.2f %%, recomputed %s / %s = %.2f %%",
                        l.numerator().toPlainString(), l.denominator().toPlainString(), l.percent(),
                        n.toPlainString(), d.toPlainString(), recomputed.percent())));
            }
        }
        return out;
    }
}
