package vn.ioc.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ioc.score.CsvFiles;
import vn.ioc.score.RuleTable;
import vn.ioc.score.Scorecard;

@Command(
        name = "score",
        header = "Score 766 indicators from numerators and denominators in a CSV file.",
        mixinStandardHelpOptions = true,
        description = {
            "Score 766 indicators from their numerators and denominators under a versioned rule table (rules/).",
            "IN.csv: unit,indicator,numerator,denominator (an empty numerator or denominator is unknown).",
            "OUT.csv: unit,indicator,score: one row per input row, one per complete group (GROUP_...), and TOTAL and",
            "BAND when all six groups are complete. Scores have two decimals; an empty score is null.",
            "The online-service split (ONLINE_OFFERED, ONLINE_USED, ONLINE_DOSSIERS) is not confirmed by the portal."
        })
public final class ScoreCommand implements Callable<Integer> {
    static final List<String> INPUT = List.of("unit", "indicator", "numerator", "denominator");
    static final List<String> OUTPUT = List.of("unit", "indicator", "score");

    @Option(names = "--in", required = true, description = "Input CSV.")
    Path in;

    @Option(names = "--out", required = true, description = "Output CSV.")
    Path out;

    @Option(names = "--rules", description = "Rule version (default: the one in force today; see rules/).")
    String rules;

    @Override
    public Integer call() throws Exception {
        List<Scorecard.Input> inputs = new ArrayList<>();
        int line = 1;
        for (Map<String, String> row : CsvFiles.read(in, INPUT)) {
            line++;
            inputs.add(new Scorecard.Input(row.get("unit"), row.get("indicator"),
                    CsvFiles.number(row.get("numerator"), "numerator", line),
                    CsvFiles.number(row.get("denominator"), "denominator", line)));
        }
        int rows = write(out, new Scorecard(RuleTable.load().version(rules)).score(inputs));
        System.err.printf("ioc: scored %d input rows into %d output rows in %s%n", inputs.size(), rows, out);
        return 0;
    }

    /** Writes scored rows in the output contract (unit,indicator,score); returns how many. */
    static int write(Path out, List<Scorecard.Row> scored) throws java.io.IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Scorecard.Row r : scored) {
            rows.add(List.of(r.unit(), r.code(), r.score()));
        }
        CsvFiles.write(out, OUTPUT, rows);
        return rows.size();
    }
}
