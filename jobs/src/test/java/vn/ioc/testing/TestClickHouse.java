package vn.ioc.testing;

import com.clickhouse.client.api.Client;
import java.util.concurrent.atomic.AtomicInteger;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.clickhouse.LocalClickHouseServer;

/**
 * The ClickHouse of a test run: the server named by CLICKHOUSE_URL, or one throwaway local server per test JVM,
 * started on first use and stopped at exit. Each test takes a database of its own.
 */
public final class TestClickHouse {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static ClickHouseConfig server;

    private TestClickHouse() {}

    public static synchronized ClickHouseConfig server() throws Exception {
        if (server == null) {
            ClickHouseConfig external = ClickHouseConfig.fromEnvironment();
            server = external != null ? external : LocalClickHouseServer.startThrowaway().config();
        }
        return server;
    }

    /** A new, empty database on the test server, named after the test. */
    public static ClickHouseConfig freshDatabase(String prefix) throws Exception {
        ClickHouseConfig config = server().withDatabase(
                "t_" + prefix + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet());
        try (Client client = ClickHouseClients.open(config)) {
            ClickHouseQueries.execute(client, "DROP DATABASE IF EXISTS " + config.database());
            ClickHouseQueries.execute(client, "CREATE DATABASE " + config.database());
        }
        return config;
    }

    /** A fresh database with every migration applied. */
    public static ClickHouseConfig migratedDatabase(String prefix) throws Exception {
        ClickHouseConfig ch = freshDatabase(prefix);
        try (com.clickhouse.client.api.Client client = vn.ioc.clickhouse.ClickHouseClients.open(ch)) {
            new vn.ioc.clickhouse.Migrations().apply(client, ch.database());
        }
        return ch;
    }
}
