package vn.ioc.parse;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.execution.SuppressRestartsException;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import vn.ioc.feed.Feed;
import vn.ioc.privacy.Pseudonymizer;
import vn.ioc.source.FeedLine;

/**
 * The parse-and-validate stage of one feed: raw line → feed record → flat row. A line that fails anywhere goes
 * to the {@link #REJECTED} side output with its reason instead of failing the job; every line, accepted or not,
 * also leaves a {@link #LEDGER} entry, so that what was read can be reconciled with what came out. Parsing and mapping run in
 * one function so the nested feed record is never serialized between operators.
 */
public final class ParseFunction<T, R> extends ProcessFunction<FeedLine, R> {
    private static final long serialVersionUID = 1L;

    public static final OutputTag<Rejection> REJECTED = new OutputTag<>("rejected") {};
    public static final OutputTag<LedgerEntry> LEDGER = new OutputTag<>("ledger") {};
    /** The end of each file read, passed on to vn.ioc.source.UnreadLines; not a line. */
    public static final OutputTag<FeedLine> FILE_ENDS = new OutputTag<>("file-ends") {};
    /** Accumulators over all feeds, which a running job reports to its client: how far a backfill has got. */
    public static final String LINES_READ = "ioc-lines-read";
    public static final String BYTES_READ = "ioc-bytes-read";

    private final String feed;
    private final JsonRecordParser<T> parser;
    private final RecordMapper<T, R> mapper;
    private final PayloadScrubber scrubber;
    private final Pseudonymizer pseudonymizer;

    private transient Counter read;
    private transient Counter accepted;
    private transient Counter rejected;
    private transient LongCounter linesRead;
    private transient LongCounter bytesRead;

    public ParseFunction(Feed feed, Class<T> type, RecordMapper<T, R> mapper, Pseudonymizer pseudonymizer) {
        this.feed = feed.directory();
        this.parser = new JsonRecordParser<>(type);
        this.mapper = mapper;
        this.scrubber = new PayloadScrubber(pseudonymizer);
        this.pseudonymizer = pseudonymizer;
    }

    /** Counted per feed as a labelled group, so a metrics backend sums them per feed over subtasks and jobs. */
    @Override
    public void open(OpenContext openContext) {
        try {
            // the key is read here, on the TaskManager: the job graph only says where it is
            pseudonymizer.open();
        } catch (IllegalStateException noKey) {
            // a TaskManager without a key stays without one: restarting cannot help, failing at once says why
            throw new SuppressRestartsException(noKey);
        }
        var group = getRuntimeContext().getMetricGroup().addGroup("feed", feed);
        read = group.counter("recordsRead");
        accepted = group.counter("recordsAccepted");
        rejected = group.counter("recordsRejected");
        // one per task: feeds parsed in the same task (chained to one source) add to the same counters
        linesRead = getRuntimeContext().getLongCounter(LINES_READ);
        bytesRead = getRuntimeContext().getLongCounter(BYTES_READ);
    }

    @Override
    public void processElement(FeedLine line, Context ctx, Collector<R> out) {
        if (line.endOfFile) {
            ctx.output(FILE_ENDS, line);
            return;
        }
        read.inc();
        linesRead.add(1);
        bytesRead.add(line.payload.length + 1);
        R row;
        try {
            if (line.oversized) {
                throw new InvalidRecordException(RejectReason.OVERSIZED, "line longer than the reader accepts");
            }
            row = mapper.map(parser.parse(line.payload));
        } catch (InvalidRecordException e) {
            rejected.inc();
            ctx.output(REJECTED, new Rejection(line.feed, line.file, line.offset, e.reason().name(),
                    e.getMessage(), scrubber.scrub(line.payload)));
            ctx.output(LEDGER, new LedgerEntry(line.feed, line.file, line.offset, false));
            return;
        }
        accepted.inc();
        ctx.output(LEDGER, new LedgerEntry(line.feed, line.file, line.offset, true));
        out.collect(row);
    }
}
