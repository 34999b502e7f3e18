package vn.ioc.cli;

import vn.ioc.clickhouse.ClickHouseConfig;

/**
 * The database every command uses when --database is not given: CLICKHOUSE_DATABASE when set, else ioc. The demo
 * fills the same one, so the commands after it (status, scorecard, report) find its data, and the notebooks
 * (CLICKHOUSE_DATABASE, default ioc), Grafana (defaultDatabase ioc) and the docker stack agree with it.
 */
final class DatabaseDefault {
    static final String VALUE = "${env:CLICKHOUSE_DATABASE:-" + ClickHouseConfig.DEFAULT_DATABASE + "}";
    static final String DESCRIPTION = "ClickHouse database (default: CLICKHOUSE_DATABASE, else "
            + ClickHouseConfig.DEFAULT_DATABASE + "; now ${DEFAULT-VALUE}).";

    private DatabaseDefault() {}
}
