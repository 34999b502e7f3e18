package vn.ioc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import vn.ioc.clickhouse.ClickHouseConfig;

/** One default database: every command, the demo included, the notebooks, Grafana and the docker stack. */
class DatabaseDefaultTest {
    private static final Path REPO = Path.of("..");

    @Test
    void everyCommandHasTheSameDefaultDatabase() {
        List<String> commands = new ArrayList<>();
        String expected = System.getenv().getOrDefault("CLICKHOUSE_DATABASE", ClickHouseConfig.DEFAULT_DATABASE);
        for (CommandLine sub : Ioc.commandLine().getSubcommands().values()) {
            OptionSpec option = sub.getCommandSpec().findOption("--database");
            if (option == null) {
                continue;
            }
            commands.add(sub.getCommandName());
            assertEquals(expected, option.defaultValue(), sub.getCommandName());
        }
        assertTrue(commands.containsAll(List.of("demo", "run", "migrate", "status", "scorecard", "report",
                "reconcile", "province")), commands.toString());
    }

    @Test
    void notebooksGrafanaAndTheDockerStackUseIt() throws Exception {
        String db = ClickHouseConfig.DEFAULT_DATABASE;
        assertTrue(Files.readString(REPO.resolve("notebooks/ioc_clickhouse.py"))
                .contains("os.environ.get(\"CLICKHOUSE_DATABASE\", \"" + db + "\")"), "the notebooks' default");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode grafana = yaml.readTree(REPO.resolve("docker/grafana/provisioning/datasources/ioc.yaml").toFile());
        assertEquals(db, grafana.path("datasources").get(0).path("jsonData").path("defaultDatabase").asText());
        JsonNode services = yaml.readTree(REPO.resolve("docker/compose.yaml").toFile()).path("services");
        for (String service : List.of("ioc-migrate", "ioc-submit")) {
            String command = services.path(service).path("command").toString();
            assertTrue(command.contains("\"--database\",\"" + db + "\""), service + ": " + command);
        }
    }
}
