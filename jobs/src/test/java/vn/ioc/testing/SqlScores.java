package vn.ioc.testing;

import com.clickhouse.client.api.Client;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ioc.clickhouse.ClickHouseQueries;

/**
 * The warehouse's own scores (views indicator_scores, group_scores, unit_scores) in ./ioc scorecard's terms, and the
 * indicator invariants every generated province must hold.
 */
public final class SqlScores {
    private SqlScores() {}

    /** "unit code" → score as ./ioc scorecard prints it (empty for no score), for one period and rule version. */
    public static Map<String, String> card(Client client, String database, String periodKind, LocalDate start,
            String rules) throws Exception {
        String where = " WHERE period_kind = '" + periodKind + "' AND period_start = toDate('" + start
                + "') AND rules_version = '" + rules + "'";
        Map<String, String> card = new TreeMap<>();
        for (Map<String, String> r : ClickHouseQueries.select(client, "SELECT unit, indicator, points_centi FROM "
                + database + ".indicator_scores" + where)) {
            card.put(r.get("unit") + " " + r.get("indicator"), centi(r.get("points_centi")));
        }
        for (Map<String, String> r : ClickHouseQueries.select(client, "SELECT unit, group_code, group_centi FROM "
                + database + ".group_scores" + where)) {
            card.put(r.get("unit") + " GROUP_" + r.get("group_code"), centi(r.get("group_centi")));
        }
        for (Map<String, String> r : ClickHouseQueries.select(client, "SELECT unit, total_centi, band FROM "
                + database + ".unit_scores" + where)) {
            card.put(r.get("unit") + " TOTAL", centi(r.get("total_centi")));
            card.put(r.get("unit") + " BAND", r.get("band"));
        }
        return card;
    }

    /**
     * Every unit, month, quarter and year and indicator whose numerator exceeds its denominator, i.e. whose rate is
     * not within 0–100 % (the figures are counts: never negative). Empty when the invariant holds.
     */
    public static List<Map<String, String>> invariantViolations(Client client, String database) throws Exception {
        return ClickHouseQueries.select(client, "SELECT unit, period_kind, period_start, indicator, n, d FROM "
                + database + ".indicator_figures_by_period WHERE n > d OR (d = 0 AND n > 0)"
                + " ORDER BY period_kind, period_start, unit, indicator LIMIT 20");
    }

    private static String centi(String value) {
        return value == null ? "" : BigDecimal.valueOf(Long.parseLong(value), 2).toPlainString();
    }
}
