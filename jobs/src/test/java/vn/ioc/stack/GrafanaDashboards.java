package vn.ioc.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ClickHouse queries of the provisioned Grafana dashboards, with the ClickHouse plugin's time macros expanded as
 * the plugin would for a fixed range, so that tests can run them against a server.
 */
public final class GrafanaDashboards {
    public static final Path DIR = Path.of("..", "docker", "grafana", "dashboards");
    private static final String CLICKHOUSE = "grafana-clickhouse-datasource";
    private static final Pattern TIME_FILTER = Pattern.compile("\\$__timeFilter\\((\\w+)\\)");

    public record Panel(String dashboard, String title, String sql) {}

    private GrafanaDashboards() {}

    /** @param from and {@code to}: ClickHouse DateTime literals, e.g. {@code toDateTime('2023-01-01 00:00:00')} */
    public static List<Panel> clickHousePanels(String from, String to) throws IOException {
        List<Panel> panels = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode dashboard = json.readTree(file.toFile());
                // the dashboard's variables at their default values, as Grafana opens it
                java.util.Map<String, String> variables = new java.util.LinkedHashMap<>();
                for (JsonNode variable : dashboard.path("templating").path("list")) {
                    variables.put(variable.path("name").asText(), variable.path("current").path("value").asText());
                }
                for (JsonNode panel : dashboard.path("panels")) {
                    for (JsonNode target : panel.path("targets")) {
                        if (CLICKHOUSE.equals(target.path("datasource").path("type").asText())) {
                            panels.add(new Panel(file.getFileName().toString(), panel.path("title").asText(),
                                    expand(target.path("rawSql").asText(), from, to, variables)));
                        }
                    }
                }
            }
        }
        return panels;
    }

    static String expand(String sql, String from, String to, java.util.Map<String, String> variables) {
        for (java.util.Map.Entry<String, String> v : variables.entrySet()) {
            sql = sql.replace("${" + v.getKey() + "}", v.getValue());
        }
        Matcher m = TIME_FILTER.matcher(sql);
        String filtered = m.replaceAll(r -> Matcher.quoteReplacement(
                r.group(1) + " >= " + from + " AND " + r.group(1) + " <= " + to));
        return filtered.replace("$__fromTime", from).replace("$__toTime", to);
    }
}
