package vn.ioc.job;

import java.util.Arrays;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import vn.ioc.source.FeedLine;

/**
 * Of the catalogue rows each periodic read of PostgreSQL returns, keyed by the row's code, passes on only those new
 * or changed since the last read: a re-read that finds nothing new reads no line. What was last passed on is keyed
 * state in the checkpoints, so a restored job does not read the whole catalogue again. Reference data, kept while
 * the job runs (a catalogue is thousands of rows).
 */
final class ChangedCatalogueLines extends KeyedProcessFunction<String, ChangedCatalogueLines.Keyed, FeedLine> {
    private static final long serialVersionUID = 1L;

    /** A line with its row's code. */
    public static class Keyed {
        public String key;
        public FeedLine line;

        public Keyed() {}

        Keyed(String key, FeedLine line) {
            this.key = key;
            this.line = line;
        }
    }

    private transient ValueState<byte[]> last;

    @Override
    public void open(OpenContext openContext) {
        last = getRuntimeContext().getState(
                new ValueStateDescriptor<>("last-read", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
    }

    @Override
    public void processElement(Keyed row, Context ctx, Collector<FeedLine> out) throws Exception {
        if (!Arrays.equals(last.value(), row.line.payload)) {
            last.update(row.line.payload);
            out.collect(row.line);
        }
    }
}
