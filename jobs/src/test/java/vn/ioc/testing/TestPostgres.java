package vn.ioc.testing;

import vn.ioc.postgres.LocalPostgres;

/**
 * The PostgreSQL of a test run: the server named by POSTGRES_URL (with POSTGRES_USER, POSTGRES_PASSWORD), or one
 * throwaway server per test JVM.
 */
public final class TestPostgres {
    private static LocalPostgres.Server server;

    private TestPostgres() {}

    public static synchronized LocalPostgres.Server server() throws Exception {
        if (server == null) {
            String url = System.getenv("POSTGRES_URL");
            server = url != null ? new LocalPostgres.Server(url, System.getenv().getOrDefault("POSTGRES_USER",
                    "postgres"), System.getenv().getOrDefault("POSTGRES_PASSWORD", "")) : LocalPostgres.startThrowaway();
        }
        return server;
    }
}
