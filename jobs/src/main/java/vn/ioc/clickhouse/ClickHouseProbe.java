package vn.ioc.clickhouse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A statement sent over plain HTTP whose failure is reported in ClickHouse's own words. client-v2 cannot read the
 * error bodies of servers before 19.x (it reports {@code <Unreadable error message>}), so a command sends its first
 * statements this way: a wrong password, an unknown user, a missing database, a refused DDL or an unreachable server
 * then show as one line saying so.
 */
public final class ClickHouseProbe {
    // HTTP/1.1 as ClickHouse speaks it: no h2c upgrade for old servers or proxies to trip over
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private ClickHouseProbe() {}

    /** What the server said when it refused, or why it could not be reached; the message is one line. */
    public static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Runs a statement with no result needed; throws {@link Failure} when the server refuses it. */
    public static void run(ClickHouseConfig config, String sql) throws InterruptedException {
        String who = "ClickHouse at " + config.url() + " as " + config.user();
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.url() + "/"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (config.user() + ":" + config.password()).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(sql, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Failure("cannot reach " + who + ": " + why(e), e);
        }
        if (response.statusCode() != 200) {
            throw new Failure(who + ": " + ClickHouseErrors.fromBody(response.body()), null);
        }
    }

    /** The first message down the causes (java.net.http often leaves the outer one empty). */
    private static String why(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage().replaceAll("\\s+", " ").strip();
            }
        }
        return e instanceof java.net.ConnectException ? "connection refused" : e.getClass().getSimpleName();
    }
}
