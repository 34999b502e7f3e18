package vn.ioc.source;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import vn.ioc.parse.LedgerEntry;

/**
 * What of a feed file the job will never read. The file source reads a file once, up to its end at that moment;
 * whatever a producer adds afterwards (appends, the rest of a half-written line, the content of a file that was
 * still empty) or changes (a file truncated and written again) is never read. This function, keyed by file, takes
 * the end-of-file marker of each file read, compares the file on disk with what was read, then, when the job is
 * streaming, again after the discovery interval, and after twice as long each time, up to ten minutes: the lines beyond the last complete line read (or, for a file now shorter than
 * what was read, all its lines) go into the ledger as one unread entry, and into the metric
 * {@code feed.recordsUnread}. Nothing is silently gone: every line is read or reported unread.
 */
public final class UnreadLines extends KeyedProcessFunction<String, FeedLine, LedgerEntry> {
    private static final long serialVersionUID = 1L;

    /** The longest wait between two looks at a file already read. */
    static final Duration MAX_RECHECK = Duration.ofMinutes(10);

    private final Duration recheck;
    private transient ValueState<FeedLine> end;
    private transient ValueState<Integer> reported;
    private transient ValueState<Long> delay;
    private transient Map<String, Counter> unreadPerFeed;

    /** @param recheck how often to look at a file again after it was read; null looks once (a backfill) */
    public UnreadLines(Duration recheck) {
        this.recheck = recheck;
    }

    @Override
    public void open(OpenContext openContext) {
        end = getRuntimeContext().getState(new ValueStateDescriptor<>("end-of-file", FeedLine.class));
        reported = getRuntimeContext().getState(new ValueStateDescriptor<>("unread-reported", Integer.class));
        delay = getRuntimeContext().getState(new ValueStateDescriptor<>("recheck-delay", Long.class));
        unreadPerFeed = new HashMap<>();
    }

    @Override
    public void processElement(FeedLine eof, Context ctx, Collector<LedgerEntry> out) throws Exception {
        end.update(eof);
        check(eof, out);
        if (recheck != null) {
            delay.update(recheck.toMillis());
            ctx.timerService().registerProcessingTimeTimer(
                    ctx.timerService().currentProcessingTime() + recheck.toMillis());
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<LedgerEntry> out) throws Exception {
        FeedLine eof = end.value();
        if (eof != null) {
            check(eof, out);
            // soon after reading, then less and less often: a streaming job may hold tens of thousands of files
            long next = Math.min(delay.value() * 2, MAX_RECHECK.toMillis());
            delay.update(next);
            ctx.timerService().registerProcessingTimeTimer(timestamp + next);
        }
    }

    private void check(FeedLine eof, Collector<LedgerEntry> out) throws IOException {
        int lines = unreadLines(new Path(eof.file), eof.offset);
        Integer before = reported.value();
        if (lines != (before == null ? 0 : before)) {
            reported.update(lines);
            // same key (feed, file, offset): a later count replaces the earlier one
            out.collect(LedgerEntry.unread(eof.feed, eof.file, eof.offset, lines));
            counter(eof.feed).inc(lines - (before == null ? 0 : before));
        }
    }

    /** Non-blank lines after {@code readUpTo}, or all of them if the file is now shorter than that; 0 if gone. */
    static int unreadLines(Path file, long readUpTo) throws IOException {
        FileSystem fs = file.getFileSystem();
        if (!fs.exists(file)) {
            return 0;
        }
        long size = fs.getFileStatus(file).getLen();
        if (size == readUpTo) {
            return 0;
        }
        try (InputStream in = fs.open(file)) {
            long from = size > readUpTo ? readUpTo : 0;
            in.skipNBytes(from);
            int lines = 0;
            boolean content = false;
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        lines += content ? 1 : 0;
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
            }
            return lines + (content ? 1 : 0);
        }
    }

    /** Per feed, labelled like ParseFunction's recordsRead, registered once per feed. */
    private Counter counter(String feed) {
        return unreadPerFeed.computeIfAbsent(feed,
                f -> getRuntimeContext().getMetricGroup().addGroup("feed", f).counter("recordsUnread"));
    }
}
