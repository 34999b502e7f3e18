package vn.ioc.measure;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import vn.ioc.enrich.ProcedureCatalogue;

/**
 * Meets, per dossier, its latest snapshot, what each registry knows of its applicant, and the calls made for it;
 * whatever arrives, in whatever order, the dossier's reuse row is derived again from all of it and sent when it
 * changed. Calls that come before their dossier wait in state until it arrives, for at most the state horizon.
 * Once a dossier has ended and the horizon has passed, its state goes: what arrives for it later is joined as a
 * replay would be, with what arrives.
 */
public final class ReuseJoin extends KeyedProcessFunction<String, ReuseInput, ReuseFacts> {
    private static final long serialVersionUID = 1L;

    private final ProcedureCatalogue catalogue;
    private final long horizonMillis;
    /** A bounded run: the row is derived and sent once, when the dossier's last input has been seen. */
    private final boolean atEnd;
    private transient ValueState<ReuseState> state;

    /** @param horizon how long an ended dossier's state, or calls without their dossier, are kept */
    public ReuseJoin(ProcedureCatalogue catalogue, Duration horizon) {
        this(catalogue, horizon, false);
    }

    /**
     * @param atEnd true in a bounded run (Flink's BATCH runtime mode, where a key's inputs come together and its
     *     timers fire after its last one): inputs are only gathered, and the dossier's final row is derived and
     *     sent once at the end of the key instead of once per revision.
     */
    public ReuseJoin(ProcedureCatalogue catalogue, Duration horizon, boolean atEnd) {
        this.catalogue = catalogue;
        this.horizonMillis = horizon.toMillis();
        this.atEnd = atEnd;
    }

    @Override
    public void open(OpenContext openContext) {
        state = getRuntimeContext().getState(new ValueStateDescriptor<>("reuse", Types.POJO(ReuseState.class)));
    }

    @Override
    public void processElement(ReuseInput in, Context ctx, Collector<ReuseFacts> out) throws Exception {
        ReuseState s = state.value();
        if (s == null) {
            s = new ReuseState();
        }
        if (in.dossier != null) {
            if (s.dossier != null && s.dossier.version >= in.dossier.version) {
                return;
            }
            s.dossier = in.dossier;
        } else if (in.match != null) {
            s.put(in.match);
        } else {
            s.put(in.call);
        }
        if (atEnd) {
            state.update(s);
            ctx.timerService().registerProcessingTimeTimer(Long.MAX_VALUE);
            return;
        }
        if (s.dossier != null) {
            ReuseFacts facts = ReuseDeriver.derive(s.dossier, Arrays.asList(s.matches), Arrays.asList(s.calls),
                    catalogue);
            int fingerprint = fingerprint(facts);
            if (!s.sent || s.lastSent != fingerprint) {
                s.sent = true;
                s.lastSent = fingerprint;
                out.collect(facts);
            }
        }
        scheduleRelease(s, ctx.timerService());
        state.update(s);
    }

    /** Released after the horizon: an ended dossier, or inputs still waiting for theirs; an open dossier stays. */
    private void scheduleRelease(ReuseState s, TimerService timers) {
        boolean releasable = s.dossier == null || s.dossier.ended;
        if (releasable && s.releaseAt == 0) {
            s.releaseAt = timers.currentProcessingTime() + horizonMillis;
            timers.registerProcessingTimeTimer(s.releaseAt);
        } else if (!releasable && s.releaseAt != 0) {
            timers.deleteProcessingTimeTimer(s.releaseAt);
            s.releaseAt = 0;
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ReuseFacts> out) throws Exception {
        ReuseState s = atEnd ? state.value() : null;
        if (s != null && s.dossier != null) {
            out.collect(ReuseDeriver.derive(s.dossier, Arrays.asList(s.matches), Arrays.asList(s.calls), catalogue));
        }
        state.clear();
    }

    /**
     * The row's content with its version: a newer snapshot is always sent, so that the final row and its version
     * do not depend on the order in which snapshots, matches and calls arrived.
     */
    private static int fingerprint(ReuseFacts f) {
        return Objects.hash(f.version, f.provinceCode, f.agencyCode, f.agencyLevel, f.successorAgencyCode, f.procedureCode,
                f.submittedAt, f.applicantType, Arrays.hashCode(f.declared), Arrays.hashCode(f.observed),
                Arrays.hashCode(f.observedMatched), Arrays.hashCode(f.registriesFound), Arrays.hashCode(f.possible),
                Arrays.hashCode(f.missed), f.missedComponents, f.calls, f.callErrors, f.callsNotFound, f.maxLatencyMs,
                Arrays.hashCode(f.findings));
    }
}
