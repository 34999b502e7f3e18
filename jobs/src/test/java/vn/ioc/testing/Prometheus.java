package vn.ioc.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.configuration.Configuration;

/** Flink's Prometheus reporter on a MiniCluster, as the compose stack's cluster runs it, and its scraped text. */
public final class Prometheus {
    private static final Pattern SAMPLE = Pattern.compile("^(flink_\\w+)\\{([^}]*)\\} (\\S+)$");

    private final int port = freePort();

    /** The MiniCluster configuration that starts the reporter on this port. */
    public Configuration reporter() {
        Configuration conf = new Configuration();
        conf.setString("metrics.reporter.prom.factory.class",
                "org.apache.flink.metrics.prometheus.PrometheusReporterFactory");
        conf.setString("metrics.reporter.prom.port", Integer.toString(port));
        return conf;
    }

    public String scrape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the reporter answered " + response.statusCode());
        }
        return response.body();
    }

    /** The values of every sample whose name ends with {@code suffix}, summed per value of one label. */
    public static Map<String, Double> sumBy(String text, String suffix, String label) {
        Map<String, Double> sums = new TreeMap<>();
        Pattern labelValue = Pattern.compile("(?:^|,)" + label + "=\"([^\"]*)\"");
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (m.matches() && m.group(1).endsWith(suffix)) {
                Matcher v = labelValue.matcher(m.group(2));
                if (v.find()) {
                    sums.merge(v.group(1), Double.parseDouble(m.group(3)), Double::sum);
                }
            }
        }
        return sums;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
