package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.Aggregates;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.ClickHouseQueries;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.generate.FeedGenerator;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.sink.SinkOptions;
import vn.ioc.testing.SqlScores;
import vn.ioc.testing.TestClickHouse;
import vn.ioc.testing.TestKeys;

/**
 * The indicator invariant on a second generated province (GeneratedProvinceITCase checks the default seed): for every
 * unit, month, quarter and year and every indicator, the numerator never exceeds the denominator, so every rate lies
 * within 0–100 % (docs/indicators.md, edge case 1).
 */
class IndicatorInvariantsITCase {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void everyRateIsWithinZeroAndAHundredPercentOnAnotherSeed(@TempDir Path feeds, @TempDir Path checkpoints)
            throws Exception {
        new FeedGenerator(FeedGenerator.DEFAULT_PROFILE, 0.005, 7).generate(feeds);
        ClickHouseConfig ch = TestClickHouse.migratedDatabase("seed7");
        StreamExecutionEnvironment env = new JobSettings(2, Duration.ofSeconds(2), checkpoints, 3).environment();
        new FeedsJob(new FileFeedSources(feeds, null), new ClickHouseFeedSinks(ch, SinkOptions.defaults()),
                CatalogueFiles.load(feeds), new Pseudonymizer(TestKeys.file("it-key-0123456789abc"))).build(env);
        env.execute("seed-7");
        try (Client client = ClickHouseClients.open(ch)) {
            new Aggregates().refresh(client, ch.database());
            assertTrue(Long.parseLong(ClickHouseQueries.select(client, "SELECT count() AS n FROM " + ch.database()
                    + ".indicator_figures_by_period").get(0).get("n")) > 1000, "a province's worth of figures");
            assertEquals(List.of(), SqlScores.invariantViolations(client, ch.database()));
        }
    }
}
