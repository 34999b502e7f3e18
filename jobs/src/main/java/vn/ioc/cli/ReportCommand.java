package vn.ioc.cli;

import com.clickhouse.client.api.Client;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.report.ReportData;
import vn.ioc.report.ReportPage;
import vn.ioc.score.AsOf;
import vn.ioc.score.IndicatorFigures;
import vn.ioc.score.Period;
import vn.ioc.score.RuleSet;
import vn.ioc.score.RuleTable;

@Command(
        name = "report",
        header = "The scorecard report for leaders: one self-contained HTML page.",
        mixinStandardHelpOptions = true,
        description = {
            "A self-contained HTML page for leaders: the 766 score and band of every unit, the monthly trend, the",
            "indicators dragging each unit down, and the late dossiers with the officers who held them. Charts are",
            "inline SVG; labels are Vietnamese with English. Scores are the same as ./ioc scorecard's.",
            "ClickHouse: CLICKHOUSE_URL when set, otherwise the local server that ./ioc manages."
        })
public final class ReportCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "Output HTML file, e.g. report.html.")
    Path out;

    @Option(names = "--period", description = "2023, 2023-Q2, 2023-05, ... or D..D (default: from the first to the"
            + " last day with dossiers).")
    String period;

    @Option(names = "--rules", description = "Rule version (default: the one valid at the period's end; a period"
            + " before the earliest version is refused unless a version is given; see rules/).")
    String rules;

    @Option(names = "--as-of", paramLabel = "TIME", description = "Judge \"open and not yet due\" and the late lists at"
            + " this time instead of now: 2023-08-31 (the end of that day), 2023-08-31T17:00 (Vietnam time) or"
            + " 2023-08-31T10:00:00Z. The late lists hold the dossiers due within the period and before it.")
    String asOf;

    @Option(names = "--database", defaultValue = DatabaseDefault.VALUE, description = DatabaseDefault.DESCRIPTION)
    String database;

    @Override
    public Integer call() throws Exception {
        RuleTable table = RuleTable.load();
        Instant instant = AsOf.parse(asOf);
        Period asked = period == null ? null : Period.parse(period);
        ReportData data;
        try (ClickHouseTarget target = ClickHouseTarget.resolve(database);
                Client client = ClickHouseClients.open(target.config())) {
            target.checkSchema();
            Period span = asked == null ? dataSpan(client) : asked;
            RuleSet ruleSet = table.forPeriod(span, rules);
            IndicatorFigures.checkInputs(client, database, span, null, null);
            data = ReportData.load(client, database, span, ruleSet.rules(), instant);
        }
        Files.writeString(out, ReportPage.render(data), StandardCharsets.UTF_8);
        System.err.printf("ioc: report for %s, rules %s, as of %s (%d units, %d late-dossier rows) in %s%n",
                data.period(), data.rulesVersion(), instant == null ? "now" : instant, data.units().size(), data.late().size(), out.toAbsolutePath());
        return 0;
    }

    private Period dataSpan(Client client) throws Exception {
        Map<String, String> span = ClickHouseQueries.select(client, "SELECT count() AS n,"
                + " toString(min(toDate(submitted_at))) AS f, toString(max(toDate(submitted_at))) AS t FROM " + database
                + ".dossiers").get(0);
        if ("0".equals(span.get("n"))) {
            throw new IllegalArgumentException("no dossiers in " + database + " yet: ./ioc run (or ./ioc demo) fills it");
        }
        return Period.parse(span.get("f") + ".." + span.get("t"));
    }
}
