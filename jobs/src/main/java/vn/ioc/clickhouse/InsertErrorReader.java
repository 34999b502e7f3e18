package vn.ioc.clickhouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Sends an insert that client-v2 reported as an unreadable HTTP 500 once more with the JDK's HTTP client, to read
 * the server's answer: client-v2 0.9 cannot parse the error bodies of ClickHouse before 19.x (see
 * {@link ClickHouseErrors}), and without them a refused value cannot be told from an exhausted server. The rows
 * are the same and the tables are ReplacingMergeTree, so if this attempt succeeds the rows are simply written.
 */
public final class InsertErrorReader {
    private final ClickHouseConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public InsertErrorReader(ClickHouseConfig config) {
        this.config = config;
    }

    /**
     * Inserts {@code length} bytes of TabSeparated rows into {@code table}: null when the server took them, else
     * the server's refusal with its own text as the message.
     */
    public RuntimeException insert(String table, Iterable<String> columns, byte[] rows, int offset, int length)
            throws InterruptedException {
        String query = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") FORMAT TabSeparated";
        String auth = Base64.getEncoder().encodeToString(
                (config.user() + ":" + config.password()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        config.url() + "/?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Authorization", "Basic " + auth)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(rows, offset, length))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return null;
            }
            if (!response.body().contains("DB::Exception")) {
                // not ClickHouse speaking (a proxy, a server shutting down): a transport failure
                return new UncheckedIOException(new IOException("HTTP " + response.statusCode() + " "
                        + response.body().strip()));
            }
            return new ServerRefusal(response.body());
        } catch (IOException e) {
            return new UncheckedIOException(e);
        }
    }

    /** A ClickHouse HTTP error whose message is the body the server sent. */
    public static final class ServerRefusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServerRefusal(String body) {
            super(body);
        }
    }
}
