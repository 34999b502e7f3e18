package vn.ioc.source;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import vn.ioc.feed.Feed;

/**
 * How to reach the Kafka cluster the feeds arrive on: one topic per feed, named by the feed with an optional prefix
 * (e.g. {@code binhdinh.dossier-sync}), each message one JSON record exactly as the one-stop system sent it.
 *
 * @param properties extra client settings (security, timeouts) applied to every consumer, producer and admin client
 */
public record KafkaConnection(String bootstrapServers, String topicPrefix, Map<String, String> properties)
        implements Serializable {

    public KafkaConnection {
        properties = new TreeMap<>(properties);
    }

    public KafkaConnection(String bootstrapServers, String topicPrefix) {
        this(bootstrapServers, topicPrefix, Map.of());
    }

    /** @param propertiesFile a Java properties file of client settings (SASL, TLS), or null */
    public static KafkaConnection of(String bootstrapServers, String topicPrefix, Path propertiesFile) {
        Map<String, String> extra = new TreeMap<>();
        if (propertiesFile != null) {
            Properties loaded = new Properties();
            try (Reader in = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
                loaded.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read Kafka client properties " + propertiesFile, e);
            }
            loaded.stringPropertyNames().forEach(name -> extra.put(name, loaded.getProperty(name)));
        }
        return new KafkaConnection(bootstrapServers, topicPrefix, extra);
    }

    public String topic(Feed feed) {
        return topicPrefix + feed.directory();
    }

    /** The bootstrap servers and the extra settings, as a Kafka client takes them. */
    public Properties clientProperties() {
        Properties props = new Properties();
        props.putAll(properties);
        props.put("bootstrap.servers", bootstrapServers);
        return props;
    }
}
