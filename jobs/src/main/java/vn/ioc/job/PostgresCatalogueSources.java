package vn.ioc.job;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import vn.ioc.enrich.PostgresCatalogueReads;
import vn.ioc.enrich.PostgresCatalogues;
import vn.ioc.feed.Feed;
import vn.ioc.source.FeedLine;

/**
 * The catalogue feeds from the one-stop system's PostgreSQL instead of files, every other feed from the sources it
 * wraps. The catalogue rows were read through flink-connector-jdbc when the job was built (what it starts with);
 * here they enter the job as lines in the feed's own JSON, so they are validated, written and counted exactly as
 * file lines are. A line's file is the table, its offset the row's position in key order (plus the read's number
 * × 2^32). A streaming job reads the tables again every {@code reread} on one task, and the rows new or changed
 * since the previous read go on as lines, which the job's catalogue broadcast carries to the running operators.
 */
public final class PostgresCatalogueSources implements FeedSources {
    private static final long serialVersionUID = 1L;

    private final FeedSources others;
    private final String url;
    private final String user;
    private final PostgresCatalogues.Loaded catalogues;
    private final Duration reread;

    /**
     * @param url where the tables are (JDBC), and {@code user} who reads them; the password stays out of the job
     *            graph: the tasks that read the tables again read POSTGRES_PASSWORD from their environment
     * @param reread how often a streaming job reads the tables again, or null to read them once (a backfill)
     */
    public PostgresCatalogueSources(FeedSources others, String url, String user, PostgresCatalogues.Loaded catalogues,
            Duration reread) {
        this.others = others;
        this.url = url;
        this.user = user;
        this.catalogues = catalogues;
        this.reread = reread;
    }

    @Override
    public Optional<Backlog> backlog() {
        return others.backlog();
    }

    @Override
    public Optional<DataStream<FeedLine>> lines(StreamExecutionEnvironment env, Feed feed) {
        return switch (feed) {
            case AGENCIES, PROCEDURES -> Optional.of(reread == null ? once(env, feed) : periodically(env, feed));
            default -> others.lines(env, feed);
        };
    }

    private DataStream<FeedLine> once(StreamExecutionEnvironment env, Feed feed) {
        PostgresCatalogueReads.Read read;
        try {
            read = PostgresCatalogueReads.lines(feed, 0, catalogues);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write a catalogue record as JSON", e);
        }
        if (read.lines.length == 0) {
            return env.fromData(TypeInformation.of(FeedLine.class)).uid("source-" + feed.directory());
        }
        return env.fromData(Arrays.asList(read.lines), TypeInformation.of(FeedLine.class))
                .uid("source-" + feed.directory())
                .name("read " + PostgresCatalogueReads.table(feed));
    }

    private DataStream<FeedLine> periodically(StreamExecutionEnvironment env, Feed feed) {
        PostgresCatalogueReads reads;
        try {
            reads = new PostgresCatalogueReads(url, user, feed, catalogues);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write a catalogue record as JSON", e);
        }
        DataGeneratorSource<PostgresCatalogueReads.Read> source = new DataGeneratorSource<>(reads, Long.MAX_VALUE,
                RateLimiterStrategy.perSecond(1_000.0 / reread.toMillis()),
                TypeInformation.of(PostgresCatalogueReads.Read.class));
        return env.fromSource(source, WatermarkStrategy.noWatermarks(), "read " + PostgresCatalogueReads.table(feed))
                .setParallelism(1)
                .uid("source-" + feed.directory())
                .<ChangedCatalogueLines.Keyed>flatMap((read, out) -> {
                    for (int i = 0; i < read.lines.length; i++) {
                        out.collect(new ChangedCatalogueLines.Keyed(read.keys[i], read.lines[i]));
                    }
                })
                .returns(ChangedCatalogueLines.Keyed.class)
                .uid("rows-" + feed.directory())
                .name("rows of " + PostgresCatalogueReads.table(feed))
                .keyBy(row -> row.key)
                .process(new ChangedCatalogueLines())
                .uid("changed-" + feed.directory())
                .name("new or changed " + feed.directory());
    }
}
