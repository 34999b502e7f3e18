package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.testing.TestKeys;
import vn.ioc.sink.SinkOptions;

/**
 * A savepoint restores into a rebuilt job only if every stateful operator keeps its identity: each node of the
 * feeds job has an explicit uid, and the uids are the ones earlier builds wrote savepoints with.
 */
class FeedsJobGraphTest {

    @Test
    void everyOperatorHasItsStableExplicitUid() throws Exception {
        Path fixture = Path.of(getClass().getResource("/fixtures/e2e").toURI());
        StreamExecutionEnvironment env = new JobSettings(2, java.time.Duration.ofSeconds(1),
                Path.of("target/unused-checkpoints"), 0).environment();
        new FeedsJob(new FileFeedSources(fixture, null),
                        new ClickHouseFeedSinks(ClickHouseConfig.local(8123), SinkOptions.defaults()),
                        CatalogueFiles.load(fixture), new Pseudonymizer(TestKeys.file("graph-test-key-0123")))
                .build(env);
        Set<String> uids = new TreeSet<>();
        for (StreamNode node : env.getStreamGraph().getStreamNodes()) {
            assertTrue(node.getTransformationUID() != null, node.getOperatorName() + " has no explicit uid");
            uids.add(node.getTransformationUID());
        }
        Set<String> expected = new TreeSet<>(List.of("latest-dossier-version", "sink-dossier-facts",
                "sink-processing_steps", "sink-exchange_calls", "sink-agencies", "sink-procedures",
                "sink-registry_records", "dossiers-with-registered-applicants", "dossier-subjects",
                "registry-subjects", "registry-join", "reuse-input-dossiers", "reuse-input-matches",
                "calls-for-dossiers", "reuse-input-calls", "reuse-join", "sink-dossier_reuse", "sink-petitions", "sink-publications", "sink-reception_reports", "sink-rejected-records", "sink-feed-ledger",
                "unread-lines", "agency-batches", "agency-catalogue-agencies", "agency-catalogue-dossiers", "agency-catalogue-steps",
                "agency-catalogue-calls"));
        for (String feed : List.of("dossier-sync", "processing-log", "exchange-log", "population",
                "business-registry", "insurance", "procedures", "agencies", "petitions", "publications",
                "reception-reports")) {
            expected.add("source-" + feed);
            expected.add("parse-" + feed);
        }
        assertEquals(expected, uids);
    }
}
