package vn.ioc.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class KafkaFeedLinesTest {
    private final KafkaFeedLines lines = new KafkaFeedLines("dossier-sync", 64);

    @Test
    void aMessageIsALineAtItsTopicPartitionAndOffset() {
        byte[] value = "{\"MaHoSo\":\"H1\"}".getBytes(StandardCharsets.UTF_8);
        FeedLine line = one(new ConsumerRecord<>("bd.dossier-sync", 3, 4711L, null, value));
        assertEquals("dossier-sync", line.feed);
        assertEquals("bd.dossier-sync/3", line.file);
        assertEquals(4711L, line.offset);
        assertArrayEquals(value, line.payload);
        assertFalse(line.oversized);
    }

    @Test
    void anOversizedMessageKeepsOnlyItsBeginningAndIsMarked() {
        byte[] value = new byte[FeedLineFormat.OVERSIZED_KEPT_BYTES * 2];
        FeedLine line = one(new ConsumerRecord<>("t", 0, 1L, null, value));
        assertTrue(line.oversized);
        assertEquals(FeedLineFormat.OVERSIZED_KEPT_BYTES, line.payload.length);
    }

    @Test
    void aMessageWithoutValueBecomesAnEmptyLineForTheParserToReject() {
        FeedLine line = one(new ConsumerRecord<byte[], byte[]>("t", 0, 2L, null, null));
        assertEquals(0, line.payload.length);
    }

    private FeedLine one(ConsumerRecord<byte[], byte[]> record) {
        List<FeedLine> out = new ArrayList<>();
        lines.deserialize(record, new Collector<>() {
            @Override
            public void collect(FeedLine line) {
                out.add(line);
            }

            @Override
            public void close() {}
        });
        assertEquals(1, out.size());
        return out.get(0);
    }
}
