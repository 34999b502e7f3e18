package vn.ioc.cli;

import com.clickhouse.client.api.Client;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.score.AsOf;
import vn.ioc.score.CsvFiles;
import vn.ioc.score.IndicatorFigures;
import vn.ioc.score.Period;
import vn.ioc.score.RankedUnits;
import vn.ioc.score.Ranking;
import vn.ioc.score.RuleSet;
import vn.ioc.score.RuleTable;
import vn.ioc.score.Scorecard;
import vn.ioc.score.WhatItTakes;

@Command(
        name = "scorecard",
        header = "The 766 scorecard of any unit and period, from the data in ClickHouse.",
        mixinStandardHelpOptions = true,
        description = {
            "The 766 scorecard from the ClickHouse data: every indicator's numerator and denominator for a unit (rolled",
            "up over the units below it and the units it replaced) and a period, scored by the rule table. OUT.csv has",
            "the same contract as ./ioc score (unit,indicator,score); --figures writes the figures in ./ioc score's",
            "input format, --what-it-takes what would lift each unit to the next band.",
            "ClickHouse: CLICKHOUSE_URL when set, otherwise the local server that ./ioc manages."
        })
public final class ScorecardCommand implements Callable<Integer> {

    @Option(names = "--unit", description = "Agency code, e.g. 000.00.00.H08, or VN for the whole country (default:"
            + " every unit).")
    String unit;

    @Option(names = "--period", required = true,
            description = "2023, 2023-Q2, 2023-05, 2023-W20, 2023-05-17 or 2023-01-01..2023-08-31.")
    String period;

    @Option(names = "--procedure", description = "Only this procedure (MaTTHC).")
    String procedure;

    @Option(names = "--rules", description = "Rule version (default: the one valid at the period's end; a period"
            + " before the earliest version is refused unless a version is given; see rules/).")
    String rules;

    @Option(names = "--as-of", paramLabel = "TIME", description = "Judge \"open and not yet due\" at this time instead of"
            + " now: 2023-08-31 (the end of that day), 2023-08-31T17:00 (Vietnam time) or 2023-08-31T10:00:00Z.")
    String asOf;

    @Option(names = "--out", required = true, description = "Output CSV: unit,indicator,score.")
    Path out;

    @Option(names = "--figures", description = "Also write the figures: unit,indicator,numerator,denominator.")
    Path figures;

    @Option(names = "--what-it-takes", description = "Also write, per unit and indicator, how many more would lift"
            + " the unit to the next band.")
    Path whatItTakes;

    @Option(names = "--ranking", description = "Also write the ranking, as the national portal ranks: provinces among"
            + " the country's provinces, every other unit among the units of its level in its province, units that"
            + " existed in the period only: unit,scope,total,band,rank,of.")
    Path ranking;

    @Option(names = "--database", defaultValue = DatabaseDefault.VALUE, description = DatabaseDefault.DESCRIPTION)
    String database;

    @Override
    public Integer call() throws Exception {
        Period span = Period.parse(period);
        Instant instant = AsOf.parse(asOf);
        Result result;
        Map<String, Ranking.Unit> units = null;
        try (ClickHouseTarget target = ClickHouseTarget.resolve(database);
                Client client = ClickHouseClients.open(target.config())) {
            target.checkSchema();
            IndicatorFigures.checkInputs(client, database, span, unit, procedure);
            result = compute(client, database, span, unit, procedure, rules, instant);
            if (ranking != null) {
                units = RankedUnits.load(client, database, span);
            }
        }
        Scorecard scorecard = result.scorecard();
        List<Scorecard.Input> inputs = result.inputs();
        if (ranking != null) {
            writeRanking(scorecard, inputs, units);
        }
        int rows = ScoreCommand.write(out, result.rows());
        if (figures != null) {
            List<List<String>> lines = new ArrayList<>();
            for (Scorecard.Input in : inputs) {
                lines.add(List.of(in.unit(), in.indicator(), plain(in.numerator()), plain(in.denominator())));
            }
            CsvFiles.write(figures, ScoreCommand.INPUT, lines);
        }
        if (whatItTakes != null) {
            writeWhatItTakes(scorecard, inputs);
        }
        System.err.printf("ioc: scorecard for %s, %s, rules %s, as of %s: %d rows in %s%n",
                unit == null ? "every unit" : unit, span, result.rulesVersion(), instant == null ? "now" : instant, rows,
                out);
        return 0;
    }

    private void writeRanking(Scorecard scorecard, List<Scorecard.Input> inputs, Map<String, Ranking.Unit> units)
            throws Exception {
        Map<String, List<Scorecard.Input>> byUnit = new LinkedHashMap<>();
        inputs.forEach(in -> byUnit.computeIfAbsent(in.unit(), u -> new ArrayList<>()).add(in));
        Map<String, java.math.BigDecimal> totals = new LinkedHashMap<>();
        byUnit.forEach((u, unitInputs) -> totals.put(u, scorecard.total(unitInputs)));
        List<List<String>> lines = new ArrayList<>();
        for (Ranking.Place p : Ranking.rank(totals, units)) {
            lines.add(List.of(p.unit(), p.scope(), p.total().toPlainString(), p.band().english(),
                    Integer.toString(p.rank()), Integer.toString(p.of())));
        }
        CsvFiles.write(ranking, List.of("unit", "scope", "total", "band", "rank", "of"), lines);
    }

    /** A scorecard: its figures, their scores, the rules that scored them and their version. */
    public record Result(List<Scorecard.Input> inputs, List<Scorecard.Row> rows, Scorecard scorecard,
            String rulesVersion) {}

    /**
     * The scorecard of a unit (null: every unit) and period from the warehouse, scored by a rule version (null: the
     * one valid at the period's end, {@link RuleTable#forPeriod}): what this command writes, for callers such as the
     * benchmark that time it.
     */
    public static Result compute(Client client, String database, Period period, String unit, String procedure,
            String rulesVersion) throws Exception {
        return compute(client, database, period, unit, procedure, rulesVersion, null);
    }

    /** As {@link #compute(Client, String, Period, String, String, String)}, judged at {@code asOf} (null: now). */
    public static Result compute(Client client, String database, Period period, String unit, String procedure,
            String rulesVersion, Instant asOf) throws Exception {
        RuleSet ruleSet = RuleTable.load().forPeriod(period, rulesVersion);
        List<Scorecard.Input> inputs = IndicatorFigures.query(client, database, period, unit, procedure,
                new ArrayList<>(ruleSet.rules().keySet()), asOf);
        Scorecard scorecard = new Scorecard(ruleSet.rules());
        return new Result(inputs, scorecard.score(inputs), scorecard, ruleSet.version());
    }

    private void writeWhatItTakes(Scorecard scorecard, List<Scorecard.Input> inputs) throws Exception {
        Map<String, List<Scorecard.Input>> byUnit = new LinkedHashMap<>();
        inputs.forEach(in -> byUnit.computeIfAbsent(in.unit(), u -> new ArrayList<>()).add(in));
        WhatItTakes planner = new WhatItTakes(scorecard);
        List<List<String>> lines = new ArrayList<>();
        for (List<Scorecard.Input> unitInputs : byUnit.values()) {
            for (WhatItTakes.Option o : planner.forUnit(unitInputs)) {
                lines.add(List.of(o.unit(), o.indicator(), plain(o.numerator()), plain(o.denominator()),
                        o.more() == null ? "" : o.more().toString(), o.totalAfter().toPlainString(),
                        o.nextThreshold().toPlainString()));
            }
        }
        CsvFiles.write(whatItTakes, List.of("unit", "indicator", "numerator", "denominator", "more_needed",
                "total_after", "next_band_at"), lines);
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
