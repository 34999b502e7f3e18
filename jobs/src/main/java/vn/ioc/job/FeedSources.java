package vn.ioc.job;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import vn.ioc.feed.Feed;
import vn.ioc.source.FeedLine;

/** Where the raw lines of each feed come from: files by default, Kafka in production, fixtures in tests. */
public interface FeedSources extends Serializable {
    /** The feed's lines, or empty when this source has nothing for that feed. */
    Optional<DataStream<FeedLine>> lines(StreamExecutionEnvironment env, Feed feed);

    /** What a backfill starting now has to read, for its progress display; empty when unknown. */
    default Optional<Backlog> backlog() {
        return Optional.empty();
    }

    /**
     * How often to look again at a file already read, for lines added after (vn.ioc.source.UnreadLines); null to
     * look once, when it has been read. Only files have an end that can move.
     */
    default Duration fileRecheckInterval() {
        return null;
    }

    /** An amount of feed data still to read: bytes of files, or messages on topics. */
    record Backlog(long amount, boolean bytes) {}
}
