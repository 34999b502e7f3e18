package vn.ioc.enrich;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import vn.ioc.feed.Agency;
import vn.ioc.feed.Feed;
import vn.ioc.feed.Procedure;
import vn.ioc.postgres.PostgresConnection;
import vn.ioc.source.FeedLine;

/**
 * One read of a catalogue table in PostgreSQL per call, as lines of the feed's own JSON: the first is what the job
 * was built with, every later one a new read with plain JDBC on the task. Called at the pace of the source's rate
 * limiter; the job lets only what changed through (vn.ioc.job.ChangedCatalogueLines). The password is read here,
 * on the task (POSTGRES_PASSWORD), never carried in the job graph; the address and user are, as the sinks' are.
 */
public final class PostgresCatalogueReads implements GeneratorFunction<Long, PostgresCatalogueReads.Read> {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Lines of one read are numbered from read × STRIDE, so that every read's lines keep their own position. */
    public static final long STRIDE = 1L << 32;

    /** The lines of one read, with the key of each (the unit or procedure code). */
    public static class Read {
        public String[] keys;
        public FeedLine[] lines;
    }

    private final String url;
    private final String user;
    private final Feed feed;
    /** The read the job was built with, as the codes and JSON of its rows. */
    private final String[] initialKeys;
    private final byte[][] initialPayloads;
    private transient PostgresConnection pg;

    public PostgresCatalogueReads(String url, String user, Feed feed, PostgresCatalogues.Loaded initial)
            throws JsonProcessingException {
        this.url = url;
        this.user = user;
        this.feed = feed;
        Read read = lines(feed, 0, initial);
        this.initialKeys = read.keys;
        this.initialPayloads = new byte[read.lines.length][];
        for (int i = 0; i < read.lines.length; i++) {
            initialPayloads[i] = read.lines[i].payload;
        }
    }

    @Override
    public void open(SourceReaderContext readerContext) {
        pg = new PostgresConnection(url, user, System.getenv().getOrDefault("POSTGRES_PASSWORD", ""));
    }

    @Override
    public Read map(Long read) throws Exception {
        if (read > 0) {
            return lines(feed, read, PostgresCatalogues.reread(pg));
        }
        Read out = new Read();
        out.keys = initialKeys;
        out.lines = new FeedLine[initialKeys.length];
        for (int i = 0; i < initialKeys.length; i++) {
            out.lines[i] = new FeedLine(feed.directory(), table(feed), i, initialPayloads[i], false);
        }
        return out;
    }

    /** The table a catalogue feed is read from. */
    public static String table(Feed feed) {
        return feed == Feed.AGENCIES ? "postgresql:dvc_agencies" : "postgresql:dvc_procedures";
    }

    public static Read lines(Feed feed, long read, PostgresCatalogues.Loaded loaded) throws JsonProcessingException {
        List<?> records = feed == Feed.AGENCIES ? loaded.agencies() : loaded.procedures();
        Read out = new Read();
        out.keys = new String[records.size()];
        out.lines = new FeedLine[records.size()];
        for (int i = 0; i < records.size(); i++) {
            Object r = records.get(i);
            out.keys[i] = r instanceof Agency a ? a.maDonVi : ((Procedure) r).maTTHC;
            out.lines[i] = new FeedLine(feed.directory(), table(feed), read * STRIDE + i, JSON.writeValueAsBytes(r),
                    false);
        }
        return out;
    }
}
