package vn.ioc.bench;

import java.util.Optional;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;
import vn.ioc.feed.Feed;
import vn.ioc.generate.FeedGenerator;
import vn.ioc.job.FeedSources;
import vn.ioc.source.FeedLine;

/**
 * Feeds generated inside the job: the lines {@code ./ioc generate} would write, with the file names and offsets they
 * would have, split by feed. A bounded source: the job ends when the generator does.
 *
 * <p>The generator is sequential, so one subtask runs it (the one given the number 0 of a sequence with a number
 * per subtask); the others read nothing. Its lines go to the parse of their feed in the same task, never through a
 * shuffle: in a bounded job a shuffle stores the whole of its input before the next stage reads it, which would
 * write the country's feeds to disk after all.
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
            all = env.fromSequence(0, Math.max(1, env.getParallelism()) - 1)
                    .uid("source-generator")
                    .name("one generator")
                    .flatMap(new Generate(generator), TypeInformation.of(FeedLine.class))
                    .uid("source-generated")
                    .name("generate feeds");
        }
        String directory = feed.directory();
        return Optional.of(all.filter(line -> line.feed.equals(directory))
                .uid("source-" + directory)
                .name("read " + directory));
    }

    /** Every generated line, from the subtask given the number 0. */
    private static final class Generate implements FlatMapFunction<Long, FeedLine> {
        private static final long serialVersionUID = 1L;
        private final FeedGenerator generator;

        Generate(FeedGenerator generator) {
            this.generator = generator;
        }

        @Override
        public void flatMap(Long n, Collector<FeedLine> out) {
            if (n != 0) {
                return;
            }
            GeneratedLines lines = new GeneratedLines(generator);
            while (lines.hasNext()) {
                out.collect(lines.next());
            }
        }
    }
}
