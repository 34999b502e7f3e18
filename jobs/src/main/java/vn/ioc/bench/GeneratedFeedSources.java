package vn.ioc.bench;

import java.util.Optional;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import vn.ioc.feed.Feed;
import vn.ioc.generate.FeedGenerator;
import vn.ioc.job.FeedSources;
import vn.ioc.source.FeedLine;

/**
 * Feeds generated inside the job: the lines {@code ./ioc generate} would write, with the file names and offsets they
 * would have, read by one source and split by feed. A bounded source: the job ends when the generator does.
 */
final class GeneratedFeedSources implements FeedSources {
    private static final long serialVersionUID = 1L;

    private final FeedGenerator generator;
    /** The one source of every feed's lines, per environment the job is built in. */
    private transient StreamExecutionEnvironment builtIn;
    private transient DataStream<FeedLine> all;

    GeneratedFeedSources(FeedGenerator generator) {
        this.generator = generator;
    }

    @Override
    public Optional<DataStream<FeedLine>> lines(StreamExecutionEnvironment env, Feed feed) {
        if (builtIn != env) {
            builtIn = env;
            all = env.fromCollection(new GeneratedLines(generator), TypeInformation.of(FeedLine.class))
                    .uid("source-generated")
                    .name("generate feeds");
        }
        String directory = feed.directory();
        return Optional.of(all.filter(line -> line.feed.equals(directory))
                .uid("source-" + directory)
                .name("read " + directory));
    }
}
