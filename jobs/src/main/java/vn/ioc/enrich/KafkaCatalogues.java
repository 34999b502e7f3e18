package vn.ioc.enrich;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import vn.ioc.feed.Agency;
import vn.ioc.feed.Feed;
import vn.ioc.feed.Procedure;
import vn.ioc.source.KafkaConnection;

/**
 * Loads the agency and procedure catalogues from their Kafka topics before the job starts: every message from the
 * beginning up to the end each partition has when loading starts. The catalogue topics keep every message (no
 * retention limit), so that is the whole catalogue; the job reads the same topics again as feeds, which writes them
 * to ClickHouse and reports their bad records.
 */
public final class KafkaCatalogues {
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private KafkaCatalogues() {}

    public static Catalogues load(KafkaConnection kafka) {
        return new Catalogues(AgencyDirectory.of(read(kafka, Feed.AGENCIES, Agency.class)),
                ProcedureCatalogue.of(read(kafka, Feed.PROCEDURES, Procedure.class)));
    }

    /** The records of a catalogue topic that parse (none when the topic does not exist). */
    public static <T> List<T> read(KafkaConnection kafka, Feed feed, Class<T> type) {
        Properties props = kafka.clientProperties();
        props.put("enable.auto.commit", "false");
        CatalogueRecords<T> records = new CatalogueRecords<>(type);
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            String topic = kafka.topic(feed);
            List<TopicPartition> partitions = consumer.listTopics(TIMEOUT).getOrDefault(topic, List.of()).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the " + topic + " catalogue was not read to its end within "
                            + TIMEOUT.toSeconds() + " s (at " + positions(consumer, end) + " of " + end + ")");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))
                            && record.value() != null) {
                        records.add(record.value());
                    }
                }
            }
        }
        return records.records();
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static Map<TopicPartition, Long> positions(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.keySet().stream().collect(java.util.stream.Collectors.toMap(p -> p, consumer::position));
    }
}
