package vn.ioc.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import vn.ioc.feed.Feed;

/**
 * Publishes feed lines to their Kafka topics as a one-stop system would: one message per JSON record, the bytes
 * unchanged, no key (the job does not rely on order within a dossier). Missing topics are created with the given
 * number of partitions, the catalogue topics without a retention limit. The producer is idempotent and waits for every replica, so a line acknowledged is a line
 * the job will read exactly once per offset.
 */
public final class KafkaFeedPublisher implements AutoCloseable {
    /** Kafka's default largest message; longer lines are counted as skipped rather than published truncated. */
    public static final int MAX_MESSAGE_BYTES = 1_000_000;

    private final KafkaConnection kafka;
    private final KafkaProducer<byte[], byte[]> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private long skipped;

    public KafkaFeedPublisher(KafkaConnection kafka, int partitions) {
        this.kafka = kafka;
        createMissingTopics(kafka, partitions);
        Properties props = kafka.clientProperties();
        props.putIfAbsent("acks", "all");
        props.putIfAbsent("enable.idempotence", "true");
        props.putIfAbsent("linger.ms", "20");
        props.putIfAbsent("batch.size", "262144");
        // one batch in flight per connection: a retried batch can never be overtaken by the next one, which the
        // broker would then refuse as out of sequence
        props.putIfAbsent("max.in.flight.requests.per.connection", "1");
        props.putIfAbsent("compression.type", "lz4");
        this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    public void send(Feed feed, byte[] line) {
        producer.send(new ProducerRecord<>(kafka.topic(feed), line), (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        });
    }

    /** Every line of every feed under a feed root; returns the lines published per feed. */
    public Map<Feed, Long> publishDirectory(Path root) throws IOException {
        Map<Feed, Long> published = new EnumMap<>(Feed.class);
        for (Feed feed : Feed.values()) {
            Path dir = root.resolve(feed.directory());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> listed = Files.list(dir)) {
                files = listed.filter(Files::isRegularFile).sorted().toList();
            }
            long n = 0;
            for (Path file : files) {
                n += publishFile(feed, file);
            }
            published.put(feed, n);
        }
        flush();
        return published;
    }

    private long publishFile(Feed feed, Path file) throws IOException {
        long n = 0;
        try (InputStream in = Files.newInputStream(file);
                LineReader lines = new LineReader(feed.directory(), file.toString(), in, 0, MAX_MESSAGE_BYTES)) {
            FeedLine line;
            while ((line = lines.next()) != null) {
                if (line.oversized) {
                    skipped++;
                    continue;
                }
                send(feed, line.payload);
                n++;
            }
        }
        return n;
    }

    /** Lines longer than {@link #MAX_MESSAGE_BYTES}, not published. */
    public long skipped() {
        return skipped;
    }

    /** Waits until every line sent so far is acknowledged, or throws the first failure. */
    public void flush() {
        producer.flush();
        if (failure.get() != null) {
            throw new IllegalStateException("Kafka did not accept every line", failure.get());
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    /**
     * A new topic's partitions refuse writes until their leader has taken them up, well after the controller answered;
     * asking each leader for its end offset tells when it has.
     */
    private static void awaitLeaders(Admin admin, KafkaConnection kafka)
            throws InterruptedException, ExecutionException {
        List<TopicPartition> partitions = KafkaTopics.partitions(admin, kafka);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (true) {
            try {
                KafkaTopics.offsets(admin, partitions, OffsetSpec.latest());
                return;
            } catch (ExecutionException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }

    private static void createMissingTopics(KafkaConnection kafka, int partitions) {
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (Feed feed : Feed.values()) {
                if (!existing.contains(kafka.topic(feed))) {
                    NewTopic topic = new NewTopic(kafka.topic(feed), partitions, (short) -1);
                    if (feed == Feed.AGENCIES || feed == Feed.PROCEDURES) {
                        // the job loads the whole catalogue from its topic when it starts
                        topic.configs(Map.of("retention.ms", "-1"));
                    }
                    missing.add(topic);
                }
            }
            admin.createTopics(missing).all().get();
            awaitLeaders(admin, kafka);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the feed topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create the feed topics on " + kafka.bootstrapServers(), e.getCause());
        }
    }
}
