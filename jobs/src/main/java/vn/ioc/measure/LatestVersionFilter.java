package vn.ioc.measure;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Passes a dossier's version on only when it is newer than every version seen before, so duplicated and
 * out-of-order snapshots never reach the sink. The sink's table keeps the highest version too, so a replay that
 * starts with empty state still converges to the same rows; this operator only saves the writes.
 */
public final class LatestVersionFilter extends KeyedProcessFunction<String, DossierFacts, DossierFacts> {
    private static final long serialVersionUID = 1L;

    private transient ValueState<Long> latest;

    @Override
    public void open(OpenContext openContext) {
        latest = getRuntimeContext().getState(new ValueStateDescriptor<>("latest-version", Types.LONG));
    }

    @Override
    public void processElement(DossierFacts facts, Context ctx, Collector<DossierFacts> out) throws Exception {
        Long seen = latest.value();
        if (seen == null || facts.version > seen) {
            latest.update(facts.version);
            out.collect(facts);
        }
    }
}
