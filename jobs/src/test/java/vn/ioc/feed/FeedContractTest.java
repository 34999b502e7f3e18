package vn.ioc.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ioc.generate.FeedGenerator;

/**
 * docs/feeds is the contract: every feed has a schema and an example that conforms, and what the generator writes
 * conforms too, so documentation, generator and parser cannot drift apart unnoticed.
 */
class FeedContractTest {
    private static final Path DOCS = Path.of("..", "docs", "feeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(Feed.class)
    void examplesAndGeneratedLinesFollowTheSchema(Feed feed, @TempDir Path generated) throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(DOCS.resolve(feed.directory() + ".schema.json")));
        List<String> examples = Files.readAllLines(DOCS.resolve("examples").resolve(feed.directory() + ".jsonl"),
                StandardCharsets.UTF_8);
        assertTrue(!examples.isEmpty(), "an example for " + feed.directory());
        for (String line : examples) {
            assertValid(schema, line);
        }
        new FeedGenerator(FeedGenerator.DEFAULT_PROFILE, 0.001, 11).generate(generated);
        List<String> lines = Files.readAllLines(generated.resolve(feed.directory()).resolve("part-00000.jsonl"),
                StandardCharsets.UTF_8);
        for (String line : lines.subList(0, Math.min(500, lines.size()))) {
            assertValid(schema, line);
        }
    }

    private static void assertValid(JsonSchema schema, String line) throws Exception {
        JsonNode node = JSON.readTree(line);
        Set<ValidationMessage> errors = schema.validate(node);
        assertEquals(Set.of(), errors, line);
    }
}
