package vn.ioc.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import vn.ioc.feed.Feed;

/** The feed topics as the admin client sees them: their partitions, and offsets in them. */
public final class KafkaTopics {
    private KafkaTopics() {}

    /** Every partition of the feed topics that exist. */
    public static List<TopicPartition> partitions(Admin admin, KafkaConnection kafka)
            throws InterruptedException, ExecutionException {
        Set<String> existing = admin.listTopics().names().get();
        List<String> topics = new ArrayList<>();
        for (Feed feed : Feed.values()) {
            if (existing.contains(kafka.topic(feed))) {
                topics.add(kafka.topic(feed));
            }
        }
        List<TopicPartition> partitions = new ArrayList<>();
        if (!topics.isEmpty()) {
            admin.describeTopics(topics).allTopicNames().get().forEach((name, description) -> description
                    .partitions().forEach(p -> partitions.add(new TopicPartition(name, p.partition()))));
        }
        return partitions;
    }

    /** Each partition's offset of one kind (earliest, latest), asked of its leader. */
    public static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetSpec> request = partitions.stream().collect(Collectors.toMap(p -> p, p -> spec));
        return admin.listOffsets(request).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
