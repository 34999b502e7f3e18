package vn.ioc.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ProvinceAccess;

@Command(
        name = "province",
        header = "Create a province's own read-only database for its operators.",
        mixinStandardHelpOptions = true,
        description = {
            "Create (or complete) a province's own database for its operators: tables filled from the main database by",
            "materialized views, the same views operators use, and a copy of the rows already there.",
            "Run as the admin user (CLICKHOUSE_USER=ioc_admin); then give operators allow_databases = that database",
            "in clickhouse/access/users.xml."
        })
public final class ProvinceCommand implements Callable<Integer> {

    @Option(names = "--code", required = true, description = "Province agency code, e.g. 000.00.00.H08.")
    String code;

    @Option(names = "--database", defaultValue = DatabaseDefault.VALUE, description = "Main " + DatabaseDefault.DESCRIPTION)
    String database;

    @Override
    public Integer call() throws Exception {
        try (ClickHouseTarget target = ClickHouseTarget.resolve(database);
                var client = ClickHouseClients.open(target.config())) {
            System.out.println("province database ready: " + ProvinceAccess.create(client, database, code));
        }
        return 0;
    }
}
