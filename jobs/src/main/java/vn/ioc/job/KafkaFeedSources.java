package vn.ioc.job;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import vn.ioc.feed.Feed;
import vn.ioc.source.FeedLine;
import vn.ioc.source.FeedLineFormat;
import vn.ioc.source.KafkaConnection;
import vn.ioc.source.KafkaFeedLines;
import vn.ioc.source.KafkaTopics;

/**
 * Production: every feed from its Kafka topic through the official connector. A job resumed from a checkpoint or
 * savepoint continues at the offsets stored in it, with the join state that goes with them. A job started without
 * one reads every topic from its earliest message: the joins need every registry record and snapshot there is, and
 * replaying what ClickHouse already holds is harmless (versioned rows). Offsets are committed to the consumer group
 * when a checkpoint completes, so lag shows in the usual Kafka tools and never runs ahead of what ClickHouse holds;
 * they are for watching, never where the job starts.
 *
 * <p>A backfill ({@code streaming = false}) reads up to the offsets that are the latest when it starts and ends.
 * Topics are subscribed by pattern, so a topic that does not exist yet is picked up when it appears instead of
 * failing the job. Its operator ids differ from the file sources', whose positions mean nothing to Kafka.
 */
public final class KafkaFeedSources implements FeedSources {
    private static final long serialVersionUID = 1L;
    /** How often a streaming job looks for new topics and partitions. */
    private static final String DISCOVERY_INTERVAL_MS = "10000";

    private final KafkaConnection kafka;
    private final String groupId;
    private final boolean streaming;
    private final int maxLineBytes;

    public KafkaFeedSources(KafkaConnection kafka, String groupId, boolean streaming) {
        this(kafka, groupId, streaming, FeedLineFormat.DEFAULT_MAX_LINE_BYTES);
    }

    /** @param maxLineBytes a longer message is rejected as OVERSIZED, not parsed (the feed contract's line limit) */
    public KafkaFeedSources(KafkaConnection kafka, String groupId, boolean streaming, int maxLineBytes) {
        this.kafka = kafka;
        this.groupId = groupId;
        this.streaming = streaming;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public Optional<DataStream<FeedLine>> lines(StreamExecutionEnvironment env, Feed feed) {
        KafkaSourceBuilder<FeedLine> builder = KafkaSource.<FeedLine>builder()
                .setProperties(kafka.clientProperties())
                .setTopicPattern(Pattern.compile(Pattern.quote(kafka.topic(feed))))
                .setGroupId(groupId)
                .setClientIdPrefix(groupId + "-" + feed.directory())
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setDeserializer(new KafkaFeedLines(feed.directory(), maxLineBytes))
                .setProperty("commit.offsets.on.checkpoint", "true");
        if (streaming) {
            builder.setProperty("partition.discovery.interval.ms", DISCOVERY_INTERVAL_MS);
        } else {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return Optional.of(env.fromSource(builder.build(), WatermarkStrategy.noWatermarks(), "read " + feed.directory())
                .uid("kafka-source-" + feed.directory()));
    }

    /** The messages on the feed topics now: what a job started without a savepoint reads. */
    @Override
    public Optional<Backlog> backlog() {
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            List<TopicPartition> partitions = KafkaTopics.partitions(admin, kafka);
            long messages = sum(KafkaTopics.offsets(admin, partitions, OffsetSpec.latest()))
                    - sum(KafkaTopics.offsets(admin, partitions, OffsetSpec.earliest()));
            return Optional.of(new Backlog(messages, false));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    private static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }
}
