package vn.ioc.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "refresh",
        header = "Recompute the months of the aggregates whose rows changed.",
        mixinStandardHelpOptions = true,
        description = {
            "Recompute the months of the aggregates the operator questions read (clickhouse/aggregates) whose rows",
            "changed, in the database and its province databases. A backfill does it when it ends; while a job streams,",
            "run it with --every (as the administrator: swapping a month in is DDL, which the ingest user may not run)."
        })
public final class RefreshCommand implements Callable<Integer> {

    @Option(names = "--database", defaultValue = DatabaseDefault.VALUE, description = DatabaseDefault.DESCRIPTION)
    String database;

    @Option(names = "--every", paramLabel = "DURATION",
            description = "Keep refreshing, this long after each refresh ended (e.g. 10s), until stopped.")
    String every;

    @Override
    public Integer call() throws Exception {
        Duration pause = every == null ? null : Durations.parse(every);
        try (ClickHouseTarget target = ClickHouseTarget.resolve(database)) {
            do {
                if (!target.refreshAggregates()) {
                    return 1;
                }
                if (pause != null) {
                    Thread.sleep(pause.toMillis());
                }
            } while (pause != null);
        }
        return 0;
    }
}
