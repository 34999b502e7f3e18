package vn.ioc.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "migrate",
        header = "Apply the ClickHouse migrations the database lacks (an administrator's task).",
        mixinStandardHelpOptions = true,
        description = {
            "Apply the ClickHouse migrations (clickhouse/migrations) that the database lacks; safe to repeat.",
            "Target: CLICKHOUSE_URL when set, otherwise the local server that ./ioc manages.",
            "With --cluster: every table replicated on each node (ReplicatedReplacingMergeTree, Keeper) behind a",
            "Distributed table of the same name, and every statement ON CLUSTER (docs/operations.md)."
        })
public final class MigrateCommand implements Callable<Integer> {

    @Option(names = "--database", defaultValue = DatabaseDefault.VALUE, description = DatabaseDefault.DESCRIPTION)
    String database;

    @Option(names = "--cluster", description = "ClickHouse cluster (remote_servers) to create the cluster form on.")
    String cluster;

    @Override
    public Integer call() throws Exception {
        try (ClickHouseTarget target = ClickHouseTarget.resolve(database)) {
            target.migrate(cluster);
        }
        return 0;
    }
}
