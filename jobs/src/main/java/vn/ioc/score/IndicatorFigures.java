package vn.ioc.score;

import com.clickhouse.client.api.Client;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ioc.clickhouse.ClickHouseQueries;

/**
 * Numerators and denominators of the 766 indicators for units and a period, from the one definition of each
 * (the view indicator_inputs), rolled up along the agency hierarchy and the successor chains (view unit_agencies).
 * Indicators that count procedures take distinct procedures over the whole unit and period.
 */
public final class IndicatorFigures {
    /** Indicators no feed carries (the portal takes them from other systems): their figures are unknown. */
    public static final Set<String> NOT_IN_FEEDS = Set.of("ELECTRONIC_CERTIFIED_COPY");
    /** The whole country as a unit: every agency's dossiers, each agency once (the portal's national scorecard). */
    public static final String COUNTRY = "VN";

    private IndicatorFigures() {}

    /**
     * Figures per unit, in the order of the rules, each unit with every indicator: one without data in the period
     * has 0 ÷ 0 (the rule's zero case applies), one that no feed carries has unknown figures.
     *
     * @param unit null for every unit, {@link #COUNTRY} for the whole country
     * @param procedure null for all procedures
     */
    public static List<Scorecard.Input> query(Client client, String database, Period period, String unit,
            String procedure, List<String> indicators) throws Exception {
        return query(client, database, period, unit, procedure, indicators, null);
    }

    /**
     * As {@link #query(Client, String, Period, String, String, List)}, with what depends on the time of the question
     * ("open and not yet due") judged at {@code asOf} instead of now (null: now, as the view does).
     */
    public static List<Scorecard.Input> query(Client client, String database, Period period, String unit,
            String procedure, List<String> indicators, Instant asOf) throws Exception {
        String numerator = numeratorAt(asOf);
        // per-procedure indicators count distinct procedures; only their rows are hashed
        String measured = " indicator,"
                + " if(max(per_procedure) = 1, uniqExactIf(procedure_code, per_procedure = 1 AND " + numerator
                + " > 0), sum(" + numerator + ")) AS n,"
                + " if(max(per_procedure) = 1, uniqExactIf(procedure_code, per_procedure = 1 AND denominator > 0),"
                + " sum(denominator)) AS d"
                + " FROM " + database + ".indicator_inputs_by_grain";
        String where = " WHERE " + grains(period)
                + (procedure == null ? "" : " AND procedure_code = '" + code(procedure) + "'");
        String sql;
        if (COUNTRY.equals(unit)) {
            // every agency once, those missing from the catalogue too: no join at all
            sql = "SELECT '" + COUNTRY + "' AS unit," + measured + where;
        } else {
            // the one roll-up (view unit_agencies): the catalogue's, and an unknown agency under its own code
            String units = "SELECT agency_code, unit AS rollup_unit FROM " + database + ".unit_agencies"
                    + (unit == null ? "" : " WHERE unit = '" + code(unit) + "'");
            sql = "SELECT rollup_unit AS unit," + measured + " ALL INNER JOIN (" + units + ") USING agency_code" + where
                    // one unit reads its own agencies' rows only (the aggregate is sorted by day, then agency)
                    + (unit == null ? "" : " AND agency_code IN (SELECT agency_code FROM (" + units + "))");
        }
        // 18.16 computes the whole view first unless its profile has enable_optimize_predicate_expression
        // (clickhouse/access/users.xml; readonly operators may not set it here), 24.x pushes the WHERE anyway
        sql += " GROUP BY unit, indicator ORDER BY unit, indicator";
        Map<String, Map<String, BigDecimal[]>> byUnit = new LinkedHashMap<>();
        if (unit != null) {
            byUnit.put(unit, new LinkedHashMap<>());
        }
        for (Map<String, String> row : ClickHouseQueries.select(client, sql)) {
            byUnit.computeIfAbsent(row.get("unit"), u -> new LinkedHashMap<>()).put(row.get("indicator"),
                    new BigDecimal[] {new BigDecimal(row.get("n")), new BigDecimal(row.get("d"))});
        }
        List<Scorecard.Input> out = new ArrayList<>();
        byUnit.forEach((u, figures) -> {
            for (String indicator : indicators) {
                BigDecimal[] f = NOT_IN_FEEDS.contains(indicator) ? new BigDecimal[2]
                        : figures.getOrDefault(indicator, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                out.add(new Scorecard.Input(u, indicator, f[0], f[1]));
            }
        });
        return out;
    }

    /**
     * The inputs of a scorecard checked before anything is computed: a unit and a procedure the catalogues know, and
     * a period with dossiers. A scorecard of nothing would otherwise read as a confident score (every indicator's
     * zero case). Throws IllegalArgumentException saying, in one line, which input is unknown.
     */
    public static void checkInputs(Client client, String database, Period period, String unit, String procedure)
            throws Exception {
        if (unit != null && !COUNTRY.equals(unit) && ClickHouseQueries.select(client, "SELECT unit FROM "
                + database + ".unit_agencies WHERE unit = '" + code(unit) + "' LIMIT 1").isEmpty()) {
            throw new IllegalArgumentException("unknown unit " + unit + ": no agency has that code in " + database
                    + ".agencies, nor any dossier (codes look like 000.00.00.H08)");
        }
        if (procedure != null && ClickHouseQueries.select(client, "SELECT procedure_code FROM " + database
                + ".procedures WHERE procedure_code = '" + code(procedure) + "' LIMIT 1").isEmpty()) {
            throw new IllegalArgumentException("unknown procedure " + procedure + ": not in " + database
                    + ".procedures (MaTTHC codes look like 1.003560)");
        }
        // from the aggregate of dossiers per day, not from every dossier
        Map<String, String> span = ClickHouseQueries.select(client, "SELECT sum(total) AS all_dossiers, sumIf(total, day"
                + " >= toDate('" + period.from() + "') AND day <= toDate('" + period.to() + "')) AS n,"
                + " toString(min(day)) AS first, toString(max(day)) AS last FROM " + database + ".daily_channels").get(0);
        if ("0".equals(span.get("n"))) {
            throw new IllegalArgumentException("no dossiers in " + period + " in " + database + ("0".equals(
                    span.get("all_dossiers")) ? ", which holds none yet" : "; they span " + span.get("first") + ".."
                    + span.get("last")));
        }
    }

    /**
     * The rows of a period: its whole months at the month grain (a thirtieth of the rows), the days before and after
     * them at the day grain, and the other feeds' rows (grain 'all') on every day of it.
     */
    static String grains(Period period) {
        LocalDate firstMonth = period.from().getDayOfMonth() == 1 ? period.from() : period.from().withDayOfMonth(1)
                .plusMonths(1);
        LocalDate lastMonth = period.to().plusDays(1).withDayOfMonth(1).minusMonths(1);
        String all = "day >= toDate('" + period.from() + "') AND day <= toDate('" + period.to() + "')";
        if (lastMonth.isBefore(firstMonth)) {
            return "(grain != 'month' AND " + all + ")";
        }
        LocalDate lastDay = lastMonth.plusMonths(1).minusDays(1);
        return "((grain = 'all' AND " + all + ")"
                + " OR (grain = 'day' AND " + all + " AND NOT (day >= toDate('" + firstMonth + "') AND day <= toDate('"
                + lastDay + "')))"
                + " OR (grain = 'month' AND day >= toDate('" + firstMonth + "') AND day <= toDate('" + lastMonth
                + "')))";
    }

    /**
     * The numerator judged at an instant: what is settled, plus the open dossiers and petitions not yet due then
     * (the view's columns numerator_settled and numerator_open_due; its numerator is the same judged now).
     */
    static String numeratorAt(Instant asOf) {
        return asOf == null ? "numerator" : "(numerator_settled + arrayCount(t -> t >= " + asOf.getEpochSecond()
                + ", numerator_open_due))";
    }

    private static String code(String value) {
        if (!value.matches("[0-9A-Za-z.\\-]+")) {
            throw new IllegalArgumentException("not a unit or procedure code: " + value);
        }
        return value;
    }
}
