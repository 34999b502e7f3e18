package vn.ioc.postgres;

import java.io.Serializable;

/** How to reach a PostgreSQL database: a JDBC URL and the user's credentials. */
public record PostgresConnection(String url, String user, String password) implements Serializable {

    /** The URL given, with the user and password from POSTGRES_USER and POSTGRES_PASSWORD. */
    public static PostgresConnection fromEnvironment(String url) {
        return new PostgresConnection(url, System.getenv().getOrDefault("POSTGRES_USER", "postgres"),
                System.getenv().getOrDefault("POSTGRES_PASSWORD", ""));
    }
}
