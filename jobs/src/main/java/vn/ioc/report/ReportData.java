package vn.ioc.report;

import com.clickhouse.client.api.Client;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.feed.VietnamTime;
import vn.ioc.score.Band;
import vn.ioc.score.IndicatorFigures;
import vn.ioc.score.Period;
import vn.ioc.score.Ranking;
import vn.ioc.score.ScoreRule;
import vn.ioc.score.Scorecard;

/**
 * What the scorecard report shows, read from ClickHouse and scored with the rule table: every current unit's 766 total
 * and band over the period (a unit merged or abolished in 2025 is not a row of its own: its figures roll up into its
 * successor's, and its own score is listed under that successor), its total month by month, the indicators with data
 * that cost it most points, the indicators without data and what the national rule gives them, and the late dossiers
 * with the officers who held them.
 */
public record ReportData(Period period, String rulesVersion, Instant asOf, List<UnitScore> units,
        List<YearMonth> months, List<LateDossiers> late) {

    /** How many indicators are listed as dragging a unit down. */
    static final int DRAGGING = 3;
    private static final int LATE_ROWS = 40;

    /** An indicator with data and the points it lost against its maximum. */
    public record Lost(String indicator, BigDecimal points, BigDecimal max) {}

    /**
     * An indicator with nothing to count in the period (a zero denominator: the national rule's {@code onZero} gives
     * its points) or no figures at all ({@code inFeeds} false: no feed carries them, no score), with the points it gets.
     */
    public record NoData(String indicator, boolean inFeeds, ScoreRule.OnZero onZero, BigDecimal points,
            BigDecimal max) {}

    /** A unit this one replaced (2025 reform), with its own total over the period. */
    public record Former(String code, String name, BigDecimal total) {}

    /**
     * @param root the unit has no parent: the province itself
     * @param monthly the unit's total per month of {@link ReportData#months}, null where a month has no total
     * @param formerly the units it replaced that have dossiers in the period
     */
    public record UnitScore(String code, String name, int level, boolean root, BigDecimal total, Band band,
            Ranking.Place place,
            List<Lost> dragging, List<NoData> noData, List<BigDecimal> monthly, List<Former> formerly) {}

    /** @param nowName the name of the unit that replaced the handling one, or "" when it still exists */
    public record LateDossiers(String agencyCode, String agencyName, String nowName, String officer, long late,
            long stillOpen, String examples) {}

    public static ReportData load(Client client, String database, Period period, Map<String, ScoreRule> rules)
            throws Exception {
        return load(client, database, period, rules, null);
    }

    /**
     * The report judged at an instant (null: now): "open and not yet due" and the late lists as they stood then, the
     * late lists holding only what went late within the period.
     */
    public static ReportData load(Client client, String database, Period period, Map<String, ScoreRule> rules,
            Instant asOf) throws Exception {
        Scorecard scorecard = new Scorecard(rules);
        List<String> indicators = new ArrayList<>(rules.keySet());
        Map<String, List<Scorecard.Input>> byUnit = byUnit(IndicatorFigures.query(client, database, period, null,
                null, indicators, asOf));
        List<YearMonth> months = new ArrayList<>();
        List<Map<String, BigDecimal>> monthlyTotals = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.atDay(1).isAfter(period.to()); m = m.plusMonths(1)) {
            LocalDate from = max(m.atDay(1), period.from());
            LocalDate to = min(m.atEndOfMonth(), period.to());
            Map<String, BigDecimal> totals = new LinkedHashMap<>();
            // a month without dossiers has no point on the trend, not a total made of the empty-figure rules alone
            byUnit(IndicatorFigures.query(client, database, new Period(from, to), null, null, indicators, asOf))
                    .forEach((unit, inputs) -> totals.put(unit, hasDossiers(inputs) ? scorecard.total(inputs) : null));
            months.add(m);
            monthlyTotals.add(totals);
        }
        Map<String, Map<String, String>> agencies = new LinkedHashMap<>();
        for (Map<String, String> row : ClickHouseQueries.select(client, "SELECT agency_code, name, level, parent_code,"
                + " current_successor_code, province_code FROM " + database + ".agencies FINAL ORDER BY agency_code")) {
            agencies.put(row.get("agency_code"), row);
        }
        // ranked as shown: today's units, provinces among the country's and the others among their province's units
        // of the same level, each with the history it carries
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        Map<String, Ranking.Unit> rankable = new LinkedHashMap<>();
        byUnit.forEach((unit, inputs) -> {
            Map<String, String> agency = agencies.getOrDefault(unit, Map.of());
            if (hasDossiers(inputs) && agencies.containsKey(unit)) {
                totals.put(unit, scorecard.total(inputs));
                rankable.put(unit, new Ranking.Unit(unit, Integer.parseInt(agency.get("level")),
                        agency.get("province_code"), isCurrent(unit, agency)));
            }
        });
        Map<String, Ranking.Place> places = new LinkedHashMap<>();
        Ranking.rank(totals, rankable).forEach(p -> places.put(p.unit(), p));
        List<UnitScore> units = new ArrayList<>();
        byUnit.forEach((unit, inputs) -> {
            BigDecimal total = scorecard.total(inputs);
            Map<String, String> agency = agencies.getOrDefault(unit, Map.of());
            if (total == null || !hasDossiers(inputs) || !isCurrent(unit, agency)) {
                return;
            }
            List<BigDecimal> monthly = monthlyTotals.stream().map(t -> t.get(unit)).toList();
            units.add(new UnitScore(unit, agency.getOrDefault("name", unit),
                    Integer.parseInt(agency.getOrDefault("level", "0")),
                    agency.getOrDefault("parent_code", "").isEmpty(), total, Band.of(total), places.get(unit),
                    dragging(inputs, rules), noData(inputs, rules), monthly,
                    formerly(unit, agencies, byUnit, scorecard)));
        });
        units.sort(Comparator.comparingInt(UnitScore::level).thenComparing(UnitScore::total, Comparator.reverseOrder())
                .thenComparing(UnitScore::code));
        return new ReportData(period, rules.values().iterator().next().version(), asOf, units, months,
                late(client, database, period, asOf, agencies));
    }

    /** A unit that exists today: one without a successor (units the catalogue does not know are kept as they are). */
    private static boolean isCurrent(String unit, Map<String, String> agency) {
        String successor = agency.getOrDefault("current_successor_code", "");
        return successor.isEmpty() || successor.equals(unit);
    }

    /** The units whose chain of successors ends at this one, with dossiers in the period, each with its own total. */
    private static List<Former> formerly(String unit, Map<String, Map<String, String>> agencies,
            Map<String, List<Scorecard.Input>> byUnit, Scorecard scorecard) {
        List<Former> formerly = new ArrayList<>();
        agencies.forEach((code, agency) -> {
            List<Scorecard.Input> inputs = byUnit.get(code);
            if (!code.equals(unit) && unit.equals(agency.get("current_successor_code")) && inputs != null
                    && hasDossiers(inputs)) {
                formerly.add(new Former(code, agency.get("name"), scorecard.total(inputs)));
            }
        });
        return formerly;
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

    /** The indicators with something to count that lost most points; those without data are in {@link #noData}. */
    private static List<Lost> dragging(List<Scorecard.Input> inputs, Map<String, ScoreRule> rules) {
        List<Lost> lost = new ArrayList<>();
        for (Scorecard.Input in : inputs) {
            ScoreRule rule = rules.get(in.indicator());
            if (!hasData(in)) {
                continue;
            }
            BigDecimal missing = rule.maxPoints().subtract(rule.score(in.numerator(), in.denominator()));
            if (missing.signum() > 0) {
                lost.add(new Lost(in.indicator(), missing, rule.maxPoints()));
            }
        }
        lost.sort(Comparator.comparing(Lost::points, Comparator.reverseOrder()).thenComparing(Lost::indicator));
        return lost.subList(0, Math.min(DRAGGING, lost.size()));
    }

    /** The indicators with nothing to count, in rule order, with the points the national rule gives them. */
    private static List<NoData> noData(List<Scorecard.Input> inputs, Map<String, ScoreRule> rules) {
        List<NoData> none = new ArrayList<>();
        for (Scorecard.Input in : inputs) {
            if (!hasData(in)) {
                ScoreRule rule = rules.get(in.indicator());
                BigDecimal points = rule.score(in.numerator(), in.denominator());
                none.add(new NoData(in.indicator(), in.denominator() != null, rule.onZero(),
                        points == null ? BigDecimal.ZERO.setScale(2) : points, rule.maxPoints()));
            }
        }
        return none;
    }

    private static boolean hasData(Scorecard.Input in) {
        return in.numerator() != null && in.denominator() != null && in.denominator().signum() > 0;
    }

    /** Due within the period (Vietnam days) and before the time of the question. */
    static String wentLateWithin(Period period, Instant asOf) {
        long from = period.from().atStartOfDay().toEpochSecond(VietnamTime.OFFSET);
        long to = period.to().plusDays(1).atStartOfDay().toEpochSecond(VietnamTime.OFFSET);
        return "toUInt32(due_at) >= " + from + " AND toUInt32(due_at) < " + to + " AND toUInt32(due_at) < "
                + (asOf == null ? "toUInt32(now())" : Long.toString(asOf.getEpochSecond()));
    }

    /**
     * The officers holding the period's late dossiers when they went late (the view operator question 19 reads): those
     * whose due time fell within the period and had passed at the time of the question.
     */
    private static List<LateDossiers> late(Client client, String database, Period period, Instant asOf,
            Map<String, Map<String, String>> agencies) throws Exception {
        String sql = "SELECT agency_code, holder AS officer, count() AS late_dossiers, countIf(is_open = 1) AS still_open,"
                + " arrayStringConcat(arraySlice(groupArray(dossier_id), 1, 3), ' ') AS example_dossiers FROM "
                + database + ".late_dossier_holders WHERE " + wentLateWithin(period, asOf)
                + " GROUP BY agency_code, officer ORDER BY late_dossiers DESC, agency_code, officer LIMIT " + LATE_ROWS;
        List<LateDossiers> out = new ArrayList<>();
        for (Map<String, String> row : ClickHouseQueries.select(client, sql)) {
            Map<String, String> agency = agencies.getOrDefault(row.get("agency_code"), Map.of());
            String now = agency.getOrDefault("current_successor_code", "");
            out.add(new LateDossiers(row.get("agency_code"), agency.getOrDefault("name", ""),
                    now.isEmpty() || now.equals(row.get("agency_code")) ? ""
                            : agencies.getOrDefault(now, Map.of()).getOrDefault("name", now),
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
