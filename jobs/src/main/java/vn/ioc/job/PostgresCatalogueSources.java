package vn.ioc.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import vn.ioc.enrich.PostgresCatalogues;
import vn.ioc.feed.Feed;
import vn.ioc.source.FeedLine;

/**
 * The catalogue feeds from the one-stop system's PostgreSQL instead of files, every other feed from the sources it
 * wraps. The catalogue rows were read through flink-connector-jdbc when the job was built (the job enriches with
 * them, so it needs them before it starts); here they enter the job as lines in the feed's own JSON, so they are
 * validated, written and counted exactly as file lines are. A line's file is the table, its offset the row's
 * position in key order.
 */
public final class PostgresCatalogueSources implements FeedSources {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FeedSources others;
    private final PostgresCatalogues.Loaded catalogues;

    public PostgresCatalogueSources(FeedSources others, PostgresCatalogues.Loaded catalogues) {
        this.others = others;
        this.catalogues = catalogues;
    }

    @Override
    public Optional<Backlog> backlog() {
        return others.backlog();
    }

    @Override
    public Optional<DataStream<FeedLine>> lines(StreamExecutionEnvironment env, Feed feed) {
        return switch (feed) {
            case AGENCIES -> Optional.of(fromTable(env, feed, "postgresql:dvc_agencies", catalogues.agencies()));
            case PROCEDURES -> Optional.of(fromTable(env, feed, "postgresql:dvc_procedures", catalogues.procedures()));
            default -> others.lines(env, feed);
        };
    }

    private static DataStream<FeedLine> fromTable(StreamExecutionEnvironment env, Feed feed, String table,
            List<?> records) {
        List<FeedLine> lines = new ArrayList<>(records.size());
        try {
            for (int i = 0; i < records.size(); i++) {
                lines.add(new FeedLine(feed.directory(), table, i, JSON.writeValueAsBytes(records.get(i)), false));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a catalogue record as JSON", e);
        }
        if (lines.isEmpty()) {
            return env.fromData(TypeInformation.of(FeedLine.class)).uid("source-" + feed.directory());
        }
        return env.fromData(lines, TypeInformation.of(FeedLine.class)).uid("source-" + feed.directory())
                .name("read " + table);
    }
}
