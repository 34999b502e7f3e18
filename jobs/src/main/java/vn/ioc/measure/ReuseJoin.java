package vn.ioc.measure;

import java.util.Arrays;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import vn.ioc.enrich.ProcedureCatalogue;

/**
 * Meets, per dossier, its latest snapshot, what each registry knows of its applicant, and the calls made for it;
 * whatever arrives, in whatever order, the dossier's reuse row is derived again from all of it and sent when it
 * changed. Calls that come before their dossier wait in state until it arrives.
 */
public final class ReuseJoin extends KeyedProcessFunction<String, ReuseInput, ReuseFacts> {
    private static final long serialVersionUID = 1L;

    private final ProcedureCatalogue catalogue;
    private transient ValueState<ReuseState> state;

    public ReuseJoin(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
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
        state.update(s);
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
