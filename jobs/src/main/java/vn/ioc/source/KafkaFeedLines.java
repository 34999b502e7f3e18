package vn.ioc.source;

import java.util.Arrays;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A Kafka message of a feed topic as a {@link FeedLine}: the value's bytes untouched (parsing and validation come
 * next, where a bad record becomes a rejected one), and "topic/partition" plus the message offset as its position, so
 * that a rejected record is traced to its message and a message read again after a restore is the same ledger entry.
 */
public final class KafkaFeedLines implements KafkaRecordDeserializationSchema<FeedLine> {
    private static final long serialVersionUID = 1L;

    private final String feed;
    private final int maxRecordBytes;

    public KafkaFeedLines(String feed, int maxRecordBytes) {
        this.feed = feed;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<FeedLine> out) {
        byte[] value = record.value() == null ? new byte[0] : record.value();
        boolean oversized = value.length > maxRecordBytes;
        byte[] payload = oversized ? Arrays.copyOf(value, FeedLineFormat.OVERSIZED_KEPT_BYTES) : value;
        out.collect(new FeedLine(feed, position(record.topic(), record.partition()), record.offset(), payload,
                oversized));
    }

    /** The "file" of a Kafka message: its topic and partition. */
    public static String position(String topic, int partition) {
        return topic + "/" + partition;
    }

    @Override
    public TypeInformation<FeedLine> getProducedType() {
        return TypeInformation.of(FeedLine.class);
    }
}
