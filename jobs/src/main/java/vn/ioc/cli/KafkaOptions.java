package vn.ioc.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.ioc.source.KafkaConnection;

/** The Kafka options every command that reads or writes feed topics shares (a picocli mixin). */
final class KafkaOptions {
    @Option(names = "--topic-prefix", defaultValue = "", description = "Prefix of the feed topics, e.g. 'binhdinh.'"
            + " for binhdinh.dossier-sync (default: none).")
    String topicPrefix;

    @Option(names = "--kafka-properties", paramLabel = "FILE",
            description = "Java properties file of Kafka client settings (security.protocol, sasl.*, ssl.*).")
    Path kafkaProperties;

    KafkaConnection connection(String bootstrapServers) {
        return KafkaConnection.of(bootstrapServers, topicPrefix, kafkaProperties);
    }
}
