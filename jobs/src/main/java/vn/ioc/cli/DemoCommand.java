package vn.ioc.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ioc.generate.ReferenceRates;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.job.FeedsJob;
import vn.ioc.job.FileFeedSources;
import vn.ioc.job.JobSettings;
import vn.ioc.job.RunCheckpoints;
import vn.ioc.privacy.PseudonymKeySource;
import vn.ioc.sink.SinkOptions;

@Command(
        name = "demo",
        header = "Generate a small province, run the feeds job into ClickHouse and print its rates per level.",
        mixinStandardHelpOptions = true,
        description = {
            "Generate a small province (Bình Định, Jan-Aug 2023), start a local ClickHouse (or use CLICKHOUSE_URL),",
            "run the feeds job, print the headline rates per level beside the province's own 2023 report,",
            "and say how to connect with clickhouse-client."
        })
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--scale", defaultValue = "0.02",
            description = "Fraction of Bình Định's Jan-Aug 2023 volume (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--seed", defaultValue = "2023", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--database", defaultValue = DatabaseDefault.VALUE, description = DatabaseDefault.DESCRIPTION)
    String database;

    @Override
    public Integer call() throws Exception {
        Path feeds = IocHome.dir().resolve("demo").resolve("feeds");
        try (ClickHouseTarget target = ClickHouseTarget.resolve(database)) {
            target.recreateDemoDatabase();
            int generated = new CommandLine(new GenerateCommand()).execute(
                    "--out", feeds.toString(), "--scale", Double.toString(scale), "--seed", Long.toString(seed));
            if (generated != 0) {
                return generated;
            }
            target.migrate();
            RunCheckpoints checkpoints = RunCheckpoints.under(IocHome.dir().resolve("checkpoints"), database,
                    "files:" + feeds.toAbsolutePath());
            checkpoints.claim();
            // the demo's data is generated, so it may keep a key of its own when none is configured
            PseudonymKeySource key =
                    PseudonymKeySource.configured(System.getenv(), IocHome.dir().resolve("pseudonym.key"));
            RunCommand.runJob(target, new FileFeedSources(feeds, null), CatalogueFiles.load(feeds), key,
                    FeedsJob.DEFAULT_STATE_HORIZON, false,
                    JobSettings.defaults(checkpoints.dir()).environment(), SinkOptions.defaults(), checkpoints);
            target.refreshAggregates();
            printRates(target.select("SELECT level_name, dossiers, digitized_pct, e_result_pct, population_data_pct,"
                    + " reused_pct, online_pct, paid_online_pct FROM " + database + ".headline_rates_by_level"
                    + " WHERE level > 0 ORDER BY level"));
            target.printSummary(System.out);
            target.printHowToConnect(System.out);
        }
        return 0;
    }

    private static void printRates(List<Map<String, String>> rows) {
        System.out.println();
        System.out.println("Headline rates per level (%), Bình Định Jan-Aug 2023 as generated and measured by the"
                + " pipeline; the province's own report in brackets (docs/domain.md §8):");
        System.out.printf("%-9s %9s %16s %16s %16s %16s %16s %16s%n", "level", "dossiers", "digitized",
                "e-result", "population DB", "reused", "online", "paid online");
        for (Map<String, String> r : rows) {
            ReferenceRates.Level ref = ReferenceRates.level(r.get("level_name"));
            System.out.printf("%-9s %9s %16s %16s %16s %16s %16s %16s%n", r.get("level_name"), r.get("dossiers"),
                    pair(r.get("digitized_pct"), ref == null ? null : ref.digitized().percent()),
                    pair(r.get("e_result_pct"), ref == null ? null : ref.eResult().percent()),
                    pair(r.get("population_data_pct"), ref == null ? null : ref.populationData().percent()),
                    pair(r.get("reused_pct"), ref == null ? null : ref.reused().percent()),
                    pair(r.get("online_pct"), ref == null ? null : ref.online().percent()),
                    pair(r.get("paid_online_pct"), ref == null ? null : ref.paidOnline().percent()));
        }
    }

    private static String pair(String measured, Double reference) {
        return reference == null ? measured : String.format("%s [%.2f]", measured, reference);
    }
}
