package vn.ioc.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.score.CsvFiles;
import vn.ioc.score.IndicatorFigures;
import vn.ioc.score.Period;
import vn.ioc.score.Recomputation;
import vn.ioc.score.ReportCheck;

@Command(
        name = "reconcile",
        header = "Check an official report's figures, alone and against ClickHouse.",
        mixinStandardHelpOptions = true,
        description = {
            "Check an official report (level,measure,numerator,denominator,stated_percent) row by row:",
            "numerator <= denominator, and stated percent = numerator / denominator x 100 within 0.05.",
            "With --recompute, also compare each row with the figures recomputed from ClickHouse for a unit and period.",
            "OUT.csv: level,measure,check,detail, one row per inconsistency (header only when there is none)."
        })
public final class ReconcileCommand implements Callable<Integer> {
    static final List<String> INPUT = List.of("level", "measure", "numerator", "denominator", "stated_percent");

    @Option(names = "--report", required = true, description = "Report CSV, e.g. docs/reports/binh-dinh-2023.csv.")
    Path report;

    @Option(names = "--out", required = true, description = "Findings CSV.")
    Path out;

    @Option(names = "--recompute", description = "Also compare with ClickHouse (needs --unit, --from, --to).")
    boolean recompute;

    @Option(names = "--unit", description = "Province agency code, e.g. 000.00.00.H08.")
    String unit;

    @Option(names = "--from", description = "First day, yyyy-MM-dd.")
    LocalDate from;

    @Option(names = "--to", description = "Last day, yyyy-MM-dd.")
    LocalDate to;

    @Option(names = "--tolerance", defaultValue = "0.5",
            description = "Percentage points a recomputed rate may differ by (default: ${DEFAULT-VALUE}).")
    BigDecimal tolerance;

    @Option(names = "--database", defaultValue = DatabaseDefault.VALUE, description = DatabaseDefault.DESCRIPTION)
    String database;

    @Override
    public Integer call() throws Exception {
        List<ReportCheck.Line> lines = new ArrayList<>();
        int line = 1;
        for (Map<String, String> row : CsvFiles.read(report, INPUT)) {
            line++;
            BigDecimal n = CsvFiles.number(row.get("numerator"), "numerator", line);
            BigDecimal d = CsvFiles.number(row.get("denominator"), "denominator", line);
            if (n == null || d == null) {
                throw new IllegalArgumentException("line " + line + ": numerator and denominator are required");
            }
            lines.add(new ReportCheck.Line(row.get("level"), row.get("measure"), n, d,
                    CsvFiles.number(row.get("stated_percent"), "stated_percent", line)));
        }
        List<ReportCheck.Finding> findings = new ArrayList<>(ReportCheck.check(lines));
        if (recompute) {
            if (unit == null || from == null || to == null) {
                throw new IllegalArgumentException("--recompute needs --unit, --from and --to");
            }
            try (ClickHouseTarget target = ClickHouseTarget.resolve(database);
                    var client = ClickHouseClients.open(target.config())) {
                target.checkSchema();
                IndicatorFigures.checkInputs(client, database, new Period(from, to), unit, null);
                findings.addAll(Recomputation.of(client, database, unit, from, to).compare(lines, tolerance));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (ReportCheck.Finding f : findings) {
            rows.add(List.of(f.level(), f.measure(), f.check(), f.detail()));
        }
        CsvFiles.write(out, List.of("level", "measure", "check", "detail"), rows);
        System.err.printf("ioc: %d rows checked, %d inconsistencies written to %s%n", lines.size(), rows.size(), out);
        return 0;
    }
}
