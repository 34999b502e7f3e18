package vn.ioc.source;

import java.io.IOException;
import java.util.Arrays;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.ArrayResultIterator;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * Reads JSON-lines files as {@link FeedLine}s. Flink's TextLineInputFormat hides the file name and the byte
 * offset, which a rejected record must carry, and decodes bytes before we can tell invalid UTF-8 apart; this
 * format keeps raw bytes and positions. Positions are (batch start offset, lines after it), so a restored reader
 * resumes exactly after the last line handed out before the checkpoint.
 */
public final class FeedLineFormat implements BulkFormat<FeedLine, FileSourceSplit> {
    private static final long serialVersionUID = 1L;

    /** Lines longer than this are not parsed: a single huge record must not exhaust a task's memory. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;
    /** How much of an oversized line is kept for the rejected-records table. */
    static final int OVERSIZED_KEPT_BYTES = 4096;
    private static final int BATCH_LINES = 512;

    private final String feed;
    private final int maxLineBytes;

    public FeedLineFormat(String feed) {
        this(feed, DEFAULT_MAX_LINE_BYTES);
    }

    public FeedLineFormat(String feed, int maxLineBytes) {
        this.feed = feed;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public Reader<FeedLine> createReader(Configuration config, FileSourceSplit split) throws IOException {
        return open(split, split.offset(), 0);
    }

    @Override
    public Reader<FeedLine> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
        CheckpointedPosition pos = split.getReaderPosition().orElse(new CheckpointedPosition(split.offset(), 0));
        return open(split, pos.getOffset(), pos.getRecordsAfterOffset());
    }

    private Reader<FeedLine> open(FileSourceSplit split, long offset, long skip) throws IOException {
        FSDataInputStream in = split.path().getFileSystem().open(split.path());
        in.seek(offset);
        LineReader reader = new LineReader(feed, split.path().toString(), in, offset, maxLineBytes);
        for (long i = 0; i < skip; i++) {
            if (reader.next() == null) {
                break;
            }
        }
        return new Reader<>() {
            @Override
            public RecordIterator<FeedLine> readBatch() throws IOException {
                long batchStart = reader.position();
                FeedLine[] lines = new FeedLine[BATCH_LINES];
                int n = 0;
                FeedLine line;
                while (n < BATCH_LINES && (line = reader.next()) != null) {
                    lines[n++] = line;
                }
                if (n == 0) {
                    return null;
                }
                ArrayResultIterator<FeedLine> it = new ArrayResultIterator<>();
                // skip count 0: a batch starts at a line boundary (blank lines before it are not records)
                it.set(Arrays.copyOf(lines, n), n, batchStart, 0);
                return it;
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<FeedLine> getProducedType() {
        return TypeInformation.of(FeedLine.class);
    }
}
