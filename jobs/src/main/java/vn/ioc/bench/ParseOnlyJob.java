package vn.ioc.bench;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.Collector;
import vn.ioc.feed.Feed;
import vn.ioc.job.FeedSources;
import vn.ioc.parse.InvalidRecordException;
import vn.ioc.parse.JsonRecordParser;
import vn.ioc.source.FeedLine;

/**
 * The parse-only baseline: the same sources as the feeds job, each line parsed into its feed's record with the
 * same strict parser, and nothing else (no validation of codes, no joins, no ClickHouse).
 */
final class ParseOnlyJob {
    private ParseOnlyJob() {}

    static void build(StreamExecutionEnvironment env, FeedSources sources) {
        for (Feed feed : Feed.values()) {
            sources.lines(env, feed).ifPresent(lines -> lines
                    .flatMap(new Parse(feed.recordType()))
                    .uid("parse-only-" + feed.directory())
                    .sinkTo(new DiscardingSink<>())
                    .uid("discard-" + feed.directory()));
        }
    }

    /** Emits 1 per line that parses, so that the work cannot be optimized away. */
    private static final class Parse implements FlatMapFunction<FeedLine, Integer> {
        private static final long serialVersionUID = 1L;
        private final JsonRecordParser<?> parser;

        Parse(Class<?> type) {
            this.parser = new JsonRecordParser<>(type);
        }

        @Override
        public void flatMap(FeedLine line, Collector<Integer> out) {
            try {
                if (parser.parse(line.payload) != null) {
                    out.collect(1);
                }
            } catch (InvalidRecordException e) {
                // counted as read; a rejected line costs the same parse
            }
        }
    }
}
