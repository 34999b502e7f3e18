package vn.ioc.report;

import com.clickhouse.client.api.Client;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.score.Band;
import vn.ioc.score.IndicatorFigures;
import vn.ioc.score.Period;
import vn.ioc.score.ScoreRule;
import vn.ioc.score.Scorecard;

/**
 * What the scorecard report shows, read from ClickHouse and scored with the rule table: every unit's 766 total and
 * band over the period, its total month by month, the indicators that cost it most points, and the late dossiers with
 * the officers who held them.
 */
public record ReportData(Period period, String rulesVersion, List<UnitScore> units, List<YearMonth> months,
        List<LateDossiers> late) {

    /** How many indicators are listed as dragging a unit down. */
    static final int DRAGGING = 3;
    private static final int LATE_ROWS = 40;

    /** An indicator and the points it lost against its maximum. */
    public record Lost(String indicator, BigDecimal points, BigDecimal max) {}

    /**
     * @param root the unit has no parent: the province itself
     * @param monthly the unit's total per month of {@link ReportData#months}, null where a month has no total
     */
    public record UnitScore(String code, String name, int level, boolean root, BigDecimal total, Band band,
            List<Lost> dragging, List<BigDecimal> monthly) {}

    public record LateDossiers(String agencyCode, String agencyName, String officer, long late, long stillOpen,
            String examples) {}

    public static ReportData load(Client client, String database, Period period, Map<String, ScoreRule> rules)
            throws Exception {
        Scorecard scorecard = new Scorecard(rules);
        List<String> indicators = new ArrayList<>(rules.keySet());
        Map<String, List<Scorecard.Input>> byUnit = byUnit(IndicatorFigures.query(client, database, period, null,
                null, indicators));
        List<YearMonth> months = new ArrayList<>();
        List<Map<String, BigDecimal>> monthlyTotals = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.atDay(1).isAfter(period.to()); m = m.plusMonths(1)) {
            LocalDate from = max(m.atDay(1), period.from());
            LocalDate to = min(m.atEndOfMonth(), period.to());
            Map<String, BigDecimal> totals = new LinkedHashMap<>();
            byUnit(IndicatorFigures.query(client, database, new Period(from, to), null, null, indicators))
                    .forEach((unit, inputs) -> totals.put(unit, scorecard.total(inputs)));
            months.add(m);
            monthlyTotals.add(totals);
        }
        Map<String, Map<String, String>> agencies = new LinkedHashMap<>();
        for (Map<String, String> row : ClickHouseQueries.select(client, "SELECT agency_code, name, level, parent_code FROM "
                + database + ".agencies FINAL")) {
            agencies.put(row.get("agency_code"), row);
        }
        List<UnitScore> units = new ArrayList<>();
        byUnit.forEach((unit, inputs) -> {
            BigDecimal total = scorecard.total(inputs);
            if (total == null || !hasDossiers(inputs)) {
                return;
            }
            Map<String, String> agency = agencies.getOrDefault(unit, Map.of());
            List<BigDecimal> monthly = monthlyTotals.stream().map(t -> t.get(unit)).toList();
            units.add(new UnitScore(unit, agency.getOrDefault("name", unit),
                    Integer.parseInt(agency.getOrDefault("level", "0")),
                    agency.getOrDefault("parent_code", "").isEmpty(), total, Band.of(total),
                    dragging(inputs, rules), monthly));
        });
        units.sort(Comparator.comparingInt(UnitScore::level).thenComparing(UnitScore::total, Comparator.reverseOrder())
                .thenComparing(UnitScore::code));
        return new ReportData(period, rules.values().iterator().next().version(), units, months,
                late(client, database, period, agencies));
    }

    private static Map<String, List<Scorecard.Input>> byUnit(List<Scorecard.Input> inputs) {
        Map<String, List<Scorecard.Input>> byUnit = new LinkedHashMap<>();
        inputs.forEach(in -> byUnit.computeIfAbsent(in.unit(), u -> new ArrayList<>()).add(in));
        return byUnit;
    }

    /** A unit without received dossiers in the period scores on rules for empty figures alone: not worth a row. */
    private static boolean hasDossiers(List<Scorecard.Input> inputs) {
        return inputs.stream().anyMatch(in -> in.indicator().equals("ON_TIME") && in.denominator() != null
                && in.denominator().signum() > 0);
    }

    private static List<Lost> dragging(List<Scorecard.Input> inputs, Map<String, ScoreRule> rules) {
        List<Lost> lost = new ArrayList<>();
        for (Scorecard.Input in : inputs) {
            ScoreRule rule = rules.get(in.indicator());
            BigDecimal points = rule.score(in.numerator(), in.denominator());
            BigDecimal missing = rule.maxPoints().subtract(points == null ? BigDecimal.ZERO : points);
            if (missing.signum() > 0) {
                lost.add(new Lost(in.indicator(), missing, rule.maxPoints()));
            }
        }
        lost.sort(Comparator.comparing(Lost::points, Comparator.reverseOrder()).thenComparing(Lost::indicator));
        return lost.subList(0, Math.min(DRAGGING, lost.size()));
    }

    /** The officers holding the period's late dossiers when they went late (the view operator question 19 reads). */
    private static List<LateDossiers> late(Client client, String database, Period period,
            Map<String, Map<String, String>> agencies) throws Exception {
        String sql = "SELECT agency_code, holder AS officer, count() AS late_dossiers, countIf(is_open = 1) AS still_open,"
                + " arrayStringConcat(arraySlice(groupArray(dossier_id), 1, 3), ' ') AS example_dossiers FROM "
                + database + ".late_dossier_holders WHERE toDate(submitted_at) >= toDate('" + period.from() + "')"
                + " AND toDate(submitted_at) <= toDate('" + period.to() + "')"
                + " GROUP BY agency_code, officer ORDER BY late_dossiers DESC, agency_code, officer LIMIT " + LATE_ROWS;
        List<LateDossiers> out = new ArrayList<>();
        for (Map<String, String> row : ClickHouseQueries.select(client, sql)) {
            out.add(new LateDossiers(row.get("agency_code"),
                    agencies.getOrDefault(row.get("agency_code"), Map.of()).getOrDefault("name", ""),
                    row.get("officer"), Long.parseLong(row.get("late_dossiers")), Long.parseLong(row.get("still_open")),
                    row.get("example_dossiers")));
        }
        return out;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
