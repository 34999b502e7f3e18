package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.runtime.kryo.KryoSerializer;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.junit.jupiter.api.Test;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.sink.SinkOptions;
import vn.ioc.testing.TestKeys;

/**
 * No type of the feeds job falls back to Kryo: the job's environment disables generic types, so building the job
 * graph creates a serializer of Flink's own for every stream, and a keyed state of a generic type fails when the job
 * starts (every integration test starts one). Kryo would cost throughput and make savepoints break silently when a
 * class changes.
 */
class NoKryoTest {

    @Test
    void theJobsEnvironmentRefusesGenericTypesAndEveryStreamHasFlinksOwnSerializer() throws Exception {
        StreamExecutionEnvironment env = environment();
        assertFalse(env.getConfiguration().get(PipelineOptions.GENERIC_TYPES));
        Path fixture = Path.of(getClass().getResource("/fixtures/e2e").toURI());
        new FeedsJob(new FileFeedSources(fixture, null),
                        new ClickHouseFeedSinks(ClickHouseConfig.local(8123), SinkOptions.defaults()),
                        CatalogueFiles.load(fixture), new Pseudonymizer(TestKeys.file("kryo-test-key-0123456")))
                .build(env);
        List<String> kryo = new ArrayList<>();
        for (StreamNode node : env.getStreamGraph().getStreamNodes()) {
            List<TypeSerializer<?>> serializers = new ArrayList<>(List.of(node.getTypeSerializersIn()));
            serializers.add(node.getTypeSerializerOut());
            for (TypeSerializer<?> s : serializers) {
                if (s instanceof KryoSerializer) {
                    kryo.add(node.getOperatorName() + ": " + s);
                }
            }
        }
        assertTrue(kryo.isEmpty(), kryo.toString());
    }

    /** The setting is no setting unless it fails: a stream of a class Flink cannot analyse is refused. */
    @Test
    void aStreamOfAGenericTypeIsRefusedWhenTheGraphIsBuilt() throws Exception {
        StreamExecutionEnvironment env = environment();
        env.fromData("x").map(NotAPojo::new).sinkTo(new DiscardingSink<>());
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, env::getStreamGraph);
        assertNotNull(e.getMessage());
        assertTrue(e.getMessage().contains("Generic types have been disabled")
                && e.getMessage().contains(NotAPojo.class.getName()), e.getMessage());
    }

    private static StreamExecutionEnvironment environment() {
        return new JobSettings(2, Duration.ofSeconds(1), Path.of("target/unused-checkpoints"), 0).environment();
    }

    /** No default constructor and a final private field: Flink's type extraction treats it as a generic type. */
    static final class NotAPojo {
        private final String value;

        NotAPojo(String value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return value;
        }
    }
}
