package vn.ioc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clickhouse.client.api.Client;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.ioc.clickhouse.ClickHouseClients;
import vn.ioc.clickhouse.ClickHouseConfig;
import vn.ioc.clickhouse.FeedStatus;
import vn.ioc.enrich.CatalogueFiles;
import vn.ioc.enrich.Catalogues;
import vn.ioc.enrich.KafkaCatalogues;
import vn.ioc.feed.Feed;
import vn.ioc.generate.FeedGenerator;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.testing.TestKeys;
import vn.ioc.sink.SinkOptions;
import vn.ioc.source.FeedDirectories;
import vn.ioc.source.KafkaConnection;
import vn.ioc.source.KafkaFeedPublisher;
import vn.ioc.source.KafkaTopics;
import vn.ioc.testing.DossierOracle;
import vn.ioc.testing.LedgerWait;
import vn.ioc.testing.TestClickHouse;
import vn.ioc.testing.TestKafka;

/**
 * The feeds job reading every feed from a real Kafka broker (KRaft, see {@link TestKafka}) into ClickHouse. A
 * generated province is published by the same publisher {@code ./ioc generate --kafka} uses: the catalogues
 * first, then half of every other feed; the streaming job reads it, commits its offsets with a checkpoint and stops
 * with a savepoint; the other half is published while it is down, and a new job resumes from the savepoint. The
 * result must equal the generator's ground truth dossier by dossier, every message must be read exactly once, and
 * every view must equal a run of the same job over the feed files.
 */
class KafkaFeedsITCase {
    private static final double SCALE = 0.01;
    private static final String GROUP = "ioc-feeds";

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final Pseudonymizer PSEUDONYMIZER = new Pseudonymizer(TestKeys.file("kafka-key-0123456789"));

    @TempDir
    static Path generated;

    @TempDir
    static Path truth;

    private static DossierOracle oracle;

    @BeforeAll
    static void generate() throws Exception {
        new FeedGenerator(FeedGenerator.DEFAULT_PROFILE, SCALE, 2023).generate(generated, truth);
        oracle = new DossierOracle(truth);
    }

    @Test
    void streamsFromKafkaStopsWithASavepointAndResumesWithExactResults(@TempDir Path checkpoints,
            @TempDir Path savepoints) throws Exception {
        KafkaConnection kafka = TestKafka.fresh("restart");
        List<List<String>> lines = FeedDirectories.linesPerFeed(generated);
        ClickHouseConfig ch = TestClickHouse.migratedDatabase("kafka");
        try (KafkaFeedPublisher publisher = new KafkaFeedPublisher(kafka, 2);
                Client client = ClickHouseClients.open(ch)) {
            long firstHalf = publish(publisher, lines, 0, 1, 2);
            assertEquals(CatalogueFiles.load(generated).agencies().size(),
                    KafkaCatalogues.load(kafka).agencies().size(), "the catalogue read back from its topic");

            JobClient first = startStreaming(kafka, ch, checkpoints.resolve("first"), null);
            LedgerWait.linesRead(client, ch.database(), firstHalf, Duration.ofMinutes(2));
            awaitCommittedOffsetsAtEnd(kafka);
            String savepoint = first.stopWithSavepoint(false, savepoints.toUri().toString(),
                    SavepointFormatType.CANONICAL).get(2, TimeUnit.MINUTES);

            long total = firstHalf + publish(publisher, lines, 1, 2, 2);
            JobClient second = startStreaming(kafka, ch, checkpoints.resolve("second"),
                    Path.of(java.net.URI.create(savepoint)));
            DossierOracle.Result result = oracle.await(client, ch.database());
            LedgerWait.linesRead(client, ch.database(), total, Duration.ofMinutes(2));
            awaitCommittedOffsetsAtEnd(kafka);
            second.cancel().get();

            assertTrue(result.holds(), result.toString());
            Map<String, FeedStatus.Counts> status = FeedStatus.read(client, ch.database());
            assertEquals(total, status.values().stream().mapToLong(FeedStatus.Counts::read).sum(),
                    "every message read exactly once: " + status);
            assertEquals(total, status.values().stream().mapToLong(FeedStatus.Counts::accepted).sum(),
                    "generated lines are valid: " + status);

            ClickHouseConfig fromFiles = TestClickHouse.migratedDatabase("kafka_files");
            runBatch(new FileFeedSources(generated, null), CatalogueFiles.load(generated), fromFiles,
                    checkpoints.resolve("files"));
            assertEquals(FeedsJobITCase.snapshotOfViews(client, fromFiles.database()),
                    FeedsJobITCase.snapshotOfViews(client, ch.database()),
                    "the Kafka run with a restart equals a run over the same feeds as files");
        }
    }

    /** A backfill from Kafka (reads up to the latest offsets, then ends) under a new consumer group. */
    @Test
    void backfillFromKafkaEndsAtTheLatestOffsets(@TempDir Path checkpoints) throws Exception {
        KafkaConnection kafka = TestKafka.fresh("backfill");
        try (KafkaFeedPublisher publisher = new KafkaFeedPublisher(kafka, 3)) {
            Map<Feed, Long> published = publisher.publishDirectory(generated);
            assertEquals(0, publisher.skipped());
            ClickHouseConfig fromKafka = TestClickHouse.migratedDatabase("kafka_backfill");
            runBatch(new KafkaFeedSources(kafka, "backfill", false), KafkaCatalogues.load(kafka), fromKafka,
                    checkpoints);
            try (Client client = ClickHouseClients.open(fromKafka)) {
                Map<String, FeedStatus.Counts> status = FeedStatus.read(client, fromKafka.database());
                for (Map.Entry<Feed, Long> e : published.entrySet()) {
                    assertEquals(e.getValue(), status.get(e.getKey().directory()).read(), e.getKey().directory());
                }
                assertTrue(oracle.compare(client, fromKafka.database()).holds());
            }
        }
    }

    /** Publishes part {@code from/parts .. to/parts} of every feed but the catalogues, which go whole with part 0. */
    private static long publish(KafkaFeedPublisher publisher, List<List<String>> lines, int from, int to, int parts) {
        long n = 0;
        for (Feed feed : Feed.values()) {
            List<String> all = lines.get(feed.ordinal());
            boolean catalogue = feed == Feed.AGENCIES || feed == Feed.PROCEDURES;
            List<String> part = catalogue
                    ? (from == 0 ? all : List.of())
                    : all.subList(all.size() * from / parts, all.size() * to / parts);
            for (String line : part) {
                publisher.send(feed, line.getBytes(StandardCharsets.UTF_8));
            }
            n += part.size();
        }
        publisher.flush();
        return n;
    }

    /** The consumer group's committed offsets reach the end of every partition: committed when checkpoints complete. */
    private static void awaitCommittedOffsetsAtEnd(KafkaConnection kafka) throws Exception {
        Properties props = kafka.clientProperties();
        try (Admin admin = Admin.create(props)) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            Map<TopicPartition, Long> end = new HashMap<>();
            Map<TopicPartition, Long> committed = new HashMap<>();
            while (System.nanoTime() < deadline) {
                end.clear();
                KafkaTopics.offsets(admin, KafkaTopics.partitions(admin, kafka), OffsetSpec.latest())
                        .forEach((partition, offset) -> {
                            if (offset > 0) {
                                end.put(partition, offset);
                            }
                        });
                committed.clear();
                for (Map.Entry<TopicPartition, OffsetAndMetadata> e :
                        admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get().entrySet()) {
                    if (e.getValue() != null && e.getKey().topic().startsWith(kafka.topicPrefix())) {
                        committed.put(e.getKey(), e.getValue().offset());
                    }
                }
                if (!end.isEmpty() && end.equals(committed)) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new AssertionError("committed offsets " + committed + " never reached the end " + end);
        }
    }

    private static void runBatch(FeedSources sources, Catalogues catalogues, ClickHouseConfig ch, Path checkpoints)
            throws Exception {
        StreamExecutionEnvironment env = new JobSettings(2, Duration.ofSeconds(1), checkpoints, 0).environment();
        new FeedsJob(sources, new ClickHouseFeedSinks(ch, SinkOptions.defaults()), catalogues, PSEUDONYMIZER)
                .build(env);
        env.execute("kafka-batch");
    }

    private static JobClient startStreaming(KafkaConnection kafka, ClickHouseConfig ch, Path checkpoints,
            Path savepoint) throws Exception {
        StreamExecutionEnvironment env =
                new JobSettings(2, Duration.ofMillis(500), checkpoints, 3).environment(savepoint);
        new FeedsJob(new KafkaFeedSources(kafka, GROUP, true), new ClickHouseFeedSinks(ch, SinkOptions.defaults()),
                KafkaCatalogues.load(kafka), PSEUDONYMIZER)
                .build(env);
        return env.executeAsync("kafka-streaming");
    }

}
