package vn.ioc.testing;

import vn.ioc.postgres.LocalPostgres;
import vn.ioc.postgres.PostgresConnection;

/**
 * The PostgreSQL of a test run: the server named by POSTGRES_URL (with POSTGRES_USER, POSTGRES_PASSWORD), or one
 * throwaway server per test JVM.
 */
public final class TestPostgres {
    private static PostgresConnection server;

    private TestPostgres() {}

    public static synchronized PostgresConnection server() throws Exception {
        if (server == null) {
            String url = System.getenv("POSTGRES_URL");
            server = url != null ? PostgresConnection.fromEnvironment(url) : LocalPostgres.startThrowaway();
        }
        return server;
    }
}
