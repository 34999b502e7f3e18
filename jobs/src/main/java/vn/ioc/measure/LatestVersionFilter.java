package vn.ioc.measure;

import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Passes a dossier's version on only when it is newer than every version seen before, so duplicated and
 * out-of-order snapshots never reach the sink. The sink's table keeps the highest version too, so a replay that
 * starts with empty state still converges to the same rows; this operator only saves the writes. For the same
 * reason an ended dossier's state can go once the state horizon has passed: a snapshot arriving later is passed on
 * and loses against the stored higher version.
 */
public final class LatestVersionFilter extends KeyedProcessFunction<String, DossierFacts, DossierFacts> {
    private static final long serialVersionUID = 1L;

    private final long horizonMillis;
    private transient ValueState<Long> latest;
    private transient ValueState<Long> releaseAt;

    /** @param horizon how long an ended dossier's state is kept after the job saw it end */
    public LatestVersionFilter(Duration horizon) {
        this.horizonMillis = horizon.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        latest = getRuntimeContext().getState(new ValueStateDescriptor<>("latest-version", Types.LONG));
        releaseAt = getRuntimeContext().getState(new ValueStateDescriptor<>("release-at", Types.LONG));
    }

    @Override
    public void processElement(DossierFacts facts, Context ctx, Collector<DossierFacts> out) throws Exception {
        Long seen = latest.value();
        if (seen == null || facts.version > seen) {
            latest.update(facts.version);
            out.collect(facts);
            scheduleRelease(facts.ended(), ctx.timerService());
        }
    }

    /** An ended dossier is released after the horizon; one that reopens (a newer open version) is kept again. */
    private void scheduleRelease(boolean ended, TimerService timers) throws Exception {
        Long scheduled = releaseAt.value();
        if (ended && scheduled == null) {
            long at = timers.currentProcessingTime() + horizonMillis;
            releaseAt.update(at);
            timers.registerProcessingTimeTimer(at);
        } else if (!ended && scheduled != null) {
            timers.deleteProcessingTimeTimer(scheduled);
            releaseAt.clear();
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<DossierFacts> out) throws Exception {
        latest.clear();
        releaseAt.clear();
    }
}
