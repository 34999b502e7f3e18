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
            "Create (or bring up to date) a province's own database for its operators: every table of the main database",
            "with the province's rows, filled by materialized views, a copy of the rows already there, and the same views",
            "as the main database. ./ioc migrate keeps it up to date with the main database afterwards.",
            "Run as the admin user (CLICKHOUSE_USER=ioc_admin); then give operators allow_databases = that database",
            "in clickhouse/access/users.xml."
        })
public final class ProvinceCommand implements Callable<Integer> {

    @Option(names = "--code", required = true, description = "Province agency code, e.g. 000.00.00.H08.")
    String code;

    @Option(names = "--registry-province", paramLabel = "MATINH", defaultValue = "",
            description = "The province's code in the registries' address fields (MaTinh, e.g. 52 for Binh Dinh), so its"
                    + " database keeps the registry records of its residents; without it, it keeps none.")
    String registryProvince;

    @Option(names = "--database", defaultValue = DatabaseDefault.VALUE, description = "Main " + DatabaseDefault.DESCRIPTION)
    String database;

    @Override
    public Integer call() throws Exception {
        try (ClickHouseTarget target = ClickHouseTarget.resolve(database);
                var client = ClickHouseClients.open(target.config())) {
            System.out.println("province database ready: " + ProvinceAccess.create(client, database, code, registryProvince));
        }
        return 0;
    }
}
