package vn.ioc.measure;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import vn.ioc.enrich.ProcedureCatalogue;
import vn.ioc.enrich.ProcedureRow;

/**
 * Meets, per dossier, its latest snapshot, what each registry knows of its applicant, and the calls made for it;
 * whatever arrives, in whatever order, the dossier's reuse row is derived again from all of it and sent when it
 * changed. Calls that come before their dossier wait in state until it arrives, for at most the state horizon.
 * Once a dossier has ended and the horizon has passed, its state goes: what arrives for it later is joined as a
 * replay would be, with what arrives. The procedure catalogue is broadcast state over the one the job was built
 * with: a procedure line that changes what can replace its documents derives again the rows of its dossiers.
 */
public final class ReuseJoin extends KeyedBroadcastProcessFunction<String, ReuseInput, ProcedureRow, ReuseFacts> {
    private static final long serialVersionUID = 1L;
    public static final MapStateDescriptor<String, ProcedureRow> PROCEDURES =
            new MapStateDescriptor<>("procedure-catalogue", Types.STRING, TypeInformation.of(ProcedureRow.class));

    private final ProcedureCatalogue initial;
    private final long horizonMillis;
    /** A bounded run: the row is derived and sent once, when the dossier's last input has been seen. */
    private final boolean atEnd;
    private transient ValueStateDescriptor<ReuseState> descriptor;
    private transient ValueState<ReuseState> state;
    private transient ProcedureCatalogue catalogue;

    /**
     * @param initial the procedure catalogue the job was built with, under what the procedures feed broadcasts
     * @param horizon how long an ended dossier's state, or calls without their dossier, are kept
     */
    public ReuseJoin(ProcedureCatalogue initial, Duration horizon) {
        this(initial, horizon, false);
    }

    /**
     * @param atEnd true in a bounded run (Flink's BATCH runtime mode, where the broadcast catalogue is read before
     *     the keyed inputs, a key's inputs come together and its timers fire after its last one): inputs are only
     *     gathered, and the dossier's final row is derived and sent once at the end of the key instead of once per
     *     revision.
     */
    public ReuseJoin(ProcedureCatalogue initial, Duration horizon, boolean atEnd) {
        this.initial = initial;
        this.horizonMillis = horizon.toMillis();
        this.atEnd = atEnd;
    }

    @Override
    public void open(OpenContext openContext) {
        descriptor = new ValueStateDescriptor<>("reuse", Types.POJO(ReuseState.class));
        state = getRuntimeContext().getState(descriptor);
    }

    @Override
    public void processElement(ReuseInput in, ReadOnlyContext ctx, Collector<ReuseFacts> out) throws Exception {
        ReuseState s = state.value();
        if (s == null) {
            s = new ReuseState();
        }
        if (in.dossier != null) {
            // an equal version is the same snapshot enriched anew from a changed agency catalogue
            if (s.dossier != null && s.dossier.version > in.dossier.version) {
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
            send(s, catalogue(ctx.getBroadcastState(PROCEDURES)), out);
        }
        scheduleRelease(s, ctx.timerService());
        state.update(s);
    }

    @Override
    public void processBroadcastElement(ProcedureRow procedure, Context ctx, Collector<ReuseFacts> out)
            throws Exception {
        ProcedureCatalogue before = catalogue(ctx.getBroadcastState(PROCEDURES));
        ctx.getBroadcastState(PROCEDURES).put(procedure.code, procedure);
        if (before.knows(procedure)) {
            return;
        }
        ProcedureCatalogue after = before.with(List.of(procedure));
        catalogue = after;
        ctx.applyToKeyedState(descriptor, (key, st) -> {
            ReuseState s = st.value();
            if (s != null && s.dossier != null && s.dossier.procedureCode.equals(procedure.code)
                    && send(s, after, out)) {
                st.update(s);
            }
        });
    }

    /** Derives the dossier's row from what the state holds and sends it when it changed; says whether it did. */
    private static boolean send(ReuseState s, ProcedureCatalogue catalogue, Collector<ReuseFacts> out) {
        ReuseFacts facts = ReuseDeriver.derive(s.dossier, Arrays.asList(s.matches), Arrays.asList(s.calls), catalogue);
        int fingerprint = fingerprint(facts);
        if (s.sent && s.lastSent == fingerprint) {
            return false;
        }
        s.sent = true;
        s.lastSent = fingerprint;
        out.collect(facts);
        return true;
    }

    /** The catalogue the broadcast state makes (resolved once per task after a start or a restore). */
    private ProcedureCatalogue catalogue(ReadOnlyBroadcastState<String, ProcedureRow> broadcast) throws Exception {
        if (catalogue == null) {
            List<ProcedureRow> rows = new ArrayList<>();
            for (Map.Entry<String, ProcedureRow> e : broadcast.immutableEntries()) {
                rows.add(e.getValue());
            }
            catalogue = initial.with(rows);
        }
        return catalogue;
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
            send(s, catalogue(ctx.getBroadcastState(PROCEDURES)), out);
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
