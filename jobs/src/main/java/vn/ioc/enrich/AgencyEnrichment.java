package vn.ioc.enrich;

import java.time.Duration;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Gives rows their agency catalogue columns (province, level, successor) from the catalogue as it stands, and
 * derives them again when it changes: each key's latest row waits in state, and a batch of catalogue lines
 * ({@link AgencyBatcher}) that resolves some unit differently (an agency that arrives after its dossiers, a merger)
 * sends again, enriched anew, every row of that unit whose columns change. The row keeps its version:
 * ReplacingMergeTree keeps the last inserted of equal versions, and the re-derived row is inserted after the one it
 * replaces (docs/guarantees.md). A row's state goes once the state horizon has passed, as the other keyed state does
 * ({@link AgencyEnricher#releasable}).
 */
public final class AgencyEnrichment<T> extends KeyedBroadcastProcessFunction<String, T, AgencyBatch, T> {
    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private final AgencyEnricher<T> enricher;
    private final AgencyCatalogue catalogue;
    private final long horizonMillis;
    private transient ValueStateDescriptor<T> latestDescriptor;
    private transient ValueState<T> latest;
    private transient ValueState<Long> releaseAt;

    /**
     * @param initial the catalogue the job was built with, under what the agencies feed broadcasts
     * @param horizon how long a releasable row's state is kept after it arrived
     */
    public AgencyEnrichment(Class<T> type, AgencyEnricher<T> enricher, AgencyDirectory initial, Duration horizon) {
        this.type = type;
        this.enricher = enricher;
        this.catalogue = new AgencyCatalogue(initial);
        this.horizonMillis = horizon.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        latestDescriptor = new ValueStateDescriptor<>("latest-row", TypeInformation.of(type));
        latest = getRuntimeContext().getState(latestDescriptor);
        releaseAt = getRuntimeContext().getState(new ValueStateDescriptor<>("release-at", Types.LONG));
    }

    @Override
    public void processElement(T row, ReadOnlyContext ctx, Collector<T> out) throws Exception {
        enricher.enrich(row, catalogue.directory(ctx.getBroadcastState(AgencyCatalogue.STATE)));
        latest.update(row);
        out.collect(row);
        scheduleRelease(enricher.releasable(row), ctx.timerService());
    }

    @Override
    public void processBroadcastElement(AgencyBatch agencies, Context ctx, Collector<T> out) throws Exception {
        Set<String> changed = catalogue.put(ctx.getBroadcastState(AgencyCatalogue.STATE), agencies.rows);
        if (changed.isEmpty()) {
            return;
        }
        AgencyDirectory after = catalogue.directory(ctx.getBroadcastState(AgencyCatalogue.STATE));
        ctx.applyToKeyedState(latestDescriptor, (key, state) -> {
            T row = state.value();
            if (row != null && changed.contains(enricher.agencyCode(row)) && enricher.enrich(row, after)) {
                state.update(row);
                out.collect(row);
            }
        });
    }

    /** Released after the horizon once releasable; a row that stops being so (a reopened dossier) is kept again. */
    private void scheduleRelease(boolean releasable, TimerService timers) throws Exception {
        Long scheduled = releaseAt.value();
        if (releasable && scheduled == null) {
            long at = timers.currentProcessingTime() + horizonMillis;
            releaseAt.update(at);
            timers.registerProcessingTimeTimer(at);
        } else if (!releasable && scheduled != null) {
            timers.deleteProcessingTimeTimer(scheduled);
            releaseAt.clear();
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<T> out) throws Exception {
        latest.clear();
        releaseAt.clear();
    }
}
