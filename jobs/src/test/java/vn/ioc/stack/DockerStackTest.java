package vn.ioc.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What CI can check of the compose stack without a Docker engine: the files parse, every file they mount, build or
 * provision exists, image tags are pinned, host ports do not clash (in the base file and with the cluster variant
 * on top), services and volumes they name are defined, and every variable they need is in the example env file.
 */
class DockerStackTest {
    private static final Path DOCKER = Path.of("..", "docker");
    private static final Path REPO = Path.of("..");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PINNED = Pattern.compile("[\\w./-]+:(?!latest$)[\\w.-]*\\d[\\w.-]*");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)");

    private static JsonNode compose(String name) throws IOException {
        return YAML.readTree(DOCKER.resolve(name).toFile());
    }

    private static List<JsonNode> variants() throws IOException {
        return List.of(compose("compose.yaml"), compose("compose.cluster.yaml"));
    }

    @Test
    void theStackHasEveryServiceTheIssueNames() throws IOException {
        Set<String> services = new HashSet<>();
        compose("compose.yaml").path("services").fieldNames().forEachRemaining(services::add);
        assertTrue(services.containsAll(Set.of("jobmanager", "taskmanager", "clickhouse", "kafka", "postgres",
                "grafana", "prometheus", "ioc-migrate", "ioc-submit")), services.toString());
        Set<String> cluster = new HashSet<>();
        compose("compose.cluster.yaml").path("services").fieldNames().forEachRemaining(cluster::add);
        assertTrue(cluster.containsAll(Set.of("keeper", "clickhouse-2")), cluster.toString());
    }

    @Test
    void everyImageTagIsPinned() throws IOException {
        for (JsonNode file : variants()) {
            file.path("services").fields().forEachRemaining(s -> {
                JsonNode image = s.getValue().path("image");
                if (!image.isMissingNode()) {
                    assertTrue(PINNED.matcher(image.asText()).matches(), s.getKey() + ": " + image.asText());
                } else {
                    assertTrue(s.getValue().has("build") || s.getValue().has("volumes") || s.getValue().has("depends_on"),
                            s.getKey() + " has neither an image nor a build (allowed only as an override)");
                }
            });
        }
        for (String line : Files.readAllLines(DOCKER.resolve("ioc/Dockerfile"), StandardCharsets.UTF_8)) {
            if (line.startsWith("FROM ")) {
                assertTrue(PINNED.matcher(line.split("\\s+")[1]).matches(), line);
            }
        }
    }

    @Test
    void everyMountedBuiltOrProvisionedFileExists() throws IOException {
        for (JsonNode file : variants()) {
            Set<String> volumes = new HashSet<>();
            file.path("volumes").fieldNames().forEachRemaining(volumes::add);
            compose("compose.yaml").path("volumes").fieldNames().forEachRemaining(volumes::add);
            file.path("services").fields().forEachRemaining(s -> {
                for (JsonNode mount : s.getValue().path("volumes")) {
                    String source = mount.asText().split(":")[0];
                    if (source.startsWith(".") || source.startsWith("/")) {
                        assertTrue(Files.exists(DOCKER.resolve(source)), s.getKey() + " mounts " + source);
                    } else {
                        assertTrue(volumes.contains(source), s.getKey() + " uses undeclared volume " + source);
                    }
                }
                JsonNode build = s.getValue().path("build");
                if (!build.isMissingNode()) {
                    Path context = DOCKER.resolve(build.path("context").asText("."));
                    assertTrue(Files.isRegularFile(context.resolve(build.path("dockerfile").asText("Dockerfile"))),
                            s.getKey() + " builds from a missing Dockerfile");
                }
            });
        }
        for (String line : Files.readAllLines(DOCKER.resolve("ioc/Dockerfile"), StandardCharsets.UTF_8)) {
            if (line.startsWith("COPY ") && !line.contains("--from")) {
                String[] parts = line.split("\\s+");
                for (int i = 1; i < parts.length - 1; i++) {
                    assertTrue(Files.exists(REPO.resolve(parts[i])), "Dockerfile copies missing " + parts[i]);
                }
            }
        }
        JsonNode provider = YAML.readTree(DOCKER.resolve("grafana/provisioning/dashboards/ioc.yaml").toFile());
        assertEquals("/var/lib/grafana/dashboards", provider.path("providers").get(0).path("options").path("path")
                .asText(), "the provider reads the directory compose mounts the dashboards into");
        YAML.readTree(DOCKER.resolve("grafana/provisioning/datasources/ioc.yaml").toFile());
        YAML.readTree(DOCKER.resolve("prometheus/prometheus.yml").toFile());
        assertFalse(GrafanaDashboards.clickHousePanels("f", "t").isEmpty(), "the scorecard dashboard has panels");
    }

    @Test
    void hostPortsDoNotClashEvenWithTheClusterVariant() throws IOException {
        Map<String, String> taken = new HashMap<>();
        for (JsonNode file : variants()) {
            file.path("services").fields().forEachRemaining(s -> {
                for (JsonNode port : s.getValue().path("ports")) {
                    String host = port.asText().split(":")[0];
                    String previous = taken.put(host, s.getKey());
                    assertTrue(previous == null || previous.equals(s.getKey()),
                            "host port " + host + " used by " + previous + " and " + s.getKey());
                }
            });
        }
    }

    @Test
    void servicesAndVariablesTheyNameAreDefined() throws IOException {
        Set<String> services = new HashSet<>();
        for (JsonNode file : variants()) {
            file.path("services").fieldNames().forEachRemaining(services::add);
        }
        Set<String> documented = new HashSet<>();
        for (String line : Files.readAllLines(DOCKER.resolve(".env.example"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && line.contains("=")) {
                documented.add(line.substring(0, line.indexOf('=')));
            }
        }
        List<String> problems = new ArrayList<>();
        for (String name : List.of("compose.yaml", "compose.cluster.yaml")) {
            for (JsonNode dependency : compose(name).findValues("depends_on")) {
                dependency.forEach(d -> {
                    if (!services.contains(d.asText())) {
                        problems.add(name + " depends on unknown service " + d.asText());
                    }
                });
            }
            Matcher m = VARIABLE.matcher(Files.readString(DOCKER.resolve(name), StandardCharsets.UTF_8));
            while (m.find()) {
                if (!documented.contains(m.group(1))) {
                    problems.add(name + " needs " + m.group(1) + ", missing from .env.example");
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
